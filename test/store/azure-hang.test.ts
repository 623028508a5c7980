// Azure Table Storage that stops answering (the network swallows every byte, no error) or whose
// table is deleted while the bot runs: every request times out instead of waiting for ever, a
// question is still answered in time, /healthz says 503 without needing traffic, and once the
// storage answers again the instance is healthy again by itself (no restart, no request needed).
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureTableBackend } from '../../src/store/azure-table-backend.js';
import { StateStore, StoreError } from '../../src/store/state.js';
import { type Azurite, connectionStringFor, startAzurite } from '../support/azurite.js';
import { startBotServer } from '../support/bot-server.js';
import { startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { startTcpSwitch, type TcpSwitch } from '../support/tcp-switch.js';
import { message } from '../teams/activities.js';

let azurite: Azurite;
let relay: TcpSwitch;
let connectionString: string;
beforeAll(async () => {
  azurite = await startAzurite();
  const endpoint = /TableEndpoint=(http:\/\/[^;]+)/.exec(azurite.connectionString)![1]!;
  const url = new URL(endpoint);
  relay = await startTcpSwitch(Number(url.port), url.hostname);
  url.port = String(relay.port);
  connectionString = connectionStringFor(url.toString().replace(/\/$/, ''));
});
afterAll(async () => {
  await relay?.close();
  await azurite?.close();
});

const timing = { requestTimeoutMs: 300, probeEveryMs: 100, idleMs: 400 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms: number): Promise<number> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await sleep(20);
  }
  return performance.now() - t0;
}

describe('storage that stops answering', () => {
  it('requests time out with a clear error; health fails while idle and recovers by itself', async () => {
    const table = azurite.tableName();
    const backend = await AzureTableBackend.open({ connectionString, table, ...timing });
    const store = new StateStore(backend);
    try {
      await store.subscribe('19:a@thread.tacv2', ['politie']);
      expect(store.health()).toEqual({ ok: true });

      relay.hang();
      const t0 = performance.now();
      const read = await store.getSubscription('19:a@thread.tacv2').catch((err: unknown) => err);
      expect(read).toBeInstanceOf(StoreError);
      expect(String((read as Error).message)).toContain(`de Azure-tabel ${table} is niet bereikbaar`);
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(store.health().ok).toBe(false);

      relay.resume();
      await until(() => store.health().ok, 3_000); // no request of ours: the probe found it back
      expect((await store.getSubscription('19:a@thread.tacv2'))?.sectors).toEqual(['politie']);

      // Dying while nobody asks anything: the idle probe notices it.
      relay.hang();
      await until(() => !store.health().ok, 5_000);
      relay.resume();
      await until(() => store.health().ok, 3_000);
    } finally {
      relay.resume();
      await store.close();
    }
  });

  it('over HTTP: the question is answered in time, /healthz says 503, then 200 again without traffic', async () => {
    const backend = await AzureTableBackend.open({ connectionString, table: azurite.tableName(), ...timing });
    const connector = await startConnector();
    const bot = await startBotServer({ overrides: { store: new StateStore(backend) } });
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      relay.hang();
      const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
      const t0 = performance.now();
      expect((await bot.post(activity)).status).toBe(200);
      const [reply] = await connector.waitForMessages(1, activity.conversation.id, 8_000);
      expect(shownText(reply!.activity)).toContain('489 fta');
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(bot.logs.some((l) => l.includes('conversation context not loaded'))).toBe(true);
      await until(() => !backend.health().ok, 5_000);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(503);

      relay.resume();
      await until(() => backend.health().ok, 3_000);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      relay.resume();
      await bot.close();
      await connector.close();
    }
  });
});

it('a table deleted while running is a failure, not an empty store', async () => {
  const table = azurite.tableName();
  const backend = await AzureTableBackend.open({ connectionString, table, ...timing });
  const store = new StateStore(backend);
  try {
    await store.subscribe('19:a@thread.tacv2', ['politie']);
    await TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true }).deleteTable();
    const read = await store.getSubscription('19:a@thread.tacv2').catch((err: unknown) => err);
    expect(read).toBeInstanceOf(StoreError);
    expect(store.health()).toEqual({ ok: false, reason: `de Azure-tabel ${table} bestaat niet meer` });
    expect(await store.listSubscriptions().catch((err: unknown) => err)).toBeInstanceOf(StoreError);
  } finally {
    await store.close();
  }
});
