import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('binnenwerk', () => {
  expectQueries([
    ['Binnenwerk', { intent: 'binnenwerk' }],
    ['hoeveel banen via binnenwerk', { intent: 'binnenwerk' }],
    ['Hoeveel banen realiseert Binnenwerk?', { intent: 'binnenwerk' }],
    ['Wat is Binnenwerk?', { intent: 'binnenwerk' }],
    ['Binnenwerk 2023', { intent: 'binnenwerk', year: 2023 }],
    ['Binnenwerk® realisatie 2024', { intent: 'binnenwerk', year: 2024 }],
    ['hoeveel banen heeft binnenwerk erbij', { intent: 'change', sector: 'binnenwerk' }],
    ['realisatie Binnenwerk in 2024', { intent: 'binnenwerk', year: 2024 }],
    ['hoe staat het met binnenwerk?', { intent: 'binnenwerk' }],
    ['wat doet binnenwerk', { intent: 'notes', sector: 'binnenwerk' }],
    ['ontwikkeling binnenwerk', { intent: 'trend', sector: 'binnenwerk' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('binnenwerk (acceptance): named with the Rijk it is part of', () => {
  expectQueries([
    ['hoeveel banen realiseert het Rijk via Binnenwerk', { intent: 'binnenwerk' }],
    ['Binnenwerk realisatie 2024 fta', { intent: 'binnenwerk', year: 2024 }],
    ['is binnenwerk gegroeid', { intent: 'change', sector: 'binnenwerk' }],
    ['Binnenwerk 2023 en 2024', { intent: 'compare', sectors: ['binnenwerk'], years: [2023, 2024] }],
  ]);
});
