import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('typos, capitals, punctuation and fillers', () => {
  expectQueries([
    ['politei', { intent: 'lookup', sector: 'politie', metric: 'alles' }],
    ['gemeentes', { intent: 'lookup', sector: 'gemeenten', metric: 'alles' }],
    ['waterschapen', { intent: 'lookup', sector: 'waterschappen', metric: 'alles' }],
    ['defencie', { intent: 'lookup', sector: 'defensie', metric: 'alles' }],
    ['provincis', { intent: 'lookup', sector: 'provincies', metric: 'alles' }],
    ['realisatie polietie', { intent: 'lookup', sector: 'politie', metric: 'realisatie' }],
    ['gemeentn 2024', { intent: 'lookup', sector: 'gemeenten', metric: 'alles', year: 2024 }],
    ['waterschapppen', { intent: 'lookup', sector: 'waterschappen', metric: 'alles' }],
    ['provinsies', { intent: 'lookup', sector: 'provincies', metric: 'alles' }],
    ['defensei percentage', { intent: 'lookup', sector: 'defensie', metric: 'percentage' }],
    ['Rijksoverhijd', { intent: 'lookup', sector: 'rijk', metric: 'alles' }],
    ['universitijten', { intent: 'lookup', sector: 'wo', metric: 'alles' }],
    ['hogeschoolen', { intent: 'lookup', sector: 'hbo', metric: 'alles' }],
    ['basisonderwys', { intent: 'lookup', sector: 'po', metric: 'alles' }],
    ['onderzoeksinstelingen', { intent: 'lookup', sector: 'onderzoeksinstellingen', metric: 'alles' }],
    ['financien', { intent: 'lookup', sector: 'fin', metric: 'alles' }],
    ['realisatei politie', { intent: 'lookup', sector: 'politie', metric: 'realisatie' }],
    ['percentge defensie', { intent: 'lookup', sector: 'defensie', metric: 'percentage' }],
    ['vergelijkk politie en defensie', { intent: 'compare', sectors: ['politie', 'defensie'] }],
    ['ontwikkelng gemeenten', { intent: 'trend', sector: 'gemeenten' }],
    ['REALISATIE POLITIE 2024', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 }],
    ['Realisatie, politie; 2024...', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 }],
    [
      'kun je me eigenlijk even vertellen hoe het met de politie gaat',
      { intent: 'lookup', sector: 'politie', metric: 'alles' },
    ],
    [
      'Graag de realisatie van de gemeenten, alsjeblieft',
      { intent: 'lookup', sector: 'gemeenten', metric: 'realisatie' },
    ],
    ['<at>Banenbot</at> realisatie politie', { intent: 'lookup', sector: 'politie', metric: 'realisatie' }],
    ['@banenbot percentage defensie', { intent: 'lookup', sector: 'defensie', metric: 'percentage' }],
    ['banenbot: doel vo', { intent: 'lookup', sector: 'vo', metric: 'doel' }],
    ['<b>realisatie</b> politie', { intent: 'lookup', sector: 'politie', metric: 'realisatie' }],
    ['realisatie UMC’s', { intent: 'lookup', sector: 'umc', metric: 'realisatie' }],
    ['cijfers I & W', { intent: 'lookup', sector: 'ienw', metric: 'alles' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('typos (acceptance)', () => {
  expectQueries([
    ['realsatie mbo 2024', { intent: 'lookup', sector: 'mbo', metric: 'realisatie', year: 2024 }],
    ['percantage defensie', { intent: 'lookup', sector: 'defensie', metric: 'percentage' }],
    ['achterstnd vo', { intent: 'gap', sector: 'vo' }],
    ['onwtikkeling hbo', { intent: 'trend', sector: 'hbo' }],
    ['vergelijk politei en defensei', { intent: 'compare', sectors: ['politie', 'defensie'] }],
    ['ranlijst ministeries', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog' }],
    ['toaal onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['ministerie van finacien', { intent: 'lookup', sector: 'fin', metric: 'alles' }],
    ['binnenlanse zaken', { intent: 'lookup', sector: 'bzk', metric: 'alles' }],
    ['volksgezondhied', { intent: 'lookup', sector: 'vws', metric: 'alles' }],
    ['waterschapppen', { intent: 'lookup', sector: 'waterschappen', metric: 'alles' }],
    ['onderzoeksinstelingen', { intent: 'lookup', sector: 'onderzoeksinstellingen', metric: 'alles' }],
  ]);
});
