import { describe } from 'vitest';
import { expectQueries, MINISTRIES, ONDERWIJS } from './support.js';

describe('subscribe / subscriptions / unsubscribe', () => {
  expectQueries([
    ['abonneer', { intent: 'subscribe', sectors: [] }],
    ['abonneer politie, mbo', { intent: 'subscribe', sectors: ['politie', 'mbo'] }],
    ['abonneren op gemeenten en provincies', { intent: 'subscribe', sectors: ['gemeenten', 'provincies'] }],
    ['abonneer op politie', { intent: 'subscribe', sectors: ['politie'] }],
    ['Ik wil updates over defensie en gemeenten', { intent: 'subscribe', sectors: ['defensie', 'gemeenten'] }],
    ['Abonneer dit kanaal op het onderwijs', { intent: 'subscribe', sectors: ONDERWIJS }],
    ['abonneer op alle sectoren', { intent: 'subscribe', sectors: [] }],
    ['abonneer op de ministeries', { intent: 'subscribe', sectors: MINISTRIES }],
    ['abonneer op hoger onderwijs', { intent: 'subscribe', sectors: ['hbo', 'wo'] }],
    ['abonneer politei', { intent: 'subscribe', sectors: ['politie'] }],
    ['volg gemeenten', { intent: 'subscribe', sectors: ['gemeenten'] }],
    ['@banenbot abonneer JenV en Financiën', { intent: 'subscribe', sectors: ['jenv', 'fin'] }],
    ['abonnement op waterschappen', { intent: 'subscribe', sectors: ['waterschappen'] }],
    ['abonnementen', { intent: 'subscriptions' }],
    ['Waar ben ik op geabonneerd?', { intent: 'subscriptions' }],
    ['Toon mijn abonnementen', { intent: 'subscriptions' }],
    ['welke abonnementen heb ik', { intent: 'subscriptions' }],
    ['abonnement', { intent: 'subscriptions' }],
    ['afmelden', { intent: 'unsubscribe' }],
    ['stop abonnement', { intent: 'unsubscribe' }],
    ['uitschrijven', { intent: 'unsubscribe' }],
    ['Stop met updates', { intent: 'unsubscribe' }],
    ['Ik wil me afmelden', { intent: 'unsubscribe' }],
    ['Zeg mijn abonnement op', { intent: 'unsubscribe' }],
    ['ik wil niet meer geabonneerd zijn', { intent: 'unsubscribe' }],
    ['verwijder mijn abonnement', { intent: 'unsubscribe' }],
    ['uitzetten', { intent: 'unsubscribe' }],
    ['ik wil geen berichten meer', { intent: 'unsubscribe' }],
    ['meld me aan voor updates over de politie', { intent: 'subscribe', sectors: ['politie'] }],
    // A question about subscribing is answered with help, not by subscribing.
    ['hoe abonneer ik', { intent: 'help' }],
    ['help abonneren', { intent: 'help' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('subscriptions (acceptance)', () => {
  expectQueries([
    ['zet de meldingen uit', { intent: 'unsubscribe' }],
    ['ik wil op de hoogte blijven van het mbo', { intent: 'subscribe', sectors: ['mbo'] }],
    ['stuur me updates over het onderwijs', { intent: 'subscribe', sectors: ONDERWIJS }],
    ['abonneer dit kanaal op het mbo', { intent: 'subscribe', sectors: ['mbo'] }],
    ['geen meldingen meer aub', { intent: 'unsubscribe' }],
  ]);
});

describe('subscribe: words that name no sector; unsubscribe from some sectors only', () => {
  expectQueries([
    ['abonneer brandweer', { intent: 'subscribe', sectors: [], unknown: ['brandweer'] }],
    ['abonneer politie en brandweer', { intent: 'subscribe', sectors: ['politie'], unknown: ['brandweer'] }],
    ['afmelden mbo', { intent: 'unsubscribe', sectors: ['mbo'] }],
    ['meld ons af voor politie en defensie', { intent: 'unsubscribe', sectors: ['politie', 'defensie'] }],
    ['geen updates meer over het onderwijs', { intent: 'unsubscribe', sectors: ONDERWIJS }],
  ]);
});
