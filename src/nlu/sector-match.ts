// Fuzzy matching with fuse.js, built once per lexicon:
// - correct(): a word the lexicon does not know → the known word(s) it is a typo of
//   ("politei" → politie, "waterschapen" → waterschappen, "vergelijkk" → vergelijk);
// - suggest(): a word that matches no sector well → up to three closest sectors, for `unknown_sector`.
import Fuse from 'fuse.js';
import type { EntityId } from '../domain/model.js';
import type { Lexicon } from './lexicon.js';

/** Shorter words are too short to correct reliably: one wrong letter in five is already "table" → "totale". */
const MIN_CORRECT_LENGTH = 6;
const MAX_WORD_LENGTH = 30;
/** fuse.js score (0 = exact) at or below which a word counts as a typo of a known word. */
const CORRECT_THRESHOLD = 0.2;
/** fuse.js score at or below which a sector is offered as a suggestion. */
const SUGGEST_THRESHOLD = 0.5;
/** Suggestions scoring worse than the best one by more than this are left out (noise). */
const SUGGEST_MARGIN = 0.15;
/** A lone unknown word this close to a sector name is taken as a misspelled sector ("rjik", "polotie"). */
export const LIKELY_TYPO_THRESHOLD = 0.35;
const MAX_SUGGESTIONS = 3;
const MIN_SUGGEST_LENGTH = 3;

export interface FuzzyMatcher {
  /** Known words the token is a typo of, all with the same best score; empty when none is close. */
  correct(token: string): string[];
  /** Closest sectors to a token, best first, at most three; `score`: the best fuse.js score (1 when none). */
  suggest(token: string): { ids: EntityId[]; score: number };
}

/** Allowed length difference between a typo and the word it is corrected to. */
function lengthSlack(length: number): number {
  return length > 12 ? 3 : 2;
}

export function createFuzzyMatcher(lexicon: Lexicon): FuzzyMatcher {
  const words = [...lexicon.words].filter((w) => w.length >= MIN_CORRECT_LENGTH - 2 && !/^\d+$/.test(w));
  // Small indexes, one per (token length, first letter): a typo is only corrected to a word of
  // about the same length that starts with the same letter (no "weer" → "binnenwerk"), and each
  // search runs over a handful of words. A typo in the first letter is not corrected; the
  // question then gets suggestions instead (unknown_sector).
  const correctIndex = new Map<string, Fuse<string>>();
  const options = { includeScore: true, ignoreLocation: true, isCaseSensitive: true };
  for (let len = MIN_CORRECT_LENGTH; len <= MAX_WORD_LENGTH; len++) {
    const slack = lengthSlack(len);
    const byFirst = new Map<string, string[]>();
    for (const w of words) {
      if (Math.abs(w.length - len) > slack) continue;
      const list = byFirst.get(w[0]!) ?? [];
      list.push(w);
      byFirst.set(w[0]!, list);
    }
    for (const [first, list] of byFirst) {
      correctIndex.set(`${len}${first}`, new Fuse(list, { ...options, threshold: CORRECT_THRESHOLD }));
    }
  }
  // Suggestions: sector terms of about the token's length, one index per length.
  const termIds = new Map(lexicon.sectorTerms.map((t) => [t.term, t.ids]));
  const suggestIndex = new Map<number, Fuse<string>>();
  for (let len = 2; len <= MAX_WORD_LENGTH; len++) {
    const slack = Math.max(2, Math.ceil(len / 3));
    const terms = [...termIds.keys()].filter((t) => Math.abs(t.length - len) <= slack);
    if (terms.length) suggestIndex.set(len, new Fuse(terms, { ...options, threshold: SUGGEST_THRESHOLD }));
  }

  return {
    correct(token) {
      if (token.length < MIN_CORRECT_LENGTH) return [];
      const fuse = correctIndex.get(`${token.length}${token[0]}`);
      if (!fuse) return [];
      const results = fuse.search(token, { limit: 8 });
      const best = results[0]?.score;
      if (best === undefined || best > CORRECT_THRESHOLD) return [];
      return results.filter((r) => (r.score ?? 1) - best < 1e-9).map((r) => r.item);
    },
    suggest(token) {
      const part = lexicon.partOf.get(token);
      if (part) return { ids: part.slice(0, MAX_SUGGESTIONS), score: 0 };
      // Two letters ("ns") are close to too many short names to suggest anything sensible.
      if (token.length < MIN_SUGGEST_LENGTH) return { ids: [], score: 1 };
      const out: EntityId[] = [];
      let score = 1;
      const fuse = suggestIndex.get(token.length);
      if (!fuse) return { ids: out, score };
      for (const r of fuse.search(token, { limit: 20 })) {
        const s = r.score ?? 1;
        score = Math.min(score, s);
        if (s > score + SUGGEST_MARGIN) break;
        for (const id of termIds.get(r.item) ?? []) if (!out.includes(id)) out.push(id);
        if (out.length >= MAX_SUGGESTIONS) break;
      }
      return { ids: out.slice(0, MAX_SUGGESTIONS), score };
    },
  };
}
