// Totals over a scope: sums in one unit, percentage recomputed and labelled, approximations carried.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('total', () => {
  it.each(['totaal overheid 2024', 'hoeveel banen bij de overheid samen in 2024?'])('%s', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('total');
    expect(a.text.split('\n')[0]).toBe(
      'Overheidssectoren samen, 2024: realisatie 12.964,6 fta van een doel van 14.219,4 fta (91,2%).',
    );
    expect(a.text).toContain('Berekend: som van 6 overheidssectoren');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('onderwijs includes mbo, so the total is circa', () => {
    const a = ask('hoeveel banen in het onderwijs samen?');
    expect(a.text).toContain('circa 4.968,4 fta');
    expect(a.text).toContain('Let op: het totaal is bij benadering');
    expect(a.facts.find((f) => f.metric === 'realisatie_totaal')).toMatchObject({
      value: 4968.4,
      approximate: true,
      computed: 'som van 7 onderwijssectoren (realisatie)',
    });
    expect(a.facts.find((f) => f.metric === 'percentage_totaal')?.computed).toBe(
      'totale realisatie / totaal doel × 100',
    );
  });

  it('ministries add up to 5.078 fta; the Rijk total of the letter is shown beside it', () => {
    const a = answer({ intent: 'total', scope: 'ministeries' });
    expect(a.text).toContain('realisatie 5.078 fta van een doel van 5.575 fta');
    expect(a.text).toContain('het Rijk als geheel volgens de brief: 5.078 fta van een doel van 5.994 fta (85%)');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('2020: only sectors in banen with doel and realisatie are summed, the rest named', () => {
    const a = answer({ intent: 'total', scope: 'sectoren', year: 2020 });
    expect(a.text).toContain('banen');
    expect(a.text).toContain('Let op: niet meegeteld, want zonder doel en realisatie over 2020:');
    expect(a.text).not.toMatch(/\d fta/);
  });
});

// Acceptance round: "onderwijs" as a group, what is still missing, a year with few sectors.
describe('total: group words and what is missing', () => {
  it.each(['realisatie onderwijs 2024', 'onderwijs 2024', 'hoeveel procent haalt het onderwijs'])(
    '%s → the onderwijs total',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('total');
      expect(a.text.split('\n')[0]).toBe(
        'Onderwijssectoren samen, 2024: realisatie circa 4.968,4 fta van een doel van circa 18.700,9 fta (circa 26,6%).',
      );
      expect(a.text).toContain(
        'Samen nog circa 13.732,5 fta tot het doel (som van de doelen − som van de realisatie).',
      );
      expect(unexplainedNumbers(a)).toEqual([]);
    },
  );

  it('totaal onderwijs 2023', () => {
    const a = ask('totaal onderwijs 2023');
    expect(a.text.split('\n')[0]).toBe(
      'Onderwijssectoren samen, 2023: realisatie circa 4.923 fta van een doel van circa 18.349 fta (circa 26,8%).',
    );
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('the overheid gap is netted: the gemeenten surplus is said', () => {
    const a = ask('wat is het tekort van de hele overheid');
    expect(a.intent).toBe('total');
    expect(a.text).toContain(
      'Samen nog 1.254,8 fta tot het doel (som van de doelen − som van de realisatie); het overschot van Gemeenten is daarin verrekend.',
    );
    expect(a.facts.find((f) => f.metric === 'tekort')).toMatchObject({ value: 1254.8, unit: 'fta' });
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('a year where only some sectors have doel and realisatie names them, not "alle sectoren"', () => {
    const a = ask('hoeveel banen in 2022');
    expect(a.text.split('\n')[0]).toBe(
      'Over 2022 heb ik alleen van Provincies doel en realisatie: realisatie 370,4 fta van een doel van 416,4 fta (89%).',
    );
    expect(a.text).toContain('Berekend: som van 1 sector;');
    expect(a.text).not.toContain('Alle sectoren samen');
  });

  it('2020: three sectors in banen', () => {
    const a = ask('wat was de realisatie in 2020');
    expect(a.text.split('\n')[0]).toBe(
      'Over 2020 heb ik alleen van Rijk, Defensie en Provincies doel en realisatie; samen: realisatie 3.350 banen van een doel van 5.036 banen (66,5%).',
    );
  });
});
