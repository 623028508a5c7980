// Facts about the conversation an activity belongs to: its kind, tenant, whether the bot was
// @mentioned, and the id and reference under which banenbot stores it.
import { type Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
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
function channelConversationId(id: string): string {
  const cut = id.indexOf(';messageid=');
  return cut === -1 ? id : id.slice(0, cut);
}

/** The id banenbot stores a conversation under: a channel's id without the thread part. */
export function conversationIdOf(activity: Partial<Activity>): string {
  const rawId = str(activity.conversation?.id) ?? '';
  return conversationKind(activity) === 'channel' ? channelConversationId(rawId) : rawId;
}

/** Size limits of what is stored from an activity (Teams ids are a few hundred characters at most). */
const REFERENCE_LIMITS = { id: 1_000, name: 200, kind: 50, locale: 35, serviceUrl: 2_000 } as const;

const text = (max: number) => z.string().min(1).max(max);
const httpUrl = z
  .string()
  .max(REFERENCE_LIMITS.serviceUrl)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'serviceUrl moet http(s) zijn');

/**
 * The only fields of a conversation reference banenbot keeps, each within its limit. Everything
 * else an activity carries (channelData, entities, extra keys, deep nesting) is never stored:
 * `z.object` strips unknown keys.
 */
const StoredReferenceSchema = z.object({
  channelId: text(REFERENCE_LIMITS.kind),
  serviceUrl: httpUrl,
  locale: text(REFERENCE_LIMITS.locale).optional(),
  bot: z.object({ id: text(REFERENCE_LIMITS.id), name: text(REFERENCE_LIMITS.name).optional() }),
  user: z.object({ id: text(REFERENCE_LIMITS.id) }).optional(),
  conversation: z.object({
    id: text(REFERENCE_LIMITS.id),
    conversationType: text(REFERENCE_LIMITS.kind).optional(),
    tenantId: text(REFERENCE_LIMITS.id).optional(),
    isGroup: z.boolean().optional(),
  }),
});

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * What the store keeps for this conversation: id, kind, tenant and its reference, built field by
 * field from the activity (plain data, no undefined keys) and checked against the limits.
 * Undefined when a field is missing or too large: the message is still answered, nothing is stored.
 * The reference points at the conversation (a channel, not one thread), not at the message that
 * carried it, and keeps no names: in a personal chat the user's id, in group chats and channels
 * no user at all.
 */
export function storedConversationOf(activity: Partial<Activity>) {
  const kind = conversationKind(activity);
  const id = conversationIdOf(activity);
  const tenantId = str(tenantIdOf(activity));
  const c = activity.conversation;
  const conversation: Record<string, unknown> = { id };
  if (str(c?.conversationType)) conversation.conversationType = c?.conversationType;
  if (str(c?.tenantId)) conversation.tenantId = c?.tenantId;
  if (typeof c?.isGroup === 'boolean') conversation.isGroup = c.isGroup;
  const candidate: Record<string, unknown> = {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    bot: { id: activity.recipient?.id },
    conversation,
  };
  if (str(activity.locale)) candidate.locale = activity.locale;
  if (kind === 'personal' && str(activity.from?.id)) candidate.user = { id: activity.from?.id };
  const parsed = StoredReferenceSchema.safeParse(candidate);
  if (!parsed.success || (tenantId !== undefined && tenantId.length > REFERENCE_LIMITS.id)) return undefined;
  return { id, kind, ...(tenantId !== undefined ? { tenantId } : {}), reference: parsed.data };
}
