import { describe } from 'vitest';
import { expectQueries, MINISTRIES } from './support.js';

describe('ministries: the Rijk per ministry', () => {
  expectQueries([
    ['realisatie Financiën', { intent: 'lookup', sector: 'fin', metric: 'realisatie' }],
    ['Hoe doet het ministerie van Financiën het?', { intent: 'lookup', sector: 'fin', metric: 'alles' }],
    ['percentage JenV 2024', { intent: 'lookup', sector: 'jenv', metric: 'percentage', year: 2024 }],
    ['Hoe staat I&W ervoor?', { intent: 'lookup', sector: 'ienw', metric: 'alles' }],
    ['vergelijk Financiën en JenV', { intent: 'compare', sectors: ['fin', 'jenv'] }],
    ['rechtspraak vs justitie', { intent: 'compare', sectors: ['rechtspraak', 'jenv'] }],
    [
      'vergelijk JenV',
      { intent: 'compare', sectors: ['jenv', ...MINISTRIES.filter((s) => s !== 'jenv')], scope: 'ministeries' },
    ],
    ['hoe staat het rijk er per ministerie voor', { intent: 'compare', sectors: MINISTRIES, scope: 'ministeries' }],
    ['Hoe staan de ministeries ervoor?', { intent: 'compare', sectors: MINISTRIES, scope: 'ministeries' }],
    ['Cijfers JenV', { intent: 'lookup', sector: 'jenv', metric: 'alles' }],
    ['Realisatie BZK 2024', { intent: 'lookup', sector: 'bzk', metric: 'realisatie', year: 2024 }],
    ['Percentage OCW', { intent: 'lookup', sector: 'ocw', metric: 'percentage' }],
    ['Hoe doet EZK het in 2024?', { intent: 'lookup', sector: 'ezk', metric: 'alles', year: 2024 }],
    ['cijfers van Buitenlandse Zaken', { intent: 'lookup', sector: 'bz', metric: 'alles' }],
    ['Algemene Zaken percentage', { intent: 'lookup', sector: 'az', metric: 'percentage' }],
    ['realisatie hcvs', { intent: 'lookup', sector: 'hcvs', metric: 'realisatie' }],
    ['Hoe staat het met de Rechtspraak?', { intent: 'lookup', sector: 'rechtspraak', metric: 'alles' }],
    ['vergelijk vws en szw', { intent: 'compare', sectors: ['vws', 'szw'] }],
    ['realisatie per ministerie', { intent: 'compare', sectors: MINISTRIES, scope: 'ministeries' }],
    [
      'realisatie rijk per departement 2024',
      { intent: 'compare', sectors: MINISTRIES, scope: 'ministeries', years: [2024] },
    ],
    ['welk departement scoort het best', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog' }],
    ['Hoeveel banen hebben de ministeries in totaal?', { intent: 'total', scope: 'ministeries' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('ministries (acceptance): every name people use', () => {
  expectQueries([
    ['hoe doet het ministerie van onderwijs het', { intent: 'lookup', sector: 'ocw', metric: 'alles' }],
    ['realisatie BiZa', { intent: 'lookup', sector: 'bzk', metric: 'realisatie' }],
    ['hoe doet binnenlandse zaken het', { intent: 'lookup', sector: 'bzk', metric: 'alles' }],
    ['Hoe scoort Justitie & Veiligheid in 2024?', { intent: 'lookup', sector: 'jenv', metric: 'alles', year: 2024 }],
    ['hoe scoort J&V', { intent: 'lookup', sector: 'jenv', metric: 'alles' }],
    ['JenV tekort', { intent: 'gap', sector: 'jenv' }],
    ['ministerie van infrastructuur', { intent: 'lookup', sector: 'ienw', metric: 'alles' }],
    ['hoe doet EZ het', { intent: 'lookup', sector: 'ezk', metric: 'alles' }],
    ['LNV vs EZK', { intent: 'compare', sectors: ['lnv', 'ezk'] }],
    ['rechterlijke macht', { intent: 'lookup', sector: 'rechtspraak', metric: 'alles' }],
  ]);
});
