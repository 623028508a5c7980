import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('lookup: one sector, one metric or all', () => {
  expectQueries([
    ['realisatie politie 2024?', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 }],
    ['doel gemeenten 2023', { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2023 }],
    ['hoeveel fta heeft defensie gerealiseerd?', { intent: 'lookup', sector: 'defensie', metric: 'realisatie' }],
    ['percentage mbo', { intent: 'lookup', sector: 'mbo', metric: 'percentage' }],
    ['hoe staat het met de politie', { intent: 'lookup', sector: 'politie', metric: 'alles' }],
    ['politie', { intent: 'lookup', sector: 'politie', metric: 'alles' }],
    ['cijfers umc 2023', { intent: 'lookup', sector: 'umc', metric: 'alles', year: 2023 }],
    [
      'Wat is de realisatie van de politie in 2024?',
      { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
    ],
    [
      'Hoeveel banen heeft de politie in 2024 gerealiseerd?',
      { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
    ],
    [
      'Kun je me vertellen hoeveel fta de gemeenten hebben gerealiseerd?',
      { intent: 'lookup', sector: 'gemeenten', metric: 'realisatie' },
    ],
    ['Wat was het doel van defensie in 2023?', { intent: 'lookup', sector: 'defensie', metric: 'doel', year: 2023 }],
    [
      'Wat is het realisatiepercentage van het primair onderwijs?',
      { intent: 'lookup', sector: 'po', metric: 'percentage' },
    ],
    ['Hoe scoort het mbo?', { intent: 'lookup', sector: 'mbo', metric: 'alles' }],
    ['Geef me de cijfers van de provincies', { intent: 'lookup', sector: 'provincies', metric: 'alles' }],
    ['Stand van zaken universiteiten', { intent: 'lookup', sector: 'wo', metric: 'alles' }],
    ['Realisatie basisonderwijs 2023', { intent: 'lookup', sector: 'po', metric: 'realisatie', year: 2023 }],
    ['middelbare scholen percentage', { intent: 'lookup', sector: 'vo', metric: 'percentage' }],
    ['Hoeveel procent haalt het Rijk?', { intent: 'lookup', sector: 'rijk', metric: 'percentage' }],
    ["Hoe staat het ervoor bij de umc's?", { intent: 'lookup', sector: 'umc', metric: 'alles' }],
    ['Wat moet de politie realiseren?', { intent: 'lookup', sector: 'politie', metric: 'doel' }],
    [
      'Hoeveel fta moeten de gemeenten realiseren in 2024?',
      { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2024 },
    ],
    ['doel en realisatie politie', { intent: 'lookup', sector: 'politie', metric: 'alles' }],
    ['Hoeveel banen heeft NWO?', { intent: 'lookup', sector: 'onderzoeksinstellingen', metric: 'realisatie' }],
    ['POLITIE 2024!!!', { intent: 'lookup', sector: 'politie', metric: 'alles', year: 2024 }],
    ['in 2024, hoeveel had defensie?', { intent: 'lookup', sector: 'defensie', metric: 'alles', year: 2024 }],
    [
      'Beste banenbot, wat is het percentage van defensie in 2023?',
      { intent: 'lookup', sector: 'defensie', metric: 'percentage', year: 2023 },
    ],
    ['hoeveel % heeft het wo gerealiseerd', { intent: 'lookup', sector: 'wo', metric: 'percentage' }],
    [
      'hoeveel procent van het doel haalt het primair onderwijs',
      { intent: 'lookup', sector: 'po', metric: 'percentage' },
    ],
    ['prestaties gemeenten 2024', { intent: 'lookup', sector: 'gemeenten', metric: 'realisatie', year: 2024 }],
    [
      'hoeveel mensen met een arbeidsbeperking werken bij de politie',
      { intent: 'lookup', sector: 'politie', metric: 'alles' },
    ],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('lookup (acceptance): mbo contactpersonen', () => {
  expectQueries([
    ['realisatie mbo 2024?', { intent: 'lookup', sector: 'mbo', metric: 'realisatie', year: 2024 }],
    ['mbo 2024', { intent: 'lookup', sector: 'mbo', metric: 'alles', year: 2024 }],
    ['MBO Raad cijfers', { intent: 'lookup', sector: 'mbo', metric: 'alles' }],
    ["hoe doen de roc's het", { intent: 'lookup', sector: 'mbo', metric: 'alles' }],
    ['kun je me vertellen hoe het mbo ervoor staat', { intent: 'lookup', sector: 'mbo', metric: 'alles' }],
    [
      'ik wil graag weten wat de realisatie van het mbo was in 2024',
      { intent: 'lookup', sector: 'mbo', metric: 'realisatie', year: 2024 },
    ],
    ['realisatie%mbo', { intent: 'lookup', sector: 'mbo', metric: 'percentage' }],
    ['mbo-realisatie 2024', { intent: 'lookup', sector: 'mbo', metric: 'realisatie', year: 2024 }],
    ['hoe hoog is de realisatie van het mbo', { intent: 'lookup', sector: 'mbo', metric: 'realisatie' }],
  ]);
});
