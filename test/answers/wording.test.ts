// Wording rules a Dutch reader notices: one "Let op:" label per warning, no maintainers' data
// notes ("OCR …") in user text, the picker names what an abbreviation stands for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caveatText } from '../../src/cards/sections.js';
import { ask } from './support.js';

const questions = readFileSync(new URL('./acceptance-questions.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('wording', () => {
  const answers = questions.map((q) => ask(q));

  it('every warning in every acceptance answer starts with one "Let op:" and has no second label', () => {
    const bad = answers.flatMap((a) =>
      (a.view.caveats ?? []).filter(
        (c) => !c.startsWith('Let op: ') || /let op|bij benadering:|afgeleid,/i.test(c.slice(8)),
      ),
    );
    expect([...new Set(bad)]).toEqual([]);
    expect(answers.filter((a) => a.view.caveats?.length).length).toBeGreaterThan(50);
  });

  it('no answer shows a maintainers’ data note ("OCR", "gedrukt als")', () => {
    const bad = answers.filter((a) => /\bOCR\b|gedrukt als "/.test(a.text)).map((a) => a.question);
    expect(bad).toEqual([]);
    const bzk = ask('realisatiepercentage bzk 2024');
    expect(bzk.text).toContain('berekend uit de totalen van Bijlage 1, Tabel 1');
  });

  it('a recorded conflict reads as "Let op: <what>. <the explanation>"', () => {
    const caveat = ask('realisatie politie 2024').view.caveats?.[0];
    expect(caveat).toBe(
      'Let op: het gedrukte percentage klopt niet met realisatie en doel. De tabel meldt 68,4%; 489 van 713 fta is 68,6%.',
    );
  });

  it('approximate figures name the sectors with what their abbreviations stand for', () => {
    expect(ask('vergelijk po en vo 2023').view.caveats).toContain(
      'Let op: de cijfers voor po (primair onderwijs) en vo (voortgezet onderwijs) zijn bij benadering (de bron schrijft "+/-", "circa" of "ongeveer").',
    );
  });

  it('the sector picker explains abbreviations: "po (primair onderwijs)", "umc’s (universitaire medische centra)"', () => {
    const titles = ask('realisatie politie 2024').view.sectorPicker?.options.map((o) => o.title) ?? [];
    expect(titles).toContain('po (primair onderwijs)');
    expect(titles).toContain('umc’s (universitaire medische centra)');
    expect(titles).toContain('Gemeenten');
  });

  it('the card shows each warning with one bold label', () => {
    expect(caveatText('Let op: de bronnen verschillen.')).toBe('**Let op:** de bronnen verschillen.');
    expect(caveatText('**Let op:** al vet.')).toBe('**Let op:** al vet.');
    expect(caveatText('Dit is een doortrekking.')).toBe('**Let op:** Dit is een doortrekking.');
  });
});
