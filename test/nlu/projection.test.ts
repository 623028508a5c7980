import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('projection: when is the target reached at this pace', () => {
  expectQueries([
    ['wanneer haalt de politie het doel bij dit tempo?', { intent: 'projection', sector: 'politie' }],
    ['prognose umc', { intent: 'projection', sector: 'umc' }],
    ['Wanneer haalt defensie het doel?', { intent: 'projection', sector: 'defensie' }],
    ['Gaat het vo het doel halen?', { intent: 'projection', sector: 'vo' }],
    ['Prognose voor het Rijk', { intent: 'projection', sector: 'rijk' }],
    ['In welk jaar haalt de politie haar doelstelling?', { intent: 'projection', sector: 'politie' }],
    ["Hoe lang duurt het nog voordat de umc's hun doel halen?", { intent: 'projection', sector: 'umc' }],
    ['ligt de politie op koers?', { intent: 'projection', sector: 'politie' }],
    ['is defensie op schema', { intent: 'projection', sector: 'defensie' }],
    ['verwachting gemeenten', { intent: 'projection', sector: 'gemeenten' }],
    ["wanneer is het doel bij de umc's bereikt", { intent: 'projection', sector: 'umc' }],
    ['voorspelling hbo', { intent: 'projection', sector: 'hbo' }],
    // Without a sector: ask which one.
    ['prognose', { intent: 'clarify', term: 'prognose', options: ['rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'], ask: 'projection' }],
  ]);
});
