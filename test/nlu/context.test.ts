import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('context: national facts and definitions', () => {
  expectQueries([
    ['wat is een fta?', { intent: 'context', topic: 'fta' }],
    ['doelgroepregister', { intent: 'context', topic: 'doelgroepregister' }],
    ['hoeveel mensen staan in het doelgroepregister', { intent: 'context', topic: 'doelgroepregister' }],
    ['wat is het doel van de overheid?', { intent: 'context', topic: 'doelen' }],
    ['quotum', { intent: 'context', topic: 'quotum' }],
    ['wat is de banenafspraak', { intent: 'context', topic: 'banenafspraak' }],
    ['welke bronnen gebruik je', { intent: 'context', topic: 'bronnen' }],
    ['Wat betekent fta?', { intent: 'context', topic: 'fta' }],
    ['Hoeveel uur is een fta?', { intent: 'context', topic: 'fta' }],
    ['wat is een fte', { intent: 'context', topic: 'fta' }],
    ['wat is het verschil tussen fte en fta', { intent: 'context', topic: 'fta' }],
    ['Wat is het doelgroepregister?', { intent: 'context', topic: 'doelgroepregister' }],
    ['hoe groot is de doelgroep', { intent: 'context', topic: 'doelgroepregister' }],
    ['Wat is de doelstelling van de overheid?', { intent: 'context', topic: 'doelen' }],
    ['Hoeveel banen moet de overheid realiseren?', { intent: 'context', topic: 'doelen' }],
    ['wat is het doel', { intent: 'context', topic: 'doelen' }],
    ['25.000 banen', { intent: 'context', topic: 'doelen' }],
    ['Wat is de quotumheffing?', { intent: 'context', topic: 'quotum' }],
    ['wanneer gaat de quotumheffing in', { intent: 'context', topic: 'quotum' }],
    ['Wat houdt de banenafspraak in?', { intent: 'context', topic: 'banenafspraak' }],
    ['wat is de wet banenafspraak', { intent: 'context', topic: 'banenafspraak' }],
    ['banenafspraak', { intent: 'context', topic: 'banenafspraak' }],
    ['Waar komen je cijfers vandaan?', { intent: 'context', topic: 'bronnen' }],
    ['uit welk kamerstuk komen de cijfers', { intent: 'context', topic: 'bronnen' }],
    ['bronnen', { intent: 'context', topic: 'bronnen' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('context (acceptance): how recent, deadline, consequences, the doelgroep', () => {
  expectQueries([
    ['hoe actueel zijn de cijfers', { intent: 'context', topic: 'bronnen' }],
    ['van wanneer zijn de cijfers', { intent: 'context', topic: 'bronnen' }],
    ['waarom is er een banenafspraak', { intent: 'context', topic: 'banenafspraak' }],
    ['wanneer moet het doel gehaald zijn', { intent: 'context', topic: 'doelen' }],
    ['wat gebeurt er als het doel niet gehaald wordt', { intent: 'context', topic: 'quotum' }],
    ['wat is de quotumregeling', { intent: 'context', topic: 'quotum' }],
    ['wat is een arbeidsbeperking', { intent: 'context', topic: 'doelgroepregister' }],
    ['wat is het doel voor overheid en onderwijs', { intent: 'context', topic: 'doelen' }],
    ['hoeveel mensen staan in het doelgroepregister', { intent: 'context', topic: 'doelgroepregister' }],
    ['wat is het landelijke doel', { intent: 'context', topic: 'doelen', focus: 'totaal' }],
    ['over welke jaren heb je cijfers', { intent: 'context', topic: 'bronnen' }],
    ['van welk jaar zijn de laatste cijfers', { intent: 'context', topic: 'bronnen' }],
    ['wanneer komen de nieuwe cijfers', { intent: 'context', topic: 'bronnen' }],
    ['wanneer verschijnt de volgende voortgangsbrief', { intent: 'context', topic: 'bronnen' }],
  ]);
});
