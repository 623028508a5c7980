// Change between two years: realisatie in fta/banen and the percentage in procentpunten.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('change via ask', () => {
  it.each(['hoeveel is de politie gestegen?', 'verschil politie 2023 2024', 'politie verschil tussen 2023 en 2024'])(
    '%s → +102 fta, +14,1 procentpunt',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('change');
      expect(a.text).toContain('387 fta in 2023 naar 489 fta in 2024');
      expect(a.text).toContain('+102 fta');
      expect(a.text).toContain('+14,1 procentpunt');
      expect(a.text).toContain('Berekend: realisatie 2024 − realisatie 2023');
    },
  );
});

describe('change via answer(query)', () => {
  it('gemeenten fell by 269 fta', () => {
    const a = answer({ intent: 'change', sector: 'gemeenten', from: 2023, to: 2024 });
    expect(a.text).toContain('gedaald (−269 fta)');
    expect(a.text).toContain('−11,2 procentpunt');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('defensie: +86,9 fta, no floating-point noise', () => {
    const a = answer({ intent: 'change', sector: 'defensie' });
    expect(a.text).toContain('+86,9 fta');
    expect(a.facts.find((f) => f.metric === 'verschil_realisatie')?.value).toBe(86.9);
  });

  it('years in either order', () => {
    expect(answer({ intent: 'change', sector: 'politie', from: 2024, to: 2023 }).text).toContain('+102 fta');
  });

  it('banen (2020) vs fta (2024): both shown, no difference computed, the unit change said', () => {
    const a = answer({ intent: 'change', sector: 'politie', from: 2020, to: 2024 });
    expect(a.text).toContain('413 banen');
    expect(a.text).toContain('489 fta');
    expect(a.text).toContain('2020 is in banen, 2024 in fta');
    expect(a.facts.some((f) => f.metric === 'verschil_realisatie')).toBe(false);
  });

  it('a year without figures says which years exist', () => {
    const a = answer({ intent: 'change', sector: 'politie', from: 2015, to: 2024 });
    expect(a.text).toContain('Voor de politie heb ik geen cijfers over 2015; er zijn cijfers over');
  });

  it('the card shows both years as bars with a text equivalent', () => {
    const a = answer({ intent: 'change', sector: 'politie' });
    expect(a.view.chart?.kind).toBe('verticalBar');
    expect(a.view.chart?.textEquivalent).toBe('2023: 387 fta; 2024: 489 fta');
    expect(a.view.facts).toContainEqual({ label: 'Verschil (berekend)', value: '+102 fta' });
  });
});
