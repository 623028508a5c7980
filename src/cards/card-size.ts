// Teams refuses cards over about 28 KB. The builders aim below a budget that leaves room for
// the activity around the card.
import type { AdaptiveCard } from './view.js';

/** Teams' limit for an Adaptive Card payload. */
export const CARD_SIZE_LIMIT_BYTES = 28 * 1024;

/** What buildCard aims for: the limit minus room for the message envelope and text. */
export const CARD_SIZE_BUDGET_BYTES = 24 * 1024;

const encoder = new TextEncoder();

/** Size of the card as sent: UTF-8 bytes of its JSON. */
export function cardSizeBytes(card: AdaptiveCard): number {
  return encoder.encode(JSON.stringify(card)).length;
}
