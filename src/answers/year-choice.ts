// Which year a sector question is about: the year asked for when it has figures, else the latest
// year with figures (said in the answer). A year without figures gets a draft that says which
// years exist.
import type { EntityId } from '../domain/model.js';
import type { Query } from '../nlu/query.js';
import type { Draft } from './compose.js';
import { lookupButtons, sectorPicker } from './follow-ups.js';
import type { AnswerKit } from './kit.js';
import { yearsText } from './wording.js';

export type YearChoice =
  | { ok: true; year: number /** True when the user gave no year and we chose the latest. */; implicit: boolean }
  | { ok: false; draft: Draft };

export function latestYearLine(year: number): string {
  return `Laatste jaar met cijfers: ${year}.`;
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
  const sentence = `Voor ${kit.subject(sector)} heb ik geen cijfers over ${requested}.`;
  const available =
    years.length === 1 ? `Er zijn alleen cijfers over ${years[0]}.` : `Er zijn cijfers over ${yearsText(years)}.`;
  return {
    ok: false,
    draft: {
      lines: [sentence, available],
      quantities: [],
      speak: `${sentence} ${available}`,
      view: {
        kind: 'error',
        title: `${name}: geen cijfers over ${requested}`,
        summary: `${sentence} ${available}`,
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
