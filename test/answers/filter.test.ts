// Filters: who reached the goal, who didn't, who rose, who fell.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('filter', () => {
  it.each(['welke sectoren haalden hun doel in 2024?', 'wie haalde het doel in 2024?'])('%s', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('filter');
    expect(a.text.split('\n')[0]).toBe('In 2024 haalde 1 van de 13 sectoren het doel.');
    expect(a.text).toContain('Gemeenten: 109,2%');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('doel niet gehaald: 12 of 13', () => {
    const a = answer({ intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', year: 2024 });
    expect(a.text.split('\n')[0]).toBe('In 2024 haalden 12 van de 13 sectoren het doel niet.');
    expect(a.text).toContain('Politie: 68,4%');
    expect(a.facts.find((f) => f.metric === 'aantal_doel_niet_gehaald')).toMatchObject({ value: 12, unit: 'aantal' });
  });

  it('gedaald in 2024: gemeenten, vo, hbo, wo with their falls', () => {
    const a = ask('welke sectoren daalden?');
    expect(a.text.split('\n')[0]).toBe('In 2024 daalde de realisatie bij 4 van de 13 sectoren ten opzichte van het jaar ervoor.');
    expect(a.text).toContain('Gemeenten: −269 fta (6.320 fta in 2023 → 6.051 fta)');
    expect(a.text).toContain('Voortgezet onderwijs: circa −90 fta (circa 840 fta in 2023 → 750 fta)');
    expect(a.text).toContain('Berekend: realisatie dit jaar − realisatie het jaar ervoor.');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('gestegen among onderwijs', () => {
    const a = ask('welke onderwijssectoren zijn gestegen?');
    expect(a.text).toContain('bij 4 van de 7 onderwijssectoren');
    expect(a.text).toContain('+80 fta (506 fta in 2023 → 586 fta)');
  });

  it('ministries that reached the goal in 2024 Q4', () => {
    const a = answer({ intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' });
    expect(a.text).toContain('van de 13 ministeries het doel');
    expect(a.text).toContain('Financiën: 107%');
  });
});
