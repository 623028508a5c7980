// The umc's are onderwijs in the letter on 2020 and overheid in nr. 328: a total over either group
// says which grouping it uses and what the other one gives.
import { describe, expect, it } from 'vitest';
import { answer, unexplainedNumbers } from './support.js';

describe('umc grouping in totals', () => {
  it('overheid 2024: without the umc’s, and the total with them as nr. 328 groups them', () => {
    const a = answer({ intent: 'total', scope: 'overheid', year: 2024 });
    expect(a.text).toContain(
      'Indeling: de umc’s zijn hier niet meegeteld; ik reken ze tot het onderwijs, zoals Kamerbrief voortgang banenafspraak 2020 (2021). Kamerstuk 34 352 nr. 328 rekent ze tot de overheidssectoren; zo geteld is het met de umc’s: realisatie 13.550,6 fta van een doel van 16.781,4 fta (80,7%).',
    );
    // 12.964,6 + 586 and 14.219,4 + 2.562 (umc's 2024).
    expect(a.facts.some((f) => f.value === 13550.6)).toBe(true);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('onderwijs 2023: with the umc’s, and the total without them', () => {
    const a = answer({ intent: 'total', scope: 'onderwijs', year: 2023 });
    expect(a.text).toContain('de umc’s zijn hier meegeteld');
    expect(a.text).toContain(
      'zo geteld is het zonder de umc’s: realisatie circa 4.417 fta van een doel van circa 15.866 fta',
    );
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('all sectors: the grouping does not matter, so no note', () => {
    expect(answer({ intent: 'total', scope: 'sectoren', year: 2024 }).text).not.toContain('Indeling:');
  });
});
