// POST /api/messages: the one door Teams knocks on. Checks the body at the edge (400), lets
// botbuilder authenticate the request when credentials are configured (401), drops retries of
// an activity already taken on, refuses other tenants, and hands the rest to the teams-ai
// Application. Response bodies are short JSON; details go to the log only.

import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import type { Request, Response } from 'express';
import { type BotAdapter, isAuthenticationError } from './adapter.js';
import type { BotDeps } from './deps.js';
import type { HandledActivities } from './handled-activities.js';
import { inboundActivityProblem } from './inbound-activity.js';
import { activityLogFields } from './log-fields.js';
import { NOTICES } from './notices.js';
import { sendNotice } from './reply.js';
import { refusalExpected, tenantAllowed } from './tenant-gate.js';

export interface MessagesRouteOptions {
  deps: BotDeps;
  adapter: BotAdapter;
  app: Application;
  handled: HandledActivities;
}

export function messagesRoute({ deps, adapter, app, handled }: MessagesRouteOptions) {
  const { config, log } = deps;
  return async (req: Request, res: Response): Promise<void> => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
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
      const invoke = await adapter.handle(req.headers.authorization ?? '', body as Activity, async (context) => {
        const activity = context.activity;
        if (!handled.firstTime(activity)) {
          log.info(activityLogFields(activity), 'repeat of an activity already handled: ignored');
          return;
        }
        if (!tenantAllowed(config, activity)) {
          log.warn(activityLogFields(activity), 'tenant not allowed: refused');
          if (refusalExpected(activity)) await sendNotice(context, NOTICES.tenantNotAllowed);
          return;
        }
        await app.run(context);
      });
      if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
      else res.status(invoke?.status ?? 200).end();
    } catch (err) {
      if (isAuthenticationError(err)) {
        log.warn(
          { activityId: (body as { id?: string }).id, reason: (err as Error).message },
          'rejected: not authenticated',
        );
        res.status(401).json({ error: 'Unauthorized' });
        return;
      }
      log.error({ activityId: (body as { id?: string }).id, err }, 'processing the request failed');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error' });
    }
  };
}
