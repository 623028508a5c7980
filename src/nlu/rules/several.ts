// Rules for questions that name two or more entities (or one phrase with several readings).
import type { Scope } from '../../domain/enums.js';
import type { EntityId } from '../../domain/model.js';
import { SCOPE_TREND_YEARS, singleYear, unique, withOptional, yearsToCompare } from '../build.js';
import { readOne } from './one.js';
import type { Reading, Rule } from './rule.js';

/** One-entity intents a clarify question can carry on with once the entity is picked. */
const CLARIFY_ASKS = ['lookup', 'gap', 'change', 'trend', 'projection', 'inkoop', 'notes'] as const;

const comparing = (r: Reading) => r.has('compare') || r.has('relative');

export const SEVERAL_RULES: readonly Rule[] = [
  {
    says: '"binnenwerk bij financiën" → figure binnenwerk {sector: fin}; "binnenwerk per ministerie" → figure binnenwerk (all)',
    apply(r) {
      if (!r.ids.includes('binnenwerk') || comparing(r)) return undefined;
      const ministries = r.ids.filter((id) => r.sets.homeScope(id) === 'ministeries' && id !== 'binnenwerk');
      const year = singleYear(r.p);
      // "formele dienstverbanden bij Financiën zonder Binnenwerk" names its own metric.
      const metric = r.p.figure ?? 'binnenwerk';
      if (ministries.length === 1 && r.ids.length === 2)
        return withOptional({ intent: 'figure' as const, metric, sector: ministries[0]! }, { year });
      // "welk ministerie heeft de meeste binnenwerkers?": the ministries ranked by their Binnenwerk banen.
      const ranked = r.has('superlative') || r.has('ranking') || r.has('top');
      if (r.ids.length === 1 && metric === 'binnenwerk' && ranked)
        return withOptional(
          {
            intent: 'ranking' as const,
            scope: 'ministeries' as const,
            by: 'binnenwerk' as const,
            order: r.has('low') ? ('laag' as const) : ('hoog' as const),
          },
          { limit: r.p.measure.limit, year },
        );
      if (r.ids.length === 1 && r.p.group?.scope === 'ministeries' && r.p.group.plural)
        return withOptional({ intent: 'figure' as const, metric }, { year });
      // "binnenwerk bij defensie": a sector outside the Rijk; the answer says it is not among them.
      const outside = r.ids.filter((id) => id !== 'binnenwerk' && id !== 'rijk');
      if (ministries.length === 0 && outside.length === 1 && r.ids.length === 2)
        return withOptional({ intent: 'figure' as const, metric, sector: outside[0]! }, { year });
      return undefined;
    },
  },
  {
    says: 'a ministry or Binnenwerk named with the Rijk ("banen via Binnenwerk bij het Rijk") → that part, unless compared',
    apply(r) {
      const parts = r.ids.filter((id) => r.sets.parent(id) !== undefined && r.ids.includes(r.sets.parent(id)!));
      return parts.length === 1 && r.ids.length === 2 && !comparing(r) ? readOne(r, parts[0]!) : undefined;
    },
  },
  {
    says: 'a figure beyond doel/realisatie for several entities ("vaste contracten politie en waterschappen") → figure for all that report it',
    apply: (r) =>
      r.ids.length >= 2 && r.p.figure && !comparing(r)
        ? withOptional({ intent: 'figure' as const, metric: r.p.figure }, { year: singleYear(r.p) })
        : undefined,
  },
  {
    says: '"po en vo samen realisatie 2024", "politie en defensie samen: hoeveel missen ze nog?", "hoger onderwijs totaal" → total {sectors}',
    apply(r) {
      if (r.ids.length < 2 || !r.p.together || comparing(r)) return undefined;
      const sectors = r.ids.slice(0, 30) as EntityId[];
      const scope: Scope = sectors.every((id) => r.sets.homeScope(id) === 'ministeries') ? 'ministeries' : 'sectoren';
      return withOptional({ intent: 'total' as const, scope, sectors }, { year: singleYear(r.p) });
    },
  },
  {
    says: 'one phrase with several readings ("hoger onderwijs") → clarify with both, carrying what was asked ("tekort hoger onderwijs" → gap)',
    apply(r) {
      if (r.ids.length < 2 || comparing(r) || r.has('total')) return undefined;
      const first = r.p.mentions[0]!;
      if (!r.p.mentions.every((m) => m.ids.join() === first.ids.join())) return undefined;
      const asked = readOne(r, first.ids[0]!).intent;
      return withOptional(
        { intent: 'clarify' as const, term: first.term.slice(0, 200), options: first.ids.slice(0, 5) },
        { ask: CLARIFY_ASKS.find((a) => a === asked && a !== 'lookup') },
      );
    },
  },
  {
    says: '"vergelijk politie en defensie 2024", "po vs vo", "ontwikkeling politie vs defensie" (latest years) → compare',
    apply(r) {
      if (r.ids.length < 2) return undefined;
      const plural = r.p.group?.plural ? r.p.group.scope : undefined;
      const sectors = plural ? unique([...r.ids, ...r.sets.members(plural)]) : [...r.ids];
      const recent = r.has('trend') ? r.years.slice(-SCOPE_TREND_YEARS) : [];
      return withOptional(
        { intent: 'compare' as const, sectors: sectors.slice(0, 30) },
        { scope: plural, years: yearsToCompare(r.p) ?? (recent.length > 1 ? [...recent] : undefined) },
      );
    },
  },
  {
    says: '"het Rijk per ministerie" → the ministries side by side',
    apply: (r) =>
      r.ids.length === 1 && r.ids[0] === 'rijk' && r.p.group?.scope === 'ministeries' && r.p.group.plural && !r.p.figure
        ? withOptional(
            {
              intent: 'compare' as const,
              sectors: r.sets.members('ministeries').slice(0, 30),
              scope: 'ministeries' as const,
            },
            { years: yearsToCompare(r.p) },
          )
        : undefined,
  },
  {
    says: 'one entity → the one-entity rules (rules/one.ts)',
    apply: (r) => (r.ids.length === 1 ? readOne(r, r.ids[0]!) : undefined),
  },
];
