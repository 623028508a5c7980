// Starts the real server (src/server.ts createServer) on 127.0.0.1:0 with a fresh state file in
// a temp folder, logs collected in memory, and no process.env involved. For HTTP tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Env, parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { type BotServer, createServer } from '../../src/server.js';
import type { BotDeps } from '../../src/teams/deps.js';
import { type Connector, startConnector } from './connector.js';

export interface StartedBot {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  bot: BotServer;
  stateFile: string;
  /** Every log line written so far (JSON strings). */
  logs: string[];
  /** POST a JSON activity (or any body) to /api/messages. */
  post(body: unknown, init?: { headers?: Record<string, string>; raw?: string }): Promise<Response>;
  close(): Promise<void>;
}

export interface StartBotOptions {
  /** Extra environment (strings, as in .env), e.g. { ALLOWED_TENANTS: 't1' }. */
  env?: Env;
  /** Replace parts of the bot's dependencies (answerer, store, dataset, …). */
  overrides?: Partial<BotDeps>;
}

export async function startBotServer(opts: StartBotOptions = {}): Promise<StartedBot> {
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-test-'));
  const stateFile = join(dir, 'state.json');
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', STATE_FILE: stateFile, ...opts.env });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger({ level: config.logLevel, destination });
  const bot = await createServer(config, { log, ...opts.overrides });
  const { url, close } = await bot.listen(0, '127.0.0.1');
  return {
    url,
    bot,
    stateFile,
    logs,
    post(body, init = {}) {
      return fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.raw ?? JSON.stringify(body),
      });
    },
    async close() {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The usual HTTP test setup in one call: a stand-in connector and the real server, started
 * before the file's tests, closed after them, the connector's recordings cleared before each.
 * Read `setup.bot` / `setup.connector` inside tests (they exist once beforeAll has run).
 */
export function useBotAndConnector(opts: StartBotOptions = {}): {
  readonly bot: StartedBot;
  readonly connector: Connector;
} {
  const setup = {} as { bot: StartedBot; connector: Connector };
  beforeAll(async () => {
    setup.connector = await startConnector();
    setup.bot = await startBotServer(opts);
  });
  afterAll(async () => {
    await setup.bot?.close();
    await setup.connector?.close();
  });
  beforeEach(() => setup.connector.reset());
  return setup;
}
