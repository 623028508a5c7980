// Cards stay under Teams' 28 KB, however long the table: rows are cut with "… en N meer",
// and the chart's text equivalent stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCard,
  CARD_SIZE_BUDGET_BYTES,
  CARD_SIZE_LIMIT_BYTES,
  cardFits,
  cardSizeBytes,
  jsonBytesAtMost,
} from '../../src/cards/index.js';
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
      // Short words, so the table fits a phone and stays a Table (see tableSection).
      columns: ['Naam', 'Doel', 'Stand', '%'],
      rows: Array.from({ length: rows }, (_, i) => [
        `Rij ${i + 1} ${'x '.repeat(cellLength / 2).trim()}`,
        '713 fta',
        '489 fta',
        '68,4%',
      ]),
      headerColumn: 0,
    },
    chart: {
      kind: 'verticalBar',
      title: 'Grafiek',
      unit: 'fta',
      series: [
        { name: 'R', points: Array.from({ length: rows }, (_, i) => ({ x: `Rij ${i + 1}`, y: i, label: `${i} fta` })) },
      ],
      textEquivalent: 'Tekstversie van de grafiek.',
    },
  };
}

describe('card size', () => {
  it('cardSizeBytes counts UTF-8 bytes of the JSON', () => {
    const card = buildCard(fixtures.gap.view, fixtures.gap.speak);
    expect(cardSizeBytes(card)).toBe(Buffer.byteLength(JSON.stringify(card), 'utf8'));
    expect(cardSizeBytes({ type: 'AdaptiveCard', version: '1.5', body: ['€'] })).toBe(
      JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: ['x'] }).length + 2,
    );
  });

  it('every fixture card is far below the limit', () => {
    for (const { view, speak } of Object.values(fixtures))
      expect(cardSizeBytes(buildCard(view, speak))).toBeLessThan(8 * 1024);
  });

  it('the quick estimate is never below the real size (any JSON, any UTF-16: escapes, emoji, lone surrogates)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      ),
    });
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(text),
      fc.dictionary(text, fc.oneof(text, fc.double(), fc.constant(null))),
    );
    fc.assert(
      fc.property(value, (v) => {
        const real = Buffer.byteLength(JSON.stringify(v), 'utf8');
        return jsonBytesAtMost(v) >= real && jsonBytesAtMost(v, true) >= real;
      }),
      { numRuns: 500 },
    );
    for (const v of [
      '\u0000\u001f"\\',
      '\ud800',
      '😀',
      'é€\u2028\u2029\u007f ﬁ',
      '€'.repeat(50),
      -1.2345678901234567e-7,
      -0.0000012345678901234567,
      Number.MAX_VALUE,
      { d: new Date(0) },
      { '\u0000"\\😀\ud800': 'x', type: 'TextBlock', skipped: undefined },
    ]) {
      expect(jsonBytesAtMost(v)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(v), 'utf8'));
      expect(jsonBytesAtMost(v, true)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(v), 'utf8'));
    }
  });

  it('cardFits says exactly whether the card is within the size, near the budget and far below it', () => {
    const cards = [
      ...Object.values(fixtures).map(({ view, speak }) => buildCard(view, speak)),
      ...[12, 30, 60, 200].map((n) => buildCard(bigView(n), 'x')),
    ];
    for (const card of cards) {
      const size = cardSizeBytes(card);
      for (const max of [size - 1, size, size + 1, CARD_SIZE_BUDGET_BYTES])
        expect(cardFits(card, max)).toBe(size <= max);
    }
  });

  it('a 30-row table (all sectors and ministries) is shown in full', () => {
    const card = buildCard(bigView(30, 5), 'x');
    // The quick estimate is over the budget here: the closer bound or the real size decides, and it fits.
    expect(jsonBytesAtMost(card)).toBeGreaterThan(CARD_SIZE_BUDGET_BYTES);
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
