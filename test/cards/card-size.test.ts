// Cards stay under Teams' 28 KB, however long the table: rows are cut with "… en N meer",
// and the chart's text equivalent stays.
import { describe, expect, it } from 'vitest';
import { buildCard, CARD_SIZE_LIMIT_BYTES, cardSizeBytes } from '../../src/cards/index.js';
import type { CardView } from '../../src/cards/view.js';
import { validateCard } from '../support/validate-card.js';
import { allText, ofType, tableRows } from './card-text.js';
import { fixtures } from './fixtures.js';

function bigView(rows: number, cellLength = 40): CardView {
  return {
    kind: 'comparison',
    title: 'Veel rijen',
    summary: 'Een lange vergelijking.',
    table: {
      caption: 'Alle rijen',
      columns: ['Naam', 'Doel', 'Realisatie', 'Percentage'],
      rows: Array.from({ length: rows }, (_, i) => [`Rij ${i + 1} ${'x'.repeat(cellLength)}`, '713 fta', '489 fta', '68,4%']),
      headerColumn: 0,
    },
    chart: {
      kind: 'verticalBar', title: 'Grafiek', unit: 'fta',
      series: [{ name: 'R', points: Array.from({ length: rows }, (_, i) => ({ x: `Rij ${i + 1}`, y: i, label: `${i} fta` })) }],
      textEquivalent: 'Tekstversie van de grafiek.',
    },
  };
}

describe('card size', () => {
  it('cardSizeBytes counts UTF-8 bytes of the JSON', () => {
    const card = buildCard(fixtures.gap.view, fixtures.gap.speak);
    expect(cardSizeBytes(card)).toBe(Buffer.byteLength(JSON.stringify(card), 'utf8'));
    expect(cardSizeBytes({ type: 'AdaptiveCard', version: '1.5', body: ['€'] })).toBe(JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: ['x'] }).length + 2);
  });

  it('every fixture card is far below the limit', () => {
    for (const { view, speak } of Object.values(fixtures)) expect(cardSizeBytes(buildCard(view, speak))).toBeLessThan(8 * 1024);
  });

  it('a 30-row table (all sectors and ministries) is shown in full', () => {
    const card = buildCard(bigView(30, 5), 'x');
    const [table] = ofType(card, 'Table');
    expect(tableRows(table!)).toHaveLength(31);
    expect(allText(card)).not.toContain('meer (niet getoond');
    expect(validateCard(card)).toEqual([]);
  });

  it('more rows than fit: cut with "… en N meer", still valid and under 28 KB, text equivalent kept', () => {
    const view = bigView(200);
    const card = buildCard(view, 'x');
    expect(cardSizeBytes(card)).toBeLessThan(CARD_SIZE_LIMIT_BYTES);
    expect(validateCard(card)).toEqual([]);
    const shown = tableRows(ofType(card, 'Table')[0]!).length - 1;
    expect(shown).toBeLessThan(200);
    expect(allText(card)).toContain(`… en ${200 - shown} meer (niet getoond om de kaart klein te houden).`);
    expect(allText(card)).toContain('Tekstversie van de grafiek.');
  });
});
