// A text message: in personal chat always answered; in group chats and channels only when the
// bot is @mentioned (teams-ai has already removed the mention from the text). Card button data
// never reaches this route (src/teams/app.ts routes it to the card action handler).
import type { TurnContext } from 'botbuilder';
import { conversationKind, mentionsBot } from '../conversation.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { answerInConversation } from './answer-query.js';
import { rememberConversation } from './remember-conversation.js';

export function onMessage(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const text = (activity.text ?? '').trim();
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
