// Totals over a scope: sums in one unit, percentage recomputed and labelled, approximations carried.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('total', () => {
  it.each(['totaal overheid 2024', 'hoeveel banen bij de overheid samen in 2024?'])('%s', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('total');
    expect(a.text.split('\n')[0]).toBe('Overheidssectoren samen, 2024: realisatie 12.964,6 fta van een doel van 14.219,4 fta (91,2%).');
    expect(a.text).toContain('Berekend: som van 6 overheidssectoren');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('onderwijs includes mbo, so the total is circa', () => {
    const a = ask('hoeveel banen in het onderwijs samen?');
    expect(a.text).toContain('circa 4.968,4 fta');
    expect(a.text).toContain('Het totaal is bij benadering');
    expect(a.facts.find((f) => f.metric === 'realisatie_totaal')).toMatchObject({ value: 4968.4, approximate: true, computed: 'som van 7 onderwijssectoren (realisatie)' });
    expect(a.facts.find((f) => f.metric === 'percentage_totaal')?.computed).toBe('totale realisatie / totaal doel × 100');
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
    expect(a.text).toContain('Niet meegeteld');
    expect(a.text).not.toMatch(/\d fta/);
  });
});
