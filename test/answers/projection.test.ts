// Projection: years until the goal at last year's growth, goal held constant; said to be a calculation.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('projection', () => {
  it.each(['wanneer haalt de politie het doel bij dit tempo?', 'wanneer haalt de politie het doel?'])(
    '%s → 2027',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('projection');
      expect(a.text).toContain('Bij dit tempo haalt de politie het doel in 2027.');
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
    expect(answer({ intent: 'projection', sector: 'gemeenten' }).text).toContain(
      'De gemeenten haalden het doel al in 2024',
    );
  });

  it('a plural sector takes a plural verb', () => {
    expect(answer({ intent: 'projection', sector: 'waterschappen' }).text).toContain(
      'Bij dit tempo halen de waterschappen het doel in',
    );
    expect(answer({ intent: 'projection', sector: 'hbo' }).text).toContain(
      'Het hoger beroepsonderwijs haalt het doel niet bij dit tempo',
    );
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

describe('projection wording', () => {
  it('names the Rijk with its article: "Bij dit tempo haalt het Rijk het doel in 2026."', () => {
    const a = ask('wanneer haalt het rijk het doel bij dit tempo?');
    expect(a.text.split('\n')[0]).toBe('Bij dit tempo haalt het Rijk het doel in 2026.');
    expect(a.view.title).toBe('Wanneer haalt het Rijk het doel?');
  });

  it('has one label per warning: the assumption starts with "Let op:" once', () => {
    const caveat = ask('wanneer haalt de politie het doel?').view.caveats?.find((c) => c.includes('rekenvoorbeeld'));
    expect(caveat).toBe(
      'Let op: dit is een rekenvoorbeeld, geen prognose uit de bron. Het doel blijft gelijk en de groei van het laatste jaar houdt aan.',
    );
  });
});
