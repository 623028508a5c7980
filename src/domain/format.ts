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

/**
 * A number in nl-NL notation with at most `maxDecimals` decimals (default 1), thousands
 * grouped with a dot: 5078 → "5.078", 508.5 → "508,5". Intl groups 4-digit numbers too
 * ("1.372"), as the letters do.
 */
export function formatNumber(value: number, maxDecimals = 1): string {
  const text = formatter(maxDecimals).format(value);
  // Intl leaves "-0" for tiny negatives: show "0".
  return text === '-0' ? '0' : text.replace('\u2212', '-');
}

/** 68.4 → "68,4%". */
export function formatPercentage(value: number, maxDecimals = 1): string {
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
