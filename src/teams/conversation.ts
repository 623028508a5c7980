// Facts about the conversation an activity belongs to: its kind, tenant, whether the bot was
// @mentioned, and the id and reference under which banenbot stores it.
import { type Activity, TurnContext } from 'botbuilder';
import type { ConversationKind } from '../store/state.js';

export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** Tenant of the conversation: conversation.tenantId, else Teams' channelData.tenant.id. */
export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return activity.conversation?.tenantId || fromChannelData || undefined;
}

/** True when the message @mentions the bot (an entity of type mention naming the recipient). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** True when `members` (membersAdded / membersRemoved) includes the bot itself. */
export function includesBot(activity: Partial<Activity>, members: { id: string }[] | undefined): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && members?.some((m) => m.id === botId));
}

/**
 * A channel message's conversation id names its thread ("19:…@thread.tacv2;messageid=123").
 * Banenbot stores the channel itself, so later posts start a new thread in that channel.
 */
export function channelConversationId(id: string): string {
  const cut = id.indexOf(';messageid=');
  return cut === -1 ? id : id.slice(0, cut);
}

/**
 * What the store keeps for this conversation: id, kind, tenant and its reference (plain data;
 * keys with undefined values are left out when stored). Built on every message: no copy here,
 * the store compares it with the stored one and copies it only when it changed.
 */
export function storedConversationOf(activity: Partial<Activity>) {
  const kind = conversationKind(activity);
  const rawId = activity.conversation?.id ?? '';
  const id = kind === 'channel' ? channelConversationId(rawId) : rawId;
  const { activityId: _message, user, bot, conversation, ...rest } = TurnContext.getConversationReference(activity);
  const reference = {
    ...rest,
    // The reference points at the conversation (a channel, not one thread), not at the message
    // that happened to carry it, and keeps no names: in a personal chat the user's ids, in
    // group chats and channels no user at all.
    conversation: conversation && { ...conversation, id },
    bot: bot && { id: bot.id },
    user: kind === 'personal' && user ? { id: user.id, aadObjectId: user.aadObjectId } : undefined,
  };
  return { id, kind, tenantId: tenantIdOf(activity), reference };
}
