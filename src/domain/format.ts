// The one place numbers become Dutch text: 5.078 · 508,5 · 68,4% · "489 fta".
import type { Unit } from './model.js';

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', {
      maximumFractionDigits: maxDecimals,
      minimumFractionDigits: 0,
      useGrouping: true,
    });
    formatters.set(maxDecimals, f);
  }
  return f;
}

/** nl-NL through Intl: the reference for every number, and the path for the rare ones `decimalText` leaves. */
function intlText(value: number, maxDecimals: number): string {
  const text = formatter(maxDecimals).format(value);
  // Intl leaves "-0" for tiny negatives: show "0".
  return text === '-0' ? '0' : text.replace('\u2212', '-');
}

/**
 * The same text as `intlText` for the numbers answers show (|value| < 10^15, 0–20 decimals), from
 * the number's shortest decimal text (as ICU rounds: half away from zero on that text, so
 * 0,15 → 0,2), without Intl's cost (about 1 µs a call, and an answer formats dozens of numbers).
 * Undefined for numbers written with an exponent, huge numbers, NaN and infinities.
 */
function decimalText(value: number, maxDecimals: number): string | undefined {
  const abs = Math.abs(value);
  if (!(abs < 1e15) || !(maxDecimals >= 0 && maxDecimals <= 20 && Number.isInteger(maxDecimals))) return undefined;
  const written = String(abs);
  if (written.includes('e')) return undefined;
  const dot = written.indexOf('.');
  let whole = dot < 0 ? written : written.slice(0, dot);
  let fraction = dot < 0 ? '' : written.slice(dot + 1);
  if (fraction.length > maxDecimals) {
    const roundUp = fraction.charCodeAt(maxDecimals) >= 53; // '5'
    fraction = fraction.slice(0, maxDecimals);
    if (roundUp) {
      // One more in the last kept digit, carried through the nines.
      const kept = whole + fraction;
      let i = kept.length - 1;
      while (i >= 0 && kept.charCodeAt(i) === 57) i--; // '9'
      const raised =
        i < 0
          ? `1${'0'.repeat(kept.length)}`
          : `${kept.slice(0, i)}${String.fromCharCode(kept.charCodeAt(i) + 1)}${'0'.repeat(kept.length - i - 1)}`;
      whole = raised.slice(0, raised.length - fraction.length);
      fraction = raised.slice(raised.length - fraction.length);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--; // trailing '0'
  fraction = fraction.slice(0, end);
  if (whole.length > 3) {
    let grouped = '';
    let i = whole.length;
    for (; i > 3; i -= 3) grouped = `.${whole.slice(i - 3, i)}${grouped}`;
    whole = whole.slice(0, i) + grouped;
  }
  const text = fraction ? `${whole},${fraction}` : whole;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

/**
 * A number in nl-NL notation with at most `maxDecimals` decimals (default 1), thousands
 * grouped with a dot: 5078 → "5.078", 508.5 → "508,5". Intl groups 4-digit numbers too
 * ("1.372"), as the letters do.
 */
export function formatNumber(value: number, maxDecimals = 1): string {
  return decimalText(value, maxDecimals) ?? intlText(value, maxDecimals);
}

/** The Intl path of `formatNumber` (tests compare the two). */
export const formatNumberIntl = intlText;

/** 68.4 → "68,4%". */
function formatPercentage(value: number, maxDecimals = 1): string {
  return `${formatNumber(value, maxDecimals)}%`;
}

/** A value with its unit: "489 fta", "5.078 fta", "68,4%", "274.804 personen". */
export function formatValue(value: number, unit: Unit, maxDecimals = 1): string {
  return unit === '%' ? formatPercentage(value, maxDecimals) : `${formatNumber(value, maxDecimals)} ${unit}`;
}

/** A signed change: "+102 fta", "−269 fta", "+14,1 procentpunt". Uses a real minus sign. */
export function formatSigned(value: number, unitText: string, maxDecimals = 1): string {
  const abs = formatNumber(Math.abs(value), maxDecimals);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${abs}${unitText ? ` ${unitText}` : ''}`;
}

/** Dutch list: ["a","b","c"] → "a, b en c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Dutch month names, January first (lower case, as in "31 december 2023"). */
export const MONTH_NAMES: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
