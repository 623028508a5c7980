// The ids a log line about an activity carries: no names, no text; conversation, user and
// tenant ids pseudonymised with hashId.
import type { Activity } from 'botbuilder';
import { hashId } from '../log.js';
import { conversationKind, tenantIdOf } from './conversation.js';

export function activityLogFields(activity: Partial<Activity>) {
  return {
    activityId: activity.id,
    type: activity.type,
    kind: conversationKind(activity),
    conv: hashId(activity.conversation?.id),
    user: hashId(activity.from?.aadObjectId ?? activity.from?.id),
    tenant: hashId(tenantIdOf(activity)),
  };
}
