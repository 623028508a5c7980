// HTTP wiring: POST /api/messages (Teams), POST /api/notify (channel updates), GET /healthz.
// `createServer(config, overrides)` builds everything without touching process.env (tests start
// it on port 0); `npm start` (node dist/server.js, after `npm run build`) runs `main()`, which
// reads the environment once. The Teams side (botbuilder, teams-ai: src/teams/runtime.ts) is
// loaded when first needed in `main()` (lazy), so /healthz answers within a second of the start.
import { realpathSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler } from 'express';
import { type Answerer, createAnswerer } from './answers/index.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { loadDataset } from './data/load.js';
import type { DatasetWatch } from './data/watch.js';
import type { Dataset } from './domain/model.js';
import { createLogger } from './log.js';
import type { Notifier } from './notify/notifier.js';
import { type NotifyTriggers, startNotifyTriggers } from './notify/triggers.js';
import { openStateStore } from './store/open-store.js';
import type { BotAdapter } from './teams/adapter.js';
import { cachingAnswerer } from './teams/answer-cache.js';
import type { BotDeps } from './teams/deps.js';
import { startDatasetReload } from './teams/proactive/dataset-reload.js';
import type { BotRuntime } from './teams/runtime.js';

/** Largest request body accepted on /api/messages and /api/notify (larger → 413). */
export const MAX_BODY_BYTES = 256 * 1024;

export interface BotServer {
  /** The express application (for supertest-style use or mounting elsewhere). */
  http: express.Express;
  /** The adapter; only once the runtime is loaded (always, unless created with `lazy`). */
  readonly adapter: BotAdapter;
  deps: BotDeps;
  /** The answerer for a dataset as the server builds it (with its answer cache). */
  answererFor(dataset: Dataset): Answerer;
  /** The Teams side (adapter, routes, notifier), loaded on the first call. */
  runtime(): Promise<BotRuntime>;
  /** Starts listening; port 0 picks a free port. Resolves with the base URL. */
  listen(port?: number, host?: string): Promise<{ url: string; server: Server; close(): Promise<void> }>;
}

/** Express errors (body parser: malformed JSON, too large, bad charset) as short JSON, never a stack. */
const httpErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  const reasons: Record<number, string> = {
    400: 'Malformed JSON body',
    413: 'Request body too large',
    415: 'Unsupported body encoding',
  };
  res.status(status).json({ error: reasons[status] ?? (status === 500 ? 'Internal error' : 'Bad request') });
};

export interface CreateServerOptions {
  /** Load botbuilder and teams-ai only when first needed (npm start), not before returning. */
  lazy?: boolean;
}

export async function createServer(
  config: Config,
  overrides: Partial<BotDeps> = {},
  opts: CreateServerOptions = {},
): Promise<BotServer> {
  const log = overrides.log ?? createLogger({ level: config.logLevel });
  const dataset = overrides.dataset ?? loadDataset(config.dataDir);
  const answererFor = (data: Dataset) =>
    cachingAnswerer(
      createAnswerer(data, {
        // The answerer apologises to the user itself; the details go to the log (never the question).
        onError: (err, { intent }) => log.error({ err, intent }, 'answering failed'),
      }),
      config.answerCacheSize,
    );
  const deps: BotDeps = {
    config,
    log,
    dataset,
    answerer: overrides.answerer ? cachingAnswerer(overrides.answerer, config.answerCacheSize) : answererFor(dataset),
    store:
      overrides.store ??
      (await openStateStore(config, {
        // A store created empty is worth a line: on a restart it would mean the state was lost
        // (in production a missing store is refused unless STATE_FIRST_START=true).
        onWarning: (message) => log.warn({ store: config.stateStore }, message),
      })),
  };
  let loading: Promise<BotRuntime> | undefined;
  let loaded: BotRuntime | undefined;
  const runtime = () => {
    loading ??= import('./teams/runtime.js').then(({ createRuntime }) => {
      loaded = createRuntime(deps);
      return loaded;
    });
    return loading;
  };
  if (!opts.lazy) await runtime();

  const http = express();
  http.disable('x-powered-by');
  // Behind App Service or a load balancer: the caller's address (POST /api/notify counts failed
  // attempts per address) comes from X-Forwarded-For, trusting exactly this many proxies.
  if (config.trustProxy > 0) http.set('trust proxy', config.trustProxy);
  // Liveness and readiness in one: 200 while the bot can answer and save; 503 while the state
  // store cannot save (the platform stops routing to this instance or restarts it). The reason
  // goes to the log (once per failure), not into the public response.
  let storeFailing = false;
  http.get('/healthz', (_req, res) => {
    const health = deps.store.health();
    if (!health.ok && !storeFailing) log.error({ reason: health.reason }, 'healthz: state store failing');
    if (health.ok && storeFailing) log.info('healthz: state store healthy again');
    storeFailing = !health.ok;
    res.status(health.ok ? 200 : 503).json({
      status: health.ok ? 'ok' : 'failing',
      store: health.ok ? 'ok' : 'failing',
      mode: config.bot ? 'authenticated' : 'local',
      datasetVersion: deps.dataset.meta.version,
      datasetUpdated: deps.dataset.meta.updated,
      figures: deps.dataset.figures.length,
    });
  });
  const json = express.json({ limit: MAX_BODY_BYTES });
  http.post('/api/messages', json, (req, res, next) => {
    runtime().then((rt) => rt.messages(req, res, next), next);
  });
  http.post('/api/notify', json, (req, res, next) => {
    runtime().then((rt) => rt.notify(req, res, next), next);
  });
  http.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  http.use(httpErrors);

  return {
    http,
    get adapter(): BotAdapter {
      if (!loaded) throw new Error('the bot runtime is not loaded yet: await runtime() first');
      return loaded.adapter;
    },
    deps,
    answererFor,
    runtime,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        const server = http.listen(port, host);
        server.once('error', reject);
        server.once('listening', () => {
          const { port: actual } = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
          resolve({
            url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${actual}`,
            server,
            close: () =>
              new Promise<void>((done, fail) => {
                server.closeAllConnections();
                server.close((err) => (err ? fail(err) : done()));
              }),
          });
        });
      });
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`banenbot start niet. ${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const bot = await createServer(config, {}, { lazy: true });
  const { log } = bot.deps;
  if (config.bot?.type === 'MultiTenant') {
    log.warn(
      'BOT_TYPE=MultiTenant: Microsoft no longer offers multi-tenant registrations for new bots; use SingleTenant or UserAssignedMSI for a new registration',
    );
  }
  if (!config.bot) {
    log.warn(
      { host: config.host },
      'local mode: no BOT_ID/BOT_PASSWORD, requests are NOT authenticated; for development with the Agents Playground only',
    );
  }
  // New dataset version since the last notification → notify subscribers once; NOTIFY_CRON
  // digests (an invalid NOTIFY_CRON stops the start here, before listening); a new version in
  // the data directory while running → loaded and notified the same way. The notifier (and
  // with it botbuilder) is loaded only when a run is due.
  const background = startBackground(bot);
  const { url, close } = await bot.listen();
  log.info(
    { url, mode: config.bot ? 'authenticated' : 'local', datasetVersion: bot.deps.dataset.meta.version },
    'banenbot listening',
  );
  const stop = (signal: string) => {
    log.info({ signal }, 'stopping');
    background.stop();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

export interface Background {
  notifications: NotifyTriggers;
  reload: DatasetWatch;
  stop(): void;
}

/**
 * What runs by itself: the notification triggers (start-up version check, NOTIFY_CRON) and the
 * dataset reload (src/teams/proactive/dataset-reload.ts), loading the Teams runtime only when a run is due.
 */
export function startBackground(bot: BotServer, opts: { debounceMs?: number } = {}): Background {
  const { deps } = bot;
  const notifier = () => bot.runtime().then((rt) => rt.notifier());
  const lazy = {
    run: async (...args: Parameters<Notifier['run']>) => (await notifier()).run(...args),
    // Nothing to do when this version was notified already (the common restart): no SDK load.
    notifyIfNewVersion: async () =>
      (await deps.store.lastNotifiedVersion()) === deps.dataset.meta.version
        ? undefined
        : (await notifier()).notifyIfNewVersion(),
  };
  const notifications = startNotifyTriggers(lazy, {
    cron: deps.config.notifyCron,
    log: deps.log.child({ component: 'notify' }),
  });
  const reload = startDatasetReload(deps, {
    answerer: bot.answererFor,
    notifyIfNewVersion: lazy.notifyIfNewVersion,
    ...opts,
  });
  return {
    notifications,
    reload,
    stop() {
      notifications.stop();
      reload.stop();
    },
  };
}

const executedDirectly = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (executedDirectly) {
  main().catch((err: unknown) => {
    // Start-up failures (dataset, state file) are expected to carry a clear message.
    process.stderr.write(`banenbot start niet: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
