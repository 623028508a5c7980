// Every message and install: keep the conversation's reference so notifications can reach it.
import type { TurnContext } from 'botbuilder';
import { storedConversationOf } from './conversation.js';
import type { BotDeps } from './deps.js';

/** Upserts the conversation in the state store; returns its stored id. */
export async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<string> {
  const conversation = storedConversationOf(context.activity);
  await deps.store.saveConversation(conversation);
  return conversation.id;
}
