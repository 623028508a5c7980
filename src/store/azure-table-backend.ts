// The distributed backend: Azure Table Storage (STATE_STORE=azure, official @azure/data-tables
// SDK; Azurite locally and in tests). One entity per record, the record as JSON in string
// properties. Why Table: every record has its own ETag (If-Match on every change; 412 → read
// again, apply again), and a point read or write costs one request whatever the number of
// conversations.
//
// Keys: RowKey is the (encoded) record key; PartitionKey is the record kind plus one of
// PARTITIONS buckets chosen by a hash of the key ("ledger-0b"). One partition per kind made the
// ledger of a 10.000-channel update one hot partition: Azure serves at most 2.000 entities/s per
// partition, and Azurite's cost per entity write grows with the partition's size (a 100-entity
// transaction: 270 ms at 10.000 entities in the partition, 64 ms at 625). A kind is listed with a
// PartitionKey range (the ledger of one update: also a RowKey range). Tables written with one
// partition per kind are moved to this layout when opened (moveFromKindPartitions).
import { odata, RestError, TableClient, type TableEntityResult } from '@azure/data-tables';
import pRetry, { AbortError } from 'p-retry';
import {
  type Change,
  KEEP,
  RECORD_KINDS,
  type RecordBackend,
  type RecordKind,
  StoreError,
  type StoreHealth,
} from './backend.js';
import { RECORD_SCHEMAS } from './state-schema.js';

/** Characters per string property (the service allows 64 KiB = 32 Ki UTF-16 units). */
const CHUNK = 30_000;
/** Largest record (JSON characters); an entity holds at most 1 MiB. */
const MAX_RECORD_CHARS = 15 * CHUNK;

type Entity = { partitionKey: string; rowKey: string; n: number } & Record<string, unknown>;

/** Buckets per record kind (two hex digits in the PartitionKey). */
const PARTITIONS = 16;

/** FNV-1a of the key: the same bucket in every process, spread evenly. */
function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % PARTITIONS;
}

/** "ledger" + key → "ledger-0b". */
const partitionOf = (kind: RecordKind, key: string) => `${kind}-${bucketOf(key).toString(16).padStart(2, '0')}`;

/** RowKey may not hold / \ # ? or control characters: percent-encode the key (order-preserving per prefix). */
const encodeKey = (key: string) => encodeURIComponent(key);
const decodeKey = (rowKey: string) => decodeURIComponent(rowKey);

/** The first string after every string that starts with `prefix` (ASCII: the encoded keys). */
function after(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

const statusOf = (err: unknown) => (err instanceof RestError ? err.statusCode : undefined);

/** 404 for the table itself (the SDK leaves `code` empty; the service names it in the body). */
const tableGone = (err: unknown) =>
  err instanceof RestError &&
  err.statusCode === 404 &&
  (err.code === 'TableNotFound' || /TableNotFound/.test(err.message));

class Conflict extends Error {}

export interface AzureTableOptions {
  connectionString: string;
  table: string;
  /** A table that does not exist: create it (development, a first start) or refuse (production restart). */
  missing?: 'create' | 'refuse';
  /** Told about records that do not validate (skipped in listings). */
  onWarning?: (message: string) => void;
  /** Time-out per request (each try), so a storage that never answers cannot hold a turn or a notify run. */
  requestTimeoutMs?: number;
  /** How often the health probe may run (tests shorten it). */
  probeEveryMs?: number;
  /** Probed when no request succeeded for this long (a store that died while idle shows in /healthz). */
  idleMs?: number;
}

const DEFAULTS = { requestTimeoutMs: 5_000, probeEveryMs: 5_000, idleMs: 30_000 };

interface QueuedPut {
  entity: Entity;
  waiters: { resolve: () => void; reject: (err: unknown) => void }[];
}

export class AzureTableBackend implements RecordBackend {
  private failure: StoreError | undefined;
  private lastSuccess = Date.now();
  private probe: ReturnType<typeof setInterval> | undefined;
  /** Unconditional writes waiting, per partition (PartitionKey → RowKey → put). */
  private readonly putQueue = new Map<string, Map<string, QueuedPut>>();
  private readonly putWriters = new Map<string, Promise<void>>();

  private constructor(
    private readonly client: TableClient,
    private readonly table: string,
    /** True when this open created the table. */
    readonly created: boolean,
    private readonly onWarning?: (message: string) => void,
  ) {}

  /**
   * /healthz must tell the truth without traffic: while failing (the platform may have stopped
   * routing requests here), or after a quiet spell, one cheap query checks the table; a success
   * clears the failure, so the instance recovers without a restart.
   */
  private startProbe(every: number, idle: number): void {
    let running = false;
    this.probe = setInterval(() => {
      if (running || (!this.failure && Date.now() - this.lastSuccess < idle)) return;
      running = true;
      this.call(() => this.client.listEntities().byPage({ maxPageSize: 1 }).next())
        .catch(() => undefined) // call() keeps the failure for health()
        .finally(() => {
          running = false;
        });
    }, every);
    this.probe.unref();
  }

  /** Records this open moved from a table written with one partition per kind. */
  moved = 0;

  static async open(opts: AzureTableOptions): Promise<AzureTableBackend> {
    let client: TableClient;
    try {
      client = TableClient.fromConnectionString(opts.connectionString, opts.table, {
        // http only for a local emulator (Azurite); the real service is https.
        allowInsecureConnection:
          /(^|;)\s*((TableEndpoint|BlobEndpoint)\s*=\s*http:|UseDevelopmentStorage\s*=\s*true)/i.test(
            opts.connectionString,
          ),
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
      });
    } catch (err) {
      throw new StoreError(`AZURE_STORAGE_CONNECTION_STRING is ongeldig: ${(err as Error).message}`);
    }
    const timeout = opts.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
    client.pipeline.addPolicy({
      name: 'banenbotRequestTimeout',
      sendRequest: (request, next) => {
        request.timeout = timeout;
        return next(request);
      },
    });
    let exists = true;
    try {
      await client
        .listEntities({ queryOptions: { filter: odata`PartitionKey eq 'notify'` } })
        .byPage({ maxPageSize: 1 })
        .next();
    } catch (err) {
      if (statusOf(err) !== 404) throw unreachable(opts.table, err);
      exists = false;
    }
    if (!exists) {
      if (opts.missing === 'refuse') {
        throw new StoreError(
          `De Azure-tabel ${opts.table} bestaat niet. Zonder die tabel kent Banenbot geen gesprekken en abonnementen meer. ` +
            'Controleer AZURE_STORAGE_CONNECTION_STRING en AZURE_STORAGE_TABLE, of zet STATE_FIRST_START=true als dit echt de eerste start is.',
        );
      }
      try {
        await client.createTable();
      } catch (err) {
        throw unreachable(opts.table, err);
      }
    }
    const backend = new AzureTableBackend(client, opts.table, !exists, opts.onWarning);
    if (exists) {
      try {
        backend.moved = await backend.moveFromKindPartitions();
      } catch (err) {
        throw unreachable(opts.table, err);
      }
    }
    backend.startProbe(opts.probeEveryMs ?? DEFAULTS.probeEveryMs, opts.idleMs ?? DEFAULTS.idleMs);
    return backend;
  }

  /**
   * A table written before the buckets kept each kind in one partition named after the kind
   * ("ledger"). Each such record is created in its bucket (one already there was written later,
   * by an instance with the buckets, and stays) and then deleted from the old partition. Safe when
   * two instances start at once: both create-if-absent and delete by ETag.
   */
  private async moveFromKindPartitions(): Promise<number> {
    let moved = 0;
    const tolerate = (codes: number[]) => (err: unknown) => {
      if (!codes.includes(statusOf(err) ?? 0)) throw err;
    };
    for (const kind of RECORD_KINDS) {
      const pages = this.client
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${kind}` } })
        .byPage({ maxPageSize: 100 });
      for await (const page of pages) {
        const buckets = new Map<string, Entity[]>();
        for (const { partitionKey: _pk, rowKey, etag: _etag, timestamp: _ts, ...props } of page) {
          const entity = { ...props, partitionKey: partitionOf(kind, decodeKey(String(rowKey))), rowKey } as Entity;
          buckets.set(entity.partitionKey, [...(buckets.get(entity.partitionKey) ?? []), entity]);
        }
        // One transaction per bucket; when one of its records is already there, one by one.
        await Promise.all(
          [...buckets.values()].map((group) =>
            this.client.submitTransaction(group.map((e) => ['create', e] as const)).catch(async (err: unknown) => {
              tolerate([409])(err);
              for (const e of group) await this.client.createEntity(e).catch(tolerate([409]));
            }),
          ),
        );
        // By ETag (a transaction's delete takes none), so a record changed meanwhile is not lost.
        await Promise.all(
          page.map((old) =>
            this.client.deleteEntity(kind, String(old.rowKey), { etag: old.etag }).catch(tolerate([404, 412])),
          ),
        );
        moved += page.length;
      }
    }
    return moved;
  }

  get description(): string {
    return `de Azure-tabel ${this.table}`;
  }

  /**
   * Runs one storage call; a failure other than a conflict or a missing record marks the store
   * unhealthy. A table that is gone is a failure too (not "no records": that would read as a
   * bot without conversations and subscriptions).
   */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const out = await fn();
      this.healthy();
      return out;
    } catch (err) {
      const status = statusOf(err);
      if (tableGone(err)) {
        this.failure = new StoreError(`${this.description} bestaat niet meer`);
        throw this.failure;
      }
      if (status !== 404 && status !== 409 && status !== 412) {
        this.failure = new StoreError(`${this.description} is niet bereikbaar: ${(err as Error).message}`);
        throw this.failure;
      }
      this.healthy();
      throw err;
    }
  }

  private healthy(): void {
    this.failure = undefined;
    this.lastSuccess = Date.now();
  }

  private decode<T>(kind: RecordKind, e: Record<string, unknown>): T | undefined {
    const n = typeof e.n === 'number' ? e.n : 0;
    let json = '';
    for (let i = 0; i < n; i++) json += String(e[`d${i}`] ?? '');
    try {
      const parsed = RECORD_SCHEMAS[kind].safeParse(JSON.parse(json));
      if (parsed.success) return parsed.data as T;
    } catch {
      // reported below
    }
    this.onWarning?.(`ongeldig record in ${this.description} (${kind}) overgeslagen`);
    return undefined;
  }

  private encode(kind: RecordKind, key: string, value: unknown): Entity {
    const json = JSON.stringify(value);
    if (json.length > MAX_RECORD_CHARS) throw new StoreError(`record te groot voor ${this.description} (${kind})`);
    const e: Entity = {
      partitionKey: partitionOf(kind, key),
      rowKey: encodeKey(key),
      n: Math.ceil(json.length / CHUNK),
    };
    for (let i = 0; i * CHUNK < json.length; i++) e[`d${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
    return e;
  }

  private async read<T>(kind: RecordKind, key: string): Promise<{ value: T | undefined; etag: string } | undefined> {
    try {
      const e = await this.call(() =>
        this.client.getEntity<Record<string, unknown>>(partitionOf(kind, key), encodeKey(key)),
      );
      return { value: this.decode<T>(kind, e), etag: e.etag };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async get<T>(kind: RecordKind, key: string): Promise<T | undefined> {
    return (await this.read<T>(kind, key))?.value;
  }

  private async *entities(
    kind: RecordKind,
    prefix?: string,
  ): AsyncGenerator<TableEntityResult<Record<string, unknown>>> {
    const p = prefix ? encodeKey(prefix) : '';
    // "ledger-" … "ledger.": every bucket of the kind, and only those.
    const [from, to] = [`${kind}-`, `${kind}.`];
    const filter = p
      ? odata`PartitionKey ge ${from} and PartitionKey lt ${to} and RowKey ge ${p} and RowKey lt ${after(p)}`
      : odata`PartitionKey ge ${from} and PartitionKey lt ${to}`;
    const pages = this.client
      .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
      .byPage({ maxPageSize: 1000 });
    for (;;) {
      const page = await this.call(() => pages.next());
      if (page.done) return;
      yield* page.value;
    }
  }

  async list<T>(kind: RecordKind, prefix?: string): Promise<T[]> {
    const out: T[] = [];
    for await (const e of this.entities(kind, prefix)) {
      const v = this.decode<T>(kind, e);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  async listKeys(kind: RecordKind, prefix?: string): Promise<string[]> {
    const out: string[] = [];
    for await (const e of this.entities(kind, prefix)) out.push(decodeKey(String(e.rowKey)));
    return out;
  }

  /**
   * Unconditional writes are group-committed per partition: the puts made while a write to the
   * partition is on its way go together in its next entity group transaction (at most 100
   * entities); the partitions are written alongside each other. Resolves when stored.
   */
  async put<T>(kind: RecordKind, key: string, value: T): Promise<void> {
    const entity = this.encode(kind, key, value);
    const partition = entity.partitionKey;
    await new Promise<void>((resolve, reject) => {
      let queue = this.putQueue.get(partition);
      if (!queue) this.putQueue.set(partition, (queue = new Map()));
      const earlier = queue.get(entity.rowKey);
      // A later put of the same record replaces an earlier one not yet written; both resolve together.
      queue.set(entity.rowKey, { entity, waiters: [...(earlier?.waiters ?? []), { resolve, reject }] });
      if (!this.putWriters.has(partition)) this.putWriters.set(partition, this.drain(partition));
    });
  }

  private async drain(partition: string): Promise<void> {
    await Promise.resolve(); // let the puts of this tick join the first batch
    try {
      for (;;) {
        const queue = this.putQueue.get(partition);
        if (!queue?.size) return;
        const batch = [...queue.entries()].slice(0, 100);
        for (const [rowKey] of batch) queue.delete(rowKey);
        try {
          if (batch.length === 1) await this.call(() => this.client.upsertEntity(batch[0]![1].entity, 'Replace'));
          else {
            await this.call(() =>
              this.client.submitTransaction(batch.map(([, p]) => ['upsert', p.entity, 'Replace'] as const)),
            );
          }
          for (const [, p] of batch) for (const w of p.waiters) w.resolve();
        } catch (err) {
          for (const [, p] of batch) for (const w of p.waiters) w.reject(err);
        }
      }
    } finally {
      this.putWriters.delete(partition);
    }
  }

  async update<T>(kind: RecordKind, key: string, change: Change<T>): Promise<T | undefined> {
    // After the puts to its partition still on their way, so a change never reads an older record.
    await this.putWriters.get(partitionOf(kind, key));
    return pRetry(
      async () => {
        const current = await this.read<T>(kind, key);
        const next = change(current?.value);
        if (next === KEEP) return current?.value;
        try {
          if (next === undefined) {
            if (current)
              await this.call(() =>
                this.client.deleteEntity(partitionOf(kind, key), encodeKey(key), { etag: current.etag }),
              );
            return undefined;
          }
          const entity = this.encode(kind, key, next);
          if (current) await this.call(() => this.client.updateEntity(entity, 'Replace', { etag: current.etag }));
          else await this.call(() => this.client.createEntity(entity));
          return next;
        } catch (err) {
          const status = statusOf(err);
          // Someone else changed (412), created (409) or deleted (404) it first: read again, apply again.
          if (status === 412 || status === 409 || status === 404) throw new Conflict();
          throw new AbortError(err as Error);
        }
      },
      {
        retries: 25,
        factor: 1.5,
        minTimeout: 5,
        maxTimeout: 250,
        randomize: true,
        shouldRetry: ({ error }) => error instanceof Conflict,
      },
    ).catch((err: unknown) => {
      if (err instanceof Conflict)
        throw new StoreError(`${this.description}: te veel gelijktijdige wijzigingen van ${kind}`);
      throw err;
    });
  }

  async refresh(): Promise<void> {
    // Reads go to the table every time: nothing cached to refresh.
  }

  health(): StoreHealth {
    return this.failure ? { ok: false, reason: this.failure.message } : { ok: true };
  }

  async close(): Promise<void> {
    clearInterval(this.probe);
    // Every change is written before its promise resolves; wait for the group commits on their way.
    await Promise.all([...this.putWriters.values()]);
  }
}

function unreachable(table: string, err: unknown): StoreError {
  return new StoreError(
    `Azure Table Storage (tabel ${table}) is niet bereikbaar: ${(err as Error).message}. Controleer AZURE_STORAGE_CONNECTION_STRING.`,
  );
}
