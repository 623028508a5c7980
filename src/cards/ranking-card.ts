// Rankings: the ordered table first, and the first and last of the list named in words (so the
// extremes never depend on position or colour alone), then chart, facts and source.
import type { CardLayout } from './card-layout.js';
import { type CardElement, plain, textBlock } from './elements.js';
import {
  caveatsSection,
  chartSection,
  factsSection,
  paragraphsSection,
  sourceSection,
  summarySection,
  tableSection,
} from './sections.js';
import type { TableView } from './view.js';

/** "Bovenaan: politie. Onderaan: primair onderwijs." from the row-name column of the full list. */
export function extremesLine(table: TableView | undefined): CardElement[] {
  if (!table || table.rows.length < 2) return [];
  const col = table.headerColumn ?? 0;
  const top = table.rows[0]?.[col];
  const bottom = table.rows[table.rows.length - 1]?.[col];
  if (!top || !bottom) return [];
  return [
    textBlock(`Bovenaan in deze lijst: **${plain(top)}**. Onderaan: **${plain(bottom)}**.`, { spacing: 'Small' }),
  ];
}

export const rankingCard: CardLayout = {
  body: (view, limits) => [
    ...summarySection(view),
    ...caveatsSection(view),
    ...tableSection(view.table, limits),
    ...extremesLine(view.table),
    ...chartSection(view, limits),
    ...factsSection(view),
    ...paragraphsSection(view),
    ...sourceSection(view),
  ],
};
