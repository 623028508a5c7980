// Card buttons as they arrive: an Action.Execute invoke is answered with the new card in the
// invoke response (Teams shows it in place of the pressed card, for the user who pressed it);
// an older card's Action.Submit (a message with `value`) is answered with a new message.
import type { AdaptiveCard } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { DigestRefreshSchema } from '../../cards/index.js';
import type { BotDeps } from '../deps.js';
import { NOTICES } from '../notices.js';
import { sendNotice } from '../reply.js';
import { answerCardAction } from './card-action.js';

/** The invoke response carries the reply: nothing is posted to the conversation. */
const inInvokeResponse = async (): Promise<void> => {};

/** Action.Execute (verbs `query`, `pick-sector`): the card to show instead, or a short notice. */
export function onCardExecute(deps: BotDeps) {
  return async (context: TurnContext, _state: unknown, data: unknown): Promise<AdaptiveCard | string> => {
    const reply = await answerCardAction(context, deps, data, inInvokeResponse);
    if (!reply) return NOTICES.staleCardAction;
    // A card that could not be built (reported in src/answers): its text is the answer.
    return reply.card ? (reply.card as AdaptiveCard) : reply.text;
  };
}

/**
 * A message with card button data that the actionSubmit routes do not take: data without a known
 * action, or a Teams messageBack that also carries text (the button's data wins over its text).
 */
export function carriesOtherCardData(context: TurnContext): Promise<boolean> {
  const activity = context.activity;
  const value: unknown = activity.value;
  if (activity.type !== 'message' || value === undefined) return Promise.resolve(false);
  const text = (activity.text ?? '').trim();
  const carriesAction = typeof value === 'object' && value !== null && 'action' in value;
  return Promise.resolve(!text || carriesAction);
}

/** Action.Submit from a card posted before buttons were Action.Execute: a new message. */
export function onCardSubmit(deps: BotDeps) {
  return async (context: TurnContext, _state: unknown, value: unknown): Promise<void> => {
    const reply = await answerCardAction(context, deps, value);
    if (!reply) await sendNotice(context, NOTICES.staleCardAction);
  };
}

/**
 * A digest card's refresh (verb `refresh-digest`, sent by Teams when the card is opened): the same
 * digest built from the figures the bot has now, so a card opened after a correction shows the
 * corrected figures. The data comes from outside: validated like every button's.
 */
export function onDigestRefresh(deps: BotDeps) {
  return async (_context: TurnContext, _state: unknown, data: unknown): Promise<AdaptiveCard | string> => {
    const parsed = DigestRefreshSchema.safeParse(data);
    if (!parsed.success) return NOTICES.staleCardAction;
    const { year, sectors, message } = parsed.data;
    return deps.answerer.digest({ year, sectors, ...(message ? { message } : {}) }).card as AdaptiveCard;
  };
}
