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
  let out = text
    // Bijlage rows: label, five counts (some OCR-damaged), a percentage.
    .split('\n')
    .map((line) => {
      const tokens = line.trim().split(/\s+/);
      if (tokens.length < 7 || !/%/.test(tokens.at(-1)!) || !/^\d/.test(tokens.at(-6)!)) return line;
      const cells = tokens.slice(-6, -1).map((t) => (/^(\d{1,3}(\.\d{3})+|\d+)$/.test(t) ? double(t) : t));
      return [...tokens.slice(0, -6), ...cells, tokens.at(-1)].join(' ');
    })
    .join('\n');
  out = out.replace(
    new RegExp(`${NUM}(\\s*(?:fta|fte|banen|participatiebanen|minder\\s+banen|meer\\s+banen|doe\\p{L}*banen))`, 'gu'),
    (_m, n: string, rest: string) => `${double(n)}${rest}`,
  );
  out = out.replace(
    new RegExp(`(van )${NUM}( naar)`, 'gu'),
    (_m, a: string, n: string, b: string) => `${a}${double(n)}${b}`,
  );
  return out;
}
