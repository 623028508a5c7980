// Context (fta, doelgroepregister, doelen, quotum, banenafspraak, bronnen) and notes per sector/topic.
import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT_ITEMS } from '../../src/answers/intents/context.js';
import { MAX_NOTES } from '../../src/answers/intents/notes.js';
import { answer, ask, dataset } from './support.js';

describe('context', () => {
  it.each([
    ['wat is een fta?', 'fta', '25,5 uur per week'],
    ['doelgroepregister', 'doelgroepregister', '274.804 personen'],
    ['wat is het quotum?', 'quotum', '2,35%'],
  ] as const)('%s → %s', (q, topic, fragment) => {
    const a = ask(q);
    expect(a.query).toEqual({ intent: 'context', topic });
    expect(a.text).toContain(fragment);
    expect(a.text).toMatch(/\nBron: /);
  });

  it('context texts are the dataset texts verbatim, in dataset order, at most the maximum', () => {
    const a = answer({ intent: 'context', topic: 'doelen' });
    const texts = dataset.context.filter((c) => c.id.startsWith('doelen-')).map((c) => c.text);
    const lines = a.text.split('\n');
    expect(lines.slice(0, MAX_CONTEXT_ITEMS)).toEqual(texts.slice(0, MAX_CONTEXT_ITEMS));
  });

  it('numbers in context are facts with their source', () => {
    const a = answer({ intent: 'context', topic: 'fta' });
    expect(a.facts.find((f) => f.metric === 'fta-definitie')).toMatchObject({ value: 25.5, source: 'kst-34352-328' });
  });

  it('bronnen lists every source by citation', () => {
    const a = ask('welke bronnen gebruik je?');
    for (const s of dataset.sources) expect(a.text).toContain(`• ${s.citation}`);
    expect(a.view.table?.rows).toHaveLength(dataset.sources.length);
  });
});

describe('notes', () => {
  it('a sector and topic: only that sector, that topic', () => {
    const a = ask('wat doet de politie aan begeleiding?');
    expect(a.query).toEqual({ intent: 'notes', sector: 'politie', topic: 'begeleiding' });
    const expected = dataset.notes.filter((n) => n.sector === 'politie' && n.topic === 'begeleiding');
    expect(expected.length).toBeGreaterThan(0);
    for (const n of expected.slice(0, MAX_NOTES)) expect(a.text).toContain(n.text);
    expect(a.text).toContain('Bron: Kamerstuk 34 352 nr. 348');
  });

  it('a scope spreads over its sectors', () => {
    const a = ask('waarom lukt het niet in het onderwijs?');
    expect(a.text.split('\n')[0]).toBe('De onderwijssectoren over knelpunten:');
    expect(a.text).toContain('• umc’s: ');
    expect(a.text).toContain('• po: ');
    expect(a.text).not.toContain('• Politie: ');
  });

  it('at most the maximum, and says there is more', () => {
    const a = answer({ intent: 'notes', topic: 'begeleiding' });
    expect(a.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(MAX_NOTES);
    expect(a.text).toContain('Er zijn meer toelichtingen');
  });

  it("no note for that topic: the sector's other notes, said so", () => {
    const sector = dataset.sectors.find(
      (s) => s.kind === 'sector' && !dataset.notes.some((n) => n.sector === s.id && n.topic === 'maatregelen'),
    )!;
    const a = answer({ intent: 'notes', sector: sector.id, topic: 'maatregelen' });
    expect(a.text.split('\n')[0]).toMatch(/^Over maatregelen heb ik voor .* niets apart; wel dit:$/);
  });
});

// Acceptance round: questions about the levy get the quotum, with what the sources do not say first.
describe('context: the quotum levy', () => {
  it.each(['wat is de quotumheffing', 'wat gebeurt er als het doel niet gehaald wordt'])('%s', (q) => {
    const a = ask(q);
    expect(a.query).toEqual({ intent: 'context', topic: 'quotum' });
    expect(a.text.split('\n')[0]).toBe(
      'Over een quotumheffing (wanneer die ingaat of hoe hoog die is) staat niets in mijn bronnen. Wel gebruiken ze het quotum, een percentage van het personeel, om de doelen te berekenen:',
    );
    expect(a.text).toContain('2,35%');
  });

  it('wanneer moet het doel gehaald zijn → the national targets', () => {
    const a = ask('wanneer moet het doel gehaald zijn');
    expect(a.query).toEqual({ intent: 'context', topic: 'doelen' });
  });
});
