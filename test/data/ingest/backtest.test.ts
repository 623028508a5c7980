// The backtest on the three progress letters: their own figures removed from a copy of the
// dataset, the letter ingested, the new-figure proposals compared with the curated figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES_DIR } from '../../../src/cli/data-check.js';
import { backtest } from '../../../src/data/ingest/backtest.js';
import { data, LETTERS, letter } from './support.js';

describe('backtest on the progress letters', () => {
  it.each(Object.keys(LETTERS) as (keyof typeof LETTERS)[])(
    '%s: recall ≥ 90%, precision ≥ 98%, every quote verbatim',
    (id) => {
      const r = backtest(data, id, letter(id), LETTERS[id]);
      expect(r.source).toBe(id);
      expect(r.expected).toBe(data.figures.filter((f) => f.ref.source === id).length);
      expect(r.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.precision).toBeGreaterThanOrEqual(0.98);
      expect(r.quotesVerbatim).toBe(1);
    },
  );

  it('the measured numbers as of this dataset (nr. 348: 159/159; nr. 328: 88/88; 2020: 28/28)', () => {
    expect(backtest(data, 'kst-34352-348', letter('kst-34352-348'), '')).toMatchObject({ expected: 159, matched: 159 });
    expect(backtest(data, 'kst-34352-328', letter('kst-34352-328'), '')).toMatchObject({
      expected: 88,
      matched: 88,
      proposed: 88,
    });
    expect(backtest(data, 'kamerbrief-2021', letter('kamerbrief-2021'), '')).toMatchObject({
      expected: 28,
      matched: 28,
    });
  });

  it('the two documents that are not progress letters: their one figure, nothing spurious', () => {
    const kb = backtest(
      data,
      'kamerbrief-2025',
      readFileSync(join(DEFAULT_SOURCES_DIR, 'kamerbrief-2025-banenafspraak-overheid.txt'), 'utf8'),
      '',
    );
    expect(kb).toMatchObject({ expected: 1, proposed: 1, matched: 1, quotesVerbatim: 1 }); // po 83% on support functions only
    const aj = backtest(
      data,
      'aanjager-2015',
      readFileSync(join(DEFAULT_SOURCES_DIR, 'aanjager-banenafspraak-verslag-2015.txt'), 'utf8'),
      '',
    );
    expect(aj).toMatchObject({ expected: 1, proposed: 1, matched: 1, quotesVerbatim: 1 }); // Defensie's taakstelling 2015
  });

  it('npm run --silent data:ingest -- --backtest <id> --json prints exactly the seven fields', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli.ts', 'ingest', '--backtest', 'kamerbrief-2021', '--json'], {
      encoding: 'utf8',
    });
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual([
      'source',
      'expected',
      'proposed',
      'matched',
      'recall',
      'precision',
      'quotesVerbatim',
    ]);
    expect(parsed).toEqual({
      source: 'kamerbrief-2021',
      expected: 28,
      proposed: 28,
      matched: 28,
      recall: 1,
      precision: 1,
      quotesVerbatim: 1,
    });
  });
});
