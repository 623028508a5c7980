// How a post leaves, without knowing Teams: a transport posts a card to a target and, where it
// can, updates an earlier post in place. src/teams/proactive/transport.ts is the Bot Framework transport;
// ./webhook.ts posts to Teams Workflows webhooks. Failures throw DeliveryError.
import type { AdaptiveCard } from '../cards/index.js';
import type { StoredConversation } from '../store/state.js';

export interface OutgoingPost {
  card: AdaptiveCard;
  /** Plain-text summary (notification preview, clients without cards). */
  summary: string;
}

export interface Transport {
  /** Posts; resolves with the new message's id when the service gives one. */
  post(target: StoredConversation, post: OutgoingPost): Promise<{ activityId?: string }>;
  /** Replaces an earlier post (same id). Absent when the service cannot (webhooks). */
  update?(target: StoredConversation, activityId: string, post: OutgoingPost): Promise<void>;
}

/** Bot conversations and webhook targets go out differently. */
export interface Transports {
  bot?: Transport;
  webhook?: Transport;
}

export function transportFor(target: StoredConversation, transports: Transports): Transport | undefined {
  return target.webhookUrl ? transports.webhook : transports.bot;
}
