// Authenticating POST /api/messages before anything else looks at the body (a 400 would tell an
// unauthenticated caller what the bot expects). botbuilder verifies the Bot Framework token; when
// it cannot fetch the signing keys (OpenID metadata: offline, DNS or Microsoft trouble) it throws
// a fetch error, which used to become a 500 and a fresh fetch for every request. Here:
//   - a token that cannot be verified is a 401, whatever the reason;
//   - the metadata failure is logged once (an error), and for `negativeCacheMs` (default 30 s)
//     tokens are not sent to botbuilder again, so a flood of forged tokens does not fetch the
//     metadata once per request. Tokens signed with a key id that verified before still pass
//     (botbuilder keeps those keys), so Teams' own traffic is not refused during that window;
//   - once a token verifies again, recovery is logged.
import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../log.js';
import { type AuthResult, isAuthenticationError } from '../adapter.js';

export type AuthOutcome = { ok: true; result: AuthResult } | { ok: false; reason: string };

export interface Authenticates {
  authenticate(authHeader: string, activity: Partial<Activity>): Promise<AuthResult>;
}

export interface BotAuthenticatorOptions {
  /** How long a signing-key (metadata) failure is remembered (default 30 s). */
  negativeCacheMs?: number;
  now?: () => number;
}

/** The `kid` of a JWT bearer token's (unverified) header, if it has one. */
export function tokenKeyId(authHeader: string): string | undefined {
  const token = /^Bearer\s+([^\s]+)$/i.exec(authHeader.trim())?.[1];
  const header = token?.split('.')[0];
  if (!header || header.length > 2_000) return undefined;
  try {
    const kid = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid?: unknown }).kid;
    return typeof kid === 'string' && kid.length <= 200 ? kid : undefined;
  } catch {
    return undefined;
  }
}

export class BotAuthenticator {
  private unavailableUntil = 0;
  private failing = false;
  private readonly verifiedKeyIds = new LRUCache<string, true>({ max: 100 });
  private readonly negativeCacheMs: number;
  private readonly now: () => number;

  constructor(
    private readonly adapter: Authenticates,
    private readonly log: Logger,
    opts: BotAuthenticatorOptions = {},
  ) {
    this.negativeCacheMs = opts.negativeCacheMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  async authenticate(authHeader: string, activity: Partial<Activity>): Promise<AuthOutcome> {
    const kid = tokenKeyId(authHeader);
    if (this.now() < this.unavailableUntil && !(kid && this.verifiedKeyIds.has(kid))) {
      return { ok: false, reason: 'signing keys unavailable (not fetched again yet)' };
    }
    try {
      const result = await this.adapter.authenticate(authHeader, activity);
      if (kid) this.verifiedKeyIds.set(kid, true);
      if (this.failing) {
        this.failing = false;
        this.unavailableUntil = 0;
        this.log.info('bot authentication: signing keys available again');
      }
      return { ok: true, result };
    } catch (err) {
      if (isAuthenticationError(err)) return { ok: false, reason: (err as Error).message };
      // Anything else: the token could not be checked (signing keys not fetched). Still a 401.
      this.unavailableUntil = this.now() + this.negativeCacheMs;
      if (!this.failing) {
        this.failing = true;
        this.log.error(
          { err: { message: (err as Error)?.message, code: (err as { code?: unknown })?.code } },
          `bot authentication: the Bot Framework signing keys (OpenID metadata) could not be fetched; tokens are refused (401) and the keys are not fetched again for ${Math.round(this.negativeCacheMs / 1000)} s`,
        );
      }
      return { ok: false, reason: 'signing keys unavailable' };
    }
  }
}
