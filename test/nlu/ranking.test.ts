import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('ranking: sectors ordered by a measure', () => {
  expectQueries([
    [
      'welke sector scoort het best in 2024?',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2024 },
    ],
    ['welke sector scoort het slechtst', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    ['top 3', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 3 }],
    ['laagste percentage', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    ['grootste stijging', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['grootste tekort', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    [
      'welk ministerie scoort het hoogst?',
      { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog' },
    ],
    ['ranglijst onderwijs', { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' }],
    [
      'Welke sector heeft het hoogste realisatiepercentage?',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' },
    ],
    ['Wie is de koploper?', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    [
      'Welk ministerie presteert het slechtst?',
      { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'laag' },
    ],
    [
      'Top 5 sectoren 2024',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 5, year: 2024 },
    ],
    [
      'Wat zijn de 3 beste sectoren?',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 3 },
    ],
    ['top drie ministeries', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', limit: 3 }],
    [
      'Welke onderwijssector scoort het laagst?',
      { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'laag' },
    ],
    [
      'Welke sector heeft de meeste banen gerealiseerd?',
      { intent: 'ranking', scope: 'sectoren', by: 'realisatie', order: 'hoog' },
    ],
    ['wie heeft de minste banen', { intent: 'ranking', scope: 'sectoren', by: 'realisatie', order: 'laag' }],
    ['Welke sector is het meest gestegen?', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['welke sector is het hardst gegroeid', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    ['welke sector heeft de grootste daling', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'laag' }],
    ['Welke sector heeft de grootste achterstand?', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    [
      'welk ministerie heeft het kleinste tekort',
      { intent: 'ranking', scope: 'ministeries', by: 'gap', order: 'laag' },
    ],
    [
      'Ranglijst ministeries 2024',
      { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', year: 2024 },
    ],
    ['welke sector is de hekkensluiter', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag' }],
    [
      'beste overheidssector 2023',
      { intent: 'ranking', scope: 'overheid', by: 'percentage', order: 'hoog', year: 2023 },
    ],
    ['waar staat defensie in de ranglijst', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    ['welke sector zit het dichtst bij het doel', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'laag' }],
    ['welke sector is het verst van het doel', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['wie zakt het meest', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'laag' }],
    ['welke sector groeit het snelst', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog' }],
    [
      'wie doet het het best in het onderwijs',
      { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' },
    ],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('ranking (acceptance): worst/best N, by target, by surplus, rise since a year, "van hoog naar laag"', () => {
  expectQueries([
    [
      'top 5 slechtst presterende sectoren',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag', limit: 5 },
    ],
    [
      'top 5 best presterende sectoren 2023',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 5, year: 2023 },
    ],
    ['de slechtste vijf', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag', limit: 5 }],
    ['onderste 3 sectoren', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag', limit: 3 }],
    ['laagste 3 ministeries', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'laag', limit: 3 }],
    ['welk ministerie zit het laagst', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'laag' }],
    [
      'Welke drie ministeries scoren het best?',
      { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', limit: 3 },
    ],
    ['grootste daler', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'laag' }],
    ['grootste stijger 2024', { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog', year: 2024 }],
    ['nummer 1', { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' }],
    [
      'welke sector presteert het beste binnen het onderwijs',
      { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' },
    ],
    [
      'onderwijs: welke sector doet het best',
      { intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog' },
    ],
    ['welke sector heeft het hoogste doel', { intent: 'ranking', scope: 'sectoren', by: 'doel', order: 'hoog' }],
    [
      'welke sector moet de meeste banen realiseren',
      { intent: 'ranking', scope: 'sectoren', by: 'doel', order: 'hoog' },
    ],
    [
      'welk ministerie moet de meeste banen realiseren',
      { intent: 'ranking', scope: 'ministeries', by: 'doel', order: 'hoog' },
    ],
    ['wie moet nog het meest', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' }],
    ['wie zit het meest boven het doel', { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'laag' }],
    [
      'wie heeft het doel het ruimst gehaald',
      { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' },
    ],
    [
      'welke sector heeft de grootste stijging sinds 2020',
      { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog', from: 2020 },
    ],
    [
      'welke sector is het sterkst gegroeid tussen 2019 en 2024',
      { intent: 'ranking', scope: 'sectoren', by: 'stijging', order: 'hoog', year: 2024, from: 2019 },
    ],
    ['ministeries van hoog naar laag', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog' }],
    ['ministeries van laag naar hoog', { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'laag' }],
    ['rangschik de ministeries op tekort', { intent: 'ranking', scope: 'ministeries', by: 'gap', order: 'hoog' }],
    ['tekort per ministerie', { intent: 'ranking', scope: 'ministeries', by: 'gap', order: 'hoog' }],
    [
      'top 3 ministeries met het grootste tekort',
      { intent: 'ranking', scope: 'ministeries', by: 'gap', order: 'hoog', limit: 3 },
    ],
    [
      'welke onderwijssector is het meest gegroeid',
      { intent: 'ranking', scope: 'onderwijs', by: 'stijging', order: 'hoog' },
    ],
    [
      'welk ministerie is het meest gegroeid',
      { intent: 'ranking', scope: 'ministeries', by: 'stijging', order: 'hoog' },
    ],
  ]);
});
