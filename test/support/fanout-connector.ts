// A stand-in Bot Connector that behaves like Teams under load, for notification tests and the
// fan-out benchmark: it enforces Teams' rate limits (50 requests per second per app, 7 per second
// and 60 per 30 seconds per conversation, sliding windows, every request counted) and answers
// 429 with Retry-After when one is exceeded; it can throttle a share of requests at random
// (seeded), hold each request for a while (slow service), and handle one request at a time.
// A held request whose client went away before the hold ended is not committed (no post), like
// a request that never fully reached the service.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface FanoutOptions {
  /** Requests per second for the whole app (default 50). */
  globalPerSecond?: number;
  /** Per conversation: per second (default 7) and per 30 seconds (default 60). */
  conversationPerSecond?: number;
  conversationPer30s?: number;
  /** Share of requests answered 429 at random (0–1; default 0). */
  inject429?: number;
  /** Retry-After (seconds) on every 429 (default 1). */
  retryAfterSeconds?: number;
  /** Hold each request this long before answering (default 0). */
  delayMs?: number;
  /** Handle one request at a time (default false). */
  serial?: boolean;
  /** Seed for the random 429s. */
  seed?: number;
}

export interface FanoutConnector {
  url: string;
  /** Committed posts per conversation. */
  posts: Map<string, number>;
  /** Committed updates (PUT) per conversation. */
  updates: Map<string, number>;
  stats: {
    requests: number;
    committed: number;
    limited: number;
    injected: number;
    abandoned: number;
    /** Most requests accepted (not rejected) in any one-second window. */
    maxAcceptedPerSecond: number;
  };
  /** Requests currently held (delayMs), and when the oldest hold began. */
  holding(): { count: number; since?: number };
  close(): Promise<void>;
}

/** Small seeded PRNG (mulberry32), so a run's random 429s can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Timestamps within a sliding window. */
class Window {
  private times: number[] = [];
  constructor(private readonly ms: number) {}
  count(now: number): number {
    while (this.times.length && this.times[0]! <= now - this.ms) this.times.shift();
    return this.times.length;
  }
  add(now: number): void {
    this.times.push(now);
  }
}

export async function startFanoutConnector(opts: FanoutOptions = {}): Promise<FanoutConnector> {
  const globalCap = opts.globalPerSecond ?? 50;
  const convCap = opts.conversationPerSecond ?? 7;
  const conv30Cap = opts.conversationPer30s ?? 60;
  const retryAfter = String(opts.retryAfterSeconds ?? 1);
  const rnd = random(opts.seed ?? 42);
  const global = new Window(1000);
  const accepted = new Window(1000);
  const perConv = new Map<string, { second: Window; half: Window }>();
  const posts = new Map<string, number>();
  const updates = new Map<string, number>();
  const stats = { requests: 0, committed: 0, limited: 0, injected: 0, abandoned: 0, maxAcceptedPerSecond: 0 };
  const holds = new Set<number>();
  let chain: Promise<void> = Promise.resolve();
  let nextId = 1;

  /** Rate limits and injected throttling; true when answered with 429. */
  const throttled = (conversationId: string, res: express.Response): boolean => {
    const now = Date.now();
    stats.requests += 1;
    let c = perConv.get(conversationId);
    if (!c) perConv.set(conversationId, (c = { second: new Window(1000), half: new Window(30_000) }));
    const over = global.count(now) >= globalCap || c.second.count(now) >= convCap || c.half.count(now) >= conv30Cap;
    // Every request counts against the limits, answered or not (as with Teams).
    global.add(now);
    c.second.add(now);
    c.half.add(now);
    if (over) stats.limited += 1;
    else if (opts.inject429 && rnd() < opts.inject429) stats.injected += 1;
    else {
      accepted.add(now);
      stats.maxAcceptedPerSecond = Math.max(stats.maxAcceptedPerSecond, accepted.count(now));
      return false;
    }
    res
      .set('Retry-After', retryAfter)
      .status(429)
      .json({ error: { code: 'TooManyRequests', message: 'Stand-in connector: rate limited' } });
    return true;
  };

  const handle = (kind: 'post' | 'update') => (req: express.Request, res: express.Response) => {
    const work = async () => {
      const conversationId = String(req.params.id);
      if (throttled(conversationId, res)) return;
      if (opts.delayMs) {
        const started = Date.now();
        holds.add(started);
        await new Promise((r) => setTimeout(r, opts.delayMs));
        holds.delete(started);
      }
      if (req.socket.destroyed || res.writableEnded) {
        stats.abandoned += 1;
        return;
      }
      const map = kind === 'post' ? posts : updates;
      map.set(conversationId, (map.get(conversationId) ?? 0) + 1);
      stats.committed += 1;
      res.status(200).json({ id: kind === 'post' ? `fan-${nextId++}` : String(req.params.activityId) });
    };
    if (opts.serial) chain = chain.then(work, work);
    else void work();
  };

  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v3/conversations/:id/activities', handle('post'));
  // continueConversationAsync replies to the continuation's own activity id.
  app.post('/v3/conversations/:id/activities/:replyToId', handle('post'));
  app.put('/v3/conversations/:id/activities/:activityId', handle('update'));
  app.use('/v3', (_req, res) => {
    res.status(200).json({});
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    updates,
    stats,
    holding: () => (holds.size ? { count: holds.size, since: Math.min(...holds) } : { count: 0 }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
