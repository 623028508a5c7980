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
 * counted without serialising it: each UTF-16 unit of a string value as 3 bytes (the most a BMP
 * unit takes unescaped), or as 6 (the longest JSON escape, `\u001f`) when the string holds a
 * character that may be escaped or a surrogate; each number as its longest
 * text, property names exactly (they repeat: measured once each), every quote, comma and colon.
 */
export function jsonBytesAtMost(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return (MAY_ESCAPE.test(value) ? 6 : 3) * value.length + 2;
    case 'number':
      return MAX_NUMBER_CHARS;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return jsonBytesAtMost(toJSON.call(value));
      let bytes = 2;
      if (Array.isArray(value)) {
        for (const item of value) bytes += jsonBytesAtMost(item) + 1;
        return bytes;
      }
      for (const key in value) bytes += keyJsonBytes(key) + jsonBytesAtMost((value as Record<string, unknown>)[key]);
      return bytes;
    }
    default:
      // undefined, functions: left out of objects, "null" in arrays.
      return 4;
  }
}

/**
 * Whether the card's JSON takes at most `maxBytes`. Most cards are far below the budget: the
 * cheap upper bound settles those, and only a card near the budget is serialised and measured.
 */
export function cardFits(card: AdaptiveCard, maxBytes: number): boolean {
  return jsonBytesAtMost(card) <= maxBytes || cardSizeBytes(card) <= maxBytes;
}
