// The figures as the sources print them: a broad, exact sample from every source document,
// the Rijk per-ministry table with its OCR repairs, and the recorded conflicts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { formatNumber } from '../../src/domain/format.js';
import { type Figure, MINISTRY_IDS, SECTOR_IDS, type Unit } from '../../src/domain/model.js';

const data = loadDataset();

const SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));
/** Full text of every source document, whitespace collapsed, by source id. */
const sourceText = new Map(
  data.sources.map((s) => [s.id, readFileSync(SOURCES_DIR + s.file, 'utf8').replace(/\s+/g, ' ')]),
);

function find(sector: string, year: number, metric: string, period?: string): Figure {
  const found = data.figures.filter(
    (f) => f.sector === sector && f.year === year && f.metric === metric && f.period === period,
  );
  expect(found, `${sector} ${period ?? year} ${metric}`).toHaveLength(1);
  return found[0]!;
}

type Row = [sector: string, year: number, metric: string, value: number, unit: Unit, source: string];

const K348 = 'kst-34352-348';
const K328 = 'kst-34352-328';
const KB21 = 'kamerbrief-2021';
const KB25 = 'kamerbrief-2025';
const AJ15 = 'aanjager-2015';

describe('sector tables, 2024 (nr. 348)', () => {
  const rows: Row[] = [
    ['rijk', 2024, 'doel', 5994, 'fta', K348],
    ['rijk', 2024, 'realisatie', 5078, 'fta', K348],
    ['rijk', 2024, 'percentage', 85, '%', K348],
    ['defensie', 2024, 'realisatie', 595.4, 'fta', K348],
    ['defensie', 2024, 'percentage', 66.2, '%', K348],
    ['gemeenten', 2024, 'doel', 5540, 'fta', K348],
    ['gemeenten', 2024, 'percentage', 109.2, '%', K348],
    ['provincies', 2024, 'doel', 470.6, 'fta', K348],
    ['waterschappen', 2024, 'doel', 602.8, 'fta', K348],
    ['waterschappen', 2024, 'realisatie', 330.5, 'fta', K348],
    ['politie', 2024, 'doel', 713, 'fta', K348],
    ['politie', 2024, 'realisatie', 489, 'fta', K348],
    ['politie', 2024, 'percentage', 68.4, '%', K348],
    ['umc', 2024, 'percentage', 22.9, '%', K348],
    ['po', 2024, 'realisatie', 1372, 'fta', K348],
    ['vo', 2024, 'realisatie', 750, 'fta', K348],
    ['hbo', 2024, 'doel', 1668, 'fta', K348],
    ['wo', 2024, 'doel', 2716, 'fta', K348],
    ['onderzoeksinstellingen', 2024, 'doel', 125.9, 'fta', K348],
    ['onderzoeksinstellingen', 2024, 'realisatie', 51.4, 'fta', K348],
  ];
  it.each(rows)('%s %i %s = %d %s', (sector, year, metric, value, unit, source) => {
    const f = find(sector, year, metric);
    expect([f.value, f.unit, f.ref.source]).toEqual([value, unit, source]);
  });

  it('has doel, realisatie and percentage for all 13 sectors in 2023 and 2024', () => {
    // The ids themselves are pinned by hand in test/domain/figures.test.ts (scopes) and test/nlu/support.ts.
    expect(SECTOR_IDS).toHaveLength(13);
    for (const s of SECTOR_IDS)
      for (const y of [2023, 2024]) for (const m of ['doel', 'realisatie', 'percentage']) find(s, y, m);
  });

  it('marks mbo figures as approximate ("+/-"), the hbo ones not', () => {
    for (const m of ['doel', 'realisatie', 'percentage']) {
      expect(find('mbo', 2024, m).approximate).toBe(true);
      expect(find('mbo', 2023, m).approximate).toBe(true);
      expect(find('hbo', 2024, m).approximate).toBeUndefined();
    }
    expect(find('mbo', 2024, 'realisatie').value).toBe(706);
    expect(find('mbo', 2023, 'doel').value).toBe(1900);
  });
});

describe('2023 and 2022 figures (nr. 328), with nr. 348 as second source', () => {
  const rows: Row[] = [
    ['rijk', 2023, 'doel', 5637, 'fta', K328],
    ['rijk', 2023, 'percentage', 80, '%', K328],
    ['defensie', 2023, 'realisatie', 508.5, 'fta', K328],
    ['defensie', 2023, 'percentage', 61.9, '%', K328],
    ['gemeenten', 2023, 'realisatie', 6320, 'fta', K328],
    ['gemeenten', 2023, 'percentage', 120.4, '%', K328],
    ['waterschappen', 2023, 'percentage', 56.6, '%', K328],
    ['politie', 2023, 'realisatie', 387, 'fta', K328],
    ['umc', 2023, 'doel', 2483, 'fta', K328],
    ['po', 2023, 'doel', 5845, 'fta', K328],
    ['wo', 2023, 'realisatie', 1040, 'fta', K328],
    ['onderzoeksinstellingen', 2023, 'percentage', 44, '%', K328],
    ['rijk', 2022, 'percentage', 74, '%', K328],
    ['gemeenten', 2022, 'realisatie', 6490, 'banen', K328],
    ['provincies', 2022, 'doel', 416.4, 'fta', K328],
    ['provincies', 2022, 'realisatie', 370.4, 'fta', K328],
    ['waterschappen', 2022, 'percentage', 62.4, '%', K328],
    ['mbo', 2022, 'percentage', 44, '%', K328],
    ['mbo', 2021, 'percentage', 35, '%', K328],
    ['hbo', 2022, 'percentage', 37, '%', K328],
    ['wo', 2022, 'realisatie', 963, 'fta', K328],
    ['wo', 2022, 'percentage', 41.5, '%', K328],
    ['onderzoeksinstellingen', 2022, 'percentage', 52.6, '%', K328],
  ];
  it.each(rows)('%s %i %s = %d %s', (sector, year, metric, value, unit, source) => {
    const f = find(sector, year, metric);
    expect([f.value, f.unit, f.ref.source]).toEqual([value, unit, source]);
  });

  it('keeps one 2023 record citing nr. 328 and lists nr. 348 in alsoIn', () => {
    const f = find('politie', 2023, 'percentage');
    expect(f.ref).toMatchObject({ source: K328, section: 'Politie — Cijfermatige realisatie 2023' });
    expect(f.alsoIn?.map((r) => r.source)).toContain(K348);
    expect(find('gemeenten', 2023, 'percentage').alsoIn?.map((r) => r.source)).toEqual([K348]);
  });
});

describe('inkoop / SROI', () => {
  const rows: Row[] = [
    ['defensie', 2023, 'inkoop', 235.8, 'fta', K328],
    ['defensie', 2024, 'inkoop', 230.9, 'fta', K348],
    ['defensie', 2024, 'percentage_incl_inkoop', 91.9, '%', K348],
    ['defensie', 2023, 'percentage_incl_inkoop', 90.5, '%', K328],
    ['po', 2023, 'inkoop', 130, 'banen', K328],
    ['po', 2024, 'inkoop', 184, 'banen', K348],
    ['po', 2024, 'percentage_incl_inkoop', 27, '%', K348],
    ['po', 2023, 'percentage_incl_inkoop', 24, '%', K328],
    ['vo', 2023, 'inkoop', 273, 'banen', K328],
    ['vo', 2024, 'inkoop', 668, 'banen', K348],
    ['vo', 2024, 'percentage_incl_inkoop', 37, '%', K348],
    ['vo', 2023, 'percentage_incl_inkoop', 29, '%', K328],
    ['hbo', 2024, 'realisatie_incl_inkoop', 605, 'fta', K348],
    ['hbo', 2024, 'percentage_incl_inkoop', 36, '%', K348],
    ['hbo', 2023, 'inkoop', 114, 'banen', K328],
    ['wo', 2024, 'realisatie_incl_inkoop', 1207, 'fta', K348],
    ['wo', 2024, 'percentage_incl_inkoop', 44, '%', K348],
    ['wo', 2023, 'percentage_incl_inkoop', 46, '%', K328],
    ['wo', 2023, 'inkoop', 115, 'fta', K328],
  ];
  it.each(rows)('%s %i %s = %d %s', (sector, year, metric, value, unit, source) => {
    const f = find(sector, year, metric);
    expect([f.value, f.unit, f.ref.source]).toEqual([value, unit, source]);
  });

  it('marks the "ongeveer" inkoop figures of nr. 328 as approximate, the 2024 ones not', () => {
    expect(find('po', 2023, 'inkoop').approximate).toBe(true);
    expect(find('vo', 2023, 'inkoop').approximate).toBe(true);
    expect(find('po', 2024, 'inkoop').approximate).toBeUndefined();
  });
});

describe('contract types and other per-sector facts', () => {
  const rows: Row[] = [
    ['waterschappen', 2024, 'aandeel_vast', 52.9, '%', K348],
    ['waterschappen', 2024, 'aandeel_tijdelijk', 22.8, '%', K348],
    ['waterschappen', 2024, 'aandeel_inhuur', 24.3, '%', K348],
    ['waterschappen', 2023, 'aandeel_vast', 59, '%', K328],
    ['hbo', 2024, 'aandeel_vast', 67.3, '%', K348],
    ['hbo', 2024, 'aandeel_tijdelijk', 14.7, '%', K348],
    ['hbo', 2024, 'aandeel_inhuur_en_inkoop', 17.9, '%', K348],
    ['politie', 2024, 'realisatie_vast', 249, 'fta', K348],
    ['politie', 2024, 'realisatie_tijdelijk', 179, 'fta', K348],
    ['politie', 2024, 'realisatie_inhuur', 61, 'fta', K348],
    ['politie', 2023, 'realisatie_inhuur', 100, 'fta', K328],
    ['umc', 2024, 'detacheringen', 54, 'aantal', K348],
    ['umc', 2023, 'detacheringen', 42, 'aantal', K328],
    ['umc', 2023, 'organisaties_gerapporteerd', 7, 'aantal', K328],
    ['po', 2024, 'aandeel_organisaties_met_werknemers', 51, '%', K348],
    ['po', 2024, 'aandeel_organisaties_met_acties', 42, '%', K348],
    ['vo', 2023, 'aandeel_organisaties_met_werknemers', 65.9, '%', K328],
    ['vo', 2024, 'aandeel_organisaties_met_acties', 62, '%', K348],
    ['mbo', 2024, 'organisaties_jaarverslag', 44, 'aantal', K348],
    ['rijk', 2024, 'stijging_gemeld', 561, 'banen', K348],
    ['gemeenten', 2024, 'daling_gemeld', 269, 'banen', K348],
    ['gemeenten', 2023, 'daling_gemeld', 170, 'banen', K328],
    ['politie', 2024, 'stijging_gemeld', 102, 'banen', K348],
    ['provincies', 2023, 'stijging_gemeld', 25.1, 'fta', K328],
    ['gemeenten', 2024, 'quotumpercentage', 2.76, '%', K348],
    ['gemeenten', 2024, 'personeelsomvang', 200750, 'fte', K348],
    ['po', 2023, 'percentage_ondersteunend', 83, '%', KB25],
  ];
  it.each(rows)('%s %i %s = %d %s', (sector, year, metric, value, unit, source) => {
    const f = find(sector, year, metric);
    expect([f.value, f.unit, f.ref.source]).toEqual([value, unit, source]);
  });

  it('keeps the politie stand of 1 February 2023 apart from the year figure', () => {
    const f = find('politie', 2023, 'realisatie_peildatum', '2023Q1');
    expect([f.value, f.unit]).toEqual([426, 'fta']);
    expect(find('politie', 2023, 'realisatie').value).toBe(387);
  });
});

describe('older letters: 2020 in "banen" (kamerbrief 2021) and 2015 (Aanjager)', () => {
  const rows: Row[] = [
    ['provincies', 2020, 'doel', 331, 'banen', KB21],
    ['provincies', 2020, 'realisatie', 341, 'banen', KB21],
    ['gemeenten', 2020, 'realisatie', 5500, 'banen', KB21],
    ['waterschappen', 2020, 'realisatie', 262, 'banen', KB21],
    ['waterschappen', 2020, 'percentage', 61.3, '%', KB21],
    ['rijk', 2020, 'doel', 4072, 'banen', KB21],
    ['rijk', 2020, 'realisatie', 2663, 'banen', KB21],
    ['rijk', 2020, 'percentage', 65, '%', KB21],
    ['rijk', 2019, 'percentage', 59, '%', KB21],
    ['defensie', 2020, 'doel', 633, 'banen', KB21],
    ['defensie', 2020, 'realisatie', 346, 'banen', KB21],
    ['defensie', 2020, 'inkoop', 210, 'banen', KB21],
    ['defensie', 2020, 'realisatie_incl_inkoop', 556, 'banen', KB21],
    ['defensie', 2020, 'percentage_incl_inkoop', 88, '%', KB21],
    ['politie', 2019, 'realisatie', 297, 'banen', KB21],
    ['politie', 2020, 'realisatie', 413, 'banen', KB21],
    ['politie', 2021, 'realisatie', 663, 'banen', KB21],
    ['hbo', 2020, 'realisatie', 408, 'banen', KB21],
    ['wo', 2020, 'realisatie', 870, 'banen', KB21],
    ['wo', 2020, 'percentage', 53, '%', KB21],
    ['onderzoeksinstellingen', 2020, 'realisatie', 51, 'banen', KB21],
    ['umc', 2020, 'realisatie', 596, 'banen', KB21],
    ['umc', 2020, 'inkoop', 63, 'banen', KB21],
    ['umc', 2020, 'realisatie_incl_inkoop', 659, 'banen', KB21],
    ['defensie', 2015, 'doel', 62, 'banen', AJ15],
  ];
  it.each(rows)('%s %i %s = %d %s', (sector, year, metric, value, unit, source) => {
    const f = find(sector, year, metric);
    expect([f.value, f.unit, f.ref.source]).toEqual([value, unit, source]);
  });
});

describe('Rijk per ministry, 2024Q4 (Bijlage 1, Tabel 1)', () => {
  const P = '2024Q4';
  const table: [
    id: string,
    doel: number,
    formeel: number,
    binnenwerk: number,
    inleen: number,
    totaal: number,
    pct: number,
  ][] = [
    ['az', 20, 8, 7, 0, 15, 78],
    ['bz', 138, 44, 54, 0, 99, 72],
    ['bzk', 561, 288, 208, 7, 502, 89],
    ['ezk', 440, 237, 130, 0, 367, 83],
    ['fin', 1498, 1307, 139, 160, 1606, 107],
    ['ienw', 626, 401, 3, 0, 403, 64],
    ['jenv', 986, 586, 302, 70, 958, 97],
    ['lnv', 167, 121, 54, 0, 175, 105],
    ['ocw', 247, 183, 66, 0, 249, 101],
    ['szw', 194, 196, 16, 0, 212, 109],
    ['vws', 264, 105, 91, 27, 223, 84],
    ['hcvs', 75, 58, 14, 5, 77, 102],
    ['rechtspraak', 359, 156, 0, 37, 192, 54],
  ];
  it.each(table)('%s: %d / %d / %d / %d / %d / %d%%', (id, ...values) => {
    const metrics = ['doel', 'formeel_excl_binnenwerk', 'binnenwerk', 'inleen', 'realisatie', 'percentage'];
    expect(metrics.map((m) => find(id, 2024, m, P).value)).toEqual(values);
    expect(metrics.map((m) => find(id, 2024, m, P).unit)).toEqual(['fta', 'fta', 'fta', 'fta', 'fta', '%']);
  });

  it('marks exactly the reconstructed cells as derived, each with a reason', () => {
    const derived = data.figures
      .filter((f) => f.derived)
      .map((f) => `${f.sector} ${f.metric} ${f.value}`)
      .sort();
    expect(derived).toEqual([
      'az inleen 0',
      'bz inleen 0',
      'bzk percentage 89',
      'ezk inleen 0',
      'ezk percentage 83',
      'hcvs realisatie 77',
      'ienw percentage 64',
      'lnv inleen 0',
      'ocw binnenwerk 66',
      'rechtspraak binnenwerk 0',
      'szw inleen 0',
      'vws percentage 84',
    ]);
    expect(find('ezk', 2024, 'percentage', P).derived).toContain('Ba%');
    expect(find('fin', 2024, 'percentage', P).derived).toBeUndefined();
  });

  it('holds the Totaal Rijk row and the 418 doelbanen not yet allocated to ministries', () => {
    expect(find('rijk', 2024, 'formeel_excl_binnenwerk', P).value).toBe(3689);
    expect(find('rijk', 2024, 'binnenwerk', P).value).toBe(1085);
    expect(find('rijk', 2024, 'inleen', P).value).toBe(305);
    expect(find('rijk', 2024, 'doel_niet_toegerekend', P).value).toBe(418);
    expect(find('rijk', 2024, 'realisatie').alsoIn?.[0]?.section).toBe('Bijlage 1, Tabel 1 (2024Q4) — Totaal Rijk');
  });

  it('has Binnenwerk growing from 870 to 1.085 banen', () => {
    expect([find('binnenwerk', 2023, 'realisatie').value, find('binnenwerk', 2024, 'realisatie').value]).toEqual([
      870, 1085,
    ]);
    expect(find('binnenwerk', 2024, 'realisatie').unit).toBe('banen');
  });
});

describe('conflicts', () => {
  const conflict = (id: string) => data.conflicts.find((c) => c.id === id);

  it('records waterschappen 2023: table 56,6% against 59,6% in the text', () => {
    expect(conflict('waterschappen-2023-percentage')).toMatchObject({
      sector: 'waterschappen',
      year: 2023,
      metric: 'percentage',
      kind: 'percentage_mismatch',
      reported: 56.6,
      other: 59.6,
      explanation: 'De tabel meldt 56,6%; de tekst noemt 329,4 van 552,3 fta (59,6%).',
    });
  });

  it('records politie 2024: 68,4% printed, 489 of 713 fta is 68,6%', () => {
    expect(conflict('politie-2024-percentage')).toMatchObject({
      reported: 68.4,
      other: 68.6,
      kind: 'percentage_mismatch',
    });
  });

  it('records hbo 2023 incl. SROI: 36,6% printed, (498 + 114) / 1.685 is 36,3%', () => {
    expect(conflict('hbo-2023-percentage-incl-inkoop')).toMatchObject({
      metric: 'percentage_incl_inkoop',
      reported: 36.6,
      other: 36.3,
    });
  });

  it('every conflict has a one-sentence Dutch explanation and the figure it names holds the reported value', () => {
    for (const c of data.conflicts) {
      expect(c.explanation).toMatch(/^[A-Z].*\.$/);
      expect(find(c.sector, c.year, c.metric).value).toBe(c.reported);
    }
  });
});

describe('metrics', () => {
  it('keeps the six metric ids others depend on', () => {
    const ids = data.metrics.map((m) => m.id);
    for (const id of ['doel', 'realisatie', 'percentage', 'inkoop', 'realisatie_incl_inkoop', 'percentage_incl_inkoop'])
      expect(ids).toContain(id);
  });

  it('defines every metric a figure uses, with a Dutch label', () => {
    const ids = new Set(data.metrics.map((m) => m.id));
    expect(data.figures.filter((f) => !ids.has(f.metric))).toEqual([]);
    expect(data.metrics.find((m) => m.id === 'detacheringen')?.label).toBe('detacheringen');
  });
});

// A second, independent reading of every figure against the five source documents. Each test
// pins an error that reading found, so it cannot come back.
describe('second reading (data audit)', () => {
  /** The number tokens of a quote ("5.078" → 5078, "508,5" → 508.5). */
  const numbersIn = (quote: string) =>
    (quote.match(/\d[\d.]*(,\d+)?/g) ?? []).map((n) => Number(n.replace(/\./g, '').replace(',', '.')));

  it('names in alsoIn only sources that print the same value, not a rounded one', () => {
    const wrong = data.figures.flatMap((f) =>
      (f.alsoIn ?? [])
        .filter((r) => r.quote !== undefined && !numbersIn(r.quote).includes(f.value))
        .map((r) => `${f.sector} ${f.year} ${f.metric} ${formatNumber(f.value, 2)}: ${r.source} "${r.quote}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('does not cite the rounded 120/86 procent (Kamerbrief 2025) or 54%/68% and 66%/54% (nr. 348) as the same value', () => {
    const cites = (sector: string, year: number, metric: string) =>
      (find(sector, year, metric).alsoIn ?? []).map((r) => `${r.source} ${r.section}`);
    expect(cites('gemeenten', 2023, 'percentage')).toEqual([`${K348} Gemeenten — Cijfermatige realisatie`]);
    expect(cites('provincies', 2023, 'percentage')).toEqual([`${K348} Provincies — Cijfermatige realisatie`]);
    expect(cites('politie', 2023, 'percentage')).toEqual([`${K348} Politie — Cijfermatige realisatie`]);
    expect(cites('politie', 2024, 'percentage')).toEqual([]);
    expect(cites('vo', 2023, 'aandeel_organisaties_met_werknemers')).toEqual([]);
    expect(cites('vo', 2023, 'aandeel_organisaties_met_acties')).toEqual([]);
    expect(find('rijk', 2023, 'percentage').alsoIn?.map((r) => r.source)).toContain(KB25);
  });

  it('never counts more organisations with and without data than the sector has (mbo 2024: 44 name it in the jaarverslag, 14 of 51 have no data)', () => {
    const over = data.figures
      .filter((f) => f.metric === 'organisaties_totaal')
      .flatMap((t) => {
        const get = (metric: string) =>
          data.figures.find((f) => f.sector === t.sector && f.year === t.year && f.metric === metric)?.value ?? 0;
        const sum = get('organisaties_gerapporteerd') + get('organisaties_zonder_gegevens');
        return sum > t.value ? [`${t.sector} ${t.year}: ${sum} > ${t.value}`] : [];
      });
    expect(over).toEqual([]);
    expect(data.metrics.find((m) => m.id === 'organisaties_jaarverslag')?.label).toBe(
      'aantal organisaties dat de banenafspraak in het jaarverslag noemt',
    );
  });

  /** Does the figure's own passage (1.000 characters around its quote) print its value with "+/-", "circa", "ongeveer" or "ruim" in front? */
  const qualifiedInSource = (f: Figure) => {
    const text = sourceText.get(f.ref.source)!;
    const at = text.indexOf((f.ref.quote ?? '').replace(/\s+/g, ' '));
    if (!f.ref.quote || at < 0) return false;
    const passage = text.slice(Math.max(0, at - 1000), at + 1000);
    const shown = f.unit === '%' ? `${formatNumber(f.value, 2)}%` : formatNumber(f.value, 2);
    const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(\\+/-|circa|ongeveer|ruim) ${escaped}(?![\\d,])`).test(passage);
  };

  it('marks a figure approximate exactly when its source qualifies it ("+/-", "circa", "ongeveer", "ruim")', () => {
    const label = (f: Figure) => `${f.sector} ${f.year} ${f.metric} ${formatNumber(f.value, 2)}`;
    expect(data.figures.filter((f) => qualifiedInSource(f) && !f.approximate).map(label)).toEqual([]);
    expect(data.figures.filter((f) => f.approximate && !qualifiedInSource(f)).map(label)).toEqual([]);
  });

  it('has po and vo 2023 as "ongeveer" (nr. 328): ongeveer 1.290 and 840 banen, ongeveer 22%', () => {
    for (const s of ['po', 'vo'])
      for (const m of ['realisatie', 'percentage', 'inkoop', 'percentage_incl_inkoop']) {
        expect(find(s, 2023, m).approximate, `${s} 2023 ${m}`).toBe(true);
      }
    for (const s of ['po', 'vo'])
      for (const m of ['doel', 'realisatie', 'percentage']) {
        expect(find(s, 2024, m).approximate, `${s} 2024 ${m}`).toBeUndefined();
      }
    expect(find('po', 2023, 'doel').approximate).toBeUndefined();
  });

  describe('Bijlage 1, Tabel 1: recomputed row and column sums', () => {
    const P = '2024Q4';
    // Every ministry of Bijlage 1; the sums below are the table's own printed totals.
    const column = (metric: string) => MINISTRY_IDS.reduce((acc, m) => acc + find(m, 2024, metric, P).value, 0);

    it("adds up the columns to the Totaal Rijk row within the table's rounding", () => {
      expect(column('doel') + find('rijk', 2024, 'doel_niet_toegerekend', P).value).toBe(5575 + 418); // 5.993 ≈ 5.994
      expect(column('formeel_excl_binnenwerk')).toBe(3690); // ≈ 3.689
      expect(column('binnenwerk')).toBe(1084); // ≈ 1.085; with the printed 56 for OCW it would be 1.074
      expect(column('inleen')).toBe(306); // ≈ 305
      expect(column('realisatie')).toBe(5078); // exactly, with 77 for HCvS
    });

    it('reads OCW Binnenwerk as 66, not the printed 56: only 66 fits both its row and the column', () => {
      const ocw = find('ocw', 2024, 'binnenwerk', P);
      expect(ocw.value).toBe(
        find('ocw', 2024, 'realisatie', P).value -
          find('ocw', 2024, 'formeel_excl_binnenwerk', P).value -
          find('ocw', 2024, 'inleen', P).value,
      );
      expect(column('binnenwerk') - ocw.value + 56).toBe(1074);
      expect(ocw.derived).toContain('1.084 ≈ 1.085');
    });

    it('argues BZ inleen 0 with the true sum of the other inleen cells (306)', () => {
      expect(column('inleen') - find('bz', 2024, 'inleen', P).value).toBe(306);
      expect(find('bz', 2024, 'inleen', P).derived).toContain('306 bij een totaal van 305');
    });

    it('gives every reconstructed percentage its exact division and rounding, never "gedrukt als" for a value that was not printed', () => {
      const derived = data.figures.filter((f) => f.period === P && f.metric === 'percentage' && f.derived);
      expect(derived.map((f) => f.sector).sort()).toEqual(['bzk', 'ezk', 'ienw', 'vws']);
      for (const f of derived) {
        const r = find(f.sector, 2024, 'realisatie', P).value;
        const d = find(f.sector, 2024, 'doel', P).value;
        const pct = (r / d) * 100;
        expect(Math.round(pct), f.sector).toBe(f.value);
        expect(f.derived, f.sector).toContain(
          `${formatNumber(r)} / ${formatNumber(d)} = ${formatNumber(pct, 2)}%, afgerond ${f.value}%`,
        );
      }
      expect(
        data.figures
          .filter((f) => f.derived && new RegExp(`gedrukt als "?${f.value}\\b`).test(f.derived))
          .map((f) => f.sector),
      ).toEqual([]);
    });
  });
});
