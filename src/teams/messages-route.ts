// POST /api/messages: the one door Teams knocks on. Checks the body at the edge (400), asks
// for a bearer token when credentials are configured (401; botbuilder then verifies it),
// drops retries of an activity already taken on, refuses other tenants, and hands the rest
// to the teams-ai Application.
import type { Request, Response } from 'express';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { BotDeps } from './deps.js';
import type { HandledActivities } from './handled-activities.js';
import { inboundActivityProblem } from './inbound-activity.js';
import { activityLogFields } from './log-fields.js';
import { sendNotice } from './reply.js';
import { NOTICES } from './notices.js';
import { refusalExpected, tenantAllowed } from './tenant-gate.js';

export interface MessagesRouteOptions {
  deps: BotDeps;
  adapter: TeamsAdapter;
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
    if (config.bot && !/^Bearer \S+$/i.test(req.headers.authorization ?? '')) {
      log.warn({ activityId: (body as { id?: string }).id }, 'rejected: no bearer token');
      res.status(401).json({ error: 'Unauthorized' });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
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
    } catch (err) {
      log.error({ err }, 'processing the request failed');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error' });
    }
  };
}
