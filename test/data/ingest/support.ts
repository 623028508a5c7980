// Shared by the ingest tests: the three progress letters, the dataset, a temp copy of data/.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCES_DIR } from '../../../src/cli/data-check.js';
import { DEFAULT_DATA_DIR, loadDataset } from '../../../src/data/load.js';

export const data = loadDataset();

export const LETTERS = {
  'kst-34352-348': 'kst-34352-348-voortgang-2024.txt',
  'kst-34352-328': 'kst-34352-328-voortgang-2023.txt',
  'kamerbrief-2021': 'kamerbrief-2021-voortgang-2020.txt',
} as const;

export const letterPath = (id: keyof typeof LETTERS) => join(DEFAULT_SOURCES_DIR, LETTERS[id]);
export const letter = (id: keyof typeof LETTERS) => readFileSync(letterPath(id), 'utf8');

/** A copy of data/ in a temp directory (tests never write the real data/). */
export function tempData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'banenbot-ingest-'));
  cpSync(DEFAULT_DATA_DIR, join(dir, 'data'), { recursive: true });
  return join(dir, 'data');
}

/**
 * The letter with every count in fta, banen or fte doubled (also the cells of the Bijlage table,
 * "van 870 naar 1.085 banen", "269 minder banen", "418 doelbanen"), percentages and other numbers
 * kept. Doubling keeps the letter consistent: ratios, row and column sums and stated changes
 * still hold, so a reader that does not key on the figures must propose the doubled values.
 */
export function doubledCounts(text: string): string {
  const fmt = (printed: string, value: number) => {
    const decimals = printed.includes(',') ? printed.split(',')[1]!.length : 0;
    const grouped = printed.includes('.') || (value >= 1000 && !/^\d{4,}/.test(printed));
    return new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouped,
    }).format(value);
  };
  const double = (printed: string) => fmt(printed, Number(printed.replace(/\./g, '').replace(',', '.')) * 2);
  const NUM = String.raw`(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d]|[.,]\d)`;
  const isCell = (t: string) => /^(\d{1,3}(\.\d{3})+|\d+)$/.test(t);
  let out = text
    // Bijlage rows: label, five counts (some OCR-damaged), a percentage.
    .split('\n')
    .map((line) => {
      const tokens = line.trim().split(/\s+/);
      if (tokens.length < 7 || !/%/.test(tokens.at(-1)!) || tokens.slice(-6, -1).filter(isCell).length < 4) return line;
      const cells = tokens.slice(-6, -1).map((t) => (isCell(t) ? double(t) : t));
      return [...tokens.slice(0, -6), ...cells, tokens.at(-1)].join(' ');
    })
    .join('\n');
  const replace = (re: string, fn: (...groups: string[]) => string) =>
    (out = out.replace(new RegExp(re, 'gu'), (...m: unknown[]) => fn(...(m as string[]))));
  // A count followed by its unit (also "269 minder banen", "418 doelbanen").
  replace(
    `${NUM}(\\s*(?:fta|fte|banen|participatiebanen|minder\\s+banen|meer\\s+banen|doe\\p{L}*banen))`,
    (_m, n, rest) => `${double(n!)}${rest}`,
  );
  // Counts whose unit is elsewhere in the sentence.
  replace(`(van )${NUM}( naar)`, (_m, a, n, b) => `${a}${double(n!)}${b}`);
  replace(`((?:fta|banen)\\s+)${NUM}(\\s+met een doel)`, (_m, a, n, b) => `${a}${double(n!)}${b}`);
  replace(
    `${NUM}(\\s+(?:via inhuur|via SRO|in eigen dienst|extra banen|dienstverbanden))`,
    (_m, n, rest) => `${double(n!)}${rest}`,
  );
  replace(
    `${NUM}(,\\s+)${NUM}(\\s+en\\s+[\\d.,]+\\s+(?:fta|banen))`,
    (_m, a, s1, b, rest) => `${double(a!)}${s1}${double(b!)}${rest}`,
  );
  return out;
}
