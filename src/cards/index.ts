// Card builders: CardView → Adaptive Card 1.5 for Teams. See build-card.ts for the card as a
// whole, chart.ts for charts (with fallback and text equivalent), actions.ts + action-data.ts
// for buttons and what they send back.

export {
  type CardActionData,
  CardActionSchema,
  type DigestRefresh,
  DigestRefreshSchema,
  digestRefreshData,
  type PickSectorAction,
  PickSectorActionSchema,
  pickSectorActionData,
  type QueryAction,
  QueryActionSchema,
  queryActionData,
  queryForPickedSector,
  REFRESH_DIGEST_VERB,
  SECTOR_INPUT_ID,
} from './action-data.js';
export { cardActions, followUpAction, MAX_ACTIONS, SECTOR_PICKER_TITLE, sectorPickerAction } from './actions.js';
export { buildCard, MAX_TABLE_ROWS } from './build-card.js';
export type * from './card-json.js';
export {
  CARD_SIZE_BUDGET_BYTES,
  CARD_SIZE_LIMIT_BYTES,
  cardFits,
  cardSizeBytes,
  jsonBytesAtMost,
} from './card-size.js';
export { chartBlock, chartElement, chartFallback, chartIds } from './chart.js';
export { actionSet, container, factSet, heading, label, plain, table, textBlock } from './elements.js';
export { choiceSet } from './inputs.js';
export { actionsInBody, extremesLine, layoutBody, layoutFor, layouts, type Section } from './layouts.js';
export * from './sections.js';
export type { AdaptiveCard, CardKind, CardView, ChartView, FollowUp, TableView } from './view.js';
