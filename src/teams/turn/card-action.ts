// Card buttons. A button is an Action.Execute (the `adaptiveCard/action` invoke; its data is
// `value.action.data`); cards posted before that still carry Action.Submit, which arrives as a
// message whose `value` is the data. Both go through `answerCardAction`: the data comes from
// outside, so it is validated (src/cards/action-data.ts) before it becomes a Query.
import type { TurnContext } from 'botbuilder';
import { type Answer, isSubscriptionQuery } from '../../answers/index.js';
import { CardActionSchema, queryForPickedSector } from '../../cards/index.js';
import type { Query } from '../../nlu/index.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { sendAnswer } from '../reply.js';
import { answerInConversation } from './answer-query.js';
import { rememberConversation } from './remember-conversation.js';

/** The query a button asks for, or undefined when its data is not valid (an old or altered card). */
function queryFromCardAction(value: unknown): Query | undefined {
  const parsed = CardActionSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return parsed.data.action === 'query' ? parsed.data.query : queryForPickedSector(parsed.data);
}

/**
 * The one path from a button press to its reply, for every kind of button: button data →
 * validated query → answer in the conversation (or the subscription change it asks for; it
 * becomes the conversation's context) → `send`. Returns the reply; undefined when the data is
 * not valid (the caller then says that the button no longer works).
 */
export async function answerCardAction(
  context: TurnContext,
  deps: BotDeps,
  data: unknown,
  send: (context: TurnContext, reply: Answer) => Promise<void> = sendAnswer,
): Promise<Answer | undefined> {
  // Answer first: a state store that cannot save never costs the user the answer.
  const query = queryFromCardAction(data);
  let reply: Answer | undefined;
  if (!query) deps.log.info(activityLogFields(context.activity), 'card action with invalid data');
  // A button or picker choice is a complete question: answered as it is, and it becomes the context.
  else {
    const response = () =>
      isSubscriptionQuery(query) ? { command: query, question: '' } : deps.answerer.answer(query);
    reply = await answerInConversation(context, deps, 'card', response, send);
  }
  await rememberConversation(context, deps);
  return reply;
}
