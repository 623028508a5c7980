// Gap: doel − realisatie, as a share of the doel; "boven het doel" when the goal is passed.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('gap via ask', () => {
  it.each([
    'hoeveel mist de politie nog?',
    'tekort politie 2024',
    'hoeveel fta mist de politie nog in 2024',
    'hoe ver is de politie van het doel?',
  ])('%s → 224 fta (713 − 489)', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('gap');
    expect(a.text).toContain('224 fta');
    expect(a.text).toContain('31,4%');
    expect(a.text).toContain('Berekend: doel − realisatie (713 fta − 489 fta).');
    expect(a.text).toContain('Bron: Kamerstuk 34 352 nr. 348');
  });
});

describe('gap via answer(query)', () => {
  it('gemeenten 2024 is "boven het doel" by 511 fta, no shortfall', () => {
    const a = answer({ intent: 'gap', sector: 'gemeenten', year: 2024 });
    expect(a.text).toContain('Gemeenten 2024: boven het doel.');
    expect(a.text).toContain('511 fta');
    expect(a.text).not.toContain('tekort om');
    expect(a.facts.find((f) => f.metric === 'boven_doel')).toMatchObject({
      value: 511,
      unit: 'fta',
      computed: 'realisatie 2024 − doel 2024',
    });
  });

  it.each([
    { sector: 'defensie', year: 2024, gap: '303,6 fta' },
    { sector: 'vo', year: 2024, gap: '3.092 fta' },
    { sector: 'umc', year: 2023, gap: '1.977 fta' },
    { sector: 'mbo', year: 2024, gap: 'circa 1.223 fta' },
  ] as const)('$sector $year → $gap', ({ sector, year, gap }) => {
    const a = answer({ intent: 'gap', sector, year });
    expect(a.text).toContain(gap);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('the computed gap is a fact that says how, with the sources of its inputs', () => {
    const a = answer({ intent: 'gap', sector: 'politie', year: 2024 });
    expect(a.facts.find((f) => f.metric === 'tekort')).toEqual({
      sector: 'politie',
      year: 2024,
      metric: 'tekort',
      value: 224,
      unit: 'fta',
      source: 'kst-34352-348',
      computed: 'doel 2024 − realisatie 2024',
    });
    expect(a.view.facts).toContainEqual({ label: 'Tekort (berekend)', value: '224 fta' });
    expect(a.view.chart?.textEquivalent).toBe('Doel 713 fta, realisatie 489 fta.');
    expect(a.view.actions?.map((x) => x.title)).not.toContain('Toon tekort');
  });

  it('no year → the latest year, said', () => {
    expect(answer({ intent: 'gap', sector: 'politie' }).text).toContain('Laatste jaar met cijfers: 2024.');
  });

  it('a year with only a realisatie cannot give a gap, and says why', () => {
    const a = answer({ intent: 'gap', sector: 'politie', year: 2019 });
    expect(a.text).toContain(
      'Voor de politie staat over 2019 geen doel in de bronnen, dus ik kan het tekort niet berekenen.',
    );
  });
});
