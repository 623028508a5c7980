// A text message: in personal chat always answered; in group chats and channels only when the
// bot is @mentioned (teams-ai has already removed the mention from the text). Card button data
// that reaches this route goes to the card action handler.
import type { TurnContext } from 'botbuilder';
import { conversationKind, mentionsBot } from '../conversation.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { answerInConversation } from './answer-query.js';
import { onCardSubmit } from './on-card-action.js';
import { rememberConversation } from './remember-conversation.js';

export function onMessage(deps: BotDeps) {
  const answerCardAction = onCardSubmit(deps);
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const text = (activity.text ?? '').trim();
    // A card button that teams-ai did not route to onCardSubmit: data without a known action,
    // or a Teams messageBack that also carries text (the button's data wins over its text).
    const value: unknown = activity.value;
    const carriesAction = typeof value === 'object' && value !== null && 'action' in value;
    if (value !== undefined && (!text || carriesAction)) {
      await answerCardAction(context, undefined, value);
      return;
    }
    if (conversationKind(activity) !== 'personal' && !mentionsBot(activity)) {
      if (deps.log.isLevelEnabled('debug'))
        deps.log.debug(activityLogFields(activity), 'not addressed to the bot: ignored');
      return;
    }
    // Answer first: a state store that cannot save never costs the user the answer.
    const question = text.slice(0, deps.config.maxMessageLength);
    // Follow-ups ("en in 2023?") are read in this conversation's (or thread's) context.
    await answerInConversation(context, deps, 'text', (conversation) => deps.answerer.respond(question, conversation));
    await rememberConversation(context, deps);
  };
}
