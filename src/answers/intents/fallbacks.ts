// When a question can't be answered as asked: an unknown sector (with suggestions), a question
// with two readings (ask back), a question not understood, or an internal failure. Always calm
// Dutch with something to click.

import { formatList } from '../../domain/format.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { lookupButtons, oneSectorQuery, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { formatOr } from '../wording.js';
import { EXAMPLES } from './help.js';

/** User text echoed in an answer: no markup, no line breaks, not too long. */
function echo(term: string): string {
  const clean = term
    .replace(/[\u0000-\u001f\u007f<>[\]()*_`#|\\{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function tryThese(): string[] {
  return ['Probeer bijvoorbeeld:', ...EXAMPLES.slice(0, 3).map((e) => `• ${e.question}`)];
}

/** A sector in a question back: with its article, and its short name when the buttons use that ("het primair onderwijs (po)"). */
function askName(kit: AnswerKit, id: Parameters<AnswerKit['subject']>[0]): string {
  const subject = kit.subject(id);
  const short = kit.shortName(id);
  return kit.explained(id) === short || subject.includes(`(${short})`) ? subject : `${subject} (${short})`;
}

export function unknownSector(kit: AnswerKit, query: QueryOf<'unknown_sector'>): Draft {
  const term = echo(query.term);
  const names = query.suggestions.map((s) => askName(kit, s));
  const first = term ? `Ik ken de sector "${term}" niet.` : 'Die sector ken ik niet.';
  // Full names, no abbreviations to decode: "Rijk, Defensie, gemeenten, …, primair onderwijs, …".
  const known = kit.dataset.sectors
    .filter((s) => s.kind === 'sector')
    .map((s) => kit.inSentence(s.id).replace(/\s*\([^)]*\)$/, ''));
  const ask = names.length
    ? `Bedoelt u ${formatOr(names)}?`
    : `Ik heb cijfers voor ${formatList(known)}, en voor de ministeries van het Rijk.`;
  return {
    lines: [`${first} ${ask}`],
    quantities: [],
    speak: `${first} ${ask}`,
    view: {
      kind: 'error',
      title: 'Onbekende sector',
      summary: `${first} ${ask}`,
      actions: lookupButtons(kit, query.suggestions),
      sectorPicker: sectorPicker(kit, { intent: 'lookup', sector: query.suggestions[0] ?? 'rijk', metric: 'alles' }),
    },
  };
}

export function clarify(kit: AnswerKit, query: QueryOf<'clarify'>): Draft {
  const term = echo(query.term);
  const names = query.options.map((s) => askName(kit, s));
  const ask = query.ask ?? 'lookup';
  const extra = { year: query.year, with: query.with };
  // A prognosis is made per sector: ask which one, rather than calling the word ambiguous.
  // "wij" without a sector for this conversation, and a follow-up with nothing before it, ask which sector.
  let line: string;
  if (query.wij) {
    line = `Voor welke sector spreekt u? Ik weet nog niet wie "wij" is in dit gesprek. Kies uw sector (die onthoud ik dan voor dit gesprek), of zeg bijvoorbeeld "wij zijn het mbo".`;
  } else if (!term && ask !== 'projection') {
    line = `Welke sector bedoelt u${query.year === undefined ? '' : ` met ${query.year}`}? Bijvoorbeeld ${formatList(names)}; de andere sectoren staan in de keuzelijst.`;
  } else {
    const lead =
      ask === 'projection'
        ? 'Een prognose maak ik per sector. '
        : term
          ? `"${term}" kan ik op meer manieren lezen. `
          : '';
    line = `${lead}Bedoelt u ${formatOr(names)}?`;
  }
  const first = query.options[0]!;
  const picker = ask === 'projection' || query.wij === true || !term;
  return {
    lines: [line],
    quantities: [],
    speak: line,
    view: {
      kind: 'clarify',
      title: query.wij ? 'Welke sector is "wij"?' : 'Wat bedoelt u?',
      summary: line,
      actions: query.options.map((sector) => ({
        title: kit.shortName(sector),
        query: oneSectorQuery(ask, sector, extra),
      })),
      ...(picker ? { sectorPicker: sectorPicker(kit, oneSectorQuery(ask, first, extra), first) } : {}),
    },
  };
}

/** An error card: `first` as its summary, what to try instead and three example questions. */
function errorDraft(first: string, title: string): Draft {
  const lines = [first, ...tryThese()];
  return {
    lines,
    quantities: [],
    speak: first,
    view: {
      kind: 'error',
      title,
      summary: first,
      paragraphs: lines.slice(1),
      actions: EXAMPLES.slice(0, 3).map((e) => ({ title: e.question, query: e.query })),
    },
  };
}

export function unknown(): Draft {
  return errorDraft(
    'Die vraag begrijp ik niet. Ik beantwoord vragen over de banenafspraak bij overheid en onderwijs.',
    'Niet begrepen',
  );
}

export function failure(): Draft {
  return errorDraft('Sorry, dat lukte me niet. Probeer het nog eens of stel de vraag anders.', 'Dat lukte niet');
}
