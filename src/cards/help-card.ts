// Help: what the bot can do (paragraphs, e.g. a list of example questions) and the examples as
// buttons (card actions), so a user can try one with a click.
import type { CardLayout } from './card-layout.js';
import { caveatsSection, factsSection, paragraphsSection, sourceSection, summarySection } from './sections.js';

export const helpCard: CardLayout = {
  body: (view) => [
    ...summarySection(view),
    ...paragraphsSection(view),
    ...factsSection(view),
    ...caveatsSection(view),
    ...sourceSection(view),
  ],
};
