// Follow-up buttons with typed queries: "Vergelijk met vorig jaar", "Toon tekort",
// "Alle sectoren", "Ontwikkeling", and the "Andere sector…" picker.
import type { CardView, FollowUp } from '../cards/index.js';
import type { EntityId } from '../domain/model.js';
import { scopeOf } from '../domain/sectors.js';
import { askedQuery, type Query, type QueryOf } from '../nlu/index.js';
import type { AnswerKit } from './kit.js';

type Picker = NonNullable<CardView['sectorPicker']>;

/** The usual follow-ups for one sector and year, leaving out `except` (the intent just answered). */
export function sectorFollowUps(kit: AnswerKit, sector: EntityId, year: number, except?: Query['intent']): FollowUp[] {
  const years = kit.figures.years(sector);
  const previous = years.filter((y) => y < year).at(-1);
  const s = kit.sector(sector);
  const scope = s ? scopeOf(s) : 'sectoren';
  const out: FollowUp[] = [];
  if (previous !== undefined && except !== 'change') {
    out.push({ title: 'Vergelijk met vorig jaar', query: { intent: 'change', sector, from: previous, to: year } });
  }
  if (except !== 'gap') out.push({ title: 'Toon tekort', query: { intent: 'gap', sector, year } });
  if (except !== 'ranking') {
    out.push({
      title: scope === 'ministeries' ? 'Alle ministeries' : 'Alle sectoren',
      query: { intent: 'ranking', scope, by: 'percentage', order: 'hoog', year },
    });
  }
  if (years.length > 1 && except !== 'trend') out.push({ title: 'Ontwikkeling', query: { intent: 'trend', sector } });
  return out;
}

/** "Andere sector…": the same question for another sector (ministries pick among ministries). */
export function sectorPicker(kit: AnswerKit, query: Query, around?: EntityId): Picker {
  const s = around ? kit.sector(around) : undefined;
  const scope = s ? scopeOf(s) : 'sectoren';
  const options = kit
    .members(scope)
    .filter((m) => m.id !== around)
    .map((m) => ({ title: kit.explained(m.id), value: m.id }));
  return { label: scope === 'ministeries' ? 'Ander ministerie…' : 'Andere sector…', options, query };
}

/** Buttons that look a sector up (for suggestions and clarifications). */
export function lookupButtons(kit: AnswerKit, sectors: readonly EntityId[]): FollowUp[] {
  return sectors.map((sector) => ({ title: kit.shortName(sector), query: oneSectorQuery('lookup', sector) }));
}

export type SectorAsk = NonNullable<QueryOf<'clarify'>['ask']>;

/** The question a clarification carries on with, for the sector picked (with the year and sectors already asked). */
export function oneSectorQuery(
  ask: SectorAsk,
  sector: EntityId,
  extra: { year?: number; with?: readonly EntityId[] } = {},
): Query {
  return askedQuery(ask, sector, extra);
}
