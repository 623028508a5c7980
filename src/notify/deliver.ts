// Posting planned cards with the ledger in the state store, at least once and honestly counted:
//
//   no entry / failed / pending / uncertain → write "pending" → post → write "sent" + activity id
//   sent, same content           → skip
//   sent, other content          → update the earlier post in place (bot conversations: the stored
//                                  activity id; a PUT is idempotent, so a crash only repeats it);
//                                  webhooks cannot update, so the corrected card is posted anew
//
// The Bot Connector has no idempotency key. Only what cannot have been posted is retried at once
// (429, 412, 502/504 per Microsoft's guidance, requests that never left). A post whose answer was
// lost (time-out, connection reset, 500/503 and other 5xx) may have arrived: it is recorded
// "uncertain" (onzeker), counted in the report, and not retried in this run. The next run of the
// same update sends failed, uncertain and pending (left by a run that died) posts again, and
// counts those it delivers as possible duplicates, as it does for a post delivered after a
// 502/504. So a conversation may get a post twice, never silently: the report says how many.
// A run stopped with SIGINT/SIGTERM finishes the requests already on the wire and sends no new ones.
//
// Every request waits for the rate limiter; a removal code on a bot post (./delivery-error.ts)
// sets the conversation aside (recoverable); one failing conversation never stops the others.
import PQueue from 'p-queue';
import { hashId, type Logger } from '../log.js';
import type { LedgerEntry, StateStore } from '../store/state.js';
import { describeFailure, mayHaveArrived } from './delivery-error.js';
import type { PlannedPost } from './plan.js';
import type { RateLimiter } from './rate-limit.js';
import type { NotifyReport } from './report.js';
import { type RetryOptions, withRetry } from './retry.js';
import { type Transports, transportFor } from './transport.js';

/** The run was stopped before this request went out. */
class StoppedError extends Error {}

export interface DeliverContext {
  store: StateStore;
  /**
   * The update's ledger entries as the run found them (read with one listing under the notify
   * lock: nobody else writes them meanwhile, and each post is handled once per run).
   */
  ledger: ReadonlyMap<string, LedgerEntry>;
  transports: Transports;
  limiter: RateLimiter;
  retry: RetryOptions;
  log: Logger;
  update: string;
  datasetVersion: string;
  /**
   * Posts recorded 'pending' and waiting for their turn at once (the lookahead): a post leaves
   * this window when its request goes on the wire, and the next post's 'pending' record is then
   * written while the limiter still has the others ahead of it. Small, because a kill -9 leaves
   * exactly these (and the requests on the wire) 'pending': the next run sends them again and
   * counts them as possible duplicates. Requests on the wire and retries waiting for their turn
   * are not limited by it (the rate limiter is).
   *
   * `min` normally; when the store is slow, as many as `perSecond` requests take during 1,5× the
   * slowest tenth of the recent 'pending' writes, up to `max` — so a slow store (Azurite with
   * 30.000 records under load: writes of 0,6–1,4 s) does not starve the rate limiter.
   */
  ahead: { min: number; max: number; perSecond: number };
  /** Stops starting new posts; posts in flight finish. */
  signal?: AbortSignal;
}

/** What a post would do, without doing it (dry run) — and the first step of doing it. */
export function intentOf(p: PlannedPost, ledger: ReadonlyMap<string, LedgerEntry>): 'send' | 'update' | 'skip' {
  const entry = ledger.get(p.key);
  if (entry?.status !== 'sent') return 'send';
  return entry.contentHash === p.contentHash ? 'skip' : 'update';
}

interface PostHooks {
  /** A request of this post is about to leave (it no longer waits for its turn). */
  onWire: () => void;
  /** How long its 'pending' record took to be stored. */
  onPendingStored: (ms: number) => void;
}

async function deliverOne(
  p: PlannedPost,
  ctx: DeliverContext,
  report: NotifyReport,
  { onWire, onPendingStored }: PostHooks,
): Promise<void> {
  const { store, log } = ctx;
  const conv = hashId(p.target.id);
  const transport = transportFor(p.target, ctx.transports);
  const named = p.target.name ? { name: p.target.name } : {};
  const fail = (reason: string, attempts: number) => {
    report.failed.push({ target: p.target.id, ...named, reason, attempts });
    log.warn({ conv, update: ctx.update, reason, attempts }, 'notify: post failed');
  };
  const setAside = async () => {
    await store.markRemoved(p.target.id);
    report.removed.push(p.target.id);
    log.info({ conv }, 'notify: bot no longer in the conversation; set aside (recoverable)');
  };
  if (!transport) return fail(p.target.webhookUrl ? 'webhooks niet ingesteld' : 'geen bot-verbinding ingesteld', 0);

  const entry = ctx.ledger.get(p.key);
  if (entry?.status === 'sent' && entry.contentHash === p.contentHash) {
    report.skipped += 1;
    return;
  }
  const now = () => new Date().toISOString();
  const base = { key: p.key, update: ctx.update, target: p.target.id, datasetVersion: ctx.datasetVersion };
  // Checked when the request's turn comes: a stopped run sends nothing new (in flight = on the wire).
  const schedule =
    <T>(request: () => Promise<T>) =>
    (n: number) =>
      ctx.limiter.schedule(
        p.target.id,
        () => {
          if (ctx.signal?.aborted) throw new StoppedError('run gestopt');
          onWire();
          return request();
        },
        { retry: n > 1 },
      );
  const onRetry = (err: unknown, n: number, delayMs: number) =>
    log.debug({ conv, attempt: n, delayMs: Math.round(delayMs), reason: describeFailure(err) }, 'notify: retrying');

  // A correction of a post we can address: update it in place.
  if (entry?.status === 'sent' && entry.activityId && transport.update) {
    const activityId = entry.activityId;
    const out = await withRetry(
      schedule(() => transport.update!(p.target, activityId, p.post)),
      { ...ctx.retry, removalCodes: true },
      onRetry,
    );
    report.requests += out.attempts;
    if (!out.error) {
      await store.putLedgerEntry({
        ...entry,
        ...base,
        contentHash: p.contentHash,
        attempts: entry.attempts + out.attempts,
        updatedAt: now(),
        error: undefined,
      });
      report.updated += 1;
      log.info({ conv, update: ctx.update, activityId }, 'notify: post updated in place');
      return;
    }
    if (out.error instanceof StoppedError) {
      report.requests -= 1;
      report.interrupted += 1;
      return;
    }
    // Still 'sent' (the old card stands); the next run tries the update again.
    await store.putLedgerEntry({
      ...entry,
      attempts: entry.attempts + out.attempts,
      updatedAt: now(),
      error: describeFailure(out.error),
    });
    if (out.failure === 'gone') await setAside();
    return fail(describeFailure(out.error), out.attempts);
  }

  const correction = entry?.status === 'sent';
  // An earlier attempt may have arrived: a run that died with the post pending, or a lost answer.
  const doubtful = entry?.status === 'pending' || entry?.status === 'uncertain';
  if (entry?.status === 'pending') {
    report.recovered += 1;
    log.info({ conv, update: ctx.update }, 'notify: re-sending a post an interrupted run left pending');
  } else if (entry?.status === 'uncertain') {
    log.info({ conv, update: ctx.update }, 'notify: re-sending a post whose earlier fate is unknown');
  }
  const attemptsBefore = entry?.attempts ?? 0;
  const pendingAt = performance.now();
  await store.putLedgerEntry({
    ...base,
    status: 'pending',
    contentHash: p.contentHash,
    attempts: attemptsBefore,
    updatedAt: now(),
  });
  onPendingStored(performance.now() - pendingAt);
  const removalCodes = !p.target.webhookUrl;
  const out = await withRetry(
    schedule(() => transport.post(p.target, p.post)),
    { ...ctx.retry, removalCodes },
    onRetry,
  );
  report.requests += out.attempts;
  const earlierMayHaveArrived = out.errors.slice(0, out.error ? -1 : undefined).some(mayHaveArrived);
  if (!out.error) {
    const activityId = out.value?.activityId;
    await store.putLedgerEntry({
      ...base,
      status: 'sent',
      contentHash: p.contentHash,
      attempts: attemptsBefore + out.attempts,
      updatedAt: now(),
      ...(activityId ? { activityId } : {}),
    });
    if (correction) report.updated += 1;
    else report.sent += 1;
    if (doubtful || earlierMayHaveArrived) {
      report.possibleDuplicates += 1;
      log.info({ conv, update: ctx.update }, 'notify: delivered; an earlier attempt may have arrived too');
    }
    return;
  }
  const reason =
    out.failure === 'transient'
      ? `${describeFailure(out.error)}, opgegeven na ${out.attempts} pogingen`
      : describeFailure(out.error);
  if (out.failure === 'uncertain' || (out.failure !== 'gone' && earlierMayHaveArrived)) {
    // The post may have been delivered: never reported as sent, never retried blindly now.
    await store.putLedgerEntry({
      ...base,
      status: 'uncertain',
      contentHash: p.contentHash,
      attempts: attemptsBefore + out.attempts - (out.error instanceof StoppedError ? 1 : 0),
      updatedAt: now(),
      error: out.error instanceof StoppedError ? 'run gestopt na een onzekere poging' : reason,
    });
    if (out.error instanceof StoppedError) report.requests -= 1;
    report.uncertain.push({ target: p.target.id, ...named, reason, attempts: out.attempts });
    log.warn({ conv, update: ctx.update, reason, attempts: out.attempts }, 'notify: post uncertain (onzeker)');
    return;
  }
  if (out.error instanceof StoppedError) {
    // Not sent (the request never went out): 'failed', so the next run sends it as usual.
    report.requests -= 1;
    report.interrupted += 1;
    await store.putLedgerEntry({
      ...base,
      status: 'failed',
      contentHash: p.contentHash,
      attempts: attemptsBefore + out.attempts - 1,
      updatedAt: now(),
      error: 'run gestopt',
    });
    return;
  }
  await store.putLedgerEntry({
    ...base,
    status: 'failed',
    contentHash: p.contentHash,
    attempts: attemptsBefore + out.attempts,
    updatedAt: now(),
    error: reason,
  });
  if (out.failure === 'gone') await setAside();
  fail(reason, out.attempts);
}

export async function deliverAll(
  posts: readonly PlannedPost[],
  ctx: DeliverContext,
  report: NotifyReport,
): Promise<void> {
  // The pool holds a post from its 'pending' record until its request leaves (or it ends without
  // one); the rest of the post (the answer, retries, the 'sent' record) goes on outside the pool,
  // so the store's writes run alongside the posting and the rate limiter is the bottleneck.
  const { min, max, perSecond } = ctx.ahead;
  const pool = new PQueue({ concurrency: Math.max(1, min) });
  // The last 50 'pending' write times: the lookahead follows the slowest tenth of them.
  const recent: number[] = [];
  const onPendingStored = (ms: number) => {
    recent.push(ms);
    if (recent.length > 50) recent.shift();
    if (recent.length < 10) return;
    const slow = [...recent].sort((a, b) => a - b)[Math.floor(recent.length * 0.9)]!;
    pool.concurrency = Math.max(1, Math.min(max, Math.max(min, Math.ceil((perSecond * 1.5 * slow) / 1000))));
  };
  const going = new Set<Promise<void>>();
  for (const p of posts) {
    void pool.add(async () => {
      if (ctx.signal?.aborted) {
        report.interrupted += 1;
        return;
      }
      let wire!: () => void;
      const onWire = new Promise<void>((resolve) => {
        wire = resolve;
      });
      const post = deliverOne(p, ctx, report, { onWire: wire, onPendingStored }).catch((err: unknown) => {
        // The ledger could not be written (state file): this post is not attempted or not recorded.
        report.failed.push({ target: p.target.id, reason: `statusbestand: ${(err as Error).message}`, attempts: 0 });
        ctx.log.error({ conv: hashId(p.target.id), err }, 'notify: ledger write failed');
      });
      going.add(post);
      void post.finally(() => going.delete(post));
      await Promise.race([onWire, post]);
    });
  }
  await pool.onIdle();
  await Promise.all(going);
}
