// ALLOWED_TENANTS: a conversation from another tenant gets one polite refusal (to a message or
// an install) and nothing else: no answer, no stored state.
import type { Activity } from 'botbuilder';
import type { Config } from '../../config.js';
import { includesBot, tenantIdOf } from '../conversation.js';

export function tenantAllowed(config: Config, activity: Partial<Activity>): boolean {
  if (config.allowedTenants.length === 0) return true;
  const tenant = tenantIdOf(activity);
  return tenant !== undefined && config.allowedTenants.includes(tenant);
}

/** Whether a refused activity deserves the refusal message: messages and the bot's install. */
export function refusalExpected(activity: Partial<Activity>): boolean {
  if (activity.type === 'message') return true;
  if (activity.type === 'installationUpdate') return activity.action === 'add';
  if (activity.type === 'conversationUpdate') return includesBot(activity, activity.membersAdded);
  return false;
}
