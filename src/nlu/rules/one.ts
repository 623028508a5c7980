// Rules for a question about one entity (sector, ministry or Binnenwerk), in order. The first
// that applies gives the Query; the last one (lookup) always applies.
import type { EntityId } from '../../domain/model.js';
import {
  fromTo,
  nearMiss,
  notesFor,
  notesLike,
  ranking,
  singleYear,
  topicOf,
  unique,
  unknownSectorFor,
  withOptional,
  yearsToCompare,
} from '../build.js';
import type { Query } from '../query.js';
import type { Reading } from './rule.js';

export interface SectorRule {
  says: string;
  apply(r: Reading, sector: EntityId): Query | undefined;
}

/** Asking how much or what (not whether): "hoeveel haalde …", "wat heeft … bereikt". */
const AMOUNT = /^(?:\S+ ){0,3}?(hoeveel|wat)\b/;

/** "ten opzichte van hun doel": measured against the goal, not against another year or sector. */
const TO_GOAL =
  /\b(tov|ten opzichte van|vergeleken met|in vergelijking met|afgezet tegen|tegenover) (het|hun|zijn|haar|de|het eigen|hun eigen) (doel|doelen|doelstelling|taakstelling|streefcijfer)\b/;

const moving = (r: Reading) => r.has('change') || r.has('up') || r.has('down') || r.p.time.versus;

const ONE_ENTITY_RULES: readonly SectorRule[] = [
  {
    says: '"hoeveel vaste contracten heeft de politie?", "quotumpercentage gemeenten" → figure {metric, sector}',
    apply: (r, sector) =>
      r.p.figure &&
      !(r.p.figure === 'binnenwerk' && (sector === 'binnenwerk' || sector === 'rijk')) &&
      !r.has('compare') &&
      !r.has('ranking') &&
      !r.has('why')
        ? withOptional({ intent: 'figure' as const, metric: r.p.figure, sector }, { year: singleYear(r.p) })
        : undefined,
  },
  {
    says: '"vergelijk politie", "politie 2023 en 2024", "hoe doen we het t.o.v. het hbo?" → compare (its group, or the years)',
    apply(r, sector) {
      const y = r.p.time;
      const twoPlainYears = y.years.length >= 2 && !y.range && !y.since;
      const relativeCompare = r.has('relative') && !moving(r) && !r.has('gap') && !r.has('trend') && r.noYears;
      const plainYears = twoPlainYears && !moving(r) && !r.has('trend') && !r.has('gap');
      if (!r.has('compare') && !relativeCompare && !plainYears) return undefined;
      const across = yearsToCompare(r.p);
      if (across && across.length >= 2) return { intent: 'compare', sectors: [sector], years: across };
      const group = r.p.group;
      // "vergelijk politie en brandweer": the other side is a word we don't know — say so rather
      // than silently compare with the whole group.
      if (r.has('compare') && !group?.plural) {
        const other = nearMiss(r.p) ?? unknownSectorFor(r.p, r.fuzzy);
        if (other) return other;
      }
      const home = group?.plural ? group.scope : r.sets.homeScope(sector);
      const sectors = unique([sector, ...r.sets.members(home)]).slice(0, 30);
      return withOptional({ intent: 'compare' as const, sectors, scope: home }, { years: yearsToCompare(r.p) });
    },
  },
  {
    says: '"ranglijst politie" → the ranking of its group (ministries among ministries)',
    apply(r, sector) {
      if (!r.has('ranking')) return undefined;
      const home = r.sets.homeScope(sector) === 'ministeries' ? 'ministeries' : 'sectoren';
      return ranking(r.p, r.p.group?.scope ?? home);
    },
  },
  {
    says: '"hoe verhoudt het mbo zich tot 2023" → change since that year (not "ten opzichte van hun doel")',
    apply: (r, sector) =>
      r.has('relative') &&
      r.p.time.years.length === 1 &&
      !r.p.time.versus &&
      !r.has('gap') &&
      !r.has('trend') &&
      !TO_GOAL.test(r.p.features.text)
        ? { intent: 'change', sector, from: r.p.time.years[0]! }
        : undefined,
  },
  {
    says: '"waarom blijft het mbo achter?", "aanpak politie" → notes (of the other sectors for "wat kan het mbo leren van andere sectoren")',
    apply(r, sector) {
      if (!notesLike(r.p)) return undefined;
      const others = r.p.group;
      if (others?.plural && !others.generic) return notesFor(others.scope, topicOf(r.p));
      return withOptional({ intent: 'notes' as const, sector }, { topic: topicOf(r.p) });
    },
  },
  {
    says: '"vo inclusief inkoop 2024", "defensie met sroi" → inkoop',
    apply: (r, sector) =>
      r.has('inkoop') ? withOptional({ intent: 'inkoop' as const, sector }, { year: singleYear(r.p) }) : undefined,
  },
  {
    says: '"wanneer haalt de politie het doel?", "haalt het mbo het doel in 2030?" (a year after the latest) → projection',
    apply(r, sector) {
      const year = singleYear(r.p);
      const latest = r.p.time.latest;
      const futureYear = year !== undefined && latest !== undefined && year > latest;
      const reachLater = futureYear && (r.has('reach') || r.has('gap'));
      return r.has('projection') || (r.has('reach') && r.has('future')) || reachLater
        ? { intent: 'projection', sector }
        : undefined;
    },
  },
  {
    says: '"ontwikkeling rijk 2019-2024", "politie sinds 2020" → trend',
    apply(r, sector) {
      const y = r.p.time;
      const trend = r.has('trend') || (y.range && !moving(r)) || (y.since && !moving(r) && !r.has('gap'));
      return trend ? withOptional({ intent: 'trend' as const, sector }, fromTo(r.p)) : undefined;
    },
  },
  {
    says: '"verschil gemeenten 2023 2024", "hoeveel is defensie gestegen?" → change',
    apply: (r, sector) => (moving(r) ? withOptional({ intent: 'change' as const, sector }, fromTo(r.p)) : undefined),
  },
  {
    says: '"wat haalde defensie in 2022?", "hoeveel heeft de politie bereikt?" (what was reached, no goal named) → lookup realisatie',
    apply: (r, sector) =>
      r.has('reach') &&
      !r.has('doel') &&
      !r.has('gap') &&
      !r.has('must') &&
      !r.has('percentage') &&
      AMOUNT.test(r.p.features.text)
        ? withOptional(
            // "wat moet het mbo halen?" asks for the goal.
            {
              intent: 'lookup' as const,
              sector,
              metric: r.p.metric !== 'alles' ? r.p.metric : r.has('must') && !r.has('still') ? 'doel' : 'realisatie',
            },
            { year: singleYear(r.p) },
          )
        : undefined,
  },
  {
    says: '"hoeveel mist de politie nog?", "haalt defensie het doel?", "hoever boven het doel zit de politie" → gap',
    apply(r, sector) {
      const aboveTarget = (r.has('above') || r.has('below')) && r.has('doel');
      const gap =
        r.has('gap') || (r.has('reach') && !r.has('percentage')) || (r.has('must') && r.has('still')) || aboveTarget;
      return gap ? withOptional({ intent: 'gap' as const, sector }, { year: singleYear(r.p) }) : undefined;
    },
  },
  {
    says: '"Binnenwerk" → binnenwerk',
    apply: (r, sector) =>
      sector === 'binnenwerk' ? withOptional({ intent: 'binnenwerk' as const }, { year: singleYear(r.p) }) : undefined,
  },
  {
    says: '"realisatie politie 2024?", "doel gemeenten", "gemeenten 1987" (the year is kept) → lookup',
    apply: (r, sector) =>
      withOptional({ intent: 'lookup' as const, sector, metric: r.p.metric }, { year: singleYear(r.p) }),
  },
];

/** The Query for a question about one entity. */
export function readOne(r: Reading, sector: EntityId): Query {
  for (const rule of ONE_ENTITY_RULES) {
    const q = rule.apply(r, sector);
    if (q) return q;
  }
  return { intent: 'unknown' };
}
