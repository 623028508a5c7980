// The records banenbot keeps, as zod schemas (stored data is outside input: it is parsed, never
// trusted), and the state file that holds them all. Unknown fields are kept (passthrough), so an
// older build never drops what a newer one wrote.
import { z } from 'zod';
import { MINISTRY_IDS, SECTOR_IDS } from '../domain/model.js';

const iso = z.string().min(1);
const entity = z.enum([...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk']);

export const ConversationKindSchema = z.enum(['personal', 'groupChat', 'channel']);

export const StoredConversationSchema = z
  .object({
    /** Conversation id; for a Teams Workflows webhook: "webhook:<name>". */
    id: z.string().min(1),
    kind: ConversationKindSchema,
    tenantId: z.string().optional(),
    /** TurnContext.getConversationReference(activity) as plain JSON ({} for a webhook). */
    reference: z.record(z.unknown()),
    welcomed: z.boolean(),
    updatedAt: iso,
    /** Teams Workflows webhook for a channel without the bot. */
    webhookUrl: z.string().url().optional(),
    /** Display name of a webhook target, as given to `notify --add-webhook --name`. */
    name: z.string().optional(),
    /**
     * Set when the Bot Connector said the bot was removed from (or blocked in) this conversation:
     * no posts go there, but conversation and subscription are kept for REMOVED_RETENTION_DAYS
     * and restored by the next message or install there; purged after that.
     */
    removedAt: iso.optional(),
  })
  .passthrough();

export const SubscriptionSchema = z
  .object({
    conversationId: z.string().min(1),
    /** Sectors to report on; empty means all sectors. */
    sectors: z.array(entity),
    createdAt: iso,
    updatedAt: iso,
  })
  .passthrough();

/**
 * One post of one update to one conversation: the idempotency record.
 * pending: about to be sent (or being sent); sent: the connector answered with `activityId`;
 * failed: not delivered (reason in `error`), tried again on the next run; uncertain ("onzeker"):
 * the request went out and its answer was lost (time-out, reset, 5xx), so it may have been
 * delivered: counted as such, sent again by the next run of the update (at-least-once).
 */
export const LedgerEntrySchema = z
  .object({
    /** `${update}>${target}`. */
    key: z.string().min(1),
    /** Update identity (src/notify/update.ts). */
    update: z.string().min(1),
    /** Conversation id (or webhook id) it goes to. */
    target: z.string().min(1),
    status: z.enum(['pending', 'sent', 'failed', 'uncertain']),
    /** sha256 of the card this entry posts or posted. */
    contentHash: z.string().min(1),
    /** The posted message's id (bot conversations); used to update it in place. */
    activityId: z.string().optional(),
    /** Requests made for this entry so far (all runs). */
    attempts: z.number().int().min(0),
    /** Dataset version of the content. */
    datasetVersion: z.string().optional(),
    error: z.string().optional(),
    updatedAt: iso,
  })
  .passthrough();

/** Largest conversation context, as JSON (a resolved query and a few ids). */
export const MAX_CONTEXT_BYTES = 8 * 1024;

/**
 * What a conversation (or one channel thread) is talking about, for follow-up questions: the last
 * resolved query (Query JSON, validated with QuerySchema by the reader), which sector "wij" is,
 * and when it was set. No message text, no names.
 */
export const ConversationContextSchema = z
  .object({
    query: z.unknown().optional(),
    /** The EntityId the conversation speaks for ("wij"). */
    speaksFor: entity.optional(),
    /** The sectors of the last few answers, most recent last (EntityIds only; older records have none). */
    recent: z.array(entity).max(32).optional(),
    at: iso,
  })
  .passthrough();

export const NotifyMarkerSchema = z
  .object({
    /** data/meta.json version the last automatic notification completed for. */
    lastVersion: z.string().optional(),
    lastRunAt: iso.optional(),
  })
  .passthrough();

/** A claimed lock (src/store/notify-lock.ts): held by `holder` until `expiresAt` unless renewed. */
export const LockRecordSchema = z
  .object({
    holder: z.string().min(1),
    /** Epoch milliseconds. */
    expiresAt: z.number(),
    claimedAt: iso,
  })
  .passthrough();

export const StateSchema = z
  .object({
    version: z.literal(1),
    conversations: z.record(StoredConversationSchema),
    subscriptions: z.record(SubscriptionSchema),
    ledger: z.record(LedgerEntrySchema),
    notify: NotifyMarkerSchema,
    /** Conversation contexts by key (a conversation id, or a thread's id with ";messageid=…"). */
    contexts: z.record(ConversationContextSchema).default({}),
    locks: z.record(LockRecordSchema).default({}),
  })
  .passthrough();

export type ConversationKind = z.infer<typeof ConversationKindSchema>;
export type StoredConversation = z.infer<typeof StoredConversationSchema>;
export type Subscription = z.infer<typeof SubscriptionSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type ConversationContext = z.infer<typeof ConversationContextSchema>;
export type NotifyMarker = z.infer<typeof NotifyMarkerSchema>;
export type LockRecord = z.infer<typeof LockRecordSchema>;
export type State = z.infer<typeof StateSchema>;

export function emptyState(): State {
  return { version: 1, conversations: {}, subscriptions: {}, ledger: {}, notify: {}, contexts: {}, locks: {} };
}

/** The schema of each record kind (src/store/backend.ts), for backends that read records one by one. */
export const RECORD_SCHEMAS = {
  conversation: StoredConversationSchema,
  subscription: SubscriptionSchema,
  ledger: LedgerEntrySchema,
  context: ConversationContextSchema,
  notify: NotifyMarkerSchema,
  lock: LockRecordSchema,
} as const;
