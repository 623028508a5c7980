// Domain computations on small hand-made rows (every branch) and on the real dataset (the
// figures the letters print): gap, change, trend, projection, ranking, filters, totals, inkoop.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import {
  change,
  clean,
  direction,
  gap,
  goalMet,
  inclInkoop,
  meets,
  percentageOf,
  projection,
  rank,
  rankValue,
  realisationPercentage,
  total,
  trend,
} from '../../src/domain/compute.js';
import { indexFigures, type Quantity, type YearRow } from '../../src/domain/figures.js';
import type { EntityId, Unit } from '../../src/domain/model.js';

function q(metric: string, value: number, unit: Unit = 'fta', extra: Partial<Quantity> = {}): Quantity {
  return { sector: 'politie', year: 2024, metric, value, unit, sources: ['src-a'], ...extra };
}

function row(
  year: number,
  figures: {
    doel?: number;
    realisatie?: number;
    percentage?: number;
    unit?: Unit;
    approximate?: boolean;
    sector?: EntityId;
    other?: Record<string, Quantity>;
  },
): YearRow {
  const unit = figures.unit ?? 'fta';
  const sector = figures.sector ?? 'politie';
  const extra = { year, sector, ...(figures.approximate ? { approximate: true } : {}) };
  const r: YearRow = { sector, year, other: figures.other ?? {} };
  if (figures.doel !== undefined) r.doel = q('doel', figures.doel, unit, extra);
  if (figures.realisatie !== undefined)
    r.realisatie = q('realisatie', figures.realisatie, unit, { ...extra, sources: ['src-b'] });
  if (figures.percentage !== undefined) r.percentage = q('percentage', figures.percentage, '%', extra);
  return r;
}

describe('clean', () => {
  it('removes floating-point noise but keeps printed decimals', () => {
    expect(595.4 - 508.5).not.toBe(86.9);
    expect(clean(595.4 - 508.5)).toBe(86.9);
    expect(clean(125.9)).toBe(125.9);
  });
});

describe('gap', () => {
  it('politie 2024: 713 − 489 = 224 fta short, 31,4% of the goal, says how', () => {
    const g = gap(q('doel', 713), q('realisatie', 489));
    expect(g.kind).toBe('short');
    if (g.kind !== 'short') return;
    expect(g.gap.value).toBe(224);
    expect(g.gap.unit).toBe('fta');
    expect(g.gap.how).toBe('doel 2024 − realisatie 2024');
    expect(g.gap.sources).toEqual(['src-a']);
    expect(g.share.value).toBeCloseTo(31.416, 2);
    expect(g.share.unit).toBe('%');
    expect(g.share.how).toContain('/ doel 2024');
  });

  it('gemeenten 2024: realisatie above doel is "above" with a positive surplus of 511 fta', () => {
    const g = gap(q('doel', 5540), q('realisatie', 6051));
    expect(g.kind).toBe('above');
    if (g.kind !== 'above') return;
    expect(g.surplus.value).toBe(511);
    expect(g.surplus.how).toBe('realisatie 2024 − doel 2024');
    expect(g.share.value).toBeCloseTo(9.224, 2);
  });

  it('exactly on the goal is "above" with surplus 0', () => {
    const g = gap(q('doel', 100), q('realisatie', 100));
    expect(g).toMatchObject({ kind: 'above', surplus: { value: 0 } });
  });

  it('refuses to subtract banen from fta', () => {
    expect(gap(q('doel', 713, 'banen'), q('realisatie', 489, 'fta'))).toEqual({
      kind: 'unit_mismatch',
      units: ['banen', 'fta'],
    });
  });

  it('an approximate input makes the gap approximate', () => {
    const g = gap(q('doel', 1929, 'fta', { approximate: true }), q('realisatie', 706));
    expect(g.kind === 'short' && g.gap.approximate).toBe(true);
    expect(g.kind === 'short' && g.gap.value).toBe(1223);
  });

  it('keeps decimals: defensie 2024 899 − 595,4 = 303,6', () => {
    const g = gap(q('doel', 899), q('realisatie', 595.4));
    expect(g.kind === 'short' && g.gap.value).toBe(303.6);
  });
});

describe('percentageOf and realisationPercentage', () => {
  it('prefers the printed percentage', () => {
    const r = row(2024, { doel: 713, realisatie: 489, percentage: 68.4 });
    expect(realisationPercentage(r)).toBe(r.percentage);
  });
  it('computes realisatie / doel × 100 when none is printed, and says so', () => {
    const p = realisationPercentage(row(2020, { doel: 4072, realisatie: 2663, unit: 'banen' }));
    expect(p?.value).toBeCloseTo(65.398, 2);
    expect(p?.metric).toBe('percentage');
    expect(p?.how).toBe('realisatie 2020 / doel 2020 × 100');
  });
  it('is undefined without a doel, or with a doel of 0', () => {
    expect(realisationPercentage(row(2019, { realisatie: 297, unit: 'banen' }))).toBeUndefined();
    expect(realisationPercentage(row(2019, { doel: 0, realisatie: 5 }))).toBeUndefined();
  });
  it('percentageOf refuses mixed units', () => {
    expect(percentageOf(q('a', 1, 'banen'), q('b', 2, 'fta'))).toMatchObject({ kind: 'unit_mismatch' });
  });
});

describe('change', () => {
  it('politie 2023 → 2024: +102 fta and +14,1 procentpunt, each saying how', () => {
    const c = change(
      row(2023, { doel: 713, realisatie: 387, percentage: 54.3 }),
      row(2024, { doel: 713, realisatie: 489, percentage: 68.4 }),
    );
    expect(c.absolute?.value).toBe(102);
    expect(c.absolute?.how).toBe('realisatie 2024 − realisatie 2023');
    expect(c.absolute?.sources).toEqual(['src-b']);
    expect(c.points?.value).toBe(14.1);
    expect(c.points?.how).toContain('procentpunt');
    expect(c.unitMismatch).toBeUndefined();
  });
  it('gemeenten 2023 → 2024 is a fall of 269 fta', () => {
    const c = change(row(2023, { realisatie: 6320 }), row(2024, { realisatie: 6051 }));
    expect(c.absolute?.value).toBe(-269);
  });
  it('banen → fta: no absolute change, the mismatch is reported; percentage points still computed', () => {
    const c = change(
      row(2020, { realisatie: 413, doel: 600, unit: 'banen' }),
      row(2024, { realisatie: 489, doel: 713, percentage: 68.4 }),
    );
    expect(c.absolute).toBeUndefined();
    expect(c.unitMismatch).toEqual({ kind: 'unit_mismatch', units: ['banen', 'fta'] });
    expect(c.points?.value).toBeCloseTo(68.4 - (413 / 600) * 100, 4);
  });
  it('missing figures give neither change', () => {
    const c = change(row(2019, {}), row(2024, { realisatie: 489 }));
    expect(c.absolute).toBeUndefined();
    expect(c.points).toBeUndefined();
  });
  it('direction: gestegen, gedaald, gelijk, undefined', () => {
    expect(direction(row(2023, { realisatie: 1 }), row(2024, { realisatie: 2 }))).toBe('gestegen');
    expect(direction(row(2023, { realisatie: 2 }), row(2024, { realisatie: 1 }))).toBe('gedaald');
    expect(direction(row(2023, { realisatie: 2 }), row(2024, { realisatie: 2 }))).toBe('gelijk');
    expect(direction(row(2023, { realisatie: 2, unit: 'banen' }), row(2024, { realisatie: 1 }))).toBeUndefined();
  });
});

describe('trend', () => {
  it('marks the switch from banen to fta and keeps years in order', () => {
    const t = trend([
      row(2024, { realisatie: 489 }),
      row(2019, { realisatie: 297, unit: 'banen' }),
      row(2021, { realisatie: 663, unit: 'banen' }),
      row(2022, {}),
      row(2023, { realisatie: 387 }),
    ]);
    expect(t.rows.map((r) => r.year)).toEqual([2019, 2021, 2023, 2024]);
    expect(t.segments).toEqual([
      { unit: 'banen', years: [2019, 2021] },
      { unit: 'fta', years: [2023, 2024] },
    ]);
    expect(t.unitChanges).toEqual([{ year: 2023, from: 'banen', to: 'fta' }]);
  });
  it('a single-unit series has one segment and no changes', () => {
    const t = trend([row(2023, { realisatie: 1 }), row(2024, { realisatie: 2 })]);
    expect(t.segments).toHaveLength(1);
    expect(t.unitChanges).toEqual([]);
  });
  it('a row with only a percentage stays in the series without a unit', () => {
    const t = trend([row(2019, { percentage: 59 }), row(2020, { realisatie: 1, unit: 'banen' })]);
    expect(t.rows).toHaveLength(2);
    expect(t.segments).toEqual([{ unit: 'banen', years: [2020] }]);
  });
});

describe('projection', () => {
  it('politie: 224 fta short at +102 fta a year → 3 years → 2027', () => {
    const p = projection([row(2023, { doel: 713, realisatie: 387 }), row(2024, { doel: 713, realisatie: 489 })]);
    expect(p.kind).toBe('projected');
    if (p.kind !== 'projected') return;
    expect(p.growth.value).toBe(102);
    expect(p.remaining.value).toBe(224);
    expect(p.yearsNeeded.value).toBe(3);
    expect(p.targetYear.value).toBe(2027);
    expect(p.targetYear.year).toBe(2027);
    expect(p.yearsNeeded.how).toContain('doel gelijk gehouden');
  });
  it('exactly divisible growth needs no extra year', () => {
    const p = projection([row(2023, { doel: 300, realisatie: 100 }), row(2024, { doel: 300, realisatie: 200 })]);
    expect(p.kind === 'projected' && p.yearsNeeded.value).toBe(1);
  });
  it('no growth → no_growth ("niet bij dit tempo")', () => {
    const p = projection([row(2023, { doel: 3842, realisatie: 840 }), row(2024, { doel: 3842, realisatie: 750 })]);
    expect(p.kind).toBe('no_growth');
    expect(p.kind === 'no_growth' && p.growth.value).toBe(-90);
    const flat = projection([row(2023, { doel: 10, realisatie: 5 }), row(2024, { doel: 10, realisatie: 5 })]);
    expect(flat.kind).toBe('no_growth');
  });
  it('goal already reached → reached', () => {
    expect(
      projection([row(2023, { doel: 5250, realisatie: 6320 }), row(2024, { doel: 5540, realisatie: 6051 })]).kind,
    ).toBe('reached');
  });
  it('growth over a two-year gap is per year, and says so', () => {
    const p = projection([row(2021, { doel: 100, realisatie: 10 }), row(2023, { doel: 100, realisatie: 30 })]);
    expect(p.kind === 'projected' && p.growth.value).toBe(10);
    expect(p.kind === 'projected' && p.growth.how).toContain('/ 2 jaar');
  });
  it('insufficient: one year, no goal, or a unit change between the last two years', () => {
    expect(projection([row(2024, { doel: 10, realisatie: 5 })])).toMatchObject({
      kind: 'insufficient',
      reason: 'one_year',
    });
    expect(projection([])).toMatchObject({ kind: 'insufficient', reason: 'one_year' });
    expect(projection([row(2023, { realisatie: 1 }), row(2024, { realisatie: 5 })])).toMatchObject({
      kind: 'insufficient',
      reason: 'no_goal',
    });
    expect(
      projection([row(2021, { realisatie: 663, unit: 'banen' }), row(2024, { doel: 713, realisatie: 489 })]),
    ).toMatchObject({ kind: 'insufficient', reason: 'unit_mismatch' });
  });
});

describe('rank and rankValue', () => {
  const rows = {
    a: row(2024, { sector: 'gemeenten', doel: 5540, realisatie: 6051, percentage: 109.2 }),
    b: row(2024, { sector: 'politie', doel: 713, realisatie: 489, percentage: 68.4 }),
    c: row(2024, { sector: 'vo', doel: 3842, realisatie: 750, percentage: 20 }),
  };
  it('percentage high → low and low → high', () => {
    const entries = Object.values(rows).map((r) => ({ sector: r.sector, value: rankValue('percentage', r)! }));
    expect(rank(entries, 'hoog').ranked.map((e) => e.sector)).toEqual(['gemeenten', 'politie', 'vo']);
    expect(rank(entries, 'laag').ranked.map((e) => e.sector)).toEqual(['vo', 'politie', 'gemeenten']);
  });
  it('gap: largest shortfall first; above the goal is a negative gap', () => {
    const entries = Object.values(rows).map((r) => ({ sector: r.sector, value: rankValue('gap', r)! }));
    const ranked = rank(entries, 'hoog').ranked;
    expect(ranked.map((e) => [e.sector, e.value.value])).toEqual([
      ['vo', 3092],
      ['politie', 224],
      ['gemeenten', -511],
    ]);
  });
  it('stijging needs the previous year in the same unit', () => {
    expect(rankValue('stijging', rows.b, row(2023, { realisatie: 387 }))?.value).toBe(102);
    expect(rankValue('stijging', rows.b)).toBeUndefined();
    expect(rankValue('stijging', rows.b, row(2021, { realisatie: 663, unit: 'banen' }))).toBeUndefined();
  });
  it('realisatie ranks the count; missing figures give undefined', () => {
    expect(rankValue('realisatie', rows.b)?.value).toBe(489);
    expect(rankValue('realisatie', row(2024, {}))).toBeUndefined();
    expect(rankValue('gap', row(2024, { realisatie: 1 }))).toBeUndefined();
  });
  it('entries in a minority unit are set apart, not ranked with the rest', () => {
    const { ranked, otherUnit } = rank([
      { sector: 'politie', value: q('realisatie', 489) },
      { sector: 'rijk', value: q('realisatie', 5078) },
      { sector: 'defensie', value: q('realisatie', 556, 'banen') },
    ]);
    expect(ranked.map((e) => e.sector)).toEqual(['rijk', 'politie']);
    expect(otherUnit.map((e) => e.sector)).toEqual(['defensie']);
  });
  it('ties keep the input order', () => {
    const { ranked } = rank([
      { sector: 'po', value: q('p', 20, '%') },
      { sector: 'vo', value: q('p', 20, '%') },
    ]);
    expect(ranked.map((e) => e.sector)).toEqual(['po', 'vo']);
  });
});

describe('filters', () => {
  it('doel gehaald: percentage ≥ 100, or realisatie ≥ doel when no percentage', () => {
    expect(goalMet(row(2024, { percentage: 109.2 }))).toBe(true);
    expect(goalMet(row(2024, { percentage: 100 }))).toBe(true);
    expect(goalMet(row(2024, { percentage: 99.9, doel: 1, realisatie: 2 }))).toBe(false);
    expect(goalMet(row(2020, { doel: 331, realisatie: 341, unit: 'banen' }))).toBe(true);
    expect(goalMet(row(2020, { realisatie: 341 }))).toBeUndefined();
  });
  it('meets: doel_gehaald / doel_niet_gehaald / gestegen / gedaald, undefined when unknown', () => {
    const prev = row(2023, { realisatie: 6320 });
    const cur = row(2024, { realisatie: 6051, percentage: 109.2 });
    expect(meets('doel_gehaald', cur)).toBe(true);
    expect(meets('doel_niet_gehaald', cur)).toBe(false);
    expect(meets('gedaald', cur, prev)).toBe(true);
    expect(meets('gestegen', cur, prev)).toBe(false);
    expect(meets('gestegen', cur)).toBeUndefined();
    expect(meets('doel_niet_gehaald', row(2024, {}))).toBeUndefined();
  });
});

describe('total', () => {
  it('sums doel and realisatie, recomputes the percentage and records how', () => {
    const t = total(
      [
        row(2024, { sector: 'politie', doel: 713, realisatie: 489 }),
        row(2024, { sector: 'defensie', doel: 899, realisatie: 595.4 }),
      ],
      2024,
      'sectoren',
    );
    expect(t.doel?.value).toBe(1612);
    expect(t.realisatie?.value).toBe(1084.4);
    expect(t.percentage?.value).toBeCloseTo(67.27, 2);
    expect(t.percentage?.how).toBe('totale realisatie / totaal doel × 100');
    expect(t.realisatie?.how).toBe('som van 2 sectoren (realisatie)');
    expect(t.count?.value).toBe(2);
    expect(t.included).toEqual(['politie', 'defensie']);
    expect(t.approximate).toBe(false);
  });
  it('never adds banen to fta: the minority unit and incomplete rows are excluded and named', () => {
    const t = total(
      [
        row(2020, { sector: 'rijk', doel: 4072, realisatie: 2663, unit: 'banen' }),
        row(2020, { sector: 'gemeenten', doel: 5250, realisatie: 5500, unit: 'banen' }),
        row(2020, { sector: 'politie', doel: 713, realisatie: 413, unit: 'fta' }),
        row(2020, { sector: 'defensie', realisatie: 556, unit: 'banen' }),
      ],
      2020,
      'sectoren',
    );
    expect(t.unit).toBe('banen');
    expect(t.realisatie?.value).toBe(8163);
    expect(t.excluded).toEqual([
      { sector: 'politie', reason: 'andere_eenheid' },
      { sector: 'defensie', reason: 'geen_cijfers' },
    ]);
  });
  it('an approximate input (mbo +/-) makes the total approximate', () => {
    const t = total(
      [
        row(2024, { sector: 'mbo', doel: 1929, realisatie: 706, approximate: true }),
        row(2024, { sector: 'hbo', doel: 1668, realisatie: 479 }),
      ],
      2024,
      'sectoren',
    );
    expect(t.approximate).toBe(true);
    expect(t.realisatie?.approximate).toBe(true);
  });
  it('nothing to add up: no sums, everyone excluded', () => {
    const t = total([row(2024, { sector: 'po' })], 2024, 'sectoren');
    expect(t.doel).toBeUndefined();
    expect(t.excluded).toEqual([{ sector: 'po', reason: 'geen_cijfers' }]);
  });
});

describe('inclInkoop', () => {
  it('defensie 2024: 595,4 + 230,9 = 826,3 fta, printed 91,9% kept', () => {
    const r = row(2024, {
      sector: 'defensie',
      doel: 899,
      realisatie: 595.4,
      other: { inkoop: q('inkoop', 230.9), percentage_incl_inkoop: q('percentage_incl_inkoop', 91.9, '%') },
    });
    const res = inclInkoop(r);
    expect(res.inclusive?.value).toBe(826.3);
    expect(res.inclusive?.how).toBe('realisatie 2024 + inkoop 2024');
    expect(res.inclusivePercentage?.value).toBe(91.9);
    expect(res.inclusivePercentage?.how).toBeUndefined();
  });
  it('computes the inclusive percentage when not printed', () => {
    const res = inclInkoop(row(2024, { doel: 100, realisatie: 40, other: { inkoop: q('inkoop', 10) } }));
    expect(res.inclusivePercentage?.value).toBe(50);
    expect(res.inclusivePercentage?.how).toContain('/ doel 2024');
  });
  it('vo 2024: inkoop in banen is not added to realisatie in fta', () => {
    const res = inclInkoop(
      row(2024, {
        sector: 'vo',
        doel: 3842,
        realisatie: 750,
        other: { inkoop: q('inkoop', 668, 'banen'), percentage_incl_inkoop: q('percentage_incl_inkoop', 37, '%') },
      }),
    );
    expect(res.inclusive).toBeUndefined();
    expect(res.unitMismatch?.units).toEqual(['fta', 'banen']);
    expect(res.inclusivePercentage?.value).toBe(37);
  });
  it('without inkoop figures there is nothing inclusive', () => {
    expect(inclInkoop(row(2024, { doel: 1, realisatie: 1 }))).toEqual({ row: expect.anything() });
  });
});

describe('on the real dataset', () => {
  const data = loadDataset();
  const figures = indexFigures(data.figures);
  it('politie 2024 gap is 224 fta; gemeenten 2024 is above the goal', () => {
    const p = figures.row('politie', 2024);
    const g = gap(p.doel!, p.realisatie!);
    expect(g.kind === 'short' && g.gap.value).toBe(224);
    const gm = figures.row('gemeenten', 2024);
    expect(gap(gm.doel!, gm.realisatie!).kind).toBe('above');
  });
  it('the 13 ministries 2024Q4 add up to the printed Rijk realisatie of 5.078 fta', () => {
    const ministries = data.sectors.filter((s) => s.kind === 'ministerie').map((s) => figures.row(s.id, 2024));
    expect(ministries).toHaveLength(13);
    const t = total(ministries, 2024, 'ministeries');
    expect(t.realisatie?.value).toBe(figures.get('rijk', 2024, 'realisatie')?.value);
    expect(t.realisatie?.value).toBe(5078);
  });
});
