// Compare: sectors side by side in a year (bar chart), several years, or one sector over years.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('compare', () => {
  it.each([
    'vergelijk politie en defensie 2024',
    'politie vs defensie 2024',
    'vergelijk de politie met defensie in 2024',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('compare');
    expect(a.text).toContain('Politie: 489 fta van een doel van 713 fta (68,4%)');
    expect(a.text).toContain('Defensie: 595,4 fta van een doel van 899 fta (66,2%)');
    expect(a.text).toContain('Hoogste realisatiepercentage: Politie (68,4%).');
    expect(a.view.chart?.kind).toBe('horizontalBar');
    expect(a.view.chart?.textEquivalent).toBe('Politie 68,4%; Defensie 66,2%');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('po vs vo without a year: the latest common year, said', () => {
    const a = ask('po vs vo');
    expect(a.text).toContain('Primair onderwijs: 1.372 fta van een doel van 5.858 fta (23%)');
    expect(a.text).toContain('Voortgezet onderwijs: 750 fta van een doel van 3.842 fta (20%)');
    expect(a.text).toContain('Laatste jaar met cijfers: 2024.');
  });

  it('a scope compares all its members, mbo marked circa', () => {
    const a = answer({ intent: 'compare', sectors: ['po'], scope: 'onderwijs' });
    expect(a.text.split('\n')[0]).toBe('Vergelijking onderwijssectoren, 2024:');
    expect(a.view.table?.rows).toHaveLength(7);
    expect(a.text).toContain('circa 706 fta');
    expect(a.text).toContain('Hoogste realisatiepercentage: Onderzoeksinstellingen (41%).');
  });

  it('two sectors over two years: a row per sector, a series per year', () => {
    const a = answer({ intent: 'compare', sectors: ['politie', 'defensie'], years: [2023, 2024] });
    expect(a.text).toContain('Politie: 2023 387 van 713 fta (54,3%); 2024 489 van 713 fta (68,4%).');
    expect(a.view.chart?.series.map((s) => s.name)).toEqual(['2023', '2024']);
    expect(a.view.table?.columns).toEqual(['Sector', '2023', '2024']);
  });

  it('one sector in two years is a change', () => {
    const a = ask('politie 2023 en 2024');
    expect(a.text).toContain('+102 fta');
    expect(a.intent).toBe('compare');
  });

  it('a sector without figures in that year is named', () => {
    const a = answer({ intent: 'compare', sectors: ['politie', 'fin'], years: [2023] });
    expect(a.text).toContain('Geen cijfers over 2023 voor Financiën.');
  });
});

// Acceptance round: years without any figures are left out and named.
describe('compare over years', () => {
  it('ontwikkeling ministeries: only 2024 has figures', () => {
    const a = ask('ontwikkeling ministeries');
    expect(a.text.split('\n')[0]).toBe('Vergelijking ministeries, 2024:');
    expect(a.text).toContain('Voor ministeries zijn er geen cijfers over 2020, 2021, 2022 en 2023.');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('trend politie en defensie: side by side over the latest years, 2022 named as missing', () => {
    const a = ask('trend politie en defensie');
    expect(a.text.split('\n')[0]).toBe('Vergelijking Politie en Defensie, 2020, 2021, 2023 en 2024:');
    expect(a.text).toContain('Voor Politie en Defensie zijn er geen cijfers over 2022.');
  });

  it('onderwijs vs vorig jaar: 2023 and 2024', () => {
    const a = ask('onderwijs vs vorig jaar');
    expect(a.text.split('\n')[0]).toBe('Vergelijking onderwijssectoren, 2023 en 2024:');
  });

  it('mbo vs hbo', () => {
    const a = ask('mbo vs hbo');
    expect(a.text.split('\n').slice(0, 3)).toEqual([
      'Vergelijking mbo en hbo, 2024:',
      'Middelbaar beroepsonderwijs: circa 706 fta van een doel van circa 1.929 fta (circa 37%)',
      'Hoger beroepsonderwijs: 479 fta van een doel van 1.668 fta (29%)',
    ]);
  });
});
