// Why a post failed, and what to do about it: retry (rate limits, overload, network), drop the
// conversation (the bot was removed from it), or give up (anything else, 401 included: wrong
// credentials do not fix themselves).
export type FailureKind = 'transient' | 'gone' | 'permanent';

/** A failed request to the Bot Connector or a webhook, with what the response said. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** From the Retry-After header, in milliseconds. */
    readonly retryAfterMs?: number,
    /** Network error code (ECONNRESET, …) when there was no HTTP answer. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Status codes worth retrying: throttled (429), precondition/ordering (412), upstream trouble. */
export const TRANSIENT_STATUS = new Set([412, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ECONNABORTED',
]);

/**
 * transient → retry with backoff; gone → the bot is not in the conversation any more (403/404 on a
 * bot post): remove the stored reference; permanent → record the failure, do not retry.
 */
export function classify(err: unknown, opts: { goneOn404?: boolean } = {}): FailureKind {
  if (!(err instanceof DeliveryError)) return 'permanent';
  if (err.status === undefined) return err.code && TRANSIENT_CODES.has(err.code) ? 'transient' : 'permanent';
  if (TRANSIENT_STATUS.has(err.status)) return 'transient';
  if (err.status === 403 || (err.status === 404 && opts.goneOn404 !== false)) return 'gone';
  return 'permanent';
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
    403: 'bot niet (meer) in het gesprek',
    404: 'gesprek of bericht niet gevonden',
    412: 'voorwaarde mislukt',
    413: 'bericht te groot',
    429: 'te veel verzoeken',
    500: 'fout bij de dienst',
    502: 'ongeldig antwoord van de dienst',
    503: 'dienst niet beschikbaar',
    504: 'time-out bij de dienst',
  };
  if (err.status !== undefined) return `${err.status} ${what[err.status] ?? 'fout'}`;
  return `netwerkfout ${err.code ?? ''}`.trim();
}
