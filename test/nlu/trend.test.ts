import { describe } from 'vitest';
import { ALL_SECTORS, expectQueries, ONDERWIJS, OVERHEID } from './support.js';

describe('trend: development over the years', () => {
  expectQueries([
    ['ontwikkeling rijk 2019-2024', { intent: 'trend', sector: 'rijk', from: 2019, to: 2024 }],
    ['trend politie', { intent: 'trend', sector: 'politie' }],
    ['hoe heeft defensie zich ontwikkeld', { intent: 'trend', sector: 'defensie' }],
    ['Hoe heeft de politie zich ontwikkeld sinds 2019?', { intent: 'trend', sector: 'politie', from: 2019 }],
    ['Laat de trend van het Rijk zien', { intent: 'trend', sector: 'rijk' }],
    ['Ontwikkeling van de gemeenten door de jaren heen', { intent: 'trend', sector: 'gemeenten' }],
    ['Verloop realisatie defensie 2020 t/m 2024', { intent: 'trend', sector: 'defensie', from: 2020, to: 2024 }],
    ['Grafiek politie', { intent: 'trend', sector: 'politie' }],
    ['trend gemeenten laatste 3 jaar', { intent: 'trend', sector: 'gemeenten', from: 2022, to: 2024 }],
    ['ontwikkeling politie afgelopen 5 jaar', { intent: 'trend', sector: 'politie', from: 2020, to: 2024 }],
    ['gemeenten tussen 2020 en 2024', { intent: 'trend', sector: 'gemeenten', from: 2020, to: 2024 }],
    ['politie van 2019 tot en met 2024', { intent: 'trend', sector: 'politie', from: 2019, to: 2024 }],
    ['realisatie mbo sinds 2020', { intent: 'trend', sector: 'mbo', from: 2020 }],
    ['historie waterschappen', { intent: 'trend', sector: 'waterschappen' }],
    ['verloop umc’s', { intent: 'trend', sector: 'umc' }],
    // Without a sector: all sectors of the scope side by side, over the latest five years with figures.
    ['verloop', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2020, 2021, 2022, 2023, 2024] }],
    [
      'ontwikkeling onderwijs 2022-2024',
      { intent: 'compare', sectors: ONDERWIJS, scope: 'onderwijs', years: [2022, 2023, 2024] },
    ],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('trend (acceptance): "verliep", "sinds de start", scopes over the latest years', () => {
  expectQueries([
    ['hoe verliep het bij defensie', { intent: 'trend', sector: 'defensie' }],
    ['mbo jaar op jaar', { intent: 'trend', sector: 'mbo' }],
    ['defensie sinds de start', { intent: 'trend', sector: 'defensie' }],
    ['defensie vanaf het begin', { intent: 'trend', sector: 'defensie' }],
    [
      'trend overheid',
      { intent: 'compare', sectors: OVERHEID, scope: 'overheid', years: [2020, 2021, 2022, 2023, 2024] },
    ],
    [
      'hoe heeft het onderwijs zich ontwikkeld',
      { intent: 'compare', sectors: ONDERWIJS, scope: 'onderwijs', years: [2020, 2021, 2022, 2023, 2024] },
    ],
    [
      'ontwikkeling overheid sinds 2020',
      { intent: 'compare', sectors: OVERHEID, scope: 'overheid', years: [2020, 2021, 2022, 2023, 2024] },
    ],
    ['ontwikkeling mbo 2019 t/m 2024', { intent: 'trend', sector: 'mbo', from: 2019, to: 2024 }],
    ['mbo tussen 2019 en 2024', { intent: 'trend', sector: 'mbo', from: 2019, to: 2024 }],
    ['mbo afgelopen 2 jaar', { intent: 'trend', sector: 'mbo', from: 2023, to: 2024 }],
  ]);
});
