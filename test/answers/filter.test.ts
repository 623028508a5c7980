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
    expect(a.text.split('\n')[0]).toBe(
      'In 2024 daalde de realisatie bij 4 van de 13 sectoren ten opzichte van het jaar ervoor.',
    );
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

// Acceptance round: thresholds other than 100%, and change on the ministries (2024 only).
describe('filter with a threshold', () => {
  it.each(['wie zit onder de 50%', 'welke sectoren zitten onder de helft van hun doel'])(
    '%s: the seven below 50%, not the twelve below 100%',
    (q) => {
      const a = ask(q);
      expect(a.query).toMatchObject({ intent: 'filter', condition: 'doel_niet_gehaald', threshold: 50 });
      expect(a.text.split('\n')[0]).toBe('In 2024 zaten 7 van de 13 sectoren onder 50% van het doel.');
      expect(a.text).toContain('Universitaire medische centra (umc’s): 22,9%');
      expect(a.text).toContain('Onderzoeksinstellingen: 41%');
      expect(a.text).not.toContain('Rijk: 85%');
      expect(a.view.title).toBe('Alle sectoren die onder 50% van hun doel zaten · 2024');
      expect(unexplainedNumbers(a)).toEqual([]);
    },
  );

  it('boven de 90%: at or above the threshold', () => {
    const a = ask('welke sectoren zitten boven de 90%');
    expect(a.text.split('\n')[0]).toBe('In 2024 zat 1 van de 13 sectoren op of boven 90% van het doel.');
    expect(a.text).toContain('Gemeenten: 109,2%');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('ministries under 80%', () => {
    const a = ask('ministeries onder de 80%');
    expect(a.text.split('\n')[0]).toBe('In 2024 zaten 4 van de 13 ministeries onder 80% van het doel.');
    expect(a.text).toContain('Infrastructuur en Waterstaat: 64%');
    expect(a.text).not.toContain('Justitie en Veiligheid');
  });

  it('a threshold of 100 is the goal itself', () => {
    expect(ask('boven de 100%').text.split('\n')[0]).toBe('In 2024 haalde 1 van de 13 sectoren het doel.');
  });

  it('rise or fall of the ministries: no earlier year, said plainly', () => {
    const a = ask('welke ministeries zijn gestegen');
    expect(a.text).toBe(
      'Voor de ministeries heb ik geen cijfers van vóór 2024, dus of ze stegen of daalden kan ik niet zeggen.',
    );
  });
});

describe('filter wording', () => {
  it('the title is a Dutch relative clause, verb last: "Alle sectoren die hun doel haalden"', () => {
    expect(ask('welke sectoren haalden hun doel in 2024?').view.title).toBe(
      'Alle sectoren die hun doel haalden · 2024',
    );
    expect(ask('welke sectoren haalden hun doel niet in 2024?').view.title).toBe(
      'Alle sectoren die hun doel niet haalden · 2024',
    );
    expect(ask('welke sectoren daalden in 2024').view.title).toBe('Alle sectoren waarvan de realisatie daalde · 2024');
  });
});
