// Reader: a date or quarter in a question, finer than a year. "eind 2023", "einde 2023",
// "ultimo 2023", "31 december 2023", "31 12 2023" (normalize() made that of 31-12-2023) → the
// day 2023-12-31; "Q4 2024", "2024 Q4", "2024q4", "4e kwartaal 2024", "vierde kwartaal 2024",
// "kwartaal 4 2024" → the quarter 2024Q4. The words around the year are marked used; the year
// itself is left for the year reader (years.ts), which then reads it like any other year.

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const QUARTER_WORDS: Record<string, number> = {
  eerste: 1,
  '1e': 1,
  '1ste': 1,
  tweede: 2,
  '2e': 2,
  '2de': 2,
  derde: 3,
  '3e': 3,
  '3de': 3,
  vierde: 4,
  '4e': 4,
  '4de': 4,
  laatste: 4,
};
const END_WORDS = new Set(['eind', 'einde', 'ultimo', 'jaareinde', 'eindstand']);

const isYear = (t: string | undefined) => t !== undefined && /^(19|20)\d{2}$/.test(t);
const pad = (n: number) => String(n).padStart(2, '0');

/** The period named in the tokens (`YYYYQn` or `YYYY-MM-DD`), marking its words in `used`. */
export function readPeriod(tokens: string[], used: boolean[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "2024q4" as one token: split it so the year reader sees the year.
    const glued = t.match(/^((?:19|20)\d{2})q([1-4])$/) ?? t.match(/^q([1-4])((?:19|20)\d{2})$/);
    if (glued) {
      const [y, q] = t.startsWith('q') ? [glued[2]!, glued[1]!] : [glued[1]!, glued[2]!];
      tokens[i] = y;
      return `${y}Q${q}`;
    }
    // "q4 2024", "2024 q4"
    const q = t.match(/^q([1-4])$/)?.[1];
    if (q && isYear(next)) return mark(used, [i], `${next}Q${q}`);
    if (q && isYear(tokens[i - 1])) return mark(used, [i], `${tokens[i - 1]}Q${q}`);
    // "4e kwartaal 2024", "vierde kwartaal (van) 2024", "kwartaal 4 2024"
    if (t === 'kwartaal') {
      const before = QUARTER_WORDS[tokens[i - 1] ?? ''];
      const after = /^[1-4]$/.test(next ?? '') ? Number(next) : undefined;
      const n = before ?? after;
      const yearAt = [i + 1, i + 2, i + 3].find((k) => isYear(tokens[k]));
      if (n !== undefined && yearAt !== undefined) {
        const words = before !== undefined ? [i - 1, i] : [i, i + 1];
        for (let k = Math.max(...words) + 1; k < yearAt; k++) if (tokens[k] === 'van') words.push(k);
        return mark(used, words, `${tokens[yearAt]}Q${n}`);
      }
    }
    // "eind 2023", "einde van 2023", "ultimo 2023"
    if (END_WORDS.has(t)) {
      const at = isYear(next) ? i + 1 : next === 'van' && isYear(tokens[i + 2]) ? i + 2 : undefined;
      if (at !== undefined) return mark(used, at === i + 2 ? [i, i + 1] : [i], `${tokens[at]}-12-31`);
    }
    // "31 december 2023", "31 12 2023"
    if (/^\d{1,2}$/.test(t) && isYear(tokens[i + 2])) {
      const month = MONTHS[next ?? ''] ?? (/^\d{1,2}$/.test(next ?? '') ? Number(next) : undefined);
      const day = Number(t);
      if (month !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return mark(used, [i, i + 1], `${tokens[i + 2]}-${pad(month)}-${pad(day)}`);
      }
    }
  }
  return undefined;
}

function mark(used: boolean[], indices: number[], period: string): string {
  for (const k of indices) used[k] = true;
  return period;
}
