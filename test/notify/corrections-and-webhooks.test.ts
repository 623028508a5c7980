// The notify engine in process: a corrected dataset updates posted cards in place (same update,
// new content), a new dataset version notifies once by itself, and channels without the bot get
// the card through a Teams Workflows webhook with the same ledger and retries.
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/domain/model.js';
import { silentLogger } from '../../src/log.js';
import { Notifier } from '../../src/notify/notifier.js';
import { StateStore } from '../../src/store/state.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { proactiveTransports } from '../../src/teams/proactive/transport.js';
import { type Connector, startConnector } from '../support/connector.js';

const dataset = loadDataset();
const config = parseConfig({ NODE_ENV: 'test' });
const FAST = { baseDelayMs: 2, maxDelayMs: 10 };

/** The same dataset with politie 2024 realisatie corrected from 489 to 495 fta (new version). */
function corrected(): Dataset {
  const d = structuredClone(dataset);
  const f = d.figures.find((x) => x.sector === 'politie' && x.year === 2024 && x.metric === 'realisatie' && !x.period)!;
  f.value = 495;
  d.meta = { ...d.meta, version: `${d.meta.version}-correctie` };
  return d;
}

let connector: Connector;
let store: StateStore;
const CHANNEL = '19:politie-netwerk@thread.tacv2';

const notifier = (d: Dataset = dataset) =>
  new Notifier({
    store,
    dataset: d,
    log: silentLogger(),
    transports: proactiveTransports(createAdapter(config), config),
    retry: FAST,
  });

beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});
beforeEach(async () => {
  connector.reset();
  store = await StateStore.open(join(await mkdtemp(join(tmpdir(), 'banenbot-notify-')), 'state.json'));
  await store.saveConversation({
    id: CHANNEL,
    kind: 'channel',
    tenantId: 't1',
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: CHANNEL, conversationType: 'channel', tenantId: 't1' },
      bot: { id: '28:bot' },
    },
  });
  await store.subscribe(CHANNEL, ['politie']);
});

describe('dataset corrections', () => {
  it('update the posted card in place instead of posting it again', async () => {
    const first = await notifier().run({ year: 2024 });
    expect(first.sent).toBe(1);
    const posted = connector.messages(CHANNEL);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.activity)).toContain('489 fta');

    const fixed = await notifier(corrected()).run({ year: 2024 });
    expect(fixed).toMatchObject({ sent: 0, updated: 1, skipped: 0, failed: [] });
    expect(connector.messages(CHANNEL)).toHaveLength(1);
    expect(connector.updates).toHaveLength(1);
    expect(connector.updates[0]!.activityId).toBe(posted[0]!.activityId);
    const card = JSON.stringify(connector.updates[0]!.activity);
    expect(card).toContain('495 fta');
    expect(card).toContain('nog 218 fta te gaan');

    // Running the corrected update once more changes nothing.
    expect(await notifier(corrected()).run({ year: 2024 })).toMatchObject({ sent: 0, updated: 0, skipped: 1 });
    expect(connector.updates).toHaveLength(1);
  });

  it('a new dataset version notifies once by itself; a correction after it updates in place', async () => {
    const first = await notifier().notifyIfNewVersion();
    expect(first).toMatchObject({ sent: 1, year: dataset.meta.latestYear });
    expect(await store.lastNotifiedVersion()).toBe(dataset.meta.version);
    expect(await notifier().notifyIfNewVersion()).toBeUndefined(); // a restart with the same data
    const fix = await notifier(corrected()).notifyIfNewVersion();
    expect(fix).toMatchObject({ sent: 0, updated: 1 });
    expect(connector.messages(CHANNEL)).toHaveLength(1);
  });

  it('runs one at a time in a process: two at once post once', async () => {
    const n = notifier();
    const [a, b] = await Promise.all([n.run({ year: 2024 }), n.run({ year: 2024 })]);
    expect(a.sent + b.sent).toBe(1);
    expect(a.skipped + b.skipped).toBe(1);
    expect(connector.messages(CHANNEL)).toHaveLength(1);
  });
});

describe('Teams Workflows webhooks', () => {
  let server: Server;
  let hookUrl: string;
  const received: { body: any }[] = [];
  let throttleNext = 0;

  beforeAll(async () => {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    app.post('/workflows/hook', (req, res) => {
      if (throttleNext > 0) {
        throttleNext -= 1;
        res.set('Retry-After', '0').status(429).json({ error: 'throttled' });
        return;
      }
      received.push({ body: req.body });
      res.status(202).end();
    });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/workflows/hook`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    received.length = 0;
  });

  it('posts the card as a message with one Adaptive Card attachment, retried on 429, once per update', async () => {
    await store.addWebhook({ name: 'MBO Raad contactpersonen', url: hookUrl, sectors: ['mbo'] });
    throttleNext = 2;
    const r = await notifier().run({ year: 2024 });
    expect(r).toMatchObject({ sent: 2, failed: [] }); // the bot channel and the webhook
    expect(received).toHaveLength(1);
    const body = received[0]!.body;
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = body.attachments[0].content;
    expect(card.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card)).toContain('Middelbaar beroepsonderwijs');
    expect(JSON.stringify(card)).toContain('circa 706 fta');
    expect(JSON.stringify(card)).not.toContain('Politie');
    // No buttons: nobody would answer them in a channel without the bot.
    expect(JSON.stringify(card)).not.toMatch(/Action\.(Submit|Execute)/);

    expect(await notifier().run({ year: 2024 })).toMatchObject({ sent: 0, skipped: 2 });
    expect(received).toHaveLength(1);
  });

  it('a broken webhook fails alone, is reported by name and stays registered', async () => {
    await store.addWebhook({ name: 'Weg', url: hookUrl.replace('/workflows/hook', '/bestaat-niet'), sectors: [] });
    const r = await notifier().run({ year: 2024 });
    expect(r.sent).toBe(1);
    expect(r.failed).toEqual([
      { target: 'webhook:weg', name: 'Weg', reason: '404 gesprek of bericht niet gevonden', attempts: 1 },
    ]);
    expect(await store.getConversation('webhook:weg')).toBeDefined();
  });
});
