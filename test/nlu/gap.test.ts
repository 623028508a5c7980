import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('gap: how far from the target', () => {
  expectQueries([
    ['hoeveel mist de politie nog?', { intent: 'gap', sector: 'politie' }],
    ['tekort umc 2024', { intent: 'gap', sector: 'umc', year: 2024 }],
    ['gap rijk', { intent: 'gap', sector: 'rijk' }],
    ['hoe ver is vo van het doel', { intent: 'gap', sector: 'vo' }],
    ['Wat is het tekort van de politie?', { intent: 'gap', sector: 'politie' }],
    ['Hoeveel banen moet defensie nog realiseren?', { intent: 'gap', sector: 'defensie' }],
    ['Hoe ver zijn de waterschappen nog van hun doel?', { intent: 'gap', sector: 'waterschappen' }],
    ['Hoeveel fta ontbreekt er nog bij het vo?', { intent: 'gap', sector: 'vo' }],
    ['Haalt de politie het doel?', { intent: 'gap', sector: 'politie' }],
    ['Heeft defensie de doelstelling gehaald in 2024?', { intent: 'gap', sector: 'defensie', year: 2024 }],
    ['Hoeveel loopt het hbo achter?', { intent: 'gap', sector: 'hbo' }],
    ['achterstand umc', { intent: 'gap', sector: 'umc' }],
    ['hoe groot is het gat bij defensie', { intent: 'gap', sector: 'defensie' }],
    ['wat mist het po nog om het doel te halen', { intent: 'gap', sector: 'po' }],
    ['hoeveel fta tekort heeft het vo in 2024', { intent: 'gap', sector: 'vo', year: 2024 }],
    ['wat is het verschil tussen doel en realisatie bij de politie', { intent: 'gap', sector: 'politie' }],
    ['afstand tot het doel gemeenten', { intent: 'gap', sector: 'gemeenten' }],
    ['hoeveel banen zijn nog nodig bij JenV', { intent: 'gap', sector: 'jenv' }],
    ['zitten de gemeenten boven hun doel?', { intent: 'gap', sector: 'gemeenten' }],
    ['is de doelstelling voor het mbo gehaald in 2023?', { intent: 'gap', sector: 'mbo', year: 2023 }],
    // Without a sector: the sectors ordered by their gap, largest first.
    ['achterstand', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['tekort onderwijs 2024', { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'hoog', year: 2024 }],
    [
      'hoeveel fta moet het onderwijs nog realiseren',
      { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'hoog' },
    ],
    ['hoe ver is de overheid van het doel', { intent: 'ranking', scope: 'overheid', by: 'gap', order: 'hoog' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('gap (acceptance): "verschil doel realisatie", "restopgave"', () => {
  expectQueries([
    ['mbo verschil doel realisatie', { intent: 'gap', sector: 'mbo' }],
    ['mbo restopgave', { intent: 'gap', sector: 'mbo' }],
    ['resterende opgave mbo', { intent: 'gap', sector: 'mbo' }],
    ['hoe ver is het mbo', { intent: 'gap', sector: 'mbo' }],
    ['wat moet het mbo halen', { intent: 'gap', sector: 'mbo' }],
    ['JenV: wanneer doel gehaald', { intent: 'projection', sector: 'jenv' }],
  ]);
});
