// Install and uninstall. Teams announces an install with installationUpdate (action "add")
// and/or conversationUpdate membersAdded naming the bot; either one stores the conversation
// and the first one sends the welcome card, once per conversation. Uninstall
// (installationUpdate "remove", membersRemoved naming the bot) forgets the conversation.
import type { TurnContext } from 'botbuilder';
import { conversationIdOf, includesBot } from '../conversation.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { sendAnswer } from '../reply.js';
import { rememberConversation } from './remember-conversation.js';

async function installed(context: TurnContext, deps: BotDeps): Promise<void> {
  const { id, saved } = await rememberConversation(context, deps);
  const fields = activityLogFields(context.activity);
  // Welcome once per conversation; a store that cannot save still lets the welcome go out.
  let first: boolean;
  try {
    first = saved ? await deps.store.markWelcomed(id) : !(await deps.store.getConversation(id))?.welcomed;
  } catch (err) {
    deps.log.error({ ...fields, err }, 'welcome could not be recorded; welcoming anyway');
    first = true;
  }
  if (!first) {
    deps.log.info(fields, 'installed again: already welcomed');
    return;
  }
  await sendAnswer(context, deps.answerer.welcome());
  deps.log.info(fields, 'installed: welcomed');
}

async function uninstalled(context: TurnContext, deps: BotDeps): Promise<void> {
  await deps.store.removeConversation(conversationIdOf(context.activity));
  deps.log.info(activityLogFields(context.activity), 'uninstalled: conversation forgotten');
}

export function onInstallationUpdate(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    const action = context.activity.action ?? '';
    if (action === 'add' || action === 'add-upgrade') await installed(context, deps);
    else if (action === 'remove') await uninstalled(context, deps);
  };
}

export function onMembersAdded(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    if (includesBot(context.activity, context.activity.membersAdded)) await installed(context, deps);
  };
}

export function onMembersRemoved(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    if (includesBot(context.activity, context.activity.membersRemoved)) await uninstalled(context, deps);
  };
}
