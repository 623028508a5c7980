// Query → Draft: one module per intent. The single switch over intents.
import type { Query } from '../nlu/query.js';
import { binnenwerk } from './binnenwerk.js';
import { change } from './change.js';
import { compare } from './compare.js';
import type { Draft } from './compose.js';
import { context } from './context.js';
import { clarify, unknown, unknownSector } from './errors.js';
import { figure } from './figure.js';
import { filter } from './filter.js';
import { gap } from './gap.js';
import { greeting, help, subscriptionsElsewhere, thanks } from './help.js';
import { inkoop } from './inkoop.js';
import type { AnswerKit } from './kit.js';
import { lookup } from './lookup.js';
import { notes } from './notes.js';
import { passage } from './passage.js';
import { projection } from './projection.js';
import { ranking } from './ranking.js';
import { speaksFor } from './speaks-for.js';
import { total } from './total.js';
import { trend } from './trend.js';

export function draftFor(kit: AnswerKit, query: Query): Draft {
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
