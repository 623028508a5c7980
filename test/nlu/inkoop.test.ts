import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('inkoop: realisation including purchasing (SROI)', () => {
  expectQueries([
    ['vo inclusief inkoop 2024', { intent: 'inkoop', sector: 'vo', year: 2024 }],
    ['defensie met sroi', { intent: 'inkoop', sector: 'defensie' }],
    ['hbo incl. inkoop', { intent: 'inkoop', sector: 'hbo' }],
    ['sroi wo', { intent: 'inkoop', sector: 'wo' }],
    ['Realisatie inclusief inkoop bij defensie', { intent: 'inkoop', sector: 'defensie' }],
    ["Hoeveel banen via SROI bij de umc's?", { intent: 'inkoop', sector: 'umc' }],
    ['Telt inkoop mee bij het mbo?', { intent: 'inkoop', sector: 'mbo' }],
    ['Social return politie', { intent: 'inkoop', sector: 'politie' }],
    ['inkoop defensie 2023', { intent: 'inkoop', sector: 'defensie', year: 2023 }],
    ['percentage inclusief sroi defensie', { intent: 'inkoop', sector: 'defensie' }],
    ['Social Return on Investment gemeenten', { intent: 'inkoop', sector: 'gemeenten' }],
    // About inkoop without figures for one sector: the notes on it.
    ['wat doet de politie aan inkoop', { intent: 'notes', sector: 'politie', topic: 'inkoop' }],
    ['inkoop', { intent: 'notes', topic: 'inkoop' }],
    ['wat doen sectoren aan sroi', { intent: 'notes', topic: 'inkoop' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('inkoop (acceptance): a ranking by the inkoop figures the letters give', () => {
  expectQueries([
    ['welke sector doet het best qua inkoop', { intent: 'ranking', scope: 'sectoren', by: 'inkoop', order: 'hoog' }],
    ['wie heeft de meeste inkoopbanen', { intent: 'ranking', scope: 'sectoren', by: 'inkoop', order: 'hoog' }],
    ['mbo inclusief sroi', { intent: 'inkoop', sector: 'mbo' }],
    ['hoeveel banen via inkoop bij defensie', { intent: 'inkoop', sector: 'defensie' }],
  ]);
});
