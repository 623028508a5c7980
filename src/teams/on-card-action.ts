// A card button (Action.Submit): its data is validated, then answered like a question.
import type { TurnContext } from 'botbuilder';
import { answerInConversation } from './answer-query.js';
import { queryFromCardAction } from './card-action.js';
import type { BotDeps } from './deps.js';
import { activityLogFields } from './log-fields.js';
import { NOTICES } from './notices.js';
import { rememberConversation } from './remember-conversation.js';
import { sendNotice } from './reply.js';

export function onCardAction(deps: BotDeps) {
  return async (context: TurnContext, _state: unknown, value: unknown): Promise<void> => {
    // Answer first: a state store that cannot save never costs the user the answer.
    const query = queryFromCardAction(value);
    if (!query) {
      deps.log.info(activityLogFields(context.activity), 'card action with invalid data');
      await sendNotice(context, NOTICES.staleCardAction);
    } else {
      // A button or picker choice is a complete question: answered as it is, and it becomes the context.
      await answerInConversation(context, deps, 'card', () => deps.answerer.answer(query));
    }
    await rememberConversation(context, deps);
  };
}
