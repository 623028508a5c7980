// Teams refuses cards over about 28 KB. The builders aim below a budget that leaves room for
// the activity around the card.
import type { AdaptiveCard } from './view.js';

/** Teams' limit for an Adaptive Card payload. */
export const CARD_SIZE_LIMIT_BYTES = 28 * 1024;

/** What buildCard aims for: the limit minus room for the message envelope and text. */
export const CARD_SIZE_BUDGET_BYTES = 24 * 1024;

/** Size of the card as sent: UTF-8 bytes of its JSON. */
export function cardSizeBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/**
 * Characters JSON.stringify may escape as more than 3 bytes (control characters, quote, backslash,
 * lone surrogates; U+2028/U+2029 to be safe). A string without them is written unit by unit, each
 * BMP unit in at most 3 UTF-8 bytes.
 */
const MAY_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff\u2028\u2029]/;

/** Longest JSON text of a number ("-0.0000012345678901234567"). */
const MAX_NUMBER_CHARS = 25;

/** Exact JSON bytes of property names (the builders use a few dozen: "type", "text", "wrap", …). */
const keyBytes = new Map<string, number>();
const KEY_BYTES_KEPT = 1000;

/** The UTF-8 bytes of a property name's JSON with its colon and comma ("type": → 7 + 1). */
function keyJsonBytes(key: string): number {
  let bytes = keyBytes.get(key);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(JSON.stringify(key), 'utf8') + 2;
    if (keyBytes.size < KEY_BYTES_KEPT) keyBytes.set(key, bytes);
  }
  return bytes;
}

/**
 * At least as many bytes as the UTF-8 JSON of `value` (plain data, as the card builders make),
 * counted without serialising it: each UTF-16 unit of a string value as 6 bytes (the longest
 * JSON escape, `\u001f`; unescaped, a unit takes at most 3 bytes), each number as its longest
 * text, property names exactly (they repeat: measured once each), every quote, comma and colon.
 * `tight`: a string without a character that may be escaped (MAY_ESCAPE) counts 3 bytes a unit
 * (a closer bound, at the cost of a look at every string).
 */
export function jsonBytesAtMost(value: unknown, tight = false): number {
  switch (typeof value) {
    case 'string':
      return (tight && !MAY_ESCAPE.test(value) ? 3 : 6) * value.length + 2;
    case 'number':
      return MAX_NUMBER_CHARS;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return jsonBytesAtMost(toJSON.call(value), tight);
      let bytes = 2;
      if (Array.isArray(value)) {
        for (const item of value) bytes += jsonBytesAtMost(item, tight) + 1;
        return bytes;
      }
      for (const key in value)
        bytes += keyJsonBytes(key) + jsonBytesAtMost((value as Record<string, unknown>)[key], tight);
      return bytes;
    }
    default:
      // undefined, functions: left out of objects, "null" in arrays.
      return 4;
  }
}

/**
 * Whether the card's JSON takes at most `maxBytes`. Most cards are far below the budget: the
 * cheap upper bound settles those, a closer bound most big ones, and only a card near the budget
 * is serialised and measured.
 */
export function cardFits(card: AdaptiveCard, maxBytes: number): boolean {
  // Big cards (a 30-row ranking: ~9 KB, quick bound ~26 KB) mostly pass the closer bound, which
  // costs less than serialising them.
  return (
    jsonBytesAtMost(card) <= maxBytes || jsonBytesAtMost(card, true) <= maxBytes || cardSizeBytes(card) <= maxBytes
  );
}
