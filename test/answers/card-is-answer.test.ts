// In Teams the card is the whole answer (the message only adds the cited source): whatever the
// answer text says, its card says too. And every answer names its sources as numbered citations.
import { describe, expect, it } from 'vitest';
import { visibleTexts } from '../cards/card-text.js';
import { ask } from './support.js';

const cardText = (q: string) => {
  const a = ask(q);
  expect(a.card, q).not.toBeNull();
  return visibleTexts(a.card!)
    .join('\n')
    .replace(/\u00a0/g, ' ');
};

describe('the card says what the text says', () => {
  it('a lookup without a year names the year it took, on the card', () => {
    expect(ask('realisatie politie').text).toContain('Laatste jaar met cijfers: 2024.');
    expect(cardText('realisatie politie')).toContain('Laatste jaar met cijfers: 2024.');
  });

  it('a goal that was reached says so on the card', () => {
    expect(cardText('realisatie gemeenten 2024')).toContain('Het doel is gehaald.');
  });

  it('a total shows how it was computed on the card', () => {
    expect(cardText('totaal overheid 2024')).toMatch(/Berekend: som van 6 overheidssectoren/);
  });

  it('a comparison does not repeat its table rows as sentences', () => {
    const text = cardText('vergelijk politie en defensie 2024');
    expect(text).not.toContain('Politie: 489 fta van een doel van 713 fta');
    expect(text).toContain('489 fta');
  });
});

describe('citations', () => {
  it('one citation per source, numbered in order, with the official address of a Kamerstuk', () => {
    const a = ask('realisatie politie 2024?');
    expect(a.citations).toEqual([
      expect.objectContaining({
        position: 1,
        source: 'kst-34352-348',
        name: 'Kamerstuk 34 352 nr. 348',
        url: 'https://zoek.officielebekendmakingen.nl/kst-34352-348.html',
      }),
    ]);
    expect(a.sourceNote).toBe('Bron: Kamerstuk 34 352 nr. 348 [1]');
  });

  it('a source without a known official address gets no url (none is made up)', () => {
    const a = ask('wat doet de gemeente aan begeleiding?');
    for (const c of a.citations) {
      if (c.source.startsWith('kst-')) expect(c.url).toBe(`https://zoek.officielebekendmakingen.nl/${c.source}.html`);
      else expect(c.url).toBeUndefined();
    }
  });

  it('answers without sources (help) have no citations and no source note', () => {
    const a = ask('help');
    expect(a.citations).toEqual([]);
    expect(a.sourceNote).toBeUndefined();
  });
});
