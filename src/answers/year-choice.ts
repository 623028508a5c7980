// Which year a sector question is about: the year asked for when it has figures, else the latest
// year with figures (said in the answer). A year without figures gets a draft that says which
// years exist.

import { concatMap } from '../domain/arrays.js';
import type { EntityId } from '../domain/model.js';
import type { Query } from '../nlu/index.js';
import type { Draft } from './answer.types.js';
import { lookupButtons, sectorPicker } from './follow-ups.js';
import type { AnswerKit } from './kit.js';
import { yearSpans } from './wording.js';

export type YearChoice =
  | { ok: true; year: number /** True when the user gave no year and we chose the latest. */; implicit: boolean }
  | { ok: false; draft: Draft };

export function latestYearLine(year: number): string {
  return `Laatste jaar met cijfers: ${year}.`;
}

/** "Voor gemeenten heb ik geen cijfers over 1987; er zijn cijfers over 2019–2024." */
export function noYearLine(what: string, year: number, years: readonly number[]): string {
  const available =
    years.length === 1 ? `er zijn alleen cijfers over ${years[0]}` : `er zijn cijfers over ${yearSpans(years)}`;
  return `Voor ${what} heb ik geen cijfers over ${year}; ${available}.`;
}

/**
 * A question over several entities about a year none of them has figures for: say so and which
 * years there are (buttons ask the same for the latest ones). Undefined when the year is fine.
 */
export function noScopeYear(
  kit: AnswerKit,
  ids: readonly EntityId[],
  what: string,
  year: number | undefined,
  again: (year: number) => Query,
): Draft | undefined {
  if (year === undefined) return undefined;
  const years = [...new Set(concatMap(ids, (id) => kit.figures.years(id)))].sort((a, b) => a - b);
  if (!years.length || years.includes(year)) return undefined;
  const line = noYearLine(what, year, years);
  return {
    lines: [line],
    quantities: [],
    speak: line,
    view: {
      kind: 'error',
      title: `Geen cijfers over ${year}`,
      summary: line,
      actions: years
        .slice(-2)
        .reverse()
        .map((y) => ({ title: `Cijfers ${y}`, query: again(y) })),
    },
  };
}

export function chooseYear(
  kit: AnswerKit,
  sector: EntityId,
  requested: number | undefined,
  query: Query,
  metrics?: readonly string[],
): YearChoice {
  const years = kit.figures.years(sector, metrics);
  const name = kit.name(sector);
  if (!years.length) {
    return {
      ok: false,
      draft: {
        lines: [
          `Voor ${kit.subject(sector)} heb ik geen cijfers die bij deze vraag passen.`,
          'Kies een andere sector of vraag naar de realisatie.',
        ],
        quantities: [],
        speak: `Voor ${kit.subject(sector)} heb ik hier geen cijfers over.`,
        view: {
          kind: 'error',
          title: name,
          summary: `Voor ${kit.subject(sector)} heb ik geen cijfers die bij deze vraag passen.`,
          actions: lookupButtons(kit, [sector]),
          sectorPicker: sectorPicker(kit, query, sector),
        },
      },
    };
  }
  const latest = years[years.length - 1]!;
  if (requested === undefined) return { ok: true, year: latest, implicit: true };
  if (years.includes(requested)) return { ok: true, year: requested, implicit: false };
  const sentence = noYearLine(kit.subject(sector), requested, years);
  return {
    ok: false,
    draft: {
      lines: [sentence],
      quantities: [],
      speak: sentence,
      view: {
        kind: 'error',
        title: `${name}: geen cijfers over ${requested}`,
        summary: sentence,
        actions: years
          .slice(-3)
          .reverse()
          .map((y) => ({ title: `Cijfers ${y}`, query: sameQuestionFor(query, sector, y) })),
      },
    },
  };
}

/** The question again for another year: lookup, gap and inkoop keep their intent; others become a lookup. */
function sameQuestionFor(query: Query, sector: EntityId, year: number): Query {
  if (query.intent === 'lookup' || query.intent === 'gap' || query.intent === 'inkoop') return { ...query, year };
  return { intent: 'lookup', sector, year, metric: 'alles' };
}
