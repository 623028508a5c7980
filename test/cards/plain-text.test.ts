// Data text (summaries, facts, table cells, chart text) is shown as written: Teams' markdown must
// not turn "1. SZW 109%; 2. …" into a numbered list or "# " into a heading. Paragraphs and
// caveats keep markdown (help lists, "**Let op:**").
import { describe, expect, it } from 'vitest';
import { buildCard, plain } from '../../src/cards/index.js';
import type { CardView } from '../../src/cards/view.js';
import { validateCard } from '../support/validate-card.js';
import { allText, ofType, tableRows } from './card-text.js';

const NBSP = '\u00a0';

describe('plain', () => {
  it('keeps list and heading markers from starting markdown structure, on every line', () => {
    expect(plain('1. SZW 109%; 2. Financiën 107%')).toBe(`1.${NBSP}SZW 109%; 2. Financiën 107%`);
    expect(plain('- geen lijst\n# geen kop\n> geen citaat')).toBe(
      `-${NBSP}geen lijst\n#${NBSP}geen kop\n>${NBSP}geen citaat`,
    );
  });

  it('leaves ordinary text, numbers and signed changes alone', () => {
    for (const text of ['489 fta', '−269 fta', '+102 fta', '#', '2024', 'Rijk — 5.078 fta', '68,4%'])
      expect(plain(text)).toBe(text);
  });
});

describe('cards show data text as written', () => {
  const view: CardView = {
    kind: 'ranking',
    title: '1. Ministeries',
    summary: '1. SZW 109%; 2. Financiën 107%.',
    facts: [{ label: '- Verschil', value: '- 3 fta' }],
    table: { caption: '# Lijst', columns: ['#', 'Sector'], rows: [['1', '- SZW']], headerColumn: 1 },
    paragraphs: ['Voorbeelden:\n- realisatie politie 2024'],
  };
  const card = buildCard(view, 'x');

  it('summary, title, facts, caption and cells are protected; paragraphs keep their list', () => {
    const text = allText(card);
    expect(text).toContain(`1.${NBSP}SZW 109%; 2. Financiën 107%.`);
    expect(text).toContain(`1.${NBSP}Ministeries`);
    expect(ofType(card, 'FactSet')[0]!.facts).toEqual([{ title: `-${NBSP}Verschil`, value: `-${NBSP}3 fta` }]);
    expect(text).toContain(`#${NBSP}Lijst`);
    expect(tableRows(ofType(card, 'Table')[0]!)).toEqual([
      ['#', 'Sector'],
      ['1', `-${NBSP}SZW`],
    ]);
    expect(text).toContain('Voorbeelden:\n- realisatie politie 2024');
    expect(validateCard(card)).toEqual([]);
  });
});
