// Banenbot's state: the conversations the bot can post to (reference, kind, tenant, welcomed),
// their subscriptions, webhook targets, the notification ledger, the last notified dataset
// version, and conversation contexts. One StateStore for the whole app, on one of two backends
// (src/store/backend.ts): the lowdb JSON file (STATE_STORE=file, the default) or Azure Table
// Storage (STATE_STORE=azure), chosen by src/store/open-store.ts.
//
// Every change is one record's change, applied to the record as it is when written (the backend
// re-reads and re-applies it when another instance changed the record first): two instances never
// overwrite each other's changes. All reads are async: the Azure backend reads through.
// A change's promise resolves when it is stored; a caller that must not wait (answering a
// message) can let it run and log a rejection: the file backend keeps a failed change pending
// and writes it with the next one.
import type { EntityId } from '../domain/model.js';
import { type Change, KEEP, type RecordBackend, StoreError, type StoreHealth } from './backend.js';
import { FileBackend, type FileBackendOptions } from './file-backend.js';
import { DEFAULT_NOTIFY_LOCK, NotifyLocks, type NotifyLockTiming } from './notify-lock.js';
import {
  type ConversationContext,
  type ConversationKind,
  type LedgerEntry,
  MAX_CONTEXT_BYTES,
  type NotifyMarker,
  type StoredConversation,
  type Subscription,
} from './state-schema.js';

export { StoreError } from './backend.js';
export { NotifyLockBusyError } from './notify-lock.js';
export { StateFileError, StateFileMissingError, StateFolderError } from './state-file.js';
export type {
  ConversationContext,
  ConversationKind,
  LedgerEntry,
  StoredConversation,
  Subscription,
} from './state-schema.js';

/** How long a conversation the bot was reported removed from stays recoverable. */
export const REMOVED_RETENTION_DAYS = 30;

export interface StateStoreOptions extends FileBackendOptions {
  /** The notify run lock's timing (tests and the fan-out benchmark shorten it). */
  notifyLock?: Partial<NotifyLockTiming>;
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
  private readonly locks: NotifyLocks;

  constructor(
    readonly backend: RecordBackend,
    opts: { notifyLock?: Partial<NotifyLockTiming> } = {},
  ) {
    this.locks = new NotifyLocks(backend, { ...DEFAULT_NOTIFY_LOCK, ...opts.notifyLock });
  }

  /** The lowdb file backend (creates a missing file unless `missing: 'refuse'`). */
  static async open(file: string, opts: StateStoreOptions = {}): Promise<StateStore> {
    return new StateStore(await FileBackend.open(file, opts), opts);
  }

  /** Where the state lives, for messages. */
  get description(): string {
    return this.backend.description;
  }

  /** True when opening created the store (no file or table was there). */
  get created(): boolean {
    return (this.backend as { created?: boolean }).created === true;
  }

  /** The state file's path (file backend), else undefined. */
  get file(): string | undefined {
    return this.backend instanceof FileBackend ? this.backend.file : undefined;
  }

  /** Readiness: failing while writes fail (the /healthz route answers 503 then). */
  health(): StoreHealth {
    return this.backend.health();
  }

  /** Reads changes other processes made (e.g. before a notify run). */
  refresh(): Promise<void> {
    return this.backend.refresh();
  }

  /** Writes what is pending and stops the lock's renewals (a run in progress loses its lock after the expiry). */
  async close(): Promise<void> {
    this.locks.stop();
    await this.backend.close();
  }

  /**
   * Runs `fn` while no other instance or process (and no other run here) holds the notify lock:
   * at most one notification run per store at a time. A lock left by a holder that died is taken
   * over after its expiry; `signal` aborts when this run's lock was taken over.
   */
  withNotifyLock<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return this.locks.with(fn);
  }

  // --- conversations --------------------------------------------------------------------------

  getConversation(id: string): Promise<StoredConversation | undefined> {
    return this.backend.get<StoredConversation>('conversation', id);
  }

  listConversations(): Promise<StoredConversation[]> {
    return this.backend.list<StoredConversation>('conversation');
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
    let reference: Record<string, unknown> | undefined;
    await this.backend.update<StoredConversation>('conversation', c.id, (old) => {
      if (
        old &&
        !old.removedAt &&
        old.kind === c.kind &&
        old.tenantId === c.tenantId &&
        sameJson(old.reference, c.reference)
      )
        return KEEP;
      reference ??= JSON.parse(JSON.stringify(c.reference)) as Record<string, unknown>;
      const next: StoredConversation = {
        ...old,
        id: c.id,
        kind: c.kind,
        reference,
        welcomed: old?.welcomed ?? false,
        updatedAt: new Date().toISOString(),
      };
      if (c.tenantId !== undefined) next.tenantId = c.tenantId;
      // A message or install where the bot had been reported removed: it is back (subscription too).
      delete next.removedAt;
      return next;
    });
  }

  /** True only the first time for a stored conversation (welcome once); false when unknown. */
  async markWelcomed(id: string): Promise<boolean> {
    let flipped = false;
    await this.backend.update<StoredConversation>('conversation', id, (old) => {
      flipped = Boolean(old && !old.welcomed);
      return flipped && old ? { ...old, welcomed: true } : KEEP;
    });
    return flipped;
  }

  /**
   * Sets a conversation aside because the Bot Connector said the bot is no longer there: no posts
   * go to it, but it and its subscription are kept (restored by saveConversation, i.e. the next
   * message or install there) until `purgeRemoved` drops them after REMOVED_RETENTION_DAYS.
   */
  async markRemoved(id: string, at = new Date()): Promise<void> {
    const removedAt = at.toISOString();
    await this.backend.update<StoredConversation>('conversation', id, (old) =>
      !old || old.removedAt ? KEEP : { ...old, removedAt },
    );
  }

  /**
   * Forgets conversations set aside before `before` (with their subscriptions and contexts).
   * Returns their ids. `listed`: the conversations as just listed (each is checked again when written).
   */
  async purgeRemoved(before: Date, listed?: readonly StoredConversation[]): Promise<string[]> {
    const cutoff = before.toISOString();
    const ids = (listed ?? (await this.listConversations()))
      .filter((c) => c.removedAt !== undefined && c.removedAt < cutoff)
      .map((c) => c.id);
    const purged: string[] = [];
    for (const id of ids) {
      let gone = false;
      // Only if still set aside when written (a message may have brought it back meanwhile).
      await this.backend.update<StoredConversation>('conversation', id, (old) => {
        gone = Boolean(old?.removedAt && old.removedAt < cutoff);
        return gone ? undefined : KEEP;
      });
      if (gone) {
        await this.removeConversation(id);
        purged.push(id);
      }
    }
    return purged;
  }

  /**
   * Forgets a conversation, its subscription and its contexts (its own and its threads',
   * key `id;messageid=…`): bot uninstalled, or a send said the bot was removed.
   */
  async removeConversation(id: string): Promise<void> {
    const gone: Change<unknown> = (old) => (old === undefined ? KEEP : undefined);
    const threads = await this.backend.listKeys('context', `${id};`);
    await Promise.all([
      this.backend.update('conversation', id, gone),
      this.backend.update('subscription', id, gone),
      this.backend.update('context', id, gone),
      ...threads.map((k) => this.backend.update('context', k, gone)),
    ]);
  }

  // --- subscriptions --------------------------------------------------------------------------

  getSubscription(conversationId: string): Promise<Subscription | undefined> {
    return this.backend.get<Subscription>('subscription', conversationId);
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.backend.list<Subscription>('subscription');
  }

  /** Subscribes a conversation to `sectors` (empty: all sectors), replacing an earlier choice. */
  async subscribe(conversationId: string, sectors: readonly EntityId[]): Promise<Subscription> {
    const list = [...new Set(sectors)];
    const written = await this.backend.update<Subscription>('subscription', conversationId, (old) => {
      const now = new Date().toISOString();
      return { ...old, conversationId, sectors: list, createdAt: old?.createdAt ?? now, updatedAt: now };
    });
    return written!;
  }

  /** True when there was a subscription to stop. */
  async unsubscribe(conversationId: string): Promise<boolean> {
    let had = false;
    await this.backend.update<Subscription>('subscription', conversationId, (old) => {
      had = old !== undefined;
      return had ? undefined : KEEP;
    });
    return had;
  }

  // --- webhooks (channels without the bot) --------------------------------------------------------

  /** Registers a Teams Workflows webhook as a channel target with its subscription. Returns its id ("webhook:<name>"). */
  async addWebhook(w: { name: string; url: string; sectors: readonly EntityId[] }): Promise<string> {
    const id = `webhook:${slug(w.name)}`;
    const now = new Date().toISOString();
    const sectors = [...new Set(w.sectors)];
    await this.backend.update<StoredConversation>('conversation', id, (old) => ({
      ...old,
      id,
      kind: 'channel',
      reference: {},
      welcomed: true,
      updatedAt: now,
      webhookUrl: w.url,
      name: w.name,
    }));
    await this.backend.update<Subscription>('subscription', id, (sub) => ({
      ...sub,
      conversationId: id,
      sectors,
      createdAt: sub?.createdAt ?? now,
      updatedAt: now,
    }));
    return id;
  }

  /** Removes a webhook target by id, name or URL. Returns the removed id, or undefined. */
  async removeWebhook(idNameOrUrl: string): Promise<string | undefined> {
    const match = (await this.listConversations()).find(
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

  getLedgerEntry(key: string): Promise<LedgerEntry | undefined> {
    return this.backend.get<LedgerEntry>('ledger', key);
  }

  /** Every ledger entry, or those of one update. */
  async listLedger(update?: string): Promise<LedgerEntry[]> {
    const entries = await this.backend.list<LedgerEntry>('ledger', update === undefined ? undefined : `${update}>`);
    return update === undefined ? entries : entries.filter((e) => e.update === update);
  }

  /** Writes a ledger entry; resolves once it is stored (only the notify lock's holder writes the ledger). */
  putLedgerEntry(entry: LedgerEntry): Promise<void> {
    return this.backend.put('ledger', entry.key, JSON.parse(JSON.stringify(entry)) as LedgerEntry);
  }

  // --- notification bookkeeping ---------------------------------------------------------------

  /** The dataset version the last automatic notification completed for. */
  async lastNotifiedVersion(): Promise<string | undefined> {
    return (await this.backend.get<NotifyMarker>('notify', 'marker'))?.lastVersion;
  }

  async setLastNotifiedVersion(version: string): Promise<void> {
    const at = new Date().toISOString();
    await this.backend.update<NotifyMarker>('notify', 'marker', (old) => ({
      ...old,
      lastVersion: version,
      lastRunAt: at,
    }));
  }

  // --- conversation contexts (what a conversation or thread was last about) -------------------------

  getContext(key: string): Promise<ConversationContext | undefined> {
    return this.backend.get<ConversationContext>('context', key);
  }

  /** Stores a context (at most MAX_CONTEXT_BYTES as JSON; larger is refused with StoreError). */
  async putContext(key: string, ctx: ConversationContext): Promise<void> {
    const json = JSON.stringify(ctx);
    if (Buffer.byteLength(json) > MAX_CONTEXT_BYTES) {
      throw new StoreError(
        `Gesprekscontext te groot (${Buffer.byteLength(json)} bytes, hoogstens ${MAX_CONTEXT_BYTES})`,
      );
    }
    await this.backend.put('context', key, JSON.parse(json) as ConversationContext);
  }

  async deleteContext(key: string): Promise<void> {
    await this.backend.update('context', key, (old) => (old === undefined ? KEEP : undefined));
  }
}
