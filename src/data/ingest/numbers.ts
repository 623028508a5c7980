// Dutch numbers as the letters print them: "5.078", "508,5", "+/- 1.900", "twaalf".
// Pure helpers shared by the table and sentence readers.

/** A number token: thousands with dots, decimals with a comma. Not glued to letters (SZW11) or other digits. */
export const NUMBER_SOURCE = String.raw`(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d]|[.,]\d)`;

/** "5.078" → 5078, "508,5" → 508.5, "1307" → 1307; undefined for anything else. */
export function parseDutchNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return undefined;
  const value = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Qualifiers that make a printed figure approximate (README: "+/-", "circa", "ongeveer", "ruim"). */
export const QUALIFIER_RE = /(?:\+\/-|\+\/–|±|\bcirca|\bca\.|\bongeveer|\bruim)\s*$/i;

/** Small counts the letters write as words ("twee van de twaalf provincies"); not "een" (also the article). */
export const NUMBER_WORDS: Record<string, number> = {
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  twintig: 20,
};

/** A count written in digits or as a word. */
export function parseCount(text: string): number | undefined {
  return NUMBER_WORDS[text.toLowerCase()] ?? parseDutchNumber(text);
}

/** Decimals a value was printed with, as stored (508.5 → 1). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Interval a printed number stands for (713 → 712,5..713,5). */
function printedInterval(value: number): { lo: number; hi: number } {
  const half = 0.5 * 10 ** -decimalsOf(value);
  return { lo: value - half, hi: value + half };
}

/** Whether a printed percentage can be num/den (both printed numbers) within rounding. */
export function ratioFits(pct: number, num: number, den: number): boolean {
  const n = printedInterval(num);
  const d = printedInterval(den);
  if (d.lo <= 0) return false;
  const lo = (n.lo / d.hi) * 100;
  const hi = (n.hi / d.lo) * 100;
  const p = printedInterval(pct);
  return p.lo <= hi + 1e-9 && lo <= p.hi + 1e-9;
}

/** num/den as a percentage rounded to one decimal (489/713 → 68.6). */
export function ratioPercent(num: number, den: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round((num / den) * 100 * f) / f;
}

/** Dutch notation for review text: 5078 → "5.078", 508.5 → "508,5". */
export function nl(value: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3, useGrouping: true }).format(value);
}
