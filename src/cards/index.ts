// Card builders: CardView → Adaptive Card 1.5 for Teams, the public API of src/cards. See
// build-card.ts for the card as a whole, layouts.ts for the sections each kind of card shows,
// chart.ts for charts (with fallback and text equivalent), actions.ts + action-data.ts for buttons
// and what they send back.

export {
  CardActionSchema,
  DigestRefreshSchema,
  digestRefreshData,
  PICK_SECTOR_VERB,
  QUERY_VERB,
  queryForPickedSector,
  REFRESH_DIGEST_VERB,
} from './action-data.js';
export { cardActions, followUpAction, MAX_ACTIONS, sectorPickerAction } from './actions.js';
export { buildCard } from './build-card.js';
export type { ChartElement } from './card-json.js';
export {
  CARD_SIZE_BUDGET_BYTES,
  CARD_SIZE_LIMIT_BYTES,
  cardFits,
  cardSizeBytes,
  jsonBytesAtMost,
} from './card-size.js';
export { chartBlock, chartElement, chartFallback } from './chart.js';
export { plain } from './elements.js';
export { MAX_DATA_COLUMNS } from './sections.js';
export type { AdaptiveCard, CardView, ChartView, FollowUp, TableView } from './view.js';
