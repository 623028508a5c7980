import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('total: a scope added up', () => {
  expectQueries([
    ['totaal overheid 2024', { intent: 'total', scope: 'overheid', year: 2024 }],
    ['hoeveel banen in totaal', { intent: 'total', scope: 'sectoren' }],
    ['alle onderwijssectoren samen', { intent: 'total', scope: 'onderwijs' }],
    ['Hoeveel banen heeft de overheid in totaal gerealiseerd?', { intent: 'total', scope: 'overheid' }],
    ['Totaal onderwijs 2024', { intent: 'total', scope: 'onderwijs', year: 2024 }],
    ['Wat is de totale realisatie van alle sectoren?', { intent: 'total', scope: 'sectoren' }],
    ['Hoeveel banen hebben alle ministeries samen?', { intent: 'total', scope: 'ministeries' }],
    ['Hoeveel fta in totaal in 2023?', { intent: 'total', scope: 'sectoren', year: 2023 }],
    ['wat is het totaal van het onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['hoeveel banen heeft de overheid samen', { intent: 'total', scope: 'overheid' }],
    ['totale realisatie overheid en onderwijs 2024', { intent: 'total', scope: 'sectoren', year: 2024 }],
    ['totaal', { intent: 'total', scope: 'sectoren' }],
    ['Hoeveel banen zijn er in 2024 gerealiseerd?', { intent: 'total', scope: 'sectoren', year: 2024 }],
    ['realisatie 2024', { intent: 'total', scope: 'sectoren', year: 2024 }],
    ['Hoe staat de overheid ervoor?', { intent: 'total', scope: 'overheid' }],
    ['Hoe gaat het met de banenafspraak?', { intent: 'total', scope: 'sectoren' }],
    ['alles bij elkaar opgeteld in 2023', { intent: 'total', scope: 'sectoren', year: 2023 }],
    ['gemiddelde percentage overheid', { intent: 'total', scope: 'overheid' }],
    ['welk percentage haalt de overheid gemiddeld', { intent: 'total', scope: 'overheid' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('total (acceptance): "onderwijs" is the group, totals of what is missing, "de hele overheid"', () => {
  expectQueries([
    ['totaal onderwijs 2023', { intent: 'total', scope: 'onderwijs', year: 2023 }],
    ['onderwijs totaal 2023', { intent: 'total', scope: 'onderwijs', year: 2023 }],
    ['onderwijs 2024', { intent: 'total', scope: 'onderwijs', year: 2024 }],
    ['realisatie onderwijs 2024', { intent: 'total', scope: 'onderwijs', year: 2024 }],
    ['hoeveel procent haalt het onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['hoeveel banen heeft het onderwijs gerealiseerd', { intent: 'total', scope: 'onderwijs' }],
    ['hoe doet het onderwijs het', { intent: 'total', scope: 'onderwijs' }],
    ['wat is het doel van het onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['totale tekort', { intent: 'total', scope: 'sectoren' }],
    ['wat is het totale tekort van het onderwijs', { intent: 'total', scope: 'onderwijs' }],
    ['wat is het tekort van de hele overheid', { intent: 'total', scope: 'overheid' }],
    ['hoeveel mensen met een arbeidsbeperking werken bij de overheid', { intent: 'total', scope: 'overheid' }],
    ['nieuwste cijfers', { intent: 'total', scope: 'sectoren' }],
    ['hoeveel banen in 2022', { intent: 'total', scope: 'sectoren', year: 2022 }],
    ['landelijk totaal', { intent: 'total', scope: 'sectoren' }],
    ['totaal ministeries 2024', { intent: 'total', scope: 'ministeries', year: 2024 }],
  ]);
});
