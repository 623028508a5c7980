// data:check: the real dataset is sound; copies with one planted error each fail with a
// message that names the file, the record and what is wrong — in the library and in the CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES_DIR } from '../../src/cli/data-check.js';
import { checkDataset, checkQuotes, coverageTable, printedRange } from '../../src/data/check.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../../src/data/load.js';
import type { Dataset, Figure } from '../../src/domain/model.js';

const ROOT = join(DEFAULT_DATA_DIR, '..');
const real = loadDataset();
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ in a temp dir, with `edit` applied to one file's parsed JSON. */
function plant(file: string, edit: (json: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'banenbot-data-'));
  temps.push(dir);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const result = edit(json);
  writeFileSync(path, JSON.stringify(result === undefined ? json : result, null, 2));
  return dir;
}

const findIn = (figures: Figure[], sector: string, year: number, metric: string, period?: string) =>
  figures.find((f) => f.sector === sector && f.year === year && f.metric === metric && f.period === period)!;

/** A deep copy of the real dataset, edited in memory. */
function edited(edit: (d: Dataset) => void): Dataset {
  const d = structuredClone(real);
  edit(d);
  return d;
}

function loadError(dir: string): string {
  try {
    loadDataset(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error('expected the dataset to be refused');
}

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'data-check', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the real dataset', () => {
  it('passes every consistency rule', () => {
    expect(checkDataset(real)).toEqual([]);
  });

  it.runIf(existsSync(DEFAULT_SOURCES_DIR))('has every quote verbatim in its source document', () => {
    const texts = new Map(real.sources.map((s) => [s.id, readFileSync(join(DEFAULT_SOURCES_DIR, s.file), 'utf8')]));
    expect(checkQuotes(real, texts)).toEqual([]);
    expect(readdirSync(DEFAULT_SOURCES_DIR)).toContain('kst-34352-348-voortgang-2024.txt');
  });

  it('shows a coverage table with the core metrics per sector and year', () => {
    const table = coverageTable(real);
    expect(table.split('\n')[0]).toMatch(/^\s+\| 2015\s+\| 2019 .*\| 2024$/);
    expect(table).toMatch(/^politie +\| +\| \. r \. +\| \. r \. +\| \. r \. +\| +\| d r % \+3 +\| d r % \+4$/m);
    expect(table).toMatch(/^fin +\|.*\| d r % \+3$/m);
  });
});

describe('rounding tolerance', () => {
  it('reads a printed number as the interval it stands for', () => {
    expect(printedRange(713)).toEqual({ lo: 712.5, hi: 713.5 });
    const r = printedRange(56.6);
    expect([r.lo, r.hi].map((x) => Math.round(x * 1000) / 1000)).toEqual([56.55, 56.65]);
  });

  it('accepts 44% for 49 of 113 fta (49,5 / 112,5 = 44,0%) but not 45%', () => {
    expect(checkDataset(real).some((p) => p.includes('onderzoeksinstellingen 2023'))).toBe(false);
    const d = edited((x) => {
      findIn(x.figures, 'onderzoeksinstellingen', 2023, 'percentage').value = 45;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: onderzoeksinstellingen 2023 percentage: printed 45 but realisatie/doel = 43,4 and no conflict recorded',
    );
  });
});

describe('planted errors', () => {
  it('a wrong percentage without a conflict', () => {
    const d = edited((x) => {
      x.conflicts = x.conflicts.filter((c) => c.id !== 'waterschappen-2023-percentage');
      findIn(x.figures, 'gemeenten', 2024, 'percentage').value = 119.2;
    });
    const problems = checkDataset(d);
    expect(problems).toContain(
      'data/figures.json: gemeenten 2024 percentage: printed 119,2 but realisatie/doel = 109,2 and no conflict recorded',
    );
    expect(problems).toContain(
      'data/figures.json: waterschappen 2023 percentage: printed 56,6 but realisatie/doel = 59,6 and no conflict recorded',
    );
    expect(problems).toContain(
      'data/figures.json: gemeenten 2024 percentage: value 119,2 does not occur in ref.quote "Realisatiepercentage 120,4% 109,2%"',
    );
    expect(problems).toHaveLength(3);
  });

  it('a wrong percentage including inkoop without a conflict', () => {
    const d = edited((x) => {
      findIn(x.figures, 'vo', 2024, 'percentage_incl_inkoop').value = 40;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: vo 2024 percentage_incl_inkoop: printed 40 but (realisatie+inkoop)/doel = 36,9 and no conflict recorded',
    );
  });

  it('a wrong ministry sum', () => {
    const d = edited((x) => {
      findIn(x.figures, 'rijk', 2024, 'binnenwerk', '2024Q4').value = 1185;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: rijk 2024Q4 binnenwerk: ministries add up to 1.084 but the Rijk total is 1.185',
    );
  });

  it('a ministry doel that breaks the column sum (the 418 unallocated doelbanen count in)', () => {
    const d = edited((x) => {
      findIn(x.figures, 'rijk', 2024, 'doel_niet_toegerekend', '2024Q4').value = 318;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: rijk 2024 doel: ministries add up to 5.893 (incl. 318 doel_niet_toegerekend) but the Rijk total is 5.994',
    );
  });

  it('a ministry row whose parts do not add up to its total', () => {
    const d = edited((x) => {
      findIn(x.figures, 'fin', 2024, 'inleen', '2024Q4').value = 170;
    });
    const problems = checkDataset(d);
    expect(problems).toContain(
      'data/figures.json: fin 2024Q4 realisatie: formeel_excl_binnenwerk + binnenwerk + inleen = 1.616 but realisatie is 1.606',
    );
    expect(problems).toContain(
      'data/figures.json: rijk 2024Q4 inleen: ministries add up to 316 but the Rijk total is 305',
    );
  });

  it('contract shares that do not add up to 100%', () => {
    const d = edited((x) => {
      findIn(x.figures, 'waterschappen', 2024, 'aandeel_inhuur').value = 14.3;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: waterschappen 2024 aandeel_vast: aandeel_vast + aandeel_tijdelijk + aandeel_inhuur = 90%, not 100%',
    );
  });

  it('a stated change that does not match the two years', () => {
    const d = edited((x) => {
      findIn(x.figures, 'rijk', 2024, 'stijging_gemeld').value = 651;
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: rijk 2024 stijging_gemeld: printed 651 but realisatie 2024 − 2023 = 561',
    );
  });

  it('a missing source, in the loader and in checkDataset', () => {
    const dir = plant('figures.json', (figs: Figure[]) => {
      findIn(figs, 'politie', 2024, 'realisatie').ref.source = 'kst-onbekend';
    });
    expect(loadError(dir)).toMatch(
      /figures\.json: figures\[\d+\] \(politie 2024 realisatie\): ref\.source: unknown source "kst-onbekend"/,
    );
    const d = edited((x) => {
      findIn(x.figures, 'politie', 2024, 'realisatie').ref.source = 'kst-onbekend';
    });
    expect(checkDataset(d)).toContain(
      'data/figures.json: politie 2024 realisatie: ref.source: unknown source "kst-onbekend"',
    );
  });

  it('a duplicate sector/year/metric', () => {
    const dir = plant('figures.json', (figs: Figure[]) => {
      figs.push(structuredClone(findIn(figs, 'politie', 2024, 'realisatie')));
    });
    expect(checkDataset(loadDataset(dir), { dir })).toEqual([
      `${dir}/figures.json: politie 2024 realisatie: duplicate sector/year/period/metric`,
    ]);
  });

  it('a count metric with "%" and a percentage metric in fta', () => {
    const d = edited((x) => {
      findIn(x.figures, 'hbo', 2024, 'realisatie').unit = '%';
      findIn(x.figures, 'hbo', 2024, 'percentage').unit = 'fta';
    });
    expect(checkDataset(d)).toEqual([
      "data/figures.json: hbo 2024 realisatie: unit: count metric cannot use '%'",
      "data/figures.json: hbo 2024 percentage: unit: percentage metric must use '%', found 'fta'",
    ]);
  });

  it('a missing unit or a value of the wrong type: zod names file, record and field', () => {
    const noUnit = plant('figures.json', (figs: Figure[]) => {
      delete (findIn(figs, 'politie', 2024, 'realisatie') as Partial<Figure>).unit;
    });
    expect(loadError(noUnit)).toMatch(
      new RegExp(`${noUnit}/figures\\.json: figures\\[\\d+\\] \\(politie 2024 realisatie\\): unit: Required`),
    );
    const text = plant('figures.json', (figs: Figure[]) => {
      (findIn(figs, 'politie', 2024, 'realisatie') as unknown as { value: string }).value = '489';
    });
    expect(loadError(text)).toMatch(
      /figures\.json: figures\[\d+\] \(politie 2024 realisatie\): value: Expected number, received string/,
    );
  });

  it('a derived value without a reason', () => {
    const d = edited((x) => {
      findIn(x.figures, 'ocw', 2024, 'binnenwerk', '2024Q4').derived = ' ';
    });
    expect(checkDataset(d)).toEqual(['data/figures.json: ocw 2024Q4 binnenwerk: derived: a reason is required']);
  });

  it('a conflict whose reported value is not the figure', () => {
    const d = edited((x) => {
      x.conflicts.find((c) => c.id === 'politie-2024-percentage')!.reported = 68.5;
    });
    const problems = checkDataset(d);
    expect(problems).toContain(
      'data/conflicts.json: politie-2024-percentage: reported 68,5 but figures.json holds 68,4 for politie 2024 percentage',
    );
  });

  it('a conflict about a figure that does not exist', () => {
    const d = edited((x) => {
      x.conflicts[0]!.year = 2019;
    });
    expect(checkDataset(d)).toContain(
      'data/conflicts.json: waterschappen-2023-percentage: no figure waterschappen 2019 percentage in figures.json',
    );
  });

  it('a value that differs from the fragment it was read from', () => {
    const d = edited((x) => {
      findIn(x.figures, 'umc', 2024, 'detacheringen').value = 45;
      findIn(x.figures, 'provincies', 2020, 'organisaties_totaal').value = 11;
    });
    expect(checkDataset(d)).toEqual([
      'data/figures.json: umc 2024 detacheringen: value 45 does not occur in ref.quote "gaat het in 2024 om 54 detacheringen"',
      'data/figures.json: provincies 2020 organisaties_totaal: value 11 does not occur in ref.quote "twee projectleiders uit twee van de twaalf provincies"',
    ]);
  });

  it('a quote that is not in the source', () => {
    const d = edited((x) => {
      x.figures = [
        findIn(x.figures, 'politie', 2024, 'stijging_gemeld'),
        findIn(x.figures, 'politie', 2024, 'realisatie_inhuur'),
      ];
      x.figures[0]!.ref.quote = 'een stijging van 201 banen';
      x.conflicts = [];
      x.context = [];
      x.notes = [];
    });
    expect(d.figures[1]!.ref.quote).toBe('61 fta via inhuur');
    const texts = new Map([
      ['kst-34352-348', 'Het aantal banen laat een stijgende lijn zien van 102 banen; 61 fta\nvia   inhuur.'],
    ]);
    expect(checkQuotes(d, texts)).toEqual([
      'data/figures.json: politie 2024 stijging_gemeld: quote not found in source "kst-34352-348": "een stijging van 201 banen"',
    ]);
  });

  it('invalid JSON', () => {
    const dir = plant('figures.json', () => undefined);
    writeFileSync(join(dir, 'figures.json'), '[{"sector": "politie",');
    expect(loadError(dir)).toMatch(new RegExp(`${dir}/figures\\.json: invalid JSON`));
  });
});

describe('npm run data:check (CLI)', () => {
  it('passes on the real dataset: coverage table and OK line, exit 0', () => {
    const r = cli();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: \d+ figures, 3 conflicts, \d+ context facts, \d+ notes, 5 sources, \d+ metrics/m);
    expect(r.stdout).toContain('waterschappen');
  });

  it('fails on a planted error, printing the precise problem to stderr', () => {
    const dir = plant('figures.json', (figs: Figure[]) => {
      findIn(figs, 'fin', 2024, 'realisatie', '2024Q4').value = 1706;
    });
    const r = cli('--dir', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${dir}/figures.json: rijk 2024 realisatie: ministries add up to 5.178 but the Rijk total is 5.078`,
    );
    expect(r.stdout).not.toContain('OK:');
  });

  it('fails on invalid JSON with the file named, and on unknown options with exit 2', () => {
    const dir = plant('conflicts.json', () => undefined);
    writeFileSync(join(dir, 'conflicts.json'), '{oops');
    const r = cli('--dir', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/conflicts.json: invalid JSON`);
    const bad = cli('--directory', dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Gebruik: data-check');
  });
});
