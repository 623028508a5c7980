// CardView → Adaptive Card 1.5 as Teams renders it: heading, the kind's layout, buttons, `speak`,
// full width when a table or chart needs room, and always under Teams' size limit (long tables
// are cut with "… en N meer"; the text equivalent of a chart always stays).
import { cardActions } from './actions.js';
import { CARD_SIZE_BUDGET_BYTES, cardFits } from './card-size.js';
import { heading } from './elements.js';
import { actionsInBody, layoutBody } from './layouts.js';
import type { Limits } from './sections.js';
import type { AdaptiveCard, CardView } from './view.js';

const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Table rows shown at most (a scope lists up to 30 entities); fewer only when the card gets too big. */
const MAX_TABLE_ROWS = 30;

/** Ever smaller versions of a card, tried in order until one fits the budget. */
const SHRINK: Limits[] = [
  { maxTableRows: MAX_TABLE_ROWS, chart: true },
  { maxTableRows: 20, chart: true },
  { maxTableRows: 12, chart: true },
  { maxTableRows: 12, chart: false },
  { maxTableRows: 6, chart: false },
];

function assemble(view: CardView, speak: string, limits: Limits): AdaptiveCard {
  const actions = actionsInBody(view.kind) ? [] : cardActions(view.actions, view.sectorPicker);
  const wide = Boolean(view.table || view.chart);
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    speak: speak.trim() || view.summary || view.title,
    fallbackText: view.summary || view.title,
    body: [heading(view.title), ...layoutBody(view, limits)],
    ...(actions.length ? { actions } : {}),
    ...(view.refresh
      ? {
          refresh: {
            action: { type: 'Action.Execute', title: 'Vernieuwen', verb: view.refresh.verb, data: view.refresh.data },
          },
        }
      : {}),
    ...(wide ? { msteams: { width: 'Full' } } : {}),
  };
}

/** The Adaptive Card for a view. `speak` is what a voice client reads for the whole card. */
export function buildCard(view: CardView, speak: string): AdaptiveCard {
  let card = assemble(view, speak, SHRINK[0]!);
  for (const limits of SHRINK.slice(1)) {
    if (cardFits(card, CARD_SIZE_BUDGET_BYTES)) break;
    card = assemble(view, speak, limits);
  }
  return card;
}
