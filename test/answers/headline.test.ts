// The figure the source leads with leads the answer: the letter on 2020 reports Defensie as "556
// banen … 88%" (346 eigen dienst + 210 SROI) and the umc's as 659 banen (596 + 63 SROI). The
// percentage without SROI is ours and says so; where a source prints its own percentage (2023,
// 2024), the figure without inkoop leads as before.
import { describe, expect, it } from 'vitest';
import { inkoopHeadline } from '../../src/answers/intents/lookup.js';
import { createKit } from '../../src/answers/kit.js';
import { ask, dataset, unexplainedNumbers } from './support.js';

describe('inkoop in the headline', () => {
  it('Defensie 2020: 556 banen, 88%, then the split and our own percentage labelled as computed', () => {
    const a = ask('realisatie defensie 2020');
    const lines = a.text.split('\n');
    expect(lines[0]).toBe(
      'Realisatie Defensie 2020, zoals de bron het meldt: 556 banen inclusief SROI, dat is 88% van het doel van 633 banen.',
    );
    expect(lines[1]).toBe('Daarvan 346 banen in eigen dienst of via detachering en 210 banen via SROI.');
    expect(a.text).toContain('is dat 54,7%: zelf berekend (realisatie gedeeld door doel), niet door de bron gedrukt.');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('the percentage asked: the reported 88% leads', () => {
    expect(ask('hoeveel procent haalde defensie in 2020').text.split('\n')[0]).toBe(
      'Realisatiepercentage Defensie 2020, zoals de bron het meldt: 88% inclusief SROI (556 banen van het doel van 633 banen).',
    );
  });

  it("umc's 2020: 659 banen, 596 + 63 via SROI", () => {
    const a = ask('realisatie umc 2020');
    expect(a.text.split('\n').slice(0, 2)).toEqual([
      'Realisatie universitaire medische centra (umc’s) 2020, zoals de bron het meldt: 659 banen inclusief SROI.',
      'Daarvan 596 banen in eigen dienst of via detachering en 63 banen via SROI.',
    ]);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('where the source prints its own percentage, the figure without inkoop leads', () => {
    expect(ask('realisatie defensie 2023').text.split('\n')[0]).toBe(
      'Realisatie Defensie 2023: 508,5 fta, dat is 61,9% van het doel van 822 fta.',
    );
  });

  it('exactly Defensie and the umc’s in 2020 have an inkoop headline in the dataset', () => {
    const kit = createKit(dataset);
    const found: string[] = [];
    for (const s of dataset.sectors)
      for (const y of new Set(dataset.figures.map((f) => f.year)))
        if (inkoopHeadline(kit.figures.row(s.id, y))) found.push(`${s.id} ${y}`);
    expect(found.sort()).toEqual(['defensie 2020', 'umc 2020']);
  });
});
