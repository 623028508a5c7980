// Teams resends a message it got no answer to within about 15 s, with the same activity id.
// A bounded in-memory record of activity ids already taken on lets the bot answer once: the
// first turn event in src/teams/app.ts (skipRepeats) ends a repeat's turn before any route.

import type { Activity, TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../log.js';
import { activityLogFields } from '../log-fields.js';

export interface HandledActivitiesOptions {
  /** How many ids to remember (oldest forgotten first). */
  max?: number;
  /** How long to remember an id, in ms (Teams retries within seconds). */
  ttlMs?: number;
}

class HandledActivities {
  private readonly seen: LRUCache<string, true>;

  constructor(opts: HandledActivitiesOptions = {}) {
    this.seen = new LRUCache<string, true>({ max: opts.max ?? 10_000, ttl: opts.ttlMs ?? 10 * 60_000 });
  }

  /**
   * True the first time an activity id (within its conversation) is offered, false for a
   * repeat. Activities without an id are always new.
   */
  firstTime(activity: Partial<Activity>): boolean {
    if (!activity.id) return true;
    const key = `${activity.conversation?.id ?? ''}\n${activity.id}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }
}

/** A `beforeTurn` handler: false (the turn ends here) for a repeat of an activity already taken on. */
export function skipRepeats(log: Logger, handled: HandledActivities = new HandledActivities()) {
  return async (context: TurnContext): Promise<boolean> => {
    if (handled.firstTime(context.activity)) return true;
    log.info(activityLogFields(context.activity), 'repeat of an activity already handled: ignored');
    return false;
  };
}
