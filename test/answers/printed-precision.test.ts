// A figure read from a source is shown with every decimal it was printed with: never rounded
// (the brief: never "round into" a figure). Computed numbers keep one decimal.
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';

const answerer = createAnswerer(loadDataset());

describe('printed precision', () => {
  it('the quotum of the gemeenten is 2,76% as printed in nr. 348, not 2,8%', () => {
    const { text } = answerer.ask('welk quotum geldt voor gemeenten?');
    expect(text).toContain('2,76%');
    expect(text).not.toContain('2,8%');
  });

  it('a one-decimal figure stays as printed and a computed percentage keeps one decimal', () => {
    expect(answerer.ask('realisatie politie 2024?').text).toContain('68,4%');
    // po + vo 2024: 2.122 of 9.700 fta is 21,876…%, shown as 21,9%.
    expect(answerer.ask('po en vo samen realisatie 2024').text).toContain('(21,9%)');
  });
});
