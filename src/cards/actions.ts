// Card actions: follow-up buttons (Action.Execute carrying a typed query) and the
// "Andere sector…" picker (Action.ShowCard with a labelled choice list and its own Action.Execute).
// The data shapes are defined and validated in action-data.ts.
//
// Why Action.Execute (Universal Actions) and not Action.Submit: Teams answers an Action.Execute
// with an `adaptiveCard/action` invoke and shows the card the bot returns in place of the pressed
// one, for the user who pressed it, so a group chat is not flooded with a new card per click. The
// Agents Playground handles it the same way (checked in headless Chromium: the invoke reaches the
// bot and the returned card replaces the old one, test/browser/playground.test.ts). A submit with
// Teams' `messageBack` hint sends nothing in the Playground.
import type { Query } from '../nlu/index.js';
import { PICK_SECTOR_VERB, pickSectorActionData, QUERY_VERB, queryActionData, SECTOR_INPUT_ID } from './action-data.js';
import type { CardAction, ExecuteAction, ShowCardAction } from './card-json.js';
import { choiceSet } from './inputs.js';
import type { FollowUp } from './view.js';

/** Teams shows at most this many buttons in a row; more are dropped by the renderer. */
export const MAX_ACTIONS = 5;

/** A follow-up button: verb `query`, data `{ action: 'query', query }`. */
export function followUpAction({ title, query }: FollowUp): ExecuteAction {
  return { type: 'Action.Execute', title, verb: QUERY_VERB, data: queryActionData(query), associatedInputs: 'none' };
}

export interface SectorPickerView {
  label: string;
  options: readonly { title: string; value: string }[];
  query: Query;
}

/** Title of the picker button (also what a user clicks to open it). */
const SECTOR_PICKER_TITLE = 'Andere sector…';

/**
 * "Andere sector…": opens an inline card with a labelled choice list (id `sector`) and an
 * Action.Execute (verb `pick-sector`) whose data the client completes with the chosen `sector`:
 * `{ action: 'pick-sector', query, sector }`.
 */
export function sectorPickerAction(picker: SectorPickerView): ShowCardAction {
  return {
    type: 'Action.ShowCard',
    title: SECTOR_PICKER_TITLE,
    card: {
      type: 'AdaptiveCard',
      body: [choiceSet(SECTOR_INPUT_ID, picker.label, picker.options, 'Kies een sector uit de lijst.')],
      actions: [
        {
          type: 'Action.Execute',
          title: 'Toon',
          verb: PICK_SECTOR_VERB,
          data: pickSectorActionData(picker.query),
          associatedInputs: 'auto',
        },
      ],
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
