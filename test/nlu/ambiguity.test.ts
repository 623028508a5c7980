import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('clarify: two or more readings equally likely', () => {
  expectQueries([
    ['hoger onderwijs', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    ['Wat is de realisatie van het hoger onderwijs?', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    ['hoger onderwijs 2024', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    ['tekort hoger onderwijs', { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'] }],
    ['percentage funderend onderwijs', { intent: 'clarify', term: 'funderend onderwijs', options: ['po', 'vo'] }],
    // "onderwijs" as if it were one sector: the five onderwijs sectors by name.
    ['onderwijs', { intent: 'clarify', term: 'onderwijs', options: ['po', 'vo', 'mbo', 'hbo', 'wo'] }],
    ['Hoe doet het onderwijs het?', { intent: 'clarify', term: 'het onderwijs', options: ['po', 'vo', 'mbo', 'hbo', 'wo'] }],
    ['percentage onderwijs 2024', { intent: 'clarify', term: 'onderwijs', options: ['po', 'vo', 'mbo', 'hbo', 'wo'] }],
    // "ministerie" without which one.
    ['ministerie', { intent: 'clarify', term: 'ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    ['realisatie ministerie', { intent: 'clarify', term: 'ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    ['Cijfers van het ministerie', { intent: 'clarify', term: 'het ministerie', options: ['az', 'bz', 'bzk', 'ezk', 'fin'] }],
    // Ambiguity inside a comparison or subscription is no problem: both are included.
    ['hoger onderwijs vergelijken', { intent: 'compare', sectors: ['hbo', 'wo'] }],
  ]);
});
