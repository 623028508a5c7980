import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('change: between two years', () => {
  expectQueries([
    ['hoeveel is defensie gestegen?', { intent: 'change', sector: 'defensie' }],
    ['verschil gemeenten 2023 2024', { intent: 'change', sector: 'gemeenten', from: 2023, to: 2024 }],
    ['groei politie sinds 2020', { intent: 'change', sector: 'politie', from: 2020 }],
    ['daling vo', { intent: 'change', sector: 'vo' }],
    [
      'Hoeveel is de politie gegroeid tussen 2023 en 2024?',
      { intent: 'change', sector: 'politie', from: 2023, to: 2024 },
    ],
    ['Is het percentage van het vo gedaald?', { intent: 'change', sector: 'vo' }],
    ['Wat is de stijging van defensie ten opzichte van 2023?', { intent: 'change', sector: 'defensie', from: 2023 }],
    ['Verschil tussen 2023 en 2024 bij de gemeenten', { intent: 'change', sector: 'gemeenten', from: 2023, to: 2024 }],
    ['Hoeveel banen zijn er bij het Rijk bijgekomen?', { intent: 'change', sector: 'rijk' }],
    ['Is het wo vooruitgegaan?', { intent: 'change', sector: 'wo' }],
    ['groei gemeenten van 2023 naar 2024', { intent: 'change', sector: 'gemeenten', from: 2023, to: 2024 }],
    ['hoeveel groeide de politie van 2022 tot 2024', { intent: 'change', sector: 'politie', from: 2022, to: 2024 }],
    ['daling van het vo sinds 2023', { intent: 'change', sector: 'vo', from: 2023 }],
    ['is het hbo achteruit gegaan', { intent: 'change', sector: 'hbo' }],
    ['politie 2024 t.o.v. 2023', { intent: 'change', sector: 'politie', from: 2023, to: 2024 }],
    ['hoeveel meer banen heeft het rijk dan vorig jaar', { intent: 'change', sector: 'rijk', from: 2023 }],
    ['toename realisatie provincies in 2024', { intent: 'change', sector: 'provincies', to: 2024 }],
    ['binnenwerk groei', { intent: 'change', sector: 'binnenwerk' }],
    // Without a sector: which sectors rose or fell.
    ['daling', { intent: 'filter', scope: 'sectoren', condition: 'gedaald' }],
    ['stijging 2024', { intent: 'filter', scope: 'sectoren', condition: 'gestegen', year: 2024 }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('change (acceptance)', () => {
  expectQueries([
    ['hoeveel is het mbo gegroeid ten opzichte van vorig jaar', { intent: 'change', sector: 'mbo', from: 2023 }],
    ['doet het mbo het beter dan vorig jaar', { intent: 'change', sector: 'mbo', from: 2023 }],
    ['Wat is de groei van het mbo tov 2023', { intent: 'change', sector: 'mbo', from: 2023 }],
    ['groei defensie 2023-2024', { intent: 'change', sector: 'defensie', from: 2023, to: 2024 }],
    ['hoe verhoudt het mbo zich tot vorig jaar', { intent: 'change', sector: 'mbo', from: 2023 }],
    ['mbo vs vorig jaar', { intent: 'change', sector: 'mbo', from: 2023 }],
    ['mbo ten opzichte van 2023', { intent: 'change', sector: 'mbo', from: 2023 }],
  ]);
});
