// POST /api/messages: the one door Teams knocks on. Authenticates first when credentials are
// configured (401, also when the signing keys cannot be fetched: ./bot-auth.ts), only then checks
// the body at the edge (400, so the schema is told to authenticated callers only), and hands the
// activity to the teams-ai Application (src/teams/app.ts: repeats and other tenants end there,
// before any route). Response bodies are short JSON; details go to the log only.

import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import type { Request, Response } from 'express';
import type { BotAdapter } from '../adapter.js';
import type { BotDeps } from '../deps.js';
import { BotAuthenticator } from './bot-auth.js';
import { inboundActivityProblem } from './inbound-activity.js';

export interface MessagesRouteOptions {
  deps: BotDeps;
  adapter: BotAdapter;
  app: Application;
}

export function messagesRoute({ deps, adapter, app }: MessagesRouteOptions) {
  const { log } = deps;
  const authenticator = new BotAuthenticator(adapter, log);
  return async (req: Request, res: Response): Promise<void> => {
    const body: unknown = req.body;
    const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
    const auth = await authenticator.authenticate(
      req.headers.authorization ?? '',
      isObject ? (body as Partial<Activity>) : {},
    );
    if (!auth.ok) {
      log.warn(
        {
          activityId: isObject ? String((body as { id?: unknown }).id ?? '').slice(0, 100) : undefined,
          reason: auth.reason,
        },
        'rejected: not authenticated',
      );
      res.status(401).json({ error: 'Unauthorized' });
      return;
    }
    if (!isObject) {
      res.status(400).json({ error: 'Expected a JSON Bot Framework activity (Content-Type: application/json)' });
      return;
    }
    const problem = inboundActivityProblem(body);
    if (problem) {
      log.info({ problem }, 'rejected: invalid activity');
      res.status(400).json({ error: `Invalid activity: ${problem}` });
      return;
    }
    try {
      const invoke = await adapter.handle(auth.result, body as Activity, async (context) => {
        await app.run(context);
      });
      if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
      else res.status(invoke?.status ?? 200).end();
    } catch (err) {
      log.error({ activityId: (body as { id?: string }).id, err }, 'processing the request failed');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error' });
    }
  };
}
