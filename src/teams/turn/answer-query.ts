// Where a message and a card button meet: what the answerer makes of them is the reply, except a
// subscription command, which is carried out for this conversation (./subscriptions.ts) and
// confirmed by the answerer (answerer.confirmSubscription).
import type { TurnContext } from 'botbuilder';
import { type Answer, type AskContext, isSubscriptionQuery, type SubscriptionCommand } from '../../answers/index.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { sendAnswer } from '../reply.js';
import { askContextOf, loadConversation, saveConversation } from './conversation-context.js';
import { carryOutSubscription } from './subscriptions.js';

/** How an answer was asked for: a typed message, a button (invoke or an old card's submit), a search. */
export type Via = 'text' | 'card' | 'search';

/** What the answerer made of a message or button: the answer, or a subscription command to carry out. */
export type Response = Answer | SubscriptionCommand;

/** The reply for a response in this conversation: an answer is the reply; a command is carried out and confirmed. */
async function replyFor(context: TurnContext, response: Response, deps: BotDeps): Promise<Answer> {
  if (!('command' in response)) return response;
  const outcome = await carryOutSubscription(context, response.command, deps);
  return deps.answerer.confirmSubscription(outcome, response.command, response.question);
}

/** Logs that an answer went out (ids only; the question only with LOG_DEBUG_CONTENT). */
function logAnswered(context: TurnContext, answer: Answer, deps: BotDeps, via: Via): void {
  const { log } = deps;
  if (!log.isLevelEnabled('info')) return;
  // Every message passes here: the log fields are only put together when the line is written.
  const fields = { ...activityLogFields(context.activity), via, intent: answer.intent };
  if (isSubscriptionQuery(answer.query)) log.info(fields, 'subscription command handled');
  else log.info(deps.config.logDebugContent ? { ...fields, question: answer.question } : fields, 'answered');
}

/**
 * One turn in a conversation, typed or clicked: load the conversation's context, answer in it
 * (a subscription command is carried out), send the reply (`send`; a button press answered in the
 * invoke response passes one that sends nothing), then remember what it resolved to (a failed
 * save is logged, the answer stands). Returns the reply.
 */
export async function answerInConversation(
  context: TurnContext,
  deps: BotDeps,
  via: Via,
  produce: (conversation: AskContext) => Response,
  send: (context: TurnContext, reply: Answer) => Promise<void> = sendAnswer,
): Promise<Answer> {
  const turn = await loadConversation(context, deps);
  const response = produce(askContextOf(turn));
  // The save starts before the answer goes out (so a next question right after the reply finds
  // it) and is awaited after it: a slow or failing store never delays or costs the answer.
  const saved = saveConversation(context, deps, turn, 'command' in response ? response.command : response.query);
  const reply = await replyFor(context, response, deps);
  await send(context, reply);
  logAnswered(context, reply, deps, via);
  await saved;
  return reply;
}
