// Query → Draft (./answer.types.ts; src/answers/compose.ts turns it into the Answer): the single
// switch over intents, one module per intent in ./intents/.
import type { Query } from '../nlu/index.js';
import type { Draft } from './answer.types.js';
import { binnenwerk } from './intents/binnenwerk.js';
import { change } from './intents/change.js';
import { compare } from './intents/compare.js';
import { context } from './intents/context.js';
import { clarify, unknown, unknownSector } from './intents/fallbacks.js';
import { figure } from './intents/figure.js';
import { filter } from './intents/filter.js';
import { gap } from './intents/gap.js';
import { greeting, help, subscriptionsElsewhere, thanks } from './intents/help.js';
import { inkoop } from './intents/inkoop.js';
import { lookup } from './intents/lookup.js';
import { notes } from './intents/notes.js';
import { passage } from './intents/passage.js';
import { projection } from './intents/projection.js';
import { ranking } from './intents/ranking.js';
import { speaksFor } from './intents/speaks-for.js';
import { total } from './intents/total.js';
import { trend } from './intents/trend.js';
import type { AnswerKit } from './kit.js';

/** The draft of the intent module for this query (one module per intent, in ./intents/). */
export function draftAnswer(kit: AnswerKit, query: Query): Draft {
  switch (query.intent) {
    case 'lookup':
      return lookup(kit, query);
    case 'figure':
      return figure(kit, query);
    case 'gap':
      return gap(kit, query);
    case 'change':
      return change(kit, query);
    case 'trend':
      return trend(kit, query);
    case 'projection':
      return projection(kit, query);
    case 'compare':
      return compare(kit, query);
    case 'ranking':
      return ranking(kit, query);
    case 'filter':
      return filter(kit, query);
    case 'total':
      return total(kit, query);
    case 'inkoop':
      return inkoop(kit, query);
    case 'binnenwerk':
      return binnenwerk(kit, query);
    case 'context':
      return context(kit, query);
    case 'notes':
      return notes(kit, query);
    case 'passage':
      return passage(kit, query);
    case 'subscribe':
    case 'subscriptions':
    case 'unsubscribe':
      return subscriptionsElsewhere(query.intent);
    case 'help':
      return help();
    case 'greeting':
      return greeting();
    case 'thanks':
      return thanks();
    case 'clarify':
      return clarify(kit, query);
    case 'unknown_sector':
      return unknownSector(kit, query);
    case 'speaks_for':
      return speaksFor(kit, query);
    case 'unknown':
      return unknown();
  }
}
