// Card actions: follow-up buttons (Action.Submit carrying a typed query) and the
// "Andere sector…" picker (Action.ShowCard with a labelled choice list and its own submit).
// The data shapes are defined and validated in action-data.ts.
import type { Query } from '../nlu/query.js';
import { pickSectorActionData, queryActionData, SECTOR_INPUT_ID } from './action-data.js';
import type { CardAction, ShowCardAction, SubmitAction } from './card-json.js';
import { choiceSet } from './inputs.js';
import type { FollowUp } from './view.js';

/** Teams shows at most this many buttons in a row; more are dropped by the renderer. */
export const MAX_ACTIONS = 5;

/** A follow-up button: `{ action: 'query', query }` plus the messageBack hint. */
export function followUpAction({ title, query }: FollowUp): SubmitAction {
  return {
    type: 'Action.Submit',
    title,
    data: { ...queryActionData(query), msteams: { type: 'messageBack', displayText: title } },
    associatedInputs: 'none',
  };
}

export interface SectorPickerView {
  label: string;
  options: readonly { title: string; value: string }[];
  query: Query;
}

/** Title of the picker button (also what a user clicks to open it). */
export const SECTOR_PICKER_TITLE = 'Andere sector…';

/**
 * "Andere sector…": opens an inline card with a labelled choice list (id `sector`) and a submit
 * that sends `{ action: 'pick-sector', query, sector }`.
 */
export function sectorPickerAction(picker: SectorPickerView): ShowCardAction {
  return {
    type: 'Action.ShowCard',
    title: SECTOR_PICKER_TITLE,
    card: {
      type: 'AdaptiveCard',
      body: [choiceSet(SECTOR_INPUT_ID, picker.label, picker.options, 'Kies een sector uit de lijst.')],
      actions: [{ type: 'Action.Submit', title: 'Toon', data: pickSectorActionData(picker.query) }],
    },
  };
}

/** Follow-ups and picker together, capped at MAX_ACTIONS (the picker keeps its place). */
export function cardActions(followUps: readonly FollowUp[] = [], picker?: SectorPickerView): CardAction[] {
  const room = picker ? MAX_ACTIONS - 1 : MAX_ACTIONS;
  const actions: CardAction[] = followUps.slice(0, room).map(followUpAction);
  if (picker && picker.options.length > 0) actions.push(sectorPickerAction(picker));
  return actions;
}
