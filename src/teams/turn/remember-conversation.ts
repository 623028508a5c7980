// Every message, button and install: keep the conversation's reference so notifications can
// reach it. Never in the way of an answer: callers answer first (or regardless), and a failed
// save is logged here, not thrown; the store writes it with its next change (health() reports
// the failure on GET /healthz meanwhile).
import type { TurnContext } from 'botbuilder';
import { hashId } from '../../log.js';
import { conversationIdOf, storedConversationOf } from '../conversation.js';
import type { BotDeps } from '../deps.js';

export interface Remembered {
  /** The stored id of the conversation. */
  id: string;
  /** False when the reference was refused (a field too large) or the save failed. */
  saved: boolean;
}

/** Upserts the conversation in the state store. Never throws. */
export async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<Remembered> {
  const conversation = storedConversationOf(context.activity);
  if (!conversation) {
    const id = conversationIdOf(context.activity);
    deps.log.warn(
      { conv: hashId(id), activityId: context.activity.id },
      'conversation reference refused: too large or incomplete; not stored',
    );
    return { id, saved: false };
  }
  try {
    await deps.store.saveConversation(conversation);
    return { id: conversation.id, saved: true };
  } catch (err) {
    deps.log.error(
      { conv: hashId(conversation.id), activityId: context.activity.id, err },
      'conversation could not be saved; the answer was sent, the store retries with its next change',
    );
    return { id: conversation.id, saved: false };
  }
}
