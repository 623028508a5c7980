// The small rules the engine stands on: what identifies an update, which failures are retried,
// how long a retry waits, and how sector names from outside are read.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import {
  classify,
  DeliveryError,
  describeFailure,
  mayHaveArrived,
  parseRetryAfter,
} from '../../src/notify/delivery-error.js';
import { overlap } from '../../src/notify/plan.js';
import { RateLimiter } from '../../src/notify/rate-limit.js';
import { NotifyRequestError, resolveSectors, toNotifyRequest } from '../../src/notify/request.js';
import { DEFAULT_RETRY, retryDelay, withRetry } from '../../src/notify/retry.js';
import { contentHash, ledgerKey, updateId } from '../../src/notify/update.js';

const dataset = loadDataset();

describe('update identity', () => {
  it('is year, sector filter, message and edition — not the dataset version or the figures', () => {
    expect(updateId({ year: 2024 })).toBe('2024|alle|-|-');
    expect(updateId({ year: 2024, sectors: ['politie', 'mbo', 'politie'] })).toBe(
      updateId({ year: 2024, sectors: ['mbo', 'politie'] }),
    );
    expect(updateId({ year: 2024, sectors: ['mbo', 'politie'] })).toBe('2024|mbo,politie|-|-');
    expect(updateId({ year: 2024, message: 'Nieuwe cijfers' })).toMatch(/^2024\|alle\|m:[0-9a-f]{12}\|-$/);
    expect(updateId({ year: 2024, message: 'Nieuwe cijfers' })).not.toBe(
      updateId({ year: 2024, message: 'Andere tekst' }),
    );
    expect(updateId({ year: 2024, edition: '2026-12-01' })).toBe('2024|alle|-|e:2026-12-01');
    expect(ledgerKey('2024|alle|-|-', '19:x@thread.tacv2')).toBe('2024|alle|-|->19:x@thread.tacv2');
  });

  it('content hashes ignore key order and change with any value', () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(contentHash({ text: '489 fta' })).not.toBe(contentHash({ text: '495 fta' }));
  });

  it('a conversation gets the overlap of its subscription and the update', () => {
    expect(overlap([], [])).toEqual([]);
    expect(overlap(['politie'], [])).toEqual(['politie']);
    expect(overlap([], ['mbo'])).toEqual(['mbo']);
    expect(overlap(['politie', 'mbo'], ['mbo', 'po'])).toEqual(['mbo']);
    expect(overlap(['politie'], ['mbo'])).toBeUndefined();
  });
});

describe('failures and retries', () => {
  it.each([
    [429, 'transient'],
    [412, 'transient'],
    [502, 'transient'],
    [504, 'transient'],
    [500, 'uncertain'],
    [503, 'uncertain'],
    [403, 'permanent'],
    [404, 'permanent'],
    [401, 'permanent'],
    [400, 'permanent'],
    [413, 'permanent'],
  ] as const)(
    'HTTP %i is %s (only what Microsoft says to retry is retried; a lost 5xx may have arrived)',
    (status, kind) => {
      expect(classify(new DeliveryError('x', status))).toBe(kind);
    },
  );

  it.each([
    [403, 'BotNotInConversationRoster', 'gone'],
    [403, 'ConversationBlockedByUser', 'gone'],
    [404, 'ConversationNotFound', 'gone'],
    [403, 'BotDisabledByAdmin', 'permanent'],
    [403, 'Forbidden', 'permanent'],
    [404, 'ActivityNotFoundInConversation', 'permanent'],
  ] as const)(
    'HTTP %i with error code %s is %s: only the removal codes set a conversation aside',
    (status, code, kind) => {
      expect(classify(new DeliveryError('x', status, undefined, undefined, code))).toBe(kind);
    },
  );

  it('webhooks: a removal-looking code is a broken URL there; network errors: retried only when nothing was sent', () => {
    expect(
      classify(new DeliveryError('x', 404, undefined, undefined, 'ConversationNotFound'), { removalCodes: false }),
    ).toBe('permanent');
    const network = (code: string) => classify(new DeliveryError('x', undefined, undefined, code));
    expect(network('ECONNREFUSED')).toBe('transient');
    expect(network('ENOTFOUND')).toBe('transient');
    expect(network('ECONNRESET')).toBe('uncertain');
    expect(network('ETIMEDOUT')).toBe('uncertain');
    expect(network('UND_ERR_SOCKET')).toBe('uncertain');
    expect(classify(new Error('bug'))).toBe('permanent');
    expect(mayHaveArrived(new DeliveryError('x', 502))).toBe(true);
    expect(mayHaveArrived(new DeliveryError('x', 429))).toBe(false);
    expect(mayHaveArrived(new DeliveryError('x', undefined, undefined, 'ECONNREFUSED'))).toBe(false);
    expect(describeFailure(new DeliveryError('x', 401))).toBe(
      '401 niet geautoriseerd (controleer BOT_ID en BOT_PASSWORD)',
    );
    expect(describeFailure(new DeliveryError('x', 403, undefined, undefined, 'BotNotInConversationRoster'))).toBe(
      '403 bot niet (meer) in het gesprek (BotNotInConversationRoster)',
    );
    expect(describeFailure(new DeliveryError('x', undefined, undefined, 'ETIMEDOUT'))).toBe(
      'time-out: geen antwoord binnen de wachttijd',
    );
  });

  it('waits at least Retry-After, else backs off exponentially with jitter up to a ceiling', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 20:00:10 GMT', Date.parse('Wed, 25 Nov 2026 20:00:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    const opts = { ...DEFAULT_RETRY, baseDelayMs: 500, maxDelayMs: 30_000 };
    expect(retryDelay(1, 3000, opts, () => 0)).toBe(3000);
    expect(retryDelay(1, 3000, opts, () => 0.99)).toBeLessThan(3050);
    expect(retryDelay(1, undefined, opts, () => 0)).toBe(500);
    expect(retryDelay(3, undefined, opts, () => 0)).toBe(2000);
    expect(retryDelay(3, undefined, opts, () => 0.5)).toBe(3000);
    expect(retryDelay(20, undefined, opts, () => 0)).toBe(30_000);
  });

  it('stops after the bound, and at once for errors that will not go away', async () => {
    const fast = { ...DEFAULT_RETRY, retries: 3, baseDelayMs: 1, maxDelayMs: 2 };
    let calls = 0;
    const throttled = await withRetry(async () => {
      calls += 1;
      throw new DeliveryError('x', 429, 0);
    }, fast);
    expect(throttled).toMatchObject({ failure: 'transient', attempts: 4 });
    expect(calls).toBe(4);
    calls = 0;
    const unauthorised = await withRetry(async () => {
      calls += 1;
      throw new DeliveryError('x', 401);
    }, fast);
    expect(unauthorised).toMatchObject({ failure: 'permanent', attempts: 1 });
    expect(calls).toBe(1);
    const tooLong = await withRetry(async () => {
      throw new DeliveryError('x', 429, 10 * 60_000);
    }, fast);
    expect(tooLong).toMatchObject({ failure: 'transient', attempts: 1 });
    let n = 0;
    const recovered = await withRetry(async () => {
      n += 1;
      if (n < 3) throw new DeliveryError('x', 504);
      return 'ok';
    }, fast);
    expect(recovered).toMatchObject({ value: 'ok', attempts: 3 });
  });
});

describe('requests from outside', () => {
  it('reads sectors by id, name or alias, and suggests the closest for a typo', () => {
    expect(resolveSectors(['politie, MBO', 'Primair onderwijs'], dataset)).toEqual(['politie', 'mbo', 'po']);
    expect(resolveSectors(['alle'], dataset)).toEqual([]);
    expect(() => resolveSectors(['politei'], dataset)).toThrow(/"politei" \(bedoelt u politie\?\)/);
  });

  it('defaults to the latest year and refuses a year without figures', () => {
    expect(toNotifyRequest({}, dataset)).toEqual({ year: dataset.meta.latestYear });
    expect(() => toNotifyRequest({ year: 2031 }, dataset)).toThrow(NotifyRequestError);
  });
});

describe('the app-wide rate limit', () => {
  it('never lets more than the limit start in one second, spread out, and still keeps up with it', async () => {
    const limiter = new RateLimiter({ globalPerSecond: 20, conversationPerSecond: 7, conversationPer30s: 60 });
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        limiter.schedule(`c${i}`, async () => {
          starts.push(Date.now() - t0);
        }),
      ),
    );
    for (let i = 0; i + 20 < starts.length; i++) expect(starts[i + 20]! - starts[i]!).toBeGreaterThanOrEqual(1000);
    // Spread over the second (one per 40 ms), never a burst: no five within 100 ms.
    for (let i = 0; i + 4 < starts.length; i++) expect(starts[i + 4]! - starts[i]!).toBeGreaterThanOrEqual(100);
    // 45 requests at 20 per second: the third window opens after two seconds (plus the 20 ms margin each).
    expect(starts[44]!).toBeGreaterThanOrEqual(2040);
  });
});
