// Anything that throws while handling an activity: log it with its ids, tell the user calmly
// in Dutch (only for messages; events have nobody waiting), never show a stack trace.
import type { TurnContext } from 'botbuilder';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { NOTICES } from '../notices.js';
import { sendNotice } from '../reply.js';

export function onTurnError(deps: BotDeps) {
  return async (context: TurnContext, err: Error): Promise<void> => {
    const fields = activityLogFields(context.activity);
    deps.log.error({ ...fields, err }, 'handling the activity failed');
    if (context.activity.type !== 'message') return;
    try {
      await sendNotice(context, NOTICES.turnError);
    } catch (sendErr) {
      deps.log.error({ ...fields, err: sendErr }, 'could not send the error notice');
    }
  };
}
