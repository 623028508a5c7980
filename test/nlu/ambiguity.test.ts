import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('clarify: two or more readings equally likely', () => {
  expectQueries([
    ['hoger onderwijs', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    [
      'Wat is de realisatie van het hoger onderwijs?',
      { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] },
    ],
    ['hoger onderwijs 2024', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    // The buttons then answer what was asked: the gap of the one picked.
    ['tekort hoger onderwijs', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'], ask: 'gap' }],
    [
      'ontwikkeling hoger onderwijs',
      { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'], ask: 'trend' },
    ],
    [
      'wanneer haalt het funderend onderwijs het doel',
      { intent: 'clarify', term: 'funderend onderwijs', options: ['po', 'vo'], ask: 'projection' },
    ],
    ['percentage funderend onderwijs', { intent: 'clarify', term: 'funderend onderwijs', options: ['po', 'vo'] }],
    // "onderwijs" is the group, like "overheid": its total, not a question which sector.
    ['onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['Hoe doet het onderwijs het?', { intent: 'total', scope: 'onderwijs' }],
    ['percentage onderwijs 2024', { intent: 'total', scope: 'onderwijs', year: 2024 }],
    // "ministerie" without which one.
    ['ministerie', { intent: 'clarify', term: 'ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    ['realisatie ministerie', { intent: 'clarify', term: 'ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    [
      'Cijfers van het ministerie',
      { intent: 'clarify', term: 'het ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] },
    ],
    // Ambiguity inside a comparison or subscription is no problem: both are included.
    ['hoger onderwijs vergelijken', { intent: 'compare', sectors: ['hbo', 'wo'] }],
    ['realisatie hoger onderwijs totaal', { intent: 'total', scope: 'sectoren', sectors: ['hbo', 'wo'] }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('clarify (acceptance)', () => {
  expectQueries([
    ['ministerei', { intent: 'clarify', term: 'ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    ['funderend onderwijs', { intent: 'clarify', term: 'funderend onderwijs', options: ['po', 'vo'] }],
    ['hoger onderwijs 2024', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
  ]);
});
