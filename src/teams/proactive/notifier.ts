// The one Notifier per state store in this process (the HTTP endpoint, the start-up check and the
// schedule share its queue), sending through ./transport.ts, and the server's notification
// triggers (new dataset version on start, NOTIFY_CRON).

import type { TeamsAdapter } from '@microsoft/teams-ai';
import { Notifier, type NotifierOptions } from '../../notify/notifier.js';
import { type NotifyTriggers, startNotifyTriggers } from '../../notify/triggers.js';
import type { StateStore } from '../../store/state.js';
import type { BotDeps } from '../deps.js';
import { proactiveTransports } from './transport.js';

const notifiers = new WeakMap<StateStore, Notifier>();

/**
 * The Notifier for these deps (one per state store in this process, so the HTTP endpoint, the
 * start-up check and the schedule share one queue: runs never overlap), using `deps.dataset`
 * (the one in use: a version loaded while the server runs replaces it).
 */
export function notifierFor(deps: BotDeps & { adapter: TeamsAdapter }, extra: Partial<NotifierOptions> = {}): Notifier {
  let notifier = notifiers.get(deps.store);
  if (!notifier) {
    notifier = new Notifier({
      store: deps.store,
      dataset: deps.dataset,
      log: deps.log.child({ component: 'notify' }),
      answerer: deps.answerer,
      transports: proactiveTransports(deps.adapter, deps.config),
      ...extra,
    });
    notifiers.set(deps.store, notifier);
  }
  notifier.useDataset(deps.dataset, deps.answerer);
  return notifier;
}

/**
 * Server start-up: notify once if the dataset version changed since the last notification, and
 * schedule NOTIFY_CRON digests. Call after the server listens; `stop()` on shutdown.
 */
export function startNotifications(deps: BotDeps & { adapter: TeamsAdapter }): NotifyTriggers {
  return startNotifyTriggers(notifierFor(deps), {
    cron: deps.config.notifyCron,
    log: deps.log.child({ component: 'notify' }),
  });
}
