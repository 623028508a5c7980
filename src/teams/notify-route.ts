// POST /api/notify: start a notification run from outside (a publication pipeline, a scheduler).
//   404 when NOTIFY_TOKEN is not set (the endpoint does not exist then);
//   401 without "Authorization: Bearer <NOTIFY_TOKEN>" (compared in constant time);
//   400 with the reason for a body that is not { year?, sectors?, message?, dryRun? };
//   200 with the report when the run finishes within `waitMs` (default 25 s), else
//   202 with the update id: the run goes on and its report is logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { RequestHandler } from 'express';
import type { NotifierOptions } from '../notify/notifier.js';
import type { NotifyReport } from '../notify/report.js';
import { NotifyBodySchema, NotifyRequestError, toNotifyRequest } from '../notify/request.js';
import type { BotDeps } from './deps.js';
import { notifierFor } from './proactive.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time check of an Authorization header against the token (equal-length digests). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  const given = match?.[1]?.trim() ?? '';
  // Always compare, even for a missing header, so timing says nothing about the token.
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export interface NotifyRouteOptions {
  /** How long to wait for the report before answering 202 (default 25 s). */
  waitMs?: number;
  /** Notifier settings (tests: short retry delays). */
  notifier?: Partial<NotifierOptions>;
}

export function notifyRoute(deps: BotDeps & { adapter: TeamsAdapter }, opts: NotifyRouteOptions = {}): RequestHandler {
  const waitMs = opts.waitMs ?? 25_000;
  const log = deps.log.child({ component: 'notify-route' });
  return async (req, res) => {
    const token = deps.config.notifyToken;
    if (!token) {
      res.status(404).json({ error: 'Not found' });
      return;
    }
    if (!bearerMatches(req.get('authorization'), token)) {
      log.warn('notify: unauthorised request');
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'Niet geautoriseerd: stuur Authorization: Bearer <NOTIFY_TOKEN>.' });
      return;
    }
    const body = NotifyBodySchema.safeParse(req.body ?? {});
    if (!body.success) {
      const issue = body.error.issues[0];
      const where = issue?.path.join('.');
      res
        .status(400)
        .json({ error: `Ongeldige aanvraag: ${where ? `${where}: ` : ''}${issue?.message ?? 'onbekende fout'}` });
      return;
    }
    let request;
    try {
      request = toNotifyRequest(body.data, deps.dataset);
    } catch (err) {
      if (err instanceof NotifyRequestError) {
        res.status(400).json({ error: err.message });
        return;
      }
      throw err;
    }
    const notifier = notifierFor(deps, opts.notifier);
    const run = notifier.run(request, { dryRun: body.data.dryRun === true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), waitMs);
    });
    try {
      const outcome: NotifyReport | 'timeout' = await Promise.race([run, timeout]);
      if (outcome === 'timeout') {
        run.catch((err: unknown) => log.error({ err }, 'notify: run failed'));
        res
          .status(202)
          .json({ status: 'accepted', message: 'De notificatieronde loopt nog; het verslag komt in de logs.' });
        return;
      }
      res.status(200).json({ status: 'done', report: outcome });
    } catch (err) {
      log.error({ err }, 'notify: run failed');
      res.status(500).json({ error: 'De notificatieronde is mislukt; zie de logs.' });
    } finally {
      clearTimeout(timer);
    }
  };
}
