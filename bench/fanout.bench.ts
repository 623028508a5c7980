// npm run bench:fanout — one update to 1.000 channels through a stand-in Bot Connector that
// enforces Teams-like limits (50 requests/s per app, 7/s and 60/30 s per conversation; 429 with
// Retry-After when exceeded) and throttles 10% of requests at random. Measures wall time against
// the theoretical minimum (1.000 posts at 50/s = 20 s; target ≤ 1,2×), duplicates and losses
// (both must be 0), then runs the same update again (must post nothing).
// With --store file|azure and/or --instances N: several processes on one shared store, the lock
// holder killed midway (bench/fanout-instances.ts). --channels N for the number of channels;
// --azurite-in-memory runs Azurite without saving its database to disk (see test/support/azurite.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config.js';
import { loadDataset } from '../src/data/load.js';
import { formatNumber } from '../src/domain/format.js';
import { silentLogger } from '../src/log.js';
import { Notifier } from '../src/notify/notifier.js';
import { StateStore } from '../src/store/state.js';
import { createAdapter } from '../src/teams/adapter.js';
import { proactiveTransports } from '../src/teams/proactive/transport.js';
import { startFanoutConnector } from '../test/support/fanout-connector.js';
import { runInstances } from './fanout-instances.js';

const { values: args } = parseArgs({
  options: {
    store: { type: 'string' },
    instances: { type: 'string' },
    channels: { type: 'string' },
    'kill-at': { type: 'string' },
    'azurite-in-memory': { type: 'boolean' },
  },
});
const CHANNELS = Number(args.channels ?? process.env.FANOUT_CHANNELS ?? 1000);
const RATE = 50;

// Several bot processes on one shared store, one killed midway: bench/fanout-instances.ts.
if (args.store || args.instances) {
  const store = args.store ?? 'file';
  if (store !== 'file' && store !== 'azure') throw new Error('--store moet file of azure zijn');
  process.exitCode = await runInstances({
    store,
    instances: Number(args.instances ?? 2),
    channels: CHANNELS,
    killAt: Number(args['kill-at'] ?? 0.5),
    inject429: Number(process.env.FANOUT_INJECT ?? 0),
    azuriteInMemory: args['azurite-in-memory'] ?? false,
  });
  process.exit();
}

const dir = await mkdtemp(join(tmpdir(), 'banenbot-fanout-'));
const connector = await startFanoutConnector({
  globalPerSecond: RATE,
  inject429: Number(process.env.FANOUT_INJECT ?? 0.1),
  retryAfterSeconds: 1,
  seed: 7,
});
try {
  const store = await StateStore.open(join(dir, 'state.json'));
  await Promise.all(
    Array.from({ length: CHANNELS }, async (_, i) => {
      const id = `19:bench-${i}@thread.tacv2`;
      await store.saveConversation({
        id,
        kind: 'channel',
        tenantId: 'bench-tenant',
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id, conversationType: 'channel', tenantId: 'bench-tenant' },
          bot: { id: '28:bench-bot' },
        },
      });
      await store.subscribe(id, []);
    }),
  );
  const config = parseConfig({ NODE_ENV: 'test', STATE_FILE: join(dir, 'state.json') });
  const notifier = new Notifier({
    store,
    dataset: loadDataset(),
    log: silentLogger(),
    transports: proactiveTransports(createAdapter(config), config),
  });

  const t0 = performance.now();
  const report = await notifier.run({});
  const seconds = (performance.now() - t0) / 1000;
  const minimum = CHANNELS / RATE;
  const counts = [...connector.posts.values()];
  const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const losses = CHANNELS - connector.posts.size;

  const second = await notifier.run({});
  const after = [...connector.posts.values()].reduce((a, b) => a + b, 0);

  const n = (v: number, d = 0) => formatNumber(v, d);
  console.log(
    `Fan-out naar ${n(CHANNELS)} kanalen (stand-in connector: ${RATE}/s per app, 7/s en 60/30 s per gesprek, 10% willekeurige 429's)`,
  );
  console.log(`  wandkloktijd:           ${n(seconds, 1)} s`);
  console.log(`  theoretisch minimum:    ${n(minimum, 1)} s  →  ${n(seconds / minimum, 2)}× (doel ≤ 1,2×)`);
  console.log(
    `  verzoeken:              ${n(connector.stats.requests)} (429 door limiet: ${n(connector.stats.limited)}, willekeurige 429: ${n(connector.stats.injected)})`,
  );
  console.log(
    `  ondergrens (elk verzoek telt mee in de limiet): ${n(connector.stats.requests / RATE, 1)} s  →  ${n(seconds / (connector.stats.requests / RATE), 2)}×`,
  );
  console.log(`  max. geaccepteerd/s:    ${n(connector.stats.maxAcceptedPerSecond)}`);
  console.log(
    `  verslag:                verstuurd ${n(report.sent)}, mislukt ${n(report.failed.length)}, overgeslagen ${n(report.skipped)}`,
  );
  console.log(`  dubbel:                 ${n(duplicates)} (moet 0 zijn)`);
  console.log(`  verloren:               ${n(losses)} (moet 0 zijn)`);
  console.log(
    `  tweede run:             verstuurd ${n(second.sent)}, overgeslagen ${n(second.skipped)}; posts in totaal ${n(after)}`,
  );
  if (duplicates || losses || second.sent || after !== CHANNELS) process.exitCode = 1;
} finally {
  await connector.close();
  await rm(dir, { recursive: true, force: true });
}
