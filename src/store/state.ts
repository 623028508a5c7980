// Banenbot's state (lowdb, one JSON file at STATE_FILE): the conversations the bot can post to,
// their subscriptions, and the notification ledger. Reads come from memory; every change is
// applied in memory at once and written with the next group commit (all changes made while a
// write is in progress go out together in the following write). A change's promise resolves when
// it is on disk: the notify ledger relies on that ("pending" is written before a send).
//
// Several processes may share the file (the server and `npm run notify`): writes happen under an
// inter-process lock and re-read a file another process changed (src/store/state-file.ts).
// Reads in one process see another process's changes after `refresh()` or this process's next write.
import PQueue from 'p-queue';
import lockfile from 'proper-lockfile';
import type { EntityId } from '../domain/model.js';
import { DEFAULT_LOCK, type LockTiming, StateFile, StateFileError } from './state-file.js';
import type {
  ConversationContext,
  ConversationKind,
  LedgerEntry,
  State,
  StoredConversation,
  Subscription,
} from './state-schema.js';

export { StateFileError } from './state-file.js';
export type {
  ConversationContext,
  ConversationKind,
  LedgerEntry,
  StoredConversation,
  Subscription,
} from './state-schema.js';

type Mutation = (s: State) => void;

/** How long a conversation the bot was reported removed from stays recoverable. */
export const REMOVED_RETENTION_DAYS = 30;

export interface StateStoreOptions {
  /** Lock timing (tests shorten nothing here: proper-lockfile's minimum stale time is 5 s). */
  lock?: LockTiming;
}

/**
 * Same JSON value (key order ignored; a key whose value is undefined counts as absent, as in
 * JSON)? For skipping writes that change nothing, without serialising either side.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
    keys += 1;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) keys -= 1;
  return keys === 0;
}

/** "Netwerk Banenafspraak (BZK)" → "netwerk-banenafspraak-bzk". */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'webhook'
  );
}

export class StateStore {
  private pending: Mutation[] = [];
  private nextFlush: Promise<void> | undefined;
  private readonly io = new PQueue({ concurrency: 1 });
  private broken: StateFileError | undefined;

  private constructor(
    private readonly disk: StateFile,
    private data: State,
    private readonly timing: LockTiming,
  ) {}

  /** Opens (or creates) the state file. Throws StateFileError when it is unreadable or invalid; the file is then left as it is. */
  static async open(file: string, opts: StateStoreOptions = {}): Promise<StateStore> {
    const timing = opts.lock ?? DEFAULT_LOCK;
    const disk = new StateFile(file, timing);
    return new StateStore(disk, await disk.load(), timing);
  }

  get file(): string {
    return this.disk.file;
  }

  /**
   * Whether the store can save: `{ ok: false, reason }` after a write failed (the reason names the
   * file and the error). Synchronous and cheap: GET /healthz asks it on every probe.
   */
  health(): { ok: true } | { ok: false; reason: string } {
    return this.broken ? { ok: false, reason: this.broken.message } : { ok: true };
  }

  // --- writing --------------------------------------------------------------------------------

  private mutate(fn: Mutation): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    fn(this.data);
    this.pending.push(fn);
    return this.scheduleFlush();
  }

  private scheduleFlush(): Promise<void> {
    if (!this.nextFlush) {
      let started = false;
      const flush = this.io
        .add(async () => {
          started = true;
          this.nextFlush = undefined;
          const batch = this.pending;
          this.pending = [];
          await this.disk.withLock(async () => {
            this.adoptChangesByOthers(await this.disk.changedByOthers(), batch);
            await this.disk.writeLocked(this.data);
          });
        })
        .catch((err: unknown) => {
          if (err instanceof StateFileError) this.broken = err;
          throw err;
        });
      // p-queue may start the task synchronously: only a flush that has not started takes new changes.
      if (!started) this.nextFlush = flush;
      return flush;
    }
    return this.nextFlush;
  }

  /** Another process wrote the file: take its version and re-apply our unwritten changes to it. */
  private adoptChangesByOthers(fresh: State | undefined, batch: Mutation[]): void {
    if (!fresh) return;
    for (const fn of batch) fn(fresh);
    for (const fn of this.pending) fn(fresh);
    this.data = fresh;
  }

  /** Reads changes other processes made (e.g. before a notify run). */
  async refresh(): Promise<void> {
    if (this.broken) throw this.broken;
    await this.io.add(() =>
      this.disk.withLock(async () => {
        this.adoptChangesByOthers(await this.disk.changedByOthers(), []);
      }),
    );
  }

  /**
   * Runs `fn` while no other process (and, with the caller's own queue, no other run) holds the
   * notify lock: at most one notification run per state file at a time. A lock left by a process
   * that died is taken over after the stale time. `signal` aborts if the lock is lost.
   */
  async withNotifyLock<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const lost = new AbortController();
    let release: () => Promise<void>;
    try {
      // Its own path: proper-lockfile keys its in-process bookkeeping by the locked path, so the
      // notify lock must not share it with the write lock on the state file itself.
      release = await lockfile.lock(`${this.file}.notify`, {
        realpath: false,
        stale: this.timing.staleMs,
        retries: { retries: Math.ceil((this.timing.staleMs * 3) / 250), factor: 1, minTimeout: 250, maxTimeout: 250 },
        onCompromised: (err) => lost.abort(err),
      });
    } catch (err) {
      throw new Error(
        `Er loopt al een notificatieronde voor ${this.file} in een ander proces (${(err as Error).message}). Probeer het zo opnieuw.`,
      );
    }
    try {
      return await fn(lost.signal);
    } finally {
      await release().catch(() => undefined);
    }
  }

  // --- conversations --------------------------------------------------------------------------

  getConversation(id: string): StoredConversation | undefined {
    const c = this.data.conversations[id];
    return c ? { ...c } : undefined;
  }

  listConversations(): StoredConversation[] {
    return Object.values(this.data.conversations).map((c) => ({ ...c }));
  }

  /**
   * Upsert from an activity; keeps `welcomed` and `webhookUrl`. Writes nothing when nothing
   * changed (every message of a conversation brings the same reference). The reference is stored
   * as a plain-JSON copy: keys with undefined values are left out.
   */
  async saveConversation(c: {
    id: string;
    kind: ConversationKind;
    tenantId?: string;
    reference: Record<string, unknown>;
  }): Promise<void> {
    const prev = this.data.conversations[c.id];
    if (
      prev &&
      !prev.removedAt &&
      prev.kind === c.kind &&
      prev.tenantId === c.tenantId &&
      sameJson(prev.reference, c.reference)
    )
      return;
    const updatedAt = new Date().toISOString();
    const reference = JSON.parse(JSON.stringify(c.reference)) as Record<string, unknown>;
    await this.mutate((s) => {
      const old = s.conversations[c.id];
      const next: StoredConversation = {
        ...old,
        id: c.id,
        kind: c.kind,
        reference,
        welcomed: old?.welcomed ?? false,
        updatedAt,
      };
      if (c.tenantId !== undefined) next.tenantId = c.tenantId;
      // A message or install where the bot had been reported removed: it is back (subscription too).
      delete next.removedAt;
      s.conversations[c.id] = next;
    });
  }

  /** True only the first time for a stored conversation (welcome once); false when unknown. */
  async markWelcomed(id: string): Promise<boolean> {
    const c = this.data.conversations[id];
    if (!c || c.welcomed) return false;
    await this.mutate((s) => {
      const x = s.conversations[id];
      if (x) x.welcomed = true;
    });
    return true;
  }

  /**
   * Sets a conversation aside because the Bot Connector said the bot is no longer there: no posts
   * go to it, but it and its subscription are kept (restored by saveConversation, i.e. the next
   * message or install there) until `purgeRemoved` drops them after REMOVED_RETENTION_DAYS.
   */
  async markRemoved(id: string, at = new Date()): Promise<void> {
    if (!this.data.conversations[id] || this.data.conversations[id]?.removedAt) return;
    const removedAt = at.toISOString();
    await this.mutate((s) => {
      const c = s.conversations[id];
      if (c) c.removedAt = removedAt;
    });
  }

  /** Forgets conversations set aside before `before` (and their subscriptions). Returns their ids. */
  async purgeRemoved(before: Date): Promise<string[]> {
    const cutoff = before.toISOString();
    const ids = Object.values(this.data.conversations)
      .filter((c) => c.removedAt !== undefined && c.removedAt < cutoff)
      .map((c) => c.id);
    if (!ids.length) return [];
    await this.mutate((s) => {
      for (const id of ids) {
        if (!s.conversations[id]?.removedAt || s.conversations[id]!.removedAt! >= cutoff) continue;
        delete s.conversations[id];
        delete s.subscriptions[id];
        for (const k of Object.keys(s.contexts)) if (k === id || k.startsWith(`${id};`)) delete s.contexts[k];
      }
    });
    return ids;
  }

  /**
   * Forgets a conversation, its subscription and its follow-up contexts (its own and those of its
   * channel threads, keyed "<id>;messageid=…") — bot uninstalled, or a webhook removed.
   */
  async removeConversation(id: string): Promise<void> {
    const contextKeys = (s: State) => Object.keys(s.contexts).filter((k) => k === id || k.startsWith(`${id};`));
    if (!this.data.conversations[id] && !this.data.subscriptions[id] && contextKeys(this.data).length === 0) return;
    await this.mutate((s) => {
      delete s.conversations[id];
      delete s.subscriptions[id];
      for (const k of contextKeys(s)) delete s.contexts[k];
    });
  }

  // --- conversation contexts (follow-up questions) ----------------------------------------------

  /** The context stored under `key` (a conversation or channel-thread id), or undefined. */
  async getContext(key: string): Promise<ConversationContext | undefined> {
    const c = this.data.contexts[key];
    return c ? { ...c } : undefined;
  }

  /** Replaces the context under `key`; resolves once it is on disk. */
  async putContext(key: string, ctx: ConversationContext): Promise<void> {
    const copy = JSON.parse(JSON.stringify(ctx)) as ConversationContext;
    await this.mutate((s) => {
      s.contexts[key] = copy;
    });
  }

  async deleteContext(key: string): Promise<void> {
    if (!this.data.contexts[key]) return;
    await this.mutate((s) => {
      delete s.contexts[key];
    });
  }

  // --- subscriptions --------------------------------------------------------------------------

  getSubscription(conversationId: string): Subscription | undefined {
    const s = this.data.subscriptions[conversationId];
    return s ? { ...s, sectors: [...s.sectors] } : undefined;
  }

  listSubscriptions(): Subscription[] {
    return Object.values(this.data.subscriptions).map((s) => ({ ...s, sectors: [...s.sectors] }));
  }

  /** Subscribes a conversation to `sectors` (empty: all sectors), replacing an earlier choice. */
  async subscribe(conversationId: string, sectors: readonly EntityId[]): Promise<Subscription> {
    const now = new Date().toISOString();
    const list = [...new Set(sectors)];
    await this.mutate((s) => {
      const old = s.subscriptions[conversationId];
      s.subscriptions[conversationId] = {
        ...old,
        conversationId,
        sectors: list,
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
      };
    });
    return this.getSubscription(conversationId)!;
  }

  /** True when there was a subscription to stop. */
  async unsubscribe(conversationId: string): Promise<boolean> {
    if (!this.data.subscriptions[conversationId]) return false;
    await this.mutate((s) => {
      delete s.subscriptions[conversationId];
    });
    return true;
  }

  // --- webhooks (channels without the bot) --------------------------------------------------------

  /** Registers a Teams Workflows webhook as a channel target with its subscription. Returns its id ("webhook:<name>"). */
  async addWebhook(w: { name: string; url: string; sectors: readonly EntityId[] }): Promise<string> {
    const id = `webhook:${slug(w.name)}`;
    const now = new Date().toISOString();
    const sectors = [...new Set(w.sectors)];
    await this.mutate((s) => {
      const old = s.conversations[id];
      s.conversations[id] = {
        ...old,
        id,
        kind: 'channel',
        reference: {},
        welcomed: true,
        updatedAt: now,
        webhookUrl: w.url,
        name: w.name,
      };
      const sub = s.subscriptions[id];
      s.subscriptions[id] = { ...sub, conversationId: id, sectors, createdAt: sub?.createdAt ?? now, updatedAt: now };
    });
    return id;
  }

  /** Removes a webhook target by id, name or URL. Returns the removed id, or undefined. */
  async removeWebhook(idNameOrUrl: string): Promise<string | undefined> {
    const match = Object.values(this.data.conversations).find(
      (c) =>
        c.webhookUrl &&
        (c.id === idNameOrUrl ||
          c.webhookUrl === idNameOrUrl ||
          c.name === idNameOrUrl ||
          c.id === `webhook:${slug(idNameOrUrl)}`),
    );
    if (!match) return undefined;
    await this.removeConversation(match.id);
    return match.id;
  }

  // --- ledger ---------------------------------------------------------------------------------

  getLedgerEntry(key: string): LedgerEntry | undefined {
    const e = this.data.ledger[key];
    return e ? { ...e } : undefined;
  }

  listLedger(update?: string): LedgerEntry[] {
    return Object.values(this.data.ledger)
      .filter((e) => update === undefined || e.update === update)
      .map((e) => ({ ...e }));
  }

  /** Writes a ledger entry; resolves once it is on disk. */
  async putLedgerEntry(entry: LedgerEntry): Promise<void> {
    const copy = { ...entry };
    await this.mutate((s) => {
      s.ledger[copy.key] = { ...copy };
    });
  }

  // --- notification bookkeeping ---------------------------------------------------------------

  /** The dataset version the last automatic notification completed for. */
  lastNotifiedVersion(): string | undefined {
    return this.data.notify.lastVersion;
  }

  async setLastNotifiedVersion(version: string): Promise<void> {
    const at = new Date().toISOString();
    await this.mutate((s) => {
      s.notify.lastVersion = version;
      s.notify.lastRunAt = at;
    });
  }
}
