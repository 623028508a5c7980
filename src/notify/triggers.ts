// When notifications go out by themselves: once when the dataset's version changed (new or
// corrected figures; checked at start-up against the last version notified, kept in the state
// file) and, with NOTIFY_CRON, on a schedule (croner, Europe/Amsterdam). A scheduled run is its
// own update per day ("edition"), so each scheduled day posts once, also after a restart.
import { Cron } from 'croner';
import type { Logger } from '../log.js';
import { NotifyLockBusyError } from '../store/notify-lock.js';
import type { Notifier } from './notifier.js';
import type { NotifyReport } from './report.js';

const TIME_ZONE = 'Europe/Amsterdam';

export interface NotifyTriggers {
  /** The start-up check: the report when the version had changed, else undefined. */
  initial: Promise<NotifyReport | undefined>;
  /** The schedule's next run, when there is one. */
  nextRun(): Date | undefined;
  stop(): void;
}

/** "2026-12-01" for a moment, in Dutch time. */
export function editionOf(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export class NotifyCronError extends Error {}

export function startNotifyTriggers(
  notifier: Pick<Notifier, 'run' | 'notifyIfNewVersion'>,
  opts: { cron?: string; log: Logger },
): NotifyTriggers {
  const { log } = opts;
  let job: Cron | undefined;
  if (opts.cron) {
    try {
      job = new Cron(opts.cron, { timezone: TIME_ZONE, protect: true }, async (self: Cron) => {
        const at = self.currentRun() ?? new Date();
        try {
          await notifier.run({ edition: editionOf(at) });
        } catch (err) {
          log.error({ err }, 'notify: scheduled digest failed');
        }
      });
    } catch (err) {
      throw new NotifyCronError(`NOTIFY_CRON "${opts.cron}" is geen geldige cron-expressie: ${(err as Error).message}`);
    }
    log.info({ cron: opts.cron, next: job.nextRun()?.toISOString() }, 'notify: schedule active');
  }
  // After the schedule is known to be valid, so a bad NOTIFY_CRON stops the start before any post.
  const initial = notifier.notifyIfNewVersion().catch((err: unknown) => {
    // Several instances start together: one runs the update, the others stop waiting for it.
    if (err instanceof NotifyLockBusyError) log.info('notify: another instance is running the start-up notification');
    else log.error({ err }, 'notify: start-up notification failed');
    return undefined;
  });
  return {
    initial,
    nextRun: () => job?.nextRun() ?? undefined,
    stop: () => job?.stop(),
  };
}
