// Card builders: CardView → Adaptive Card 1.5 for Teams. See build-card.ts for the card as a
// whole, chart.ts for charts (with fallback and text equivalent), actions.ts + action-data.ts
// for buttons and what they send back.
export type { AdaptiveCard, CardKind, CardView, ChartView, FollowUp, TableView } from './view.js';
export { buildCard, MAX_TABLE_ROWS } from './build-card.js';
export { cardFits, cardSizeBytes, jsonBytesAtMost, CARD_SIZE_BUDGET_BYTES, CARD_SIZE_LIMIT_BYTES } from './card-size.js';
export {
  CardActionSchema, PickSectorActionSchema, QueryActionSchema, SECTOR_INPUT_ID,
  queryActionData, pickSectorActionData, queryForPickedSector,
  type CardActionData, type PickSectorAction, type QueryAction,
} from './action-data.js';
export { followUpAction, sectorPickerAction, cardActions, MAX_ACTIONS, SECTOR_PICKER_TITLE } from './actions.js';
export { chartBlock, chartElement, chartFallback, chartIds } from './chart.js';
export { actionSet, container, factSet, heading, label, plain, table, textBlock } from './elements.js';
export { choiceSet } from './inputs.js';
export { layouts, layoutFor } from './layouts.js';
export type { CardLayout } from './card-layout.js';
export * from './sections.js';
export type * from './card-json.js';
