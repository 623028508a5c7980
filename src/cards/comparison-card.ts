// Comparisons and filters: the table is the answer, so it comes first (full width, header row),
// followed by a chart of the same figures and the remaining facts.
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

export const comparisonCard: CardLayout = {
  body: (view, limits) => [
    ...summarySection(view),
    ...caveatsSection(view),
    ...tableSection(view.table, limits),
    ...chartSection(view, limits),
    ...factsSection(view),
    ...paragraphsSection(view),
    ...sourceSection(view),
  ],
};
