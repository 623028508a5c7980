// A stand-in Bot Connector for tests: an express server on 127.0.0.1:0 that answers the
// REST calls botbuilder makes to an activity's `serviceUrl`, and records what the bot sent.
// Use its `url` as `serviceUrl` in the activities you POST to the bot.
//
// Recorded: every POST to /v3/conversations/:id/activities[/:replyToId] (typing activities
// included; use `messages()` for replies a user reads) and every PUT (as an update).
// `fault` lets a test make a call fail (e.g. 429 with Retry-After, 403 with an error code, 502)
// by method, path, conversation id and attempt number (1 for the first request to that method +
// path), or lose the answer of a call that was taken (`deliver` + a status, a reset or a hang).

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface RecordedActivity {
  conversationId: string;
  activityId: string;
  replyToId?: string;
  // The raw Bot Framework activity as the bot sent it.
  activity: any;
}

export interface ConnectorRequest {
  method: string;
  path: string;
  conversationId: string;
  /** 1 for the first request with this method and path, 2 for the first retry, … */
  attempt: number;
}

export interface ConnectorFault {
  /** HTTP status of the answer (ignored with `drop`). */
  status?: number;
  /** Seconds, sent as the Retry-After header. */
  retryAfter?: number;
  /** The error code in the JSON body ({ error: { code } }); default `Fault<status>`. */
  code?: string;
  /** Take the post (recorded as delivered) before answering with the fault: a lost answer. */
  deliver?: boolean;
  /** Give no HTTP answer: 'reset' destroys the connection, 'hang' never answers. */
  drop?: 'reset' | 'hang';
}

export interface ConnectorOptions {
  fault?: (req: ConnectorRequest) => ConnectorFault | undefined;
  /** Called as each activity is recorded (posts and updates), e.g. to time replies in a benchmark. */
  onRecord?: (rec: RecordedActivity) => void;
}

export interface Connector {
  /** Base URL (no trailing slash), to use as the activities' serviceUrl. */
  url: string;
  /** Activities the bot posted (messages and typing), in arrival order. */
  activities: RecordedActivity[];
  /** Activities the bot updated (PUT). */
  updates: RecordedActivity[];
  /** Number of requests received under /v3 (failed ones included). */
  requests: number;
  /** Recorded message activities only (no typing), optionally for one conversation. */
  messages(conversationId?: string): RecordedActivity[];
  /** Resolves when `predicate(activities)` holds; rejects after `timeoutMs` (default 5 s) with what was recorded. */
  waitFor(predicate: (activities: RecordedActivity[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves when `count` message activities were recorded (for one conversation, if given). */
  waitForMessages(count: number, conversationId?: string, timeoutMs?: number): Promise<RecordedActivity[]>;
  /** Forget everything recorded and all attempt counts. */
  reset(): void;
  close(): Promise<void>;
}

export async function startConnector(opts: ConnectorOptions = {}): Promise<Connector> {
  const app = express();
  app.use(express.json({ limit: '5mb' }));

  const attempts = new Map<string, number>();
  let nextId = 1;
  const waiters = new Set<() => void>();

  const state = {
    activities: [] as RecordedActivity[],
    updates: [] as RecordedActivity[],
    requests: 0,
  };

  const notify = () => {
    for (const w of [...waiters]) w();
  };

  const answerFault = (req: express.Request, res: express.Response, fault: ConnectorFault) => {
    if (fault.drop === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault.drop === 'hang') return;
    const status = fault.status ?? 500;
    if (fault.retryAfter !== undefined) res.set('Retry-After', String(fault.retryAfter));
    res
      .status(status)
      .json({ error: { code: fault.code ?? `Fault${status}`, message: 'Injected by the test connector' } });
  };

  /** Counts the request and finds the fault the test asks for, if any. */
  const faultFor = (req: express.Request, conversationId: string): ConnectorFault | undefined => {
    state.requests += 1;
    const key = `${req.method} ${req.path}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    return opts.fault?.({ method: req.method, path: req.path, conversationId, attempt });
  };

  /** Applies a fault that is answered before anything is taken; true when answered. */
  const faulted = (req: express.Request, res: express.Response, conversationId: string): boolean => {
    const fault = faultFor(req, conversationId);
    if (!fault) return false;
    answerFault(req, res, fault);
    return true;
  };

  const record = (list: RecordedActivity[], rec: RecordedActivity) => {
    list.push(rec);
    opts.onRecord?.(rec);
    notify();
  };

  const postActivity = (req: express.Request, res: express.Response) => {
    const conversationId = String(req.params.id);
    const fault = faultFor(req, conversationId);
    if (fault && !fault.deliver) return answerFault(req, res, fault);
    const activityId = `act-${nextId++}`;
    const replyToId = typeof req.params.replyToId === 'string' ? req.params.replyToId : undefined;
    record(state.activities, { conversationId, activityId, replyToId, activity: req.body });
    if (fault) return answerFault(req, res, fault);
    res.status(200).json({ id: activityId });
  };

  app.post('/v3/conversations/:id/activities', postActivity);
  app.post('/v3/conversations/:id/activities/:replyToId', postActivity);

  app.put('/v3/conversations/:id/activities/:activityId', (req, res) => {
    const conversationId = String(req.params.id);
    if (faulted(req, res, conversationId)) return;
    const activityId = String(req.params.activityId);
    record(state.updates, { conversationId, activityId, activity: req.body });
    res.status(200).json({ id: activityId });
  });

  app.post('/v3/conversations', (req, res) => {
    const conversationId = `created-${nextId++}`;
    if (faulted(req, res, conversationId)) return;
    res.status(200).json({ id: conversationId });
  });

  app.use('/v3', (req, res) => {
    if (faulted(req, res, '')) return;
    res.status(200).json({});
  });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;

  const messages = (conversationId?: string) =>
    state.activities.filter(
      (a) => a.activity?.type === 'message' && (conversationId === undefined || a.conversationId === conversationId),
    );

  const waitFor = (predicate: (activities: RecordedActivity[]) => boolean, timeoutMs = 5_000) =>
    new Promise<void>((resolve, reject) => {
      if (predicate(state.activities)) return resolve();
      const check = () => {
        if (!predicate(state.activities)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = state.activities.map(
          (a) => `${a.conversationId}: ${a.activity?.type} ${JSON.stringify(a.activity?.text ?? '')}`,
        );
        reject(
          new Error(
            `Connector: condition not met within ${timeoutMs} ms. Recorded:\n${seen.join('\n') || '(nothing)'}`,
          ),
        );
      }, timeoutMs);
      waiters.add(check);
    });

  return {
    url: `http://127.0.0.1:${port}`,
    get activities() {
      return state.activities;
    },
    get updates() {
      return state.updates;
    },
    get requests() {
      return state.requests;
    },
    messages,
    waitFor,
    async waitForMessages(count, conversationId, timeoutMs) {
      await waitFor(() => messages(conversationId).length >= count, timeoutMs);
      return messages(conversationId);
    },
    reset() {
      state.activities = [];
      state.updates = [];
      state.requests = 0;
      attempts.clear();
      nextId = 1;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
