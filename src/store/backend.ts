// The storage seam under the state store (like lowdb's adapters, but per record): a backend
// keeps records of a few kinds, each addressed by a key, and changes one record at a time with
// `update(kind, key, change)`. The change is a pure function of the record as it is when the
// write happens: a backend that finds the record changed by someone else (another instance, the
// CLI) reads it again and applies the change again (optimistic concurrency), so no change is
// lost and none is applied to stale data.
//
// Two backends: the lowdb JSON file (./file-backend.ts, the default) and Azure Table Storage
// (./azure-table-backend.ts). src/store/state.ts builds the app's StateStore on top of either.

/** The record kinds; Azure Table keeps each in its own partitions (./azure-table-backend.ts). */
export const RECORD_KINDS = ['conversation', 'subscription', 'ledger', 'context', 'notify', 'lock'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Returned by a change that leaves the record as it is (nothing is written). */
export const KEEP: unique symbol = Symbol('keep');
export type Keep = typeof KEEP;

/** old → new record; undefined deletes it; KEEP writes nothing. Must not mutate `old`. */
export type Change<T> = (old: T | undefined) => T | undefined | Keep;

export type StoreHealth = { ok: true } | { ok: false; reason: string };

export interface RecordBackend {
  /** What it stores in, for messages ("het statusbestand …", "Azure-tabel …"). */
  readonly description: string;
  get<T>(kind: RecordKind, key: string): Promise<T | undefined>;
  /** Every record of a kind, or those whose key starts with `prefix`. */
  list<T>(kind: RecordKind, prefix?: string): Promise<T[]>;
  /** The keys of a kind's records (those starting with `prefix`). */
  listKeys(kind: RecordKind, prefix?: string): Promise<string[]>;
  /** Writes a record unconditionally (the ledger: only the notify lock's holder writes it). */
  put<T>(kind: RecordKind, key: string, value: T): Promise<void>;
  /** Applies `change` to the current record (again, if someone else changed it first); resolves with the record as written. */
  update<T>(kind: RecordKind, key: string, change: Change<T>): Promise<T | undefined>;
  /** Reads what other processes wrote (the file backend caches; Azure reads through). */
  refresh(): Promise<void>;
  /** Synchronous, for /healthz: failing while writes fail. */
  health(): StoreHealth;
  /** Writes what is pending and stops timers. */
  close(): Promise<void>;
}

/** The store cannot be opened or used (bad file, missing data in production, unreachable table). */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
