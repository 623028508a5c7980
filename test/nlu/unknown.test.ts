import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('unknown_sector: looks like a sector, matches none well', () => {
  expectQueries([
    ['realisatie amsterdam 2024', { intent: 'unknown_sector', term: 'amsterdam', suggestions: [] }],
    ['ziekenhuizen', { intent: 'unknown_sector', term: 'ziekenhuizen', suggestions: ['umc'] }],
    ['realisatie van de zorg', { intent: 'unknown_sector', term: 'zorg', suggestions: ['umc'] }],
    ['realisatie zorgsector', { intent: 'unknown_sector', term: 'zorgsector', suggestions: ['umc'] }],
    ['cijfers belastingdienst', { intent: 'unknown_sector', term: 'belastingdienst', suggestions: ['fin'] }],
    ['Hoeveel banen bij TNO?', { intent: 'unknown_sector', term: 'tno', suggestions: ['onderzoeksinstellingen'] }],
    ['percentage rijkswaterstaat', { intent: 'unknown_sector', term: 'rijkswaterstaat', suggestions: ['ienw'] }],
    ['tekort bij de marechaussee', { intent: 'unknown_sector', term: 'marechaussee', suggestions: ['defensie'] }],
    ['doel rjik', { intent: 'unknown_sector', term: 'rjik', suggestions: ['rijk'] }],
    ['hoeveel banen heeft de marktsector', { intent: 'unknown_sector', term: 'marktsector', suggestions: [] }],
    ['realization police 2024', { intent: 'unknown_sector', term: 'police', suggestions: ['politie'] }],
    // A word out of a sector's name: suggest that sector, do not guess.
    ['realisatie gemeentelijk', { intent: 'unknown_sector', term: 'gemeentelijk', suggestions: ['gemeenten'] }],
    ['binnenlandse', { intent: 'unknown_sector', term: 'binnenlandse', suggestions: ['bzk'] }],
    ['realisatie cultuur', { intent: 'unknown_sector', term: 'cultuur', suggestions: ['ocw'] }],
    // Part of a ministry or one of the Hoge Colleges van Staat, not reported separately.
    ['KGG', { intent: 'unknown_sector', term: 'kgg', suggestions: ['ezk'] }],
    ['Tweede Kamer', { intent: 'unknown_sector', term: 'tweede kamer', suggestions: ['hcvs'] }],
    // A comparison whose other side is unknown: say so, do not compare with the whole group.
    ['vergelijk politie en brandweer', { intent: 'unknown_sector', term: 'brandweer', suggestions: [] }],
    [
      'vergelijk defensie met de marechaussee',
      { intent: 'unknown_sector', term: 'marechaussee', suggestions: ['defensie'] },
    ],
    ['percentage Raad van State', { intent: 'unknown_sector', term: 'raad van state', suggestions: ['hcvs'] }],
  ]);
});

describe('unknown: not understood, including hostile input', () => {
  expectQueries([
    ['wat is het weer', { intent: 'unknown' }],
    ['wat is het weer in amsterdam', { intent: 'unknown' }],
    ['asdfgh', { intent: 'unknown' }],
    ['xyzzy', { intent: 'unknown' }],
    ['ja', { intent: 'unknown' }],
    ['test', { intent: 'unknown' }],
    ['SELECT * FROM figures', { intent: 'unknown' }],
    ["'; DROP TABLE users; --", { intent: 'unknown' }],
    ['<script>alert(1)</script>', { intent: 'unknown' }],
    ['2024', { intent: 'unknown' }],
    ['😀😀', { intent: 'help' }],
    ['????', { intent: 'help' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('unknown sectors (acceptance): no noise suggestions', () => {
  expectQueries([
    ['hoe doet het UWV het', { intent: 'unknown_sector', term: 'uwv', suggestions: [] }],
    ['hoe doet de NS het', { intent: 'unknown_sector', term: 'ns', suggestions: [] }],
    ['brandweer 2024', { intent: 'unknown_sector', term: 'brandweer', suggestions: [] }],
    ['realisatie zorg', { intent: 'unknown_sector', term: 'zorg', suggestions: ['umc'] }],
    ['wanneer haalt de brandweer het doel', { intent: 'unknown_sector', term: 'brandweer', suggestions: [] }],
  ]);
});
