// Retrying one post: p-retry with exponential backoff and jitter, waiting at least what the
// service's Retry-After asks, only for transient failures (./delivery-error.ts: 429, 412, 502,
// 504 and requests that never left), and giving up after a bound. A lost answer is not retried.
import pRetry from 'p-retry';
import { classify, type FailureKind } from './delivery-error.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 6: seven attempts in all). */
  retries: number;
  /** First backoff delay; doubles per retry, times a random factor 1–2 (default 500 ms). */
  baseDelayMs: number;
  /** Longest backoff delay (default 30 s). */
  maxDelayMs: number;
  /** Longest Retry-After honoured; a longer one gives up (default 120 s). */
  maxRetryAfterMs: number;
  /** Bot posts: the connector's removal error codes mean "gone"; webhooks set false. */
  removalCodes?: boolean;
}

export const DEFAULT_RETRY: RetryOptions = {
  retries: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before retry number `n` (1-based): Retry-After when given, else backoff with jitter. */
export function retryDelay(
  n: number,
  retryAfterMs: number | undefined,
  opts: RetryOptions,
  random = Math.random,
): number {
  const backoff = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (n - 1)) * (1 + random());
  // Retry-After is a minimum; a little jitter on top (the rate limiter spaces the retries anyway).
  return retryAfterMs !== undefined ? retryAfterMs + random() * Math.min(50, opts.baseDelayMs) : backoff;
}

export interface RetryOutcome<T> {
  value?: T;
  error?: unknown;
  failure?: FailureKind;
  attempts: number;
  /** The errors of the failed attempts, in order (the last one is `error` when it failed). */
  errors: unknown[];
}

/** Runs `attempt` until it succeeds, fails for good, or the bound is reached. Never throws. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  opts: RetryOptions,
  onRetry?: (err: unknown, n: number, delayMs: number) => void,
): Promise<RetryOutcome<T>> {
  let attempts = 0;
  const errors: unknown[] = [];
  try {
    const value = await pRetry(
      async (n) => {
        attempts = n;
        return attempt(n);
      },
      {
        retries: opts.retries,
        // Delays are ours (Retry-After aware), awaited in onFailedAttempt; p-retry adds none.
        minTimeout: 0,
        shouldRetry: ({ error }) =>
          classify(error, opts) === 'transient' && retryAfterOf(error) <= opts.maxRetryAfterMs,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          errors.push(error);
          if (retriesLeft <= 0 || classify(error, opts) !== 'transient' || retryAfterOf(error) > opts.maxRetryAfterMs)
            return;
          const delay = retryDelay(attemptNumber, retryAfterOrUndefined(error), opts);
          onRetry?.(error, attemptNumber, delay);
          await sleep(delay);
        },
      },
    );
    return { value, attempts, errors };
  } catch (error) {
    if (errors.at(-1) !== error) errors.push(error);
    return { error, failure: classify(error, opts), attempts, errors };
  }
}

function retryAfterOrUndefined(err: unknown): number | undefined {
  const ms = (err as { retryAfterMs?: unknown })?.retryAfterMs;
  return typeof ms === 'number' ? ms : undefined;
}

function retryAfterOf(err: unknown): number {
  return retryAfterOrUndefined(err) ?? 0;
}
