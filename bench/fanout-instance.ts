// One bot instance for `npm run bench:fanout -- --instances N`: opens the shared state store the
// environment names (STATE_STORE, AZURE_STORAGE_* or STATE_FILE, as the server does), and does
// what a server does at start: notify subscribers once if the dataset version is new, under the
// notify lock. Prints one JSON line with its report (or null: nothing to do) and exits.
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/data/load.js';
import { silentLogger } from '../src/log.js';
import { Notifier } from '../src/notify/notifier.js';
import { openStateStore } from '../src/store/open-store.js';
import { createAdapter } from '../src/teams/adapter.js';
import { proactiveTransports } from '../src/teams/proactive/transport.js';
import { probe, summarise } from './store-probe.js';

const config = loadConfig();
const lock = JSON.parse(process.env.FANOUT_LOCK ?? '{}') as Record<string, number>;
const store = await openStateStore(config, { notifyLock: lock });
const stats = probe(store.backend);
const notifier = new Notifier({
  store,
  dataset: loadDataset(config.dataDir),
  log: silentLogger(),
  transports: proactiveTransports(createAdapter(config), config),
});
const started = Date.now();
const report = await notifier.notifyIfNewVersion();
await store.close();
process.stdout.write(
  `${JSON.stringify({ pid: process.pid, ms: Date.now() - started, report: report ?? null, store: summarise(stats) })}\n`,
);
process.exit(0);
