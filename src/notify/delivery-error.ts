// Why a post failed, and what to do about it. The Bot Connector has no idempotency key, so what
// matters first is whether the post may have arrived:
//   transient  — refused before anything was posted (429 throttled, 412, and 502/504, which
//                Microsoft's rate-limit guidance says to retry; a network error before the request
//                reached the service): retry with backoff;
//   uncertain  — the answer was lost after the request went out (time-out, connection reset,
//                500/503 and other 5xx): it may have been delivered, so it is NOT retried now;
//                recorded as "onzeker" (see ./deliver.ts for what the next run does);
//   gone       — the service says the bot is no longer in the conversation (403/404 with the error
//                code BotNotInConversationRoster, ConversationBlockedByUser or ConversationNotFound
//                in the response body): the conversation is set aside (recoverably);
//   permanent  — anything else (other 4xx, 401 included: wrong credentials do not fix themselves).
export type FailureKind = 'transient' | 'uncertain' | 'gone' | 'permanent';

/** A failed request to the Bot Connector or a webhook, with what the response said. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** From the Retry-After header, in milliseconds. */
    readonly retryAfterMs?: number,
    /** Network error code (ECONNRESET, ETIMEDOUT, …) when there was no HTTP answer. */
    readonly code?: string,
    /** The error code in the service's response body ({ error: { code } }), e.g. ConversationNotFound. */
    readonly serviceCode?: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Status codes Microsoft's Bot API rate-limit guidance retries (with exponential backoff). */
const TRANSIENT_STATUS = new Set([412, 429, 502, 504]);

/** Bot Connector error codes (response body) that mean the bot was removed or blocked there. */
const REMOVED_CODES = new Set(['BotNotInConversationRoster', 'ConversationBlockedByUser', 'ConversationNotFound']);

/** The request never reached the service: safe to send again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** The request went out and its answer was lost: it may have been delivered. */
const LOST_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

export interface ClassifyOptions {
  /** Bot posts: the removal codes mean "gone". Webhooks set false (a 404 there is a broken URL). */
  removalCodes?: boolean;
}

export function classify(err: unknown, opts: ClassifyOptions = {}): FailureKind {
  if (!(err instanceof DeliveryError)) return 'permanent';
  if (err.status === undefined) {
    if (err.code && NOT_SENT_CODES.has(err.code)) return 'transient';
    if (err.code && LOST_CODES.has(err.code)) return 'uncertain';
    return 'permanent';
  }
  if (TRANSIENT_STATUS.has(err.status)) return 'transient';
  if (err.status >= 500) return 'uncertain';
  if (
    (err.status === 403 || err.status === 404) &&
    opts.removalCodes !== false &&
    err.serviceCode !== undefined &&
    REMOVED_CODES.has(err.serviceCode)
  )
    return 'gone';
  return 'permanent';
}

/** True when a failed attempt may still have been delivered (its answer lost, or a gateway error). */
export function mayHaveArrived(err: unknown): boolean {
  if (!(err instanceof DeliveryError)) return false;
  if (err.status !== undefined) return err.status >= 500;
  return err.code !== undefined && LOST_CODES.has(err.code);
}

/** Retry-After as milliseconds: seconds ("2") or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A short Dutch reason for the report: "429 te veel verzoeken", "403 bot niet (meer) in het gesprek". */
export function describeFailure(err: unknown): string {
  if (!(err instanceof DeliveryError)) return `onverwachte fout: ${err instanceof Error ? err.message : String(err)}`;
  const what: Record<number, string> = {
    400: 'verzoek geweigerd',
    401: 'niet geautoriseerd (controleer BOT_ID en BOT_PASSWORD)',
    403: 'geweigerd',
    404: 'gesprek of bericht niet gevonden',
    412: 'voorwaarde mislukt',
    413: 'bericht te groot',
    429: 'te veel verzoeken',
    500: 'fout bij de dienst',
    502: 'ongeldig antwoord van de dienst',
    503: 'dienst niet beschikbaar',
    504: 'time-out bij de dienst',
  };
  if (err.status !== undefined) {
    const removed = err.serviceCode !== undefined && REMOVED_CODES.has(err.serviceCode);
    const text = removed ? 'bot niet (meer) in het gesprek' : (what[err.status] ?? 'fout');
    const code = err.serviceCode && err.status >= 400 && err.status < 500 ? ` (${err.serviceCode})` : '';
    return `${err.status} ${text}${code}`;
  }
  if (err.code === 'ETIMEDOUT') return 'time-out: geen antwoord binnen de wachttijd';
  return `netwerkfout ${err.code ?? ''}`.trim();
}
