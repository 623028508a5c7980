// Small wording helpers every intent shares: a value with its unit ("489 fta", "circa 706 fta",
// "68,4%"), a year with its period, and list phrasing. Numbers go through src/domain/format.ts.

import type { Quantity } from '../domain/figures.js';
import { formatNumber, formatSigned, formatValue, MONTH_NAMES } from '../domain/format.js';

/** Decimals a figure read from a source is shown with: as many as it has (2,76%), at least 1, at most 3. */
function decimalsOf(q: Quantity): number {
  if (q.how) return 1;
  const written = String(q.value);
  const dot = written.indexOf('.');
  return Math.min(3, Math.max(1, dot < 0 ? 0 : written.length - dot - 1));
}

/**
 * "489 fta", "68,4%", "circa 706 fta", "2,76%"; counts of unit 'aantal' without a unit. A figure
 * read from a source keeps every decimal it was printed with (never rounded); a computed one has 1.
 */
export function valueText(q: Quantity): string {
  const decimals = decimalsOf(q);
  const text = q.unit === 'aantal' ? formatNumber(q.value, decimals) : formatValue(q.value, q.unit, decimals);
  return q.approximate ? `circa ${text}` : text;
}

/** A change: "+102 fta", "−14,1 procentpunt" (percentages change in procentpunten). */
export function signedText(q: Quantity): string {
  const text = formatSigned(q.value, q.unit === '%' ? 'procentpunt' : q.unit === 'aantal' ? '' : q.unit);
  return q.approximate ? `circa ${text}` : text;
}

const QUARTERS: Record<string, string> = { Q1: 'eerste', Q2: 'tweede', Q3: 'derde', Q4: 'vierde' };

/** "2024", or "2024 (stand vierde kwartaal)" for a quarter period. */
export function yearText(year: number, period?: string): string {
  const q = period?.match(/^\d{4}(Q[1-4])$/)?.[1];
  return q ? `${year} (stand ${QUARTERS[q]} kwartaal)` : String(year);
}

/** A period in words: "2024Q3" → "het derde kwartaal van 2024", "2023-12-31" → "31 december 2023". */
export function periodText(period: string): string {
  const q = period.match(/^(\d{4})(Q[1-4])$/);
  if (q) return `het ${QUARTERS[q[2]!]} kwartaal van ${q[1]}`;
  const d = period.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (d) return `${Number(d[3])} ${MONTH_NAMES[Number(d[2]) - 1] ?? d[2]} ${d[1]}`;
  return period;
}

/** The period of the first quantity that has one. */
export function periodOf(...qs: (Quantity | undefined)[]): string | undefined {
  return qs.find((q) => q?.period)?.period;
}

/** Dutch list with "of": "a, b of c". */
export function formatOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}

/** A list of years: "2019, 2020 en 2024". */
export function yearsText(years: readonly number[]): string {
  const parts = years.map(String);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** Years as spans: "2019–2024", "2015 en 2019–2024", "2020, 2022 en 2024" (runs of three or more joined by "–"). */
export function yearSpans(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** Sentence start with a capital: "de politie" → "De politie". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The verb for a sector as subject: "de waterschappen halen", "de politie haalt". A subject is
 * plural when it has "de" and its noun is a plural ("gemeenten", "provincies", "centra"); the
 * parenthesised short name ("(umc’s)") does not count.
 */
export function verbFor(subject: string, singular: string, plural: string): string {
  const noun =
    subject
      .replace(/\s*\(.*\)$/, '')
      .split(' ')
      .at(-1) ?? '';
  return /^de /i.test(subject) && /(en|s|centra)$/i.test(noun) ? plural : singular;
}
