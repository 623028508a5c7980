// Binnenwerk: the Rijk's central Binnenwerk figures.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('binnenwerk', () => {
  it.each(['binnenwerk', 'Binnenwerk', 'hoeveel banen heeft binnenwerk?'])('%s → the latest year, 1.085 banen', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('binnenwerk');
    expect(a.text).toContain('Realisatie: 1.085 banen');
    expect(a.text).toContain('Laatste jaar met cijfers: 2024.');
    expect(a.text).toContain('Bron: Kamerstuk 34 352 nr. 348');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('an earlier year: 870 banen in 2023', () => {
    const a = answer({ intent: 'binnenwerk', year: 2023 });
    expect(a.text).toContain('Realisatie: 870 banen');
    expect(a.facts).toContainEqual(
      expect.objectContaining({ sector: 'binnenwerk', year: 2023, value: 870, unit: 'banen' }),
    );
  });

  it('a year without figures says which years exist', () => {
    expect(answer({ intent: 'binnenwerk', year: 2019 }).text).toContain(
      'Voor Binnenwerk heb ik geen cijfers over 2019; er zijn cijfers over 2023 en 2024.',
    );
  });
});
