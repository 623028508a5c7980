// The distributed backend: Azure Table Storage (STATE_STORE=azure, official @azure/data-tables
// SDK; Azurite locally and in tests). One entity per record, the record kind as PartitionKey and
// the (encoded) record key as RowKey, the record as JSON in string properties. Why Table: every
// record has its own ETag (If-Match on every change; 412 → read again, apply again), a point
// read or write costs one request whatever the number of conversations, and a partition per kind
// lists one kind (the ledger of one update: a RowKey range) without touching the others.
import { odata, RestError, TableClient, type TableEntityResult } from '@azure/data-tables';
import pRetry, { AbortError } from 'p-retry';
import { type Change, KEEP, type RecordBackend, type RecordKind, StoreError, type StoreHealth } from './backend.js';
import { RECORD_SCHEMAS } from './state-schema.js';

/** Characters per string property (the service allows 64 KiB = 32 Ki UTF-16 units). */
const CHUNK = 30_000;
/** Largest record (JSON characters); an entity holds at most 1 MiB. */
const MAX_RECORD_CHARS = 15 * CHUNK;

type Entity = { partitionKey: string; rowKey: string; n: number } & Record<string, unknown>;

/** RowKey may not hold / \ # ? or control characters: percent-encode the key (order-preserving per prefix). */
const encodeKey = (key: string) => encodeURIComponent(key);
const decodeKey = (rowKey: string) => decodeURIComponent(rowKey);

/** The first string after every string that starts with `prefix` (ASCII: the encoded keys). */
function after(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

const statusOf = (err: unknown) => (err instanceof RestError ? err.statusCode : undefined);

class Conflict extends Error {}

export interface AzureTableOptions {
  connectionString: string;
  table: string;
  /** A table that does not exist: create it (development, a first start) or refuse (production restart). */
  missing?: 'create' | 'refuse';
  /** Told about records that do not validate (skipped in listings). */
  onWarning?: (message: string) => void;
}

interface QueuedPut {
  entity: Entity;
  waiters: { resolve: () => void; reject: (err: unknown) => void }[];
}

export class AzureTableBackend implements RecordBackend {
  private failure: StoreError | undefined;
  private readonly putQueue = new Map<RecordKind, Map<string, QueuedPut>>();
  private readonly putWriters = new Map<RecordKind, Promise<void>>();

  private constructor(
    private readonly client: TableClient,
    private readonly table: string,
    /** True when this open created the table. */
    readonly created: boolean,
    private readonly onWarning?: (message: string) => void,
  ) {}

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
    return new AzureTableBackend(client, opts.table, !exists, opts.onWarning);
  }

  get description(): string {
    return `de Azure-tabel ${this.table}`;
  }

  /** Runs one storage call; a failure other than a conflict or a missing record marks the store unhealthy. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const out = await fn();
      this.failure = undefined;
      return out;
    } catch (err) {
      const status = statusOf(err);
      if (status !== 404 && status !== 409 && status !== 412) {
        this.failure = new StoreError(`${this.description} is niet bereikbaar: ${(err as Error).message}`);
        throw this.failure;
      }
      this.failure = undefined;
      throw err;
    }
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
    const e: Entity = { partitionKey: kind, rowKey: encodeKey(key), n: Math.ceil(json.length / CHUNK) };
    for (let i = 0; i * CHUNK < json.length; i++) e[`d${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
    return e;
  }

  private async read<T>(kind: RecordKind, key: string): Promise<{ value: T | undefined; etag: string } | undefined> {
    try {
      const e = await this.call(() => this.client.getEntity<Record<string, unknown>>(kind, encodeKey(key)));
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
    const filter = p
      ? odata`PartitionKey eq ${kind} and RowKey ge ${p} and RowKey lt ${after(p)}`
      : odata`PartitionKey eq ${kind}`;
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
   * Unconditional writes are group-committed per kind: the puts made while a write is on its way
   * go together in the next entity group transaction (one partition, at most 100 entities), so a
   * notify run's two ledger writes per post cost a fraction of a request each. Resolves when stored.
   */
  async put<T>(kind: RecordKind, key: string, value: T): Promise<void> {
    const entity = this.encode(kind, key, value);
    await new Promise<void>((resolve, reject) => {
      let queue = this.putQueue.get(kind);
      if (!queue) this.putQueue.set(kind, (queue = new Map()));
      const earlier = queue.get(entity.rowKey);
      // A later put of the same record replaces an earlier one not yet written; both resolve together.
      queue.set(entity.rowKey, { entity, waiters: [...(earlier?.waiters ?? []), { resolve, reject }] });
      if (!this.putWriters.has(kind)) this.putWriters.set(kind, this.drain(kind));
    });
  }

  private async drain(kind: RecordKind): Promise<void> {
    await Promise.resolve(); // let the puts of this tick join the first batch
    try {
      for (;;) {
        const queue = this.putQueue.get(kind);
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
      this.putWriters.delete(kind);
    }
  }

  async update<T>(kind: RecordKind, key: string, change: Change<T>): Promise<T | undefined> {
    // After the puts of this kind still on their way, so a change never reads an older record.
    await this.putWriters.get(kind);
    return pRetry(
      async () => {
        const current = await this.read<T>(kind, key);
        const next = change(current?.value);
        if (next === KEEP) return current?.value;
        try {
          if (next === undefined) {
            if (current) await this.call(() => this.client.deleteEntity(kind, encodeKey(key), { etag: current.etag }));
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
    // Every change is written before its promise resolves; wait for the group commits on their way.
    await Promise.all([...this.putWriters.values()]);
  }
}

function unreachable(table: string, err: unknown): StoreError {
  return new StoreError(
    `Azure Table Storage (tabel ${table}) is niet bereikbaar: ${(err as Error).message}. Controleer AZURE_STORAGE_CONNECTION_STRING.`,
  );
}
