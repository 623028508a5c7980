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
    [
      'prognose',
      {
        intent: 'clarify',
        term: 'prognose',
        options: ['rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'],
        ask: 'projection',
      },
    ],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('projection (acceptance): "op tijd", a future year, and without a sector: which one', () => {
  expectQueries([
    ['haalt defensie het doel op tijd', { intent: 'projection', sector: 'defensie' }],
    ['op welk moment haalt het vo de doelstelling', { intent: 'projection', sector: 'vo' }],
    ['hoeveel jaar nog voor mbo', { intent: 'projection', sector: 'mbo' }],
    ['haalt het mbo het doel in 2025?', { intent: 'projection', sector: 'mbo' }],
    ['wanneer haalt het mbo het doel?', { intent: 'projection', sector: 'mbo' }],
    ['mbo op koers?', { intent: 'projection', sector: 'mbo' }],
    [
      'wanneer haalt het onderwijs het doel',
      { intent: 'clarify', term: 'het onderwijs', options: ['umc', 'po', 'vo', 'mbo', 'hbo'], ask: 'projection' },
    ],
    [
      'ligt de overheid op schema',
      {
        intent: 'clarify',
        term: 'de overheid',
        options: ['rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'],
        ask: 'projection',
      },
    ],
    [
      'voorspelling onderwijs',
      { intent: 'clarify', term: 'onderwijs', options: ['umc', 'po', 'vo', 'mbo', 'hbo'], ask: 'projection' },
    ],
    [
      'welke sectoren liggen op koers',
      {
        intent: 'clarify',
        term: 'op koers',
        options: ['rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'],
        ask: 'projection',
      },
    ],
  ]);
});
