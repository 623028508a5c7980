// A text message: in personal chat always answered; in group chats and channels only when the
// bot is @mentioned (teams-ai has already removed the mention from the text).
import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps.js';
import { deliverAnswer } from './answer-query.js';
import { conversationKind, mentionsBot } from './conversation.js';
import { activityLogFields } from './log-fields.js';
import { rememberConversation } from './remember-conversation.js';
import { sendNotice } from './reply.js';
import { NOTICES } from './notices.js';

export function onMessage(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const text = (activity.text ?? '').trim();
    // A card button without valid data (the valid ones are routed to onCardAction first).
    if (!text && activity.value !== undefined) {
      await rememberConversation(context, deps);
      deps.log.info(activityLogFields(activity), 'card action with unknown data');
      await sendNotice(context, NOTICES.staleCardAction);
      return;
    }
    if (conversationKind(activity) !== 'personal' && !mentionsBot(activity)) {
      deps.log.debug(activityLogFields(activity), 'not addressed to the bot: ignored');
      return;
    }
    await rememberConversation(context, deps);
    const question = text.slice(0, deps.config.maxMessageLength);
    await deliverAnswer(context, deps.answerer.ask(question), deps, 'text');
  };
}
