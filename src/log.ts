// Structured logs: one JSON object per line (pino), for the server, the CLI and notifications.
// What goes in: ids and outcomes. Conversation and user ids are hashed with `hashId`; message
// text appears only when LOG_DEBUG_CONTENT=true (see `Config.logDebugContent`), never names.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';
import type { Config } from './config.js';

/** The logger every module receives: `log.info({ conv, activityId }, 'message answered')`. */
export type Logger = PinoLogger;

export interface LoggerOptions {
  level?: Config['logLevel'];
  /** Where lines go; default stdout. Tests pass a stream that collects them. */
  destination?: DestinationStream;
  /** Fields on every line, e.g. `{ component: 'server' }`. */
  base?: Record<string, unknown>;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { app: 'banenbot', ...opts.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** A logger that writes nothing (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

const hashes = new LRUCache<string, string>({ max: 10_000 });

/** Short stable pseudonym for an id (conversation, user, tenant): 12 hex chars of sha256. */
export function hashId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  let hash = hashes.get(id);
  if (hash === undefined) {
    hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
    hashes.set(id, hash);
  }
  return hash;
}
