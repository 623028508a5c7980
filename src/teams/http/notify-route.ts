// POST /api/notify: start a notification run from outside (a publication pipeline, a scheduler).
//   404 when NOTIFY_TOKEN is not set (the endpoint does not exist then);
//   401 without "Authorization: Bearer <NOTIFY_TOKEN>" (compared in constant time);
//   429 with Retry-After for the next failure after 10 failed attempts from one address within
//       15 minutes: that address is then refused for 15 minutes, the right token included (so
//       guessing learns nothing while blocked); a success clears its count. Counted per process
//       (per instance; behind a proxy set TRUST_PROXY so the address is the caller's);
//   400 with the reason for a body that is not { year?, sectors?, message?, dryRun? };
//   200 with the report when the run finishes within `waitMs` (default 25 s), else
//   202 with the update id: the run goes on and its report is logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { hashId } from '../../log.js';
import type { NotifierOptions } from '../../notify/notifier.js';
import type { NotifyReport } from '../../notify/report.js';
import { NotifyBodySchema, NotifyRequestError, toNotifyRequest } from '../../notify/request.js';
import type { BotDeps } from '../deps.js';
import { notifierFor } from '../proactive/notifier.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time check of an Authorization header against the token (equal-length digests). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  const given = match?.[1]?.trim() ?? '';
  // Always compare, even for a missing header, so timing says nothing about the token.
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export interface FailedAttemptLimit {
  /** Failed attempts allowed per address within `windowSeconds` (default 10). */
  attempts: number;
  /** Window and block time in seconds (default 900). */
  windowSeconds: number;
}

const DEFAULT_FAILED_ATTEMPTS: FailedAttemptLimit = { attempts: 10, windowSeconds: 15 * 60 };

export interface NotifyRouteOptions {
  /** Brute-force limit on wrong tokens (default 10 per 15 minutes per address). */
  failedAttempts?: FailedAttemptLimit;
  /** How long to wait for the report before answering 202 (default 25 s). */
  waitMs?: number;
  /** Notifier settings (tests: short retry delays). */
  notifier?: Partial<NotifierOptions>;
}

export function notifyRoute(deps: BotDeps & { adapter: TeamsAdapter }, opts: NotifyRouteOptions = {}): RequestHandler {
  const waitMs = opts.waitMs ?? 25_000;
  const log = deps.log.child({ component: 'notify-route' });
  const limit = opts.failedAttempts ?? DEFAULT_FAILED_ATTEMPTS;
  // Only failures are counted (a success deletes the count), and a full count blocks the address.
  const failures = new RateLimiterMemory({
    points: limit.attempts,
    duration: limit.windowSeconds,
    blockDuration: limit.windowSeconds,
  });
  const tooMany = (res: Response, msBeforeNext: number) => {
    res
      .status(429)
      .set('Retry-After', String(Math.max(1, Math.ceil(msBeforeNext / 1000))))
      .json({ error: 'Te veel mislukte pogingen vanaf dit adres; probeer het later opnieuw.' });
  };
  return async (req, res) => {
    const token = deps.config.notifyToken;
    if (!token) {
      res.status(404).json({ error: 'Not found' });
      return;
    }
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const seen = await failures.get(address);
    if (seen && seen.consumedPoints > limit.attempts) {
      tooMany(res, seen.msBeforeNext);
      return;
    }
    if (!bearerMatches(req.get('authorization'), token)) {
      try {
        await failures.consume(address);
      } catch (rejected) {
        if (rejected instanceof RateLimiterRes) {
          log.warn({ address: hashId(address) }, 'notify: too many failed attempts; address blocked');
          tooMany(res, rejected.msBeforeNext);
          return;
        }
        throw rejected;
      }
      log.warn({ address: hashId(address) }, 'notify: unauthorised request');
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'Niet geautoriseerd: stuur Authorization: Bearer <NOTIFY_TOKEN>.' });
      return;
    }
    if (seen) await failures.delete(address);
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
