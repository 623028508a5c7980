// Figure lookup and scopes: one figure per entity/year/metric, the years an entity has, rows,
// and which entities a scope covers.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { indexFigures, quantityOf } from '../../src/domain/figures.js';
import type { Figure } from '../../src/domain/model.js';
import { scopeMembers, scopeOf } from '../../src/domain/sectors.js';

const ref = { source: 's', section: 'x' };
const fig = (f: Partial<Figure>): Figure => ({
  sector: 'politie',
  year: 2024,
  metric: 'realisatie',
  value: 1,
  unit: 'fta',
  ref,
  ...f,
});

describe('indexFigures', () => {
  const index = indexFigures([
    fig({ year: 2024, metric: 'realisatie', value: 489 }),
    fig({ year: 2024, metric: 'realisatie', value: 999 }),
    fig({ year: 2023, metric: 'doel', value: 713 }),
    fig({ year: 2019, metric: 'realisatie', value: 297, unit: 'banen' }),
    fig({ year: 2024, metric: 'inkoop', value: 5 }),
    fig({ sector: 'fin', year: 2024, period: '2024Q4', metric: 'realisatie', value: 1606 }),
    fig({ sector: 'rijk', year: 2024, period: '2024Q4', metric: 'doel', value: 1 }),
    fig({ sector: 'rijk', year: 2024, metric: 'doel', value: 5994 }),
  ]);
  it('get: the first figure listed wins; a whole-year figure beats a quarter', () => {
    expect(index.get('politie', 2024, 'realisatie')?.value).toBe(489);
    expect(index.get('rijk', 2024, 'doel')?.value).toBe(5994);
    expect(index.get('fin', 2024, 'realisatie')?.period).toBe('2024Q4');
    expect(index.get('politie', 2022, 'realisatie')).toBeUndefined();
  });
  it('years and latestYear count core metrics unless told otherwise', () => {
    expect(index.years('politie')).toEqual([2019, 2023, 2024]);
    expect(index.years('politie', ['inkoop'])).toEqual([2024]);
    expect(index.latestYear('politie')).toBe(2024);
    expect(index.latestYear('vo')).toBeUndefined();
  });
  it('row: core metrics by name, the rest under other', () => {
    const r = index.row('politie', 2024);
    expect(r.realisatie?.value).toBe(489);
    expect(r.doel).toBeUndefined();
    expect(r.other.inkoop?.value).toBe(5);
    expect(index.row('politie', 2019).realisatie?.unit).toBe('banen');
  });
  it('quantityOf keeps source, period, approximate and derived', () => {
    const qn = quantityOf(fig({ period: '2024Q4', approximate: true, derived: 'reden' }));
    expect(qn).toMatchObject({ sources: ['s'], period: '2024Q4', approximate: true, derived: 'reden' });
    expect(qn.how).toBeUndefined();
  });
});

describe('scopes', () => {
  const { sectors } = loadDataset();
  it('sectoren = the 13 sectors; overheid 6, onderwijs 7; ministeries 13; binnenwerk in none', () => {
    expect(scopeMembers('sectoren', sectors).map((s) => s.id)).toEqual([
      'rijk',
      'defensie',
      'gemeenten',
      'provincies',
      'waterschappen',
      'politie',
      'umc',
      'po',
      'vo',
      'mbo',
      'hbo',
      'wo',
      'onderzoeksinstellingen',
    ]);
    expect(scopeMembers('overheid', sectors).map((s) => s.id)).toEqual([
      'rijk',
      'defensie',
      'gemeenten',
      'provincies',
      'waterschappen',
      'politie',
    ]);
    expect(scopeMembers('onderwijs', sectors)).toHaveLength(7);
    expect(scopeMembers('ministeries', sectors)).toHaveLength(13);
    for (const scope of ['sectoren', 'overheid', 'onderwijs', 'ministeries'] as const) {
      expect(scopeMembers(scope, sectors).some((s) => s.id === 'binnenwerk')).toBe(false);
    }
  });
  it('a ministry is ranked among ministries, a sector among sectors', () => {
    expect(scopeOf(sectors.find((s) => s.id === 'fin')!)).toBe('ministeries');
    expect(scopeOf(sectors.find((s) => s.id === 'politie')!)).toBe('sectoren');
  });
});
