// Teams Workflows webhooks (channels without the bot): POST the card as a message with one
// Adaptive Card attachment. Workflows answer 202 without a message id, so a post there cannot be
// updated in place; a correction is posted as a new card.
import { DeliveryError, parseRetryAfter } from './delivery-error.js';
import type { Transport } from './transport.js';

export interface WebhookOptions {
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function webhookTransport(opts: WebhookOptions = {}): Transport {
  const doFetch = opts.fetch ?? fetch;
  return {
    async post(target, post) {
      if (!target.webhookUrl) throw new DeliveryError('geen webhook-URL', 400);
      let res: Response;
      try {
        res = await doFetch(target.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            summary: post.summary,
            attachments: [
              { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: post.card },
            ],
          }),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
        });
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause;
        const code = (err as Error).name === 'TimeoutError' ? 'ETIMEDOUT' : (cause?.code ?? 'ECONNRESET');
        throw new DeliveryError(`webhook niet bereikbaar: ${(err as Error).message}`, undefined, undefined, code);
      }
      // Drain the body so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok)
        throw new DeliveryError(
          `webhook antwoordde ${res.status}`,
          res.status,
          parseRetryAfter(res.headers.get('retry-after')),
        );
      return {};
    },
  };
}
