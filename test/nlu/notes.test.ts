import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('notes: what sectors do, and why', () => {
  expectQueries([
    ['wat doet de politie?', { intent: 'notes', sector: 'politie' }],
    ['waarom lukt het niet in het onderwijs?', { intent: 'notes', scope: 'onderwijs', topic: 'knelpunten' }],
    ['wat doen andere sectoren aan begeleiding?', { intent: 'notes', topic: 'begeleiding' }],
    ['knelpunten umc', { intent: 'notes', sector: 'umc', topic: 'knelpunten' }],
    ['wat is de Blauwe Baan', { intent: 'notes', sector: 'politie' }],
    ['Wat doet defensie aan de banenafspraak?', { intent: 'notes', sector: 'defensie' }],
    ['Welke knelpunten ervaart het primair onderwijs?', { intent: 'notes', sector: 'po', topic: 'knelpunten' }],
    ["Waarom blijven de umc's achter?", { intent: 'notes', sector: 'umc', topic: 'knelpunten' }],
    ['Hoe pakken gemeenten het aan?', { intent: 'notes', sector: 'gemeenten', topic: 'aanpak' }],
    ['Welke maatregelen neemt het Rijk?', { intent: 'notes', sector: 'rijk', topic: 'maatregelen' }],
    ['Hoe is de begeleiding bij de politie geregeld?', { intent: 'notes', sector: 'politie', topic: 'begeleiding' }],
    ['Wat doen de hogescholen aan jobcoaching?', { intent: 'notes', sector: 'hbo', topic: 'begeleiding' }],
    ['Vertel me meer over het mbo', { intent: 'notes', sector: 'mbo' }],
    ['Wat zijn de plannen van de waterschappen?', { intent: 'notes', sector: 'waterschappen', topic: 'maatregelen' }],
    ['Hoe is het georganiseerd bij de provincies?', { intent: 'notes', sector: 'provincies', topic: 'organisatie' }],
    ['Wat doen de ministeries?', { intent: 'notes', scope: 'ministeries' }],
    ['Waarom is het zo moeilijk in het onderwijs?', { intent: 'notes', scope: 'onderwijs', topic: 'knelpunten' }],
    ['waarom haalt het onderwijs het doel niet', { intent: 'notes', scope: 'onderwijs', topic: 'knelpunten' }],
    ['waarom gaat het goed bij de gemeenten', { intent: 'notes', sector: 'gemeenten' }],
    ['wat zijn de knelpunten', { intent: 'notes', topic: 'knelpunten' }],
    ['welke maatregelen zijn er', { intent: 'notes', topic: 'maatregelen' }],
    ['hoe werkt de blauwe baan', { intent: 'notes', sector: 'politie' }],
    ['welke initiatieven zijn er bij de waterschappen', { intent: 'notes', sector: 'waterschappen', topic: 'aanpak' }],
    ['aanpak provincies', { intent: 'notes', sector: 'provincies', topic: 'aanpak' }],
    ['jobcoaches bij defensie', { intent: 'notes', sector: 'defensie', topic: 'begeleiding' }],
    ['wat gaat de overheid doen', { intent: 'notes', scope: 'overheid', topic: 'maatregelen' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('notes (acceptance): other sectors, werving, knelpunten as superlative, League Rijk', () => {
  expectQueries([
    ['wat doen andere sectoren aan begeleiding?', { intent: 'notes', topic: 'begeleiding' }],
    ['hoe begeleiden andere sectoren hun medewerkers', { intent: 'notes', topic: 'begeleiding' }],
    [
      'wat doen andere onderwijssectoren aan begeleiding',
      { intent: 'notes', scope: 'onderwijs', topic: 'begeleiding' },
    ],
    ['wat doen andere sectoren aan werving', { intent: 'notes', topic: 'aanpak' }],
    ['hoe werven andere sectoren kandidaten', { intent: 'notes', topic: 'aanpak' }],
    ['wat werkt goed in andere sectoren', { intent: 'notes', topic: 'aanpak' }],
    ['wat kan het mbo leren van andere sectoren', { intent: 'notes', topic: 'aanpak' }],
    ['wat zijn de grootste knelpunten', { intent: 'notes', topic: 'knelpunten' }],
    ['waarom scoort het po zo laag', { intent: 'notes', sector: 'po', topic: 'knelpunten' }],
    ['is het doel voor het mbo realistisch', { intent: 'notes', sector: 'mbo', topic: 'knelpunten' }],
    ['wat is de League Rijk', { intent: 'notes', sector: 'rijk', topic: 'organisatie' }],
    ['welke sectoren rapporteren inkoop', { intent: 'notes', topic: 'inkoop' }],
    ["wat doen roc's aan begeleiding", { intent: 'notes', sector: 'mbo', topic: 'begeleiding' }],
    ['wat gaat de MBO Raad doen', { intent: 'notes', sector: 'mbo', topic: 'maatregelen' }],
  ]);
});
