// Automatic notifications: a NOTIFY_CRON schedule posts once per scheduled day (a second firing
// the same day finds its posts in the ledger), and a bad expression stops the start.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { silentLogger } from '../../src/log.js';
import { Notifier } from '../../src/notify/notifier.js';
import { editionOf, NotifyCronError, startNotifyTriggers } from '../../src/notify/triggers.js';
import { StateStore } from '../../src/store/state.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { proactiveTransports } from '../../src/teams/proactive/transport.js';
import { type Connector, startConnector } from '../support/connector.js';

let connector: Connector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});

async function setup() {
  const store = await StateStore.open(join(await mkdtemp(join(tmpdir(), 'banenbot-cron-')), 'state.json'));
  const id = '19:maandoverzicht@thread.tacv2';
  await store.saveConversation({
    id,
    kind: 'channel',
    reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id }, bot: { id: '28:bot' } },
  });
  await store.subscribe(id, ['defensie']);
  const config = parseConfig({ NODE_ENV: 'test' });
  const notifier = new Notifier({
    store,
    dataset: loadDataset(),
    log: silentLogger(),
    transports: proactiveTransports(createAdapter(config), config),
  });
  return { store, id, notifier };
}

describe('notification triggers', () => {
  it('a schedule firing twice on one day posts the digest once; the start-up check runs once per version', async () => {
    const { store, id, notifier } = await setup();
    // The start-up check posts the update for the current version ...
    const triggers = startNotifyTriggers(notifier, { cron: '* * * * * *', log: silentLogger() });
    try {
      expect(await triggers.initial).toMatchObject({ sent: 1 });
      // ... and the every-second schedule its own dated edition, once, however often it fires.
      const edition = editionOf(new Date());
      await new Promise<void>((resolve) => {
        const check = setInterval(async () => {
          const runs = (await store.listLedger()).filter((e) => e.update.endsWith(`|e:${edition}`));
          if (runs.length && runs[0]!.attempts >= 1 && runs[0]!.status === 'sent') {
            clearInterval(check);
            resolve();
          }
        }, 50);
      });
      await new Promise((r) => setTimeout(r, 1500)); // let it fire again
    } finally {
      triggers.stop();
    }
    await notifier.run({}); // wait for any run still queued
    const posts = connector.messages(id);
    expect(posts).toHaveLength(2); // the start-up update and one scheduled digest
    expect(JSON.stringify(posts[1]!.activity)).toContain('Defensie');
    expect((await store.listLedger()).filter((e) => e.update.includes('|e:'))).toHaveLength(1);
    expect(editionOf(new Date('2026-12-01T07:30:00Z'))).toBe('2026-12-01');
    expect(editionOf(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01'); // Dutch date
  });

  it('refuses an invalid NOTIFY_CRON before posting anything', async () => {
    const { notifier, id } = await setup();
    connector.reset();
    expect(() => startNotifyTriggers(notifier, { cron: 'elke maand', log: silentLogger() })).toThrow(NotifyCronError);
    expect(connector.messages(id)).toHaveLength(0);
  });
});
