// Trends and projections: the line over the years first (with its text equivalent), then the
// key figures, the year table and source.
import type { CardLayout } from './card-layout.js';
import {
  caveatsSection,
  chartSection,
  factsSection,
  paragraphsSection,
  sourceSection,
  summarySection,
  tableSection,
} from './sections.js';

export const trendCard: CardLayout = {
  body: (view, limits) => [
    ...summarySection(view),
    ...caveatsSection(view),
    ...chartSection(view, limits),
    ...factsSection(view),
    ...tableSection(view.table, limits),
    ...paragraphsSection(view),
    ...sourceSection(view),
  ],
};
