// The default layout (lookup, gap, change, total, inkoop, context, notes, …): the answer, the
// warnings, the figures, then table, chart, explanation and source.
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

export const standardCard: CardLayout = {
  body: (view, limits) => [
    ...summarySection(view),
    ...caveatsSection(view),
    ...factsSection(view),
    ...tableSection(view.table, limits),
    ...chartSection(view, limits),
    ...paragraphsSection(view),
    ...sourceSection(view),
  ],
};
