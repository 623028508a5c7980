// Where a message and a card button meet: subscription intents are carried out for this
// conversation (src/teams/turn/subscriptions.ts), every other query is answered from the dataset.
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../answers/answer.types.js';
import type { AskContext } from '../../answers/index.js';
import type { Query, QueryOf } from '../../nlu/query.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { sendAnswer } from '../reply.js';
import { askContextOf, loadConversation, saveConversation } from './conversation-context.js';
import { subscriptionReply } from './subscriptions.js';

type SubscriptionQuery = QueryOf<'subscribe'> | QueryOf<'subscriptions'> | QueryOf<'unsubscribe'>;

function isSubscriptionQuery(query: Query): query is SubscriptionQuery {
  return query.intent === 'subscribe' || query.intent === 'subscriptions' || query.intent === 'unsubscribe';
}

/** How an answer was asked for: a typed message, a button (invoke or an old card's submit), a search. */
export type Via = 'text' | 'card' | 'search';

/**
 * The reply to send for an answer in this conversation: a subscription intent is carried out here
 * (its confirmation is the reply), any other answer is the reply itself.
 */
export async function replyFor(context: TurnContext, answer: Answer, deps: BotDeps): Promise<Answer> {
  return isSubscriptionQuery(answer.query) ? subscriptionReply(context, answer.query, deps) : answer;
}

/** Logs that an answer went out (ids only; the question only with LOG_DEBUG_CONTENT). */
export function logAnswered(context: TurnContext, answer: Answer, deps: BotDeps, via: Via): void {
  const { log } = deps;
  if (!log.isLevelEnabled('info')) return;
  // Every message passes here: the log fields are only put together when the line is written.
  const fields = { ...activityLogFields(context.activity), via, intent: answer.intent };
  if (isSubscriptionQuery(answer.query)) log.info(fields, 'subscription command handled');
  else log.info(deps.config.logDebugContent ? { ...fields, question: answer.question } : fields, 'answered');
}

/** Sends the reply for an answer as one message and logs the outcome. */
export async function deliverAnswer(context: TurnContext, answer: Answer, deps: BotDeps, via: Via): Promise<void> {
  const reply = await replyFor(context, answer, deps);
  await sendAnswer(context, reply);
  logAnswered(context, reply, deps, via);
}

/**
 * One turn in a conversation, typed or clicked: load the conversation's context, answer in it
 * (a subscription intent is carried out), send the reply (`send`; a button press answered in the
 * invoke response passes one that sends nothing), then remember what it resolved to (a failed
 * save is logged, the answer stands). Returns the reply.
 */
export async function answerInConversation(
  context: TurnContext,
  deps: BotDeps,
  via: Via,
  produce: (conversation: AskContext) => Answer,
  send: (context: TurnContext, reply: Answer) => Promise<void> = sendAnswer,
): Promise<Answer> {
  const turn = await loadConversation(context, deps);
  const answer = produce(askContextOf(turn));
  // The save starts before the answer goes out (so a next question right after the reply finds
  // it) and is awaited after it: a slow or failing store never delays or costs the answer.
  const saved = saveConversation(context, deps, turn, answer);
  const reply = await replyFor(context, answer, deps);
  await send(context, reply);
  logAnswered(context, reply, deps, via);
  await saved;
  return reply;
}
