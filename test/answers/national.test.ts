// The national picture: the agreement (125.000 = 100.000 markt + 25.000 overheid), what was
// realised nationally, the law that ends the split, the Aanjager, the share of hours. Each question
// is read by src/nlu/prose.ts and answered from data/context.json.
import { describe, expect, it } from 'vitest';
import { ask, unexplainedNumbers } from './support.js';

const READINGS: readonly [string, object][] = [
  ['Hoeveel banen moet de overheid in totaal realiseren?', { intent: 'context', topic: 'doelen' }],
  ['wat moet de overheid in totaal aan banen realiseren?', { intent: 'context', topic: 'doelen' }],
  ['hoeveel banen moeten overheid en onderwijs samen realiseren?', { intent: 'context', topic: 'doelen' }],
  ['hoeveel banen moet de markt realiseren?', { intent: 'context', topic: 'doelen', focus: 'markt' }],
  ['wat is de totale opgave van de banenafspraak?', { intent: 'context', topic: 'doelen', focus: 'totaal' }],
  ['hoeveel banen moeten er in totaal komen?', { intent: 'context', topic: 'doelen', focus: 'totaal' }],
  ['hoeveel banen zijn er landelijk gerealiseerd?', { intent: 'context', topic: 'landelijk' }],
  ['hoeveel extra banen zijn er in heel Nederland bijgekomen?', { intent: 'context', topic: 'landelijk' }],
  ['hoe staat de banenafspraak er landelijk voor?', { intent: 'context', topic: 'landelijk' }],
  ['heeft de markt het doel gehaald?', { intent: 'context', topic: 'landelijk' }],
  ['wat was het landelijke doel voor 2023?', { intent: 'context', topic: 'landelijk' }],
  ['welke wet heft het onderscheid tussen markt en overheid op?', { intent: 'context', topic: 'wet' }],
  ['wat verandert er met de nieuwe wet?', { intent: 'context', topic: 'wet' }],
  ['wordt het onderscheid tussen markt en overheid opgeheven?', { intent: 'context', topic: 'wet' }],
  ['wie was de aanjager?', { intent: 'context', topic: 'aanjager' }],
  ['wie is Hans Spigt?', { intent: 'context', topic: 'aanjager' }],
  ['welk deel van de uren werkt bij de overheid?', { intent: 'context', topic: 'uren' }],
  ['welk percentage van de verloonde uren komt van de overheid?', { intent: 'context', topic: 'uren' }],
  ['is het doel voor de overheid zwaarder dan voor de markt?', { intent: 'context', topic: 'uren' }],
];

describe('national picture', () => {
  it.each(READINGS)('%s', (question, query) => {
    const a = ask(question);
    expect(a.query).toEqual(query);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('the overheid target: 25.000 banen first, and how it relates to the sector goals in fta', () => {
    const a = ask('Hoeveel banen moet de overheid in totaal realiseren?');
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('Van de 125.000 extra banen nemen overheid en onderwijs er 25.000 voor hun rekening.');
    expect(a.text).toContain('Opgeteld komen de doelen van 13 sectoren voor 2024 op circa 32.920,3 fta');
    expect(a.text).toContain('de bronnen rekenen die niet om naar de 25.000 banen van de afspraak.');
    expect(a.facts.find((f) => f.metric === 'doelen-overheid')).toMatchObject({ value: 25000, unit: 'banen' });
  });

  it('the markt target leads when the markt is asked', () => {
    expect(ask('hoeveel banen moet de markt realiseren?').text.split('\n')[0]).toBe(
      'Voor de marktsector, de zorg inbegrepen, geldt een doel van 100.000 banen.',
    );
  });

  it('nationally realised: ruim 85.000 in 2023, below the 105.000', () => {
    const a = ask('hoeveel banen zijn er landelijk gerealiseerd?');
    expect(a.text.split('\n')[0]).toBe(
      'In 2023 waren er landelijk ruim 85.000 extra banen gerealiseerd ten opzichte van de nulmeting, minder dan het doel van 105.000 banen.',
    );
  });

  it('a sector figure question stays a figure question', () => {
    expect(ask('realisatie politie 2024').query).toMatchObject({ intent: 'lookup', sector: 'politie' });
    expect(ask('totaal overheid 2024').query).toMatchObject({ intent: 'total', scope: 'overheid' });
  });
});
