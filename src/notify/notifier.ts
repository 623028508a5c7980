// One notification run at a time: in this process (a queue) and across processes sharing the
// state file (the store's notify lock). A run re-reads the state, plans the posts for the update,
// delivers them through the ledger (./deliver.ts) and returns the report.
import PQueue from 'p-queue';
import { type Answerer, createAnswerer } from '../answers/index.js';
import type { Dataset } from '../domain/model.js';
import type { Logger } from '../log.js';
import { REMOVED_RETENTION_DAYS, type StateStore } from '../store/state.js';
import { deliverAll, intentOf } from './deliver.js';
import { planPosts } from './plan.js';
import { RateLimiter, type RateLimits, TEAMS_LIMITS } from './rate-limit.js';
import { emptyReport, type NotifyReport } from './report.js';
import { type NotifyRequest, resolveYear } from './request.js';
import { DEFAULT_RETRY, type RetryOptions } from './retry.js';
import type { Transports } from './transport.js';
import { updateId } from './update.js';

export interface NotifierOptions {
  store: StateStore;
  dataset: Dataset;
  transports: Transports;
  log: Logger;
  limits?: RateLimits;
  retry?: Partial<RetryOptions>;
  /**
   * Posts recorded 'pending' ahead of the rate limiter at once (./deliver.ts): normally half a
   * second of the app-wide limit (25 at 50/s), more while the store is slow, at most two seconds'
   * worth (100). Requests on the wire are not limited by it.
   */
  ahead?: { min: number; max: number };
  /** Days a conversation set aside (bot removed) stays recoverable (default REMOVED_RETENTION_DAYS). */
  removedRetentionDays?: number;
  /** Builds the digest cards for `dataset` (src/teams passes the server's answerer); default: one made here. */
  answerer?: Pick<Answerer, 'digest'>;
}

export interface RunOptions {
  dryRun?: boolean;
  /** Stops starting new posts (the CLI on SIGINT/SIGTERM); posts in flight finish. */
  signal?: AbortSignal;
}

export class Notifier {
  private readonly runs = new PQueue({ concurrency: 1 });
  /** The dataset and the answerer for it, replaced together (useDataset); a run keeps the pair it started with. */
  private current: { dataset: Dataset; answerer: Pick<Answerer, 'digest'> };
  private readonly limiter: RateLimiter;
  private readonly retry: RetryOptions;

  constructor(private readonly opts: NotifierOptions) {
    this.current = this.answererFor(opts.dataset, opts.answerer);
    this.limiter = new RateLimiter(opts.limits ?? TEAMS_LIMITS);
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
  }

  private answererFor(dataset: Dataset, answerer?: Pick<Answerer, 'digest'>) {
    return {
      dataset,
      answerer:
        answerer ??
        createAnswerer(dataset, {
          onError: (error, context) => this.opts.log.error({ err: error, ...context }, 'notify: digest failed'),
        }),
    };
  }

  get dataset(): Dataset {
    return this.current.dataset;
  }

  /**
   * Runs that start from now on use this dataset (a new version loaded while the server runs,
   * src/teams/proactive/dataset-reload.ts), with the answerer for it when the caller has one; a run
   * in progress finishes with the pair it started with.
   */
  useDataset(dataset: Dataset, answerer?: Pick<Answerer, 'digest'>): void {
    if (dataset !== this.current.dataset) this.current = this.answererFor(dataset, answerer);
  }

  private ahead(): { min: number; max: number; perSecond: number } {
    const perSecond = (this.opts.limits ?? TEAMS_LIMITS).globalPerSecond;
    return { min: Math.ceil(perSecond / 2), max: 2 * perSecond, ...this.opts.ahead, perSecond };
  }

  /** Runs are queued: a second call waits for the first to finish. */
  run(request: NotifyRequest = {}, options: RunOptions = {}): Promise<NotifyReport> {
    return this.runs.add(() => this.opts.store.withNotifyLock((lost) => this.runLocked(request, options, lost)));
  }

  /** True while a run is going on or waiting. */
  get busy(): boolean {
    return this.runs.size + this.runs.pending > 0;
  }

  private async runLocked(
    request: NotifyRequest,
    options: RunOptions,
    lost: AbortSignal,
    { dataset, answerer } = this.current,
  ): Promise<NotifyReport> {
    const started = performance.now();
    const { store, log } = this.opts;
    await store.refresh();
    const year = resolveYear(request.year, dataset);
    const identity = {
      year,
      ...(request.sectors?.length ? { sectors: request.sectors } : {}),
      ...(request.message ? { message: request.message } : {}),
      ...(request.edition ? { edition: request.edition } : {}),
    };
    const update = updateId(identity);
    const report = emptyReport({
      update,
      year,
      sectors: request.sectors?.length ? [...request.sectors] : 'alle',
      datasetVersion: dataset.meta.version,
      dryRun: Boolean(options.dryRun),
    });
    const retention = this.opts.removedRetentionDays ?? REMOVED_RETENTION_DAYS;
    report.removedRetentionDays = retention;
    // The run's three listings at once (subscriptions, conversations, this update's ledger) instead
    // of a read per post: a resumed 10.000-channel run takes over in a second, not in minutes.
    const [subscriptions, conversations, entries] = await Promise.all([
      store.listSubscriptions(),
      store.listConversations(),
      store.listLedger(update),
    ]);
    if (!options.dryRun) {
      const cutoff = new Date(Date.now() - retention * 24 * 60 * 60 * 1000);
      const purged = await store.purgeRemoved(cutoff, conversations);
      if (purged.length)
        log.info({ purged: purged.length, retentionDays: retention }, 'notify: set-aside conversations purged');
    }
    // Purged conversations were set aside: planning skips them.
    const posts = planPosts((request) => answerer.digest(request), { subscriptions, conversations }, identity, update);
    report.planned = posts.length;
    log.info({ update, planned: posts.length, dryRun: report.dryRun }, 'notify: run started');
    const ledger = new Map(entries.map((e) => [e.key, e]));
    if (options.dryRun) {
      for (const p of posts) {
        const what = intentOf(p, ledger);
        if (what === 'send') report.sent += 1;
        else if (what === 'update') report.updated += 1;
        else report.skipped += 1;
      }
    } else {
      const signal = options.signal ? AbortSignal.any([options.signal, lost]) : lost;
      await deliverAll(
        posts,
        {
          store,
          ledger,
          log,
          update,
          transports: this.opts.transports,
          limiter: this.limiter,
          retry: this.retry,
          datasetVersion: dataset.meta.version,
          ahead: this.ahead(),
          signal,
        },
        report,
      );
    }
    report.durationMs = Math.round(performance.now() - started);
    log.info(
      {
        update,
        sent: report.sent,
        updated: report.updated,
        skipped: report.skipped,
        failed: report.failed.length,
        uncertain: report.uncertain.length,
        possibleDuplicates: report.possibleDuplicates,
        removed: report.removed.length,
        recovered: report.recovered,
        interrupted: report.interrupted,
        requests: report.requests,
        durationMs: report.durationMs,
        dryRun: report.dryRun,
      },
      'notify: run finished',
    );
    return report;
  }

  /**
   * New figures published (data/meta.json version differs from the last one notified): notify
   * every subscription about the latest year, once. The version is recorded only after a run
   * that was not interrupted, so a crash or stop means the next start completes it.
   */
  async notifyIfNewVersion(): Promise<NotifyReport | undefined> {
    const { store, log } = this.opts;
    await store.refresh();
    if ((await store.lastNotifiedVersion()) === this.current.dataset.meta.version) return undefined;
    // Checked again under the lock: another instance may have completed it while we waited.
    // A run that lost the lock (it could not renew it in time) claims it again, up to three
    // times: the instance that took it over completes the update, or this one does.
    for (let attempt = 1; ; attempt++) {
      let lostLock = false;
      const report = await this.versionRun((aborted) => {
        lostLock = aborted;
      });
      if (!lostLock || attempt >= 3) return report;
      log.warn({ attempt }, 'notify: lost the notify lock during the run; claiming it again');
    }
  }

  private versionRun(onEnd: (lockLost: boolean) => void): Promise<NotifyReport | undefined> {
    const { store, log } = this.opts;
    return this.runs.add(() =>
      store.withNotifyLock(async (lost) => {
        await store.refresh();
        // The dataset in use when the run starts (a newer one may have been loaded meanwhile).
        const current = this.current;
        const version = current.dataset.meta.version;
        const previous = await store.lastNotifiedVersion();
        if (previous === version) return undefined;
        log.info({ version, previous }, 'notify: dataset version changed');
        const report = await this.runLocked({}, {}, lost, current);
        onEnd(lost.aborted);
        // Posts whose fate is unknown (onzeker) keep the version open: the next start runs the
        // update again and sends them once more (at-least-once), counted as possible duplicates.
        if (!report.interrupted && !report.uncertain.length) await store.setLastNotifiedVersion(version);
        else if (report.uncertain.length)
          log.warn(
            { version, uncertain: report.uncertain.length },
            'notify: uncertain posts; the next start completes this version',
          );
        return report;
      }),
    );
  }
}
