// The channel digest (src/answers/digest.ts): the operator's announcement first, then the answer
// in brief, the table per sector, the chart of percentages (with its text equivalent), the
// warnings, and the source with the dataset version.
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

export const digestCard: CardLayout = {
  body: (view, limits) => [
    ...paragraphsSection(view),
    ...summarySection(view),
    ...tableSection(view.table, limits),
    ...chartSection(view, limits),
    ...factsSection(view),
    ...caveatsSection(view),
    ...sourceSection(view),
  ],
};
