// What one "update" is, precisely, and how a post of it is identified.
//
// An update is the digest for one reporting year, one sector filter, one operator message and one
// edition (the date of a scheduled digest; none for updates triggered by new figures, the CLI or
// the HTTP endpoint). Its identity deliberately leaves out the dataset version and the figures:
// when the dataset is corrected, re-notifying the same update finds the earlier posts in the
// ledger and updates them in place instead of posting again. What changed is told by the card's
// content hash (sha256 of its JSON), stored per post.
//
//   update id   = "<year>|<sectors, sorted, or 'alle'>|<'-' or 'm:' + 12 hex of sha256(message)>|<'-' or 'e:' + edition>"
//   ledger key  = "<update id>><conversation id>"
import { createHash } from 'node:crypto';
import type { EntityId } from '../domain/model.js';

export interface UpdateIdentity {
  year: number;
  /** Sectors the update is about; undefined or empty: all (each conversation gets its own subscription's sectors). */
  sectors?: readonly EntityId[];
  /** Operator's message shown above the figures. */
  message?: string;
  /** Scheduled digests: the date of the run ("2026-12-01"), so each scheduled run posts once. */
  edition?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function updateId(u: UpdateIdentity): string {
  const sectors = u.sectors?.length ? [...new Set(u.sectors)].sort().join(',') : 'alle';
  const message = u.message?.trim() ? `m:${sha256(u.message.trim()).slice(0, 12)}` : '-';
  const edition = u.edition ? `e:${u.edition}` : '-';
  return `${u.year}|${sectors}|${message}|${edition}`;
}

export function ledgerKey(update: string, target: string): string {
  return `${update}>${target}`;
}

/** JSON with object keys sorted, so equal content always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Content hash of what a post shows (the card): 16 hex chars of sha256. */
export function contentHash(content: unknown): string {
  return sha256(stableJson(content)).slice(0, 16);
}
