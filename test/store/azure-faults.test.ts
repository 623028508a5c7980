// Faults of the Azure Table backend an operator runs into: a restart in production against a
// table that is not there (wrong account, deleted table) is refused unless it is the first
// start; storage that stops answering makes writes fail with a clear message and health() fail.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { openStateStore } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/state.js';
import { connectionStringFor, startAzurite } from '../support/azurite.js';

const production = (connectionString: string, table: string, extra: Record<string, string> = {}) =>
  parseConfig({
    NODE_ENV: 'production',
    BOT_ID: 'id',
    BOT_PASSWORD: 'secret',
    BOT_TYPE: 'MultiTenant',
    STATE_STORE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    AZURE_STORAGE_TABLE: table,
    ...extra,
  });

describe('Azure Table store faults', () => {
  it('refuses a missing table in production unless STATE_FIRST_START=true; opens it afterwards', async () => {
    const azurite = await startAzurite();
    try {
      const table = azurite.tableName();
      const err = await openStateStore(production(azurite.connectionString, table)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toContain(`De Azure-tabel ${table} bestaat niet`);
      expect((err as Error).message).toContain('STATE_FIRST_START=true');

      const warnings: string[] = [];
      const first = await openStateStore(production(azurite.connectionString, table, { STATE_FIRST_START: 'true' }), {
        onWarning: (m) => warnings.push(m),
      });
      expect(warnings).toEqual([`de Azure-tabel ${table} bestond niet en is leeg aangemaakt`]);
      await first.subscribe('19:a@thread.tacv2', ['mbo']);
      const again = await openStateStore(production(azurite.connectionString, table));
      expect((await again.getSubscription('19:a@thread.tacv2'))?.sectors).toEqual(['mbo']);
    } finally {
      await azurite.close();
    }
  });

  it('storage that does not answer: a clear start-up error; while running, writes fail and health() reports it', async () => {
    // Nothing listens on port 9 of the loopback (discard): connection refused.
    const dead = connectionStringFor('http://127.0.0.1:9/devstoreaccount1');
    const t0 = Date.now();
    const err = await openStateStore(production(dead, 'banenbot')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/^Azure Table Storage \(tabel banenbot\) is niet bereikbaar/);
    expect(Date.now() - t0).toBeLessThan(15_000);

    const azurite = await startAzurite({ own: true }); // this test stops it
    const table = azurite.tableName();
    const store = await openStateStore(production(azurite.connectionString, table, { STATE_FIRST_START: 'true' }));
    await store.subscribe('19:a@thread.tacv2', []);
    expect(store.health()).toEqual({ ok: true });
    await azurite.close();
    await expect(store.subscribe('19:b@thread.tacv2', [])).rejects.toThrow(/niet bereikbaar/);
    expect(store.health()).toMatchObject({ ok: false, reason: expect.stringContaining(`de Azure-tabel ${table}`) });
  }, 60_000);
});
