// The Azure table's layout: each record kind spread over 16 partitions by a hash of the key
// (no hot partition for a 10.000-channel ledger), and a table written with one partition per
// kind (before the buckets) moved on open without losing or reverting a record.
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AzureTableBackend } from '../../src/store/azure-table-backend.js';
import { type LedgerEntry, StateStore } from '../../src/store/state.js';
import { type Azurite, startAzurite } from '../support/azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.close();
});

const CHANNEL = '19:abc123@thread.tacv2';
const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' });
const entry = (target: string, status: LedgerEntry['status']): LedgerEntry => ({
  key: `u1>${target}`,
  update: 'u1',
  target,
  status,
  contentHash: 'h',
  attempts: 1,
  updatedAt: '2026-12-01T08:00:00.000Z',
});

async function open(table: string) {
  const backend = await AzureTableBackend.open({ connectionString: azurite.connectionString, table });
  return { backend, store: new StateStore(backend) };
}
const raw = (table: string) =>
  TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true });
async function entities(table: string) {
  const out: Record<string, unknown>[] = [];
  for await (const e of raw(table).listEntities<Record<string, unknown>>()) out.push(e);
  return out;
}

it('spreads a kind over 16 partitions named after the kind', async () => {
  const table = azurite.tableName();
  const { store } = await open(table);
  await Promise.all(
    Array.from({ length: 200 }, (_, i) => store.putLedgerEntry(entry(`19:c${i}@thread.tacv2`, 'sent'))),
  );
  const partitions = new Set((await entities(table)).map((e) => String(e.partitionKey)));
  expect([...partitions].every((p) => /^ledger-0[0-9a-f]$/.test(p))).toBe(true);
  expect(partitions.size).toBe(16);
  expect(await store.listLedger('u1')).toHaveLength(200);
});

it('moves a table with one partition per kind to the buckets on open, keeping a newer record', async () => {
  const table = azurite.tableName();
  const first = await open(table);
  await first.store.saveConversation({ id: CHANNEL, kind: 'channel', tenantId: 't1', reference: ref(CHANNEL) });
  await first.store.saveConversation({ id: 'a:1/b#c?d', kind: 'personal', reference: ref('a:1/b#c?d') });
  await first.store.subscribe(CHANNEL, ['politie', 'mbo']);
  await first.store.putLedgerEntry(entry(CHANNEL, 'sent'));
  await first.store.putLedgerEntry(entry('a:1/b#c?d', 'pending'));
  await first.store.setLastNotifiedVersion('2025.2');
  await first.backend.close();

  // Rewrite every record as the old layout had it: PartitionKey = the kind.
  const client = raw(table);
  const written = await entities(table);
  expect(written).toHaveLength(6);
  for (const e of written) {
    const { partitionKey, rowKey, etag: _etag, timestamp: _ts, ...props } = e;
    await client.createEntity({ ...props, partitionKey: String(partitionKey).split('-')[0]!, rowKey: String(rowKey) });
    await client.deleteEntity(String(partitionKey), String(rowKey));
  }
  // One record also in its bucket, written later (an instance with the buckets): it must stay.
  const pending = written.find(
    (e) => String(e.partitionKey).startsWith('ledger-') && String(e.d0).includes('pending'),
  )!;
  await client.createEntity({
    ...pending,
    partitionKey: String(pending.partitionKey),
    rowKey: String(pending.rowKey),
    d0: JSON.stringify({ ...entry('a:1/b#c?d', 'sent'), attempts: 2 }),
  });

  const second = await open(table);
  expect(second.backend.moved).toBe(6);
  expect((await second.store.getConversation(CHANNEL))?.tenantId).toBe('t1');
  expect((await second.store.listConversations()).map((c) => c.id).sort()).toEqual([
    '19:abc123@thread.tacv2',
    'a:1/b#c?d',
  ]);
  expect((await second.store.getSubscription(CHANNEL))?.sectors).toEqual(['politie', 'mbo']);
  expect(await second.store.getLedgerEntry('u1>a:1/b#c?d')).toMatchObject({ status: 'sent', attempts: 2 });
  expect(await second.store.listLedger('u1')).toHaveLength(2);
  expect(await second.store.lastNotifiedVersion()).toBe('2025.2');
  const after = await entities(table);
  expect(after).toHaveLength(6);
  expect(after.every((e) => /^[a-z]+-0[0-9a-f]$/.test(String(e.partitionKey)))).toBe(true);

  const third = await open(table);
  expect(third.backend.moved).toBe(0);
});
