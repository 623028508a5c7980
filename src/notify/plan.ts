// Which conversations get which card for an update: every subscription whose sectors overlap the
// update's, with the digest for exactly the overlap. Conversations that share the same sectors
// share one digest (1.000 channels following all sectors cost one card build).
import type { Digest, DigestRequest } from '../answers/index.js';
import type { EntityId } from '../domain/model.js';
import type { StoredConversation, Subscription } from '../store/state.js';
import type { OutgoingPost } from './transport.js';
import { contentHash, ledgerKey, type UpdateIdentity } from './update.js';

export interface PlannedPost {
  key: string;
  target: StoredConversation;
  /** The sectors this conversation's card reports on (empty: all). */
  sectors: EntityId[];
  post: OutgoingPost;
  contentHash: string;
}

/** Sectors both lists cover; empty means "all" on either side. Undefined: no overlap. */
export function overlap(subscribed: readonly EntityId[], requested: readonly EntityId[]): EntityId[] | undefined {
  if (!subscribed.length) return [...requested];
  if (!requested.length) return [...subscribed];
  const both = subscribed.filter((s) => requested.includes(s));
  return both.length ? both : undefined;
}

/** What a run read from the store: two listings, not a read per subscription (the cost of planning is two queries at any size). */
export interface PlanInput {
  subscriptions: readonly Subscription[];
  conversations: readonly StoredConversation[];
}

export function planPosts(
  digestFor: (request: DigestRequest) => Digest,
  { subscriptions, conversations }: PlanInput,
  identity: UpdateIdentity,
  update: string,
): PlannedPost[] {
  const cache = new Map<string, { post: OutgoingPost; contentHash: string }>();
  const requested = identity.sectors ?? [];
  const out: PlannedPost[] = [];
  const byId = new Map(conversations.map((c) => [c.id, c]));
  for (const sub of subscriptions) {
    const target = byId.get(sub.conversationId);
    // Set aside: the bot was reported removed there (kept recoverable, not posted to).
    if (!target || target.removedAt) continue;
    const sectors = overlap(sub.sectors, requested);
    if (!sectors) continue;
    const followUps = !target.webhookUrl;
    const cacheKey = `${sectors.join(',')}|${followUps}`;
    let built = cache.get(cacheKey);
    if (!built) {
      const digest = digestFor({
        year: identity.year,
        sectors,
        ...(identity.message ? { message: identity.message } : {}),
        followUps,
      });
      built = { post: { card: digest.card, summary: digest.view.summary }, contentHash: contentHash(digest.card) };
      cache.set(cacheKey, built);
    }
    out.push({ key: ledgerKey(update, target.id), target, sectors, ...built });
  }
  return out;
}
