// ALLOWED_TENANTS: a conversation from another tenant gets one polite refusal (to a message or
// an install) and nothing else: no answer, no stored state. Run as a turn event before any route
// (refuseOtherTenants, src/teams/app.ts).
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import { includesBot, tenantIdOf } from '../conversation.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { NOTICES } from '../notices.js';
import { sendNotice } from '../reply.js';

function tenantAllowed(config: Config, activity: Partial<Activity>): boolean {
  if (config.allowedTenants.length === 0) return true;
  const tenant = tenantIdOf(activity);
  return tenant !== undefined && config.allowedTenants.includes(tenant);
}

/** Whether a refused activity deserves the refusal message: messages and the bot's install. */
function refusalExpected(activity: Partial<Activity>): boolean {
  if (activity.type === 'message') return true;
  if (activity.type === 'installationUpdate') return activity.action === 'add';
  if (activity.type === 'conversationUpdate') return includesBot(activity, activity.membersAdded);
  return false;
}

/** A `beforeTurn` handler: false (the turn ends here, after the refusal when one is due) for another tenant. */
export function refuseOtherTenants({ config, log }: Pick<BotDeps, 'config' | 'log'>) {
  return async (context: TurnContext): Promise<boolean> => {
    const activity = context.activity;
    if (tenantAllowed(config, activity)) return true;
    log.warn(activityLogFields(activity), 'tenant not allowed: refused');
    if (refusalExpected(activity)) await sendNotice(context, NOTICES.tenantNotAllowed);
    return false;
  };
}
