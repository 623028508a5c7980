// Years anywhere in a normalized question: single years, ranges ("2019 tm 2024" — normalize()
// turns "2019-2024" and "t/m" into that —, "van 2019 tot 2024", "tussen 2019 en 2024",
// "van 2023 naar 2024"), "sinds/vanaf 2020", "tot/tm 2024", "t.o.v. 2023"/"dan 2023", and years relative to the latest
// year with figures: "vorig jaar" = latest − 1, "dit/afgelopen/laatste jaar" = latest,
// "laatste/afgelopen 3 jaar" = the three years up to the latest. Relative phrases need the
// parser's `years` option; without it they are skipped. Any year 1900–2100 is kept, also one
// without figures ("gemeenten 1987"): the answer says which years there are instead of dropping it.
// A four-digit number before the first year of figures followed by a unit ("2000 banen") is a count.
import { NUMBER_WORDS, RELATIVE_YEARS } from './vocabulary.js';

/** The first year of the banenafspraak figures: relative phrases never reach before it. */
export const MIN_YEAR = 2013;
/** Years a question may name (the Query accepts the same range). */
const MIN_ASKED_YEAR = 1900;
export const MAX_YEAR = 2100;
const UNIT_WORDS = new Set(['banen', 'fta', 'fte', 'procent', 'mensen', 'personen', 'medewerkers', 'plekken']);

export interface YearInfo {
  /** Every year named, in order of appearance, without repeats (range ends included). */
  years: number[];
  from?: number;
  to?: number;
  /** Both ends given with range words ("2019 tm 2024", "van 2019 tot 2024"). */
  range: boolean;
  /** "sinds 2020", "vanaf 2020". */
  since: boolean;
  /** "t.o.v. 2023", "vergeleken met 2023", "vergelijk met vorig jaar": a change from that year (`from`). */
  versus: boolean;
  /** The latest year with figures, when the parser knows it. */
  latest?: number;
  /** A finer period named with the year: "2024Q4" ("Q4 2024"), "2023-12-31" ("eind 2023"); see period.ts. */
  period?: string;
}

const SINCE = new Set(['sinds', 'vanaf', 'sedert', 'na']);
const UNTIL = new Set(['tot', 'tm', 'tem', 'uiterlijk']);
const RANGE_LINK = new Set(['tm', 'tem', 'tot', 'naar', 'en']);

const RELATIVE = Object.entries(RELATIVE_YEARS)
  .map(([phrase, offset]) => ({ words: phrase.split(' '), offset }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * How many words before position i say "compared with" ("tov", "ten opzichte van", "dan", "vergeleken met").
 * `relative`: a relative year follows ("onderwijs vs vorig jaar"), where "vs" says it too.
 */
function versusBefore(tokens: readonly string[], i: number, relative = false): number {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (prev === 'tov' || prev === 'dan') return 1;
  if (relative && (prev === 'vs' || prev === 'versus' || prev === 'tegenover')) return 1;
  if (prev === 'van' && prev2 === 'opzichte') return 2;
  if (prev === 'met' && (prev2 === 'vergeleken' || prev2 === 'vergelijking')) return 2;
  // "vergelijk (politie) met vorig jaar": only "met" is used up, "vergelijk" stays a cue.
  if (prev === 'met' && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => t.startsWith('vergelijk'))) return 1;
  return 0;
}

function asYear(token: string | undefined, next?: string): number | undefined {
  if (token === undefined || token.length !== 4 || !/^\d{4}$/.test(token)) return undefined;
  const y = Number(token);
  if (next !== undefined && UNIT_WORDS.has(next) && y < MIN_YEAR) return undefined;
  return y >= MIN_ASKED_YEAR && y <= MAX_YEAR ? y : undefined;
}

/** Small counts written as digits or words: "3", "drie". Used for "laatste 3 jaar". */
function asCount(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/**
 * Find the years in `tokens`. Marks the tokens it used in `used` (same length as tokens) so the
 * rest of the parser does not read "sinds" or "2024" again. `latest` is the latest year with figures.
 */
export function extractYears(tokens: readonly string[], used: boolean[], latest?: number): YearInfo {
  const info: YearInfo = { years: [], range: false, since: false, versus: false, latest };
  const add = (y: number) => {
    if (!info.years.includes(y)) info.years.push(y);
  };
  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) used[k] = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;

    // Relative phrases: "laatste 3 jaar", "vorig jaar", "dit jaar".
    if ((t === 'laatste' || t === 'afgelopen') && (tokens[i + 2] === 'jaar' || tokens[i + 2] === 'jaren')) {
      const n = asCount(tokens[i + 1]);
      if (n !== undefined) {
        mark(i, i + 2);
        if (latest !== undefined && n >= 1 && n <= 10) {
          const from = Math.max(MIN_YEAR, latest - n + 1);
          for (let y = from; y <= latest; y++) add(y);
          info.from = from;
          info.to = latest;
          info.range = n > 1;
        }
        i += 2;
        continue;
      }
    }
    const rel = RELATIVE.find((r) => r.words.every((w, k) => tokens[i + k] === w));
    if (rel) {
      mark(i, i + rel.words.length - 1);
      if (latest !== undefined) {
        const y = latest + rel.offset;
        if (y >= MIN_YEAR) {
          add(y);
          const versusWords = versusBefore(tokens, i, true);
          if (versusWords > 0) {
            mark(i - versusWords, i - 1);
            info.versus = true;
            info.from = y;
          } else if (SINCE.has(tokens[i - 1] ?? '')) {
            used[i - 1] = true;
            info.since = true;
            info.from = y;
          }
        }
      }
      i += rel.words.length - 1;
      continue;
    }

    const y = asYear(t, tokens[i + 1]);
    if (y === undefined) {
      // A 4-digit number outside the year range is ignored, not read as a count.
      if (/^\d{4}$/.test(t)) used[i] = true;
      continue;
    }
    used[i] = true;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];

    // Range: "2019 tm 2024", "2019 tot 2024", "2019 tot en met 2024", "2023 naar 2024", "tussen 2019 en 2024".
    let j = i + 1;
    if (tokens[j] === 'tot' && tokens[j + 1] === 'en' && tokens[j + 2] === 'met') j += 2;
    const link = tokens[i + 1];
    const y2 = asYear(tokens[j + 1]);
    const isLink = link !== undefined && RANGE_LINK.has(link) && (link !== 'en' || prev === 'tussen');
    if (isLink && y2 !== undefined) {
      mark(i, j + 1);
      if (prev === 'van' || prev === 'tussen') used[i - 1] = true;
      info.from = Math.min(y, y2);
      info.to = Math.max(y, y2);
      info.range = true;
      add(y);
      add(y2);
      i = j + 1;
      continue;
    }
    add(y);
    const versusWords = versusBefore(tokens, i);
    if (versusWords > 0) {
      mark(i - versusWords, i - 1);
      info.versus = true;
      info.from = y;
    } else if (prev !== undefined && SINCE.has(prev)) {
      used[i - 1] = true;
      info.since = true;
      info.from = y;
    } else if (prev !== undefined && UNTIL.has(prev)) {
      used[i - 1] = true;
      info.to = y;
    } else if (prev === 'met' && prev2 === 'en' && tokens[i - 3] === 'tot') {
      mark(i - 3, i - 1);
      info.to = y;
    }
  }
  return info;
}
