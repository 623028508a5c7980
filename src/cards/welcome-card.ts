// Welcome (on install): a short greeting in an emphasis container, what the bot is for, and a
// few first questions as buttons.
import type { CardLayout } from './card-layout.js';
import { container } from './elements.js';
import { factsSection, paragraphsSection, sourceSection, summarySection } from './sections.js';

export const welcomeCard: CardLayout = {
  body: (view) => [
    container([...summarySection(view), ...paragraphsSection(view)], { style: 'emphasis', spacing: 'Small' }),
    ...factsSection(view),
    ...sourceSection(view),
  ],
};
