// The default backend: every record in one lowdb JSON file (STATE_FILE, ./state-file.ts). Reads
// come from memory; a change is applied in memory at once and written with the next group commit
// (all changes made while a write is in progress go out together in the following write).
// A change's promise resolves when it is on disk: the notify ledger relies on that.
//
// Several processes may share the file (the server and `npm run notify`): writes happen under an
// inter-process lock, and when another process changed the file, its version is read and the
// unwritten changes are applied to it again (the same re-read-and-re-apply as ETags elsewhere).
//
// A failed write is not the end: the changes stay pending, health() reports the failure, and
// they are written with the next change or the retry a second later, once the disk is usable
// again. A corrupt file is never overwritten; a file deleted while running is written back from
// memory (the freshest copy there is).
import PQueue from 'p-queue';
import { type Change, KEEP, type RecordBackend, type RecordKind, StoreError, type StoreHealth } from './backend.js';
import { DEFAULT_LOCK, type LockTiming, type MissingFile, StateFile, StateFileError } from './state-file.js';
import type { State } from './state-schema.js';

type Mutation = (s: State) => void;

const TABLES = {
  conversation: 'conversations',
  subscription: 'subscriptions',
  ledger: 'ledger',
  context: 'contexts',
  lock: 'locks',
} as const satisfies Record<Exclude<RecordKind, 'notify'>, keyof State>;

/** The record map of a kind; the notify marker is the one record `state.notify` (its key is ignored). */
function read(s: State, kind: RecordKind, key: string): unknown {
  if (kind === 'notify') return s.notify;
  return (s[TABLES[kind]] as Record<string, unknown>)[key];
}

function write(s: State, kind: RecordKind, key: string, value: unknown): void {
  if (kind === 'notify') {
    s.notify = (value ?? {}) as State['notify'];
    return;
  }
  const table = s[TABLES[kind]] as Record<string, unknown>;
  if (value === undefined) delete table[key];
  else table[key] = value;
}

export interface FileBackendOptions {
  /** Lock timing (proper-lockfile's minimum stale time is 5 s). */
  lock?: LockTiming;
  /** A missing file: create it (development, a first start) or refuse (production restart). */
  missing?: MissingFile;
  /** Wait before writing pending changes again after a failed write (default 1 s). */
  retryMs?: number;
  /** Told about things worth a log line (the file was deleted and is written back). */
  onWarning?: (message: string) => void;
}

export class FileBackend implements RecordBackend {
  private pending: Mutation[] = [];
  private nextFlush: Promise<void> | undefined;
  private readonly io = new PQueue({ concurrency: 1 });
  private failure: StoreError | undefined;
  private retryTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly disk: StateFile,
    private data: State,
    /** True when this open created the file. */
    readonly created: boolean,
    private readonly opts: FileBackendOptions,
  ) {}

  /** Opens (or creates) the file. Throws (StateFileError, …) when it is unusable; the file is then left as it is. */
  static async open(file: string, opts: FileBackendOptions = {}): Promise<FileBackend> {
    const disk = new StateFile(file, opts.lock ?? DEFAULT_LOCK);
    const { state, created } = await disk.load(opts.missing ?? 'create');
    return new FileBackend(disk, state, created, opts);
  }

  get file(): string {
    return this.disk.file;
  }

  get description(): string {
    return `het statusbestand ${this.disk.file}`;
  }

  get lockTiming(): LockTiming {
    return this.opts.lock ?? DEFAULT_LOCK;
  }

  async get<T>(kind: RecordKind, key: string): Promise<T | undefined> {
    const v = read(this.data, kind, key);
    return v === undefined ? undefined : (structuredClone(v) as T);
  }

  async list<T>(kind: RecordKind, prefix?: string): Promise<T[]> {
    if (kind === 'notify') return [structuredClone(this.data.notify) as T];
    const table = this.data[TABLES[kind]] as Record<string, unknown>;
    const out: T[] = [];
    for (const [k, v] of Object.entries(table))
      if (prefix === undefined || k.startsWith(prefix)) out.push(structuredClone(v) as T);
    return out;
  }

  async listKeys(kind: RecordKind, prefix?: string): Promise<string[]> {
    if (kind === 'notify') return ['marker'];
    const keys = Object.keys(this.data[TABLES[kind]]);
    return prefix === undefined ? keys : keys.filter((k) => k.startsWith(prefix));
  }

  async update<T>(kind: RecordKind, key: string, change: Change<T>): Promise<T | undefined> {
    let result: T | undefined;
    let wrote = false;
    const apply = (s: State) => {
      const old = read(s, kind, key) as T | undefined;
      const next = change(old === undefined ? undefined : structuredClone(old));
      if (next === KEEP) {
        result = old;
        return false;
      }
      write(s, kind, key, next === undefined ? undefined : structuredClone(next));
      result = next;
      return true;
    };
    // The first application is on the data in memory: nothing to write when it changes nothing.
    wrote = apply(this.data);
    if (wrote) await this.mutate((s) => void apply(s));
    return result === undefined ? undefined : structuredClone(result);
  }

  async put<T>(kind: RecordKind, key: string, value: T): Promise<void> {
    const copy = structuredClone(value);
    write(this.data, kind, key, copy);
    await this.mutate((s) => write(s, kind, key, structuredClone(copy)));
  }

  private mutate(fn: Mutation): Promise<void> {
    this.pending.push(fn);
    return this.scheduleFlush();
  }

  private scheduleFlush(): Promise<void> {
    if (!this.nextFlush) {
      let started = false;
      const flush = this.io.add(async () => {
        started = true;
        this.nextFlush = undefined;
        const batch = this.pending;
        this.pending = [];
        try {
          await this.disk.withLock(async () => {
            const fresh = await this.disk.changedByOthers();
            if (fresh === 'gone') {
              this.opts.onWarning?.(
                `${this.disk.file} is verdwenen terwijl Banenbot draaide; opnieuw geschreven uit het geheugen`,
              );
            } else this.adoptChangesByOthers(fresh, batch);
            await this.disk.writeLocked(this.data);
          });
          this.failure = undefined;
        } catch (err) {
          // Not on disk: the changes stay pending and go out with the next write.
          this.pending = [...batch, ...this.pending];
          this.failure = err instanceof StoreError ? err : new StateFileError(this.disk.file, (err as Error).message);
          this.scheduleRetry();
          throw this.failure;
        }
      });
      // p-queue may start the task synchronously: only a flush that has not started takes new changes.
      if (!started) this.nextFlush = flush;
      return flush;
    }
    return this.nextFlush;
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.pending.length) this.scheduleFlush().catch(() => undefined);
    }, this.opts.retryMs ?? 1000);
    this.retryTimer.unref();
  }

  /** Another process wrote the file: take its version and re-apply our unwritten changes to it. */
  private adoptChangesByOthers(fresh: State | undefined, batch: Mutation[]): void {
    if (!fresh) return;
    for (const fn of batch) fn(fresh);
    for (const fn of this.pending) fn(fresh);
    this.data = fresh;
  }

  async refresh(): Promise<void> {
    await this.io.add(async () => {
      try {
        await this.disk.withLock(async () => {
          const fresh = await this.disk.changedByOthers();
          if (fresh !== 'gone') this.adoptChangesByOthers(fresh, []);
        });
      } catch (err) {
        this.failure = err instanceof StoreError ? err : new StateFileError(this.disk.file, (err as Error).message);
        throw this.failure;
      }
    });
  }

  health(): StoreHealth {
    return this.failure ? { ok: false, reason: this.failure.message } : { ok: true };
  }

  async close(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.pending.length) await this.scheduleFlush().catch(() => undefined);
    await this.io.onIdle();
  }
}
