// The one Notifier per state store in this process (the HTTP endpoint, the start-up check and the
// schedule share its queue), sending through ./transport.ts.

import type { TeamsAdapter } from '@microsoft/teams-ai';
import { Notifier, type NotifierOptions } from '../../notify/notifier.js';
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
