import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('filter: which sectors meet a condition', () => {
  expectQueries([
    ['welke sectoren haalden hun doel?', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['wie haalt het doel niet', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['welke sectoren daalden?', { intent: 'filter', scope: 'sectoren', condition: 'gedaald' }],
    ['welke ministeries zitten boven 100%', { intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' }],
    ['Welke sectoren hebben hun doel gehaald in 2024?', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2024 }],
    ['Welke ministeries halen hun doel?', { intent: 'filter', scope: 'ministeries', condition: 'doel_gehaald' }],
    ['Welke sectoren halen de doelstelling niet?', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['welke sectoren hebben hun doelstelling niet gehaald', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['Welke sectoren zijn gestegen?', { intent: 'filter', scope: 'sectoren', condition: 'gestegen' }],
    ['Welke onderwijssectoren zijn gedaald?', { intent: 'filter', scope: 'onderwijs', condition: 'gedaald' }],
    ['welke sectoren zitten onder het doel', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['Welke sectoren zitten boven de 100 procent?', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke sectoren halen 100 procent', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['hoeveel sectoren halen hun doel', { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald' }],
    ['welke sectoren zijn vooruitgegaan', { intent: 'filter', scope: 'sectoren', condition: 'gestegen' }],
    ['welke sectoren zijn achteruitgegaan in 2024', { intent: 'filter', scope: 'sectoren', condition: 'gedaald', year: 2024 }],
    ['welke overheidssectoren hebben een tekort', { intent: 'filter', scope: 'overheid', condition: 'doel_niet_gehaald' }],
    ['wie loopt er achter', { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald' }],
    ['welke ministeries zitten onder de 100%?', { intent: 'filter', scope: 'ministeries', condition: 'doel_niet_gehaald' }],
    ['welke sectoren groeiden in 2023', { intent: 'filter', scope: 'sectoren', condition: 'gestegen', year: 2023 }],
  ]);
});
