// The notify run lock, for any backend and across instances: a lock record claimed with a
// conditional write (an ETag in Azure Table, the re-applied change under the file lock for the
// state file). The holder renews it while its run goes on; a holder that dies stops renewing,
// and after `ttlMs` the next instance takes the lock over. A holder that finds its lock taken
// over (it stalled past the expiry) is told through the run's AbortSignal and starts no new posts;
// so is a holder whose renewal is overdue (no successful renewal for ttlMs − renewMs), before the
// lock can expire, so two holders never post at the same time even when one is starved of CPU.
//
// Expiry compares wall clocks of different machines: keep them in sync (NTP), as Azure does.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pRetry from 'p-retry';
import { KEEP, type RecordBackend, StoreError } from './backend.js';
import type { LockRecord } from './state-schema.js';

export interface NotifyLockTiming {
  /** A lock not renewed for this long belongs to a dead holder. */
  ttlMs: number;
  /** How often the holder renews it. */
  renewMs: number;
  /** How long a claimant waits for a held lock before giving up (more than ttlMs: a dead holder's lock is taken over). */
  waitMs: number;
  /** Wait between two claims. */
  pollMs: number;
}

/**
 * Renewed every 2 s, passed on 10 s after its holder died (a renewal is one small conditional
 * write: milliseconds on Azure, so a live holder is never 8 s late), waited for up to 30 s.
 */
export const DEFAULT_NOTIFY_LOCK: NotifyLockTiming = { ttlMs: 10_000, renewMs: 2_000, waitMs: 30_000, pollMs: 250 };

/** Another instance holds the lock (and kept renewing it while we waited). */
export class NotifyLockBusyError extends StoreError {
  constructor(where: string) {
    super(`Er loopt al een notificatieronde voor ${where} in een ander proces. Probeer het zo opnieuw.`);
    this.name = 'NotifyLockBusyError';
  }
}

class Busy extends Error {}

export class NotifyLocks {
  private readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly renewals = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly backend: RecordBackend,
    private readonly timing: NotifyLockTiming = DEFAULT_NOTIFY_LOCK,
  ) {}

  /** Runs `fn` holding lock `name`; `signal` aborts when the lock was lost. */
  async with<T>(fn: (signal: AbortSignal) => Promise<T>, name = 'notify'): Promise<T> {
    // One holder id per claim, so two runs in this process exclude each other too.
    const me = `${this.instance}:${randomUUID().slice(0, 8)}`;
    const { ttlMs, renewMs, waitMs, pollMs } = this.timing;
    const claim = (old: LockRecord | undefined): LockRecord | typeof KEEP =>
      old && old.holder !== me && old.expiresAt > Date.now()
        ? KEEP
        : { holder: me, expiresAt: Date.now() + ttlMs, claimedAt: new Date().toISOString() };
    await pRetry(
      async () => {
        const rec = await this.backend.update<LockRecord>('lock', name, claim);
        if (rec?.holder !== me) throw new Busy();
      },
      {
        retries: Math.ceil(waitMs / pollMs),
        factor: 1,
        minTimeout: pollMs,
        maxTimeout: pollMs,
        maxRetryTime: waitMs,
        shouldRetry: ({ error }) => error instanceof Busy && !this.stopped,
      },
    ).catch((err: unknown) => {
      throw err instanceof Busy ? new NotifyLockBusyError(this.backend.description) : err;
    });

    const lost = new AbortController();
    let renewedAt = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const renew = async () => {
      try {
        const rec = await this.backend.update<LockRecord>('lock', name, (old) =>
          old?.holder === me ? { ...old, expiresAt: Date.now() + ttlMs } : KEEP,
        );
        if (rec?.holder !== me) lost.abort(new Error('de notificatievergrendeling is overgenomen'));
        else renewedAt = Date.now();
      } catch (err) {
        // A failed renewal is tried again; past the expiry the lock counts as lost.
        if (Date.now() - renewedAt >= ttlMs) lost.abort(err);
      }
      if (!lost.signal.aborted && !this.stopped) schedule();
    };
    const schedule = () => {
      timer = setTimeout(() => {
        if (timer) this.renewals.delete(timer);
        void renew();
      }, renewMs);
      timer.unref();
      this.renewals.add(timer);
    };
    schedule();
    // Self-fencing: a renewal that is slow to come back (starved process, slow storage) must not
    // let the lock expire under a run that still posts.
    const watchdog = setInterval(
      () => {
        if (Date.now() - renewedAt >= ttlMs - renewMs)
          lost.abort(new Error('de notificatievergrendeling is niet op tijd verlengd'));
      },
      Math.max(50, Math.floor(renewMs / 4)),
    );
    watchdog.unref();
    try {
      return await fn(lost.signal);
    } finally {
      clearInterval(watchdog);
      if (timer) {
        clearTimeout(timer);
        this.renewals.delete(timer);
      }
      if (!this.stopped) {
        await this.backend
          .update<LockRecord>('lock', name, (old) => (old?.holder === me ? undefined : KEEP))
          .catch(() => undefined);
      }
    }
  }

  /** Stops renewing (the store is closing, or a test plays a holder that died); nothing is released. */
  stop(): void {
    this.stopped = true;
    for (const t of this.renewals) clearTimeout(t);
    this.renewals.clear();
  }
}
