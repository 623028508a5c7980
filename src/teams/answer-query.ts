// Where a message and a card button meet: subscription intents go to the subscription
// handler, every other query is answered with text and card.
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../answers/answer.types.js';
import type { AskContext } from '../answers/index.js';
import type { Query, QueryOf } from '../nlu/query.js';
import { askContextOf, loadConversation, saveConversation } from './conversation-context.js';
import type { BotDeps } from './deps.js';
import { activityLogFields } from './log-fields.js';
import { sendAnswer } from './reply.js';
import { handleSubscriptionIntent } from './subscriptions.js';

type SubscriptionQuery = QueryOf<'subscribe'> | QueryOf<'subscriptions'> | QueryOf<'unsubscribe'>;

function isSubscriptionQuery(query: Query): query is SubscriptionQuery {
  return query.intent === 'subscribe' || query.intent === 'subscriptions' || query.intent === 'unsubscribe';
}

/** Sends the answer (or hands a subscription intent over) and logs the outcome. */
export async function deliverAnswer(
  context: TurnContext,
  answer: Answer,
  deps: BotDeps,
  via: 'text' | 'card',
): Promise<void> {
  const { log } = deps;
  // Every message passes here: the log fields are only put together when the line is written.
  const fields = () => ({ ...activityLogFields(context.activity), via, intent: answer.intent });
  if (isSubscriptionQuery(answer.query)) {
    await handleSubscriptionIntent(context, answer.query, deps);
    if (log.isLevelEnabled('info')) log.info(fields(), 'subscription command handled');
    return;
  }
  await sendAnswer(context, answer);
  if (log.isLevelEnabled('info'))
    log.info(deps.config.logDebugContent ? { ...fields(), question: answer.question } : fields(), 'answered');
}

/**
 * One turn in a conversation, typed or clicked: load the conversation's context, answer in it,
 * remember what it resolved to and send the answer (a failed save is logged, the answer stands).
 */
export async function answerInConversation(
  context: TurnContext,
  deps: BotDeps,
  via: 'text' | 'card',
  produce: (conversation: AskContext) => Answer,
): Promise<void> {
  const turn = await loadConversation(context, deps);
  const answer = produce(askContextOf(turn));
  // The save starts before the answer goes out (so a next question right after the reply finds
  // it) and is awaited after it: a slow or failing store never delays or costs the answer.
  const saved = saveConversation(context, deps, turn, answer);
  await deliverAnswer(context, answer, deps, via);
  await saved;
}
