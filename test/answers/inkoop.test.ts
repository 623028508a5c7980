// Inclusief inkoop/SROI: printed figures kept, inkoop added only in the same unit.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('inkoop', () => {
  it.each(['defensie met sroi', 'defensie inclusief inkoop 2024', 'realisatie defensie inclusief sroi'])('%s', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('inkoop');
    expect(a.text).toContain('91,9% van het doel');
    expect(a.text).toContain('Via inkoop/SROI: 230,9 fta.');
    expect(a.text).toContain('826,3 fta (berekend: realisatie + inkoop)');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('vo: inkoop in banen is not added to fta', () => {
    const a = ask('vo inclusief inkoop');
    expect(a.text).toContain('37% van het doel');
    expect(a.text).toContain('668 banen');
    expect(a.text).toContain('die tel ik niet bij elkaar op');
    expect(a.facts.some((f) => f.metric === 'realisatie_incl_inkoop')).toBe(false);
  });

  it('a sector without inkoop figures says so', () => {
    const a = answer({ intent: 'inkoop', sector: 'politie' });
    expect(a.text).toContain('Voor de politie heb ik geen cijfers over banen via inkoop of SROI.');
  });
});
