import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('ranking: sectors ordered by a measure', () => {
  expectQueries([
    ['welke sector scoort het best in 2024?', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2024 }],
    ['welke sector scoort het slechtst', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    ['top 3', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 3 }],
    ['laagste percentage', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    ['grootste stijging', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['grootste tekort', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['welk ministerie scoort het hoogst?', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog' }],
    ['ranglijst onderwijs', { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' }],
    ['Welke sector heeft het hoogste realisatiepercentage?', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    ['Wie is de koploper?', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    ['Welk ministerie presteert het slechtst?', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'laag' }],
    ['Top 5 sectoren 2024', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 5, year: 2024 }],
    ['Wat zijn de 3 beste sectoren?', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 3 }],
    ['top drie ministeries', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', limit: 3 }],
    ['Welke onderwijssector scoort het laagst?', { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'laag' }],
    ['Welke sector heeft de meeste banen gerealiseerd?', { intent: 'ranking', scope: 'sectoren', by: 'realisatie', order: 'hoog' }],
    ['wie heeft de minste banen', { intent: 'ranking', scope: 'sectoren', by: 'realisatie', order: 'laag' }],
    ['Welke sector is het meest gestegen?', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['welke sector is het hardst gegroeid', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['welke sector heeft de grootste daling', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'laag' }],
    ['Welke sector heeft de grootste achterstand?', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['welk ministerie heeft het kleinste tekort', { intent: 'ranking', scope: 'ministeries', by: 'gap', order: 'laag' }],
    ['Ranglijst ministeries 2024', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', year: 2024 }],
    ['welke sector is de hekkensluiter', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    ['beste overheidssector 2023', { intent: 'ranking', scope: 'overheid', by: 'percentage', order: 'hoog', year: 2023 }],
    ['waar staat defensie in de ranglijst', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    ['welke sector zit het dichtst bij het doel', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'laag' }],
    ['welke sector is het verst van het doel', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['wie zakt het meest', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'laag' }],
    ['welke sector groeit het snelst', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['wie doet het het best in het onderwijs', { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' }],
  ]);
});
