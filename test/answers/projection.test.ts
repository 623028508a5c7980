// Projection: years until the goal at last year's growth, goal held constant; said to be a calculation.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('projection', () => {
  it.each(['wanneer haalt de politie het doel bij dit tempo?', 'wanneer haalt de politie het doel?'])(
    '%s → 2027',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('projection');
      expect(a.text).toContain('Bij dit tempo haalt politie het doel in 2027.');
      expect(a.text).toContain('+102 fta per jaar');
      expect(a.text).toContain('224 fta');
      expect(a.text).toContain('rekenvoorbeeld, geen prognose');
      expect(unexplainedNumbers(a)).toEqual([]);
    },
  );

  it('vo fell: not at this pace', () => {
    const a = answer({ intent: 'projection', sector: 'vo' });
    expect(a.text).toContain('haalt het doel niet bij dit tempo');
    expect(a.text).toContain('−90 fta per jaar');
  });

  it('gemeenten already reached the goal', () => {
    expect(answer({ intent: 'projection', sector: 'gemeenten' }).text).toContain('haalde het doel al in 2024');
  });

  it('a ministry with one year cannot be projected', () => {
    expect(answer({ intent: 'projection', sector: 'ienw' }).text).toContain('maar één jaar');
  });

  it('the computed numbers are facts that say how', () => {
    const a = answer({ intent: 'projection', sector: 'politie' });
    expect(a.facts.find((f) => f.metric === 'jaar_doel_bereikt')).toMatchObject({ value: 2027, year: 2027 });
    expect(a.facts.find((f) => f.metric === 'jaren_tot_doel')).toMatchObject({ value: 3, unit: 'aantal' });
    expect(a.facts.find((f) => f.metric === 'groei_per_jaar')?.computed).toBe('realisatie 2024 − realisatie 2023');
  });
});
