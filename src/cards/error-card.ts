// Errors and questions back ("Onbekende sector ‘polities’ — bedoelde u …?", "Bedoelt u po of
// vo?"): the message in a container (attention for errors, emphasis for a question back) with
// the suggestions as buttons right under it, and "Andere sector…" for everything else.
import { cardActions } from './actions.js';
import type { CardLayout } from './card-layout.js';
import { actionSet, type CardElement, container } from './elements.js';
import { caveatsSection, factsSection, paragraphsSection, sourceSection, summarySection } from './sections.js';
import type { CardView } from './view.js';

function suggestions(view: CardView): CardElement[] {
  const actions = cardActions(view.actions, view.sectorPicker);
  return actions.length ? [actionSet(actions)] : [];
}

export const errorCard: CardLayout = {
  actionsInBody: true,
  body: (view) => [
    container([...summarySection(view), ...paragraphsSection(view)], {
      style: view.kind === 'error' ? 'attention' : 'emphasis',
      spacing: 'Small',
    }),
    ...suggestions(view),
    ...factsSection(view),
    ...caveatsSection(view),
    ...sourceSection(view),
  ],
};
