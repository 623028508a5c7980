import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('filter: which sectors meet a condition', () => {
  expectQueries([
    ['welke sectoren haalden hun doel?', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['wie haalt het doel niet', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['welke sectoren daalden?', { intent: 'filter', scope: 'sectoren', condition: 'gedaald' }],
    ['welke ministeries zitten boven 100%', { intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' }],
    [
      'Welke sectoren hebben hun doel gehaald in 2024?',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2024 },
    ],
    ['Welke ministeries halen hun doel?', { intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' }],
    [
      'Welke sectoren halen de doelstelling niet?',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' },
    ],
    [
      'welke sectoren hebben hun doelstelling niet gehaald',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' },
    ],
    ['Welke sectoren zijn gestegen?', { intent: 'filter', scope: 'sectoren', condition: 'gestegen' }],
    ['Welke onderwijssectoren zijn gedaald?', { intent: 'filter', scope: 'onderwijs', condition: 'gedaald' }],
    ['welke sectoren zitten onder het doel', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['Welke sectoren zitten boven de 100 procent?', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke sectoren halen 100 procent', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['hoeveel sectoren halen hun doel', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke sectoren zijn vooruitgegaan', { intent: 'filter', scope: 'sectoren', condition: 'gestegen' }],
    [
      'welke sectoren zijn achteruitgegaan in 2024',
      { intent: 'filter', scope: 'sectoren', condition: 'gedaald', year: 2024 },
    ],
    [
      'welke overheidssectoren hebben een tekort',
      { intent: 'filter', scope: 'overheid', condition: 'doel_niet_gehaald' },
    ],
    ['wie loopt er achter', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    [
      'welke ministeries zitten onder de 100%?',
      { intent: 'filter', scope: 'ministeries', condition: 'doel_niet_gehaald' },
    ],
    ['welke sectoren groeiden in 2023', { intent: 'filter', scope: 'sectoren', condition: 'gestegen', year: 2023 }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('filter (acceptance): thresholds other than 100%, "boven/onder hun doel", ministries', () => {
  expectQueries([
    ['wie zit onder de 50%', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 }],
    ['Wie zit onder de 50%?', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 }],
    [
      'welke sectoren zitten onder de 50 procent',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 },
    ],
    [
      'welke sectoren hebben minder dan 75%',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 75 },
    ],
    ['wie haalt minstens 80%', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', threshold: 80 }],
    [
      'welke sectoren halen meer dan 90 procent van hun doel',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', threshold: 90 },
    ],
    [
      'welke onderwijssectoren zitten onder de 30 procent',
      { intent: 'filter', scope: 'onderwijs', condition: 'doel_niet_gehaald', threshold: 30 },
    ],
    [
      'ministeries onder de 80%',
      { intent: 'filter', scope: 'ministeries', condition: 'doel_niet_gehaald', threshold: 80 },
    ],
    [
      'hoeveel ministeries zitten onder de 90%',
      { intent: 'filter', scope: 'ministeries', condition: 'doel_niet_gehaald', threshold: 90 },
    ],
    [
      'welke sectoren zitten onder de helft van hun doel',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 },
    ],
    [
      'welke sectoren halen minder dan de helft',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 },
    ],
    ['onder de 50%', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', threshold: 50 }],
    ['boven de 100%', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke sectoren zitten boven hun doel', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke ministeries zitten boven hun doel', { intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' }],
    ['welke ministeries lopen achter', { intent: 'filter', scope: 'ministeries', condition: 'doel_niet_gehaald' }],
    ['wie heeft het doel nog niet gehaald', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    [
      'welke sectoren haalden vorig jaar hun doel',
      { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2023 },
    ],
    [
      'welke sectoren zijn het afgelopen jaar gegroeid',
      { intent: 'filter', scope: 'sectoren', condition: 'gestegen', year: 2024 },
    ],
    ['wie is er achteruit gegaan', { intent: 'filter', scope: 'sectoren', condition: 'gedaald' }],
    ['is de overheid gegroeid in 2024', { intent: 'filter', scope: 'overheid', condition: 'gestegen', year: 2024 }],
  ]);
});
