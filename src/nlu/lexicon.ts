// The lexicon: every phrase the parser knows (sector names and aliases from the dataset, plus
// the vocabulary table), indexed once by first word, and the longest-match scan over a question.
import type { EntityId, Sector } from '../domain/model.js';
import { normalize } from './normalize.js';
import { METRIC_WORDS } from './parts/metric.js';
import {
  CUE_PHRASES,
  type Cue,
  ENGLISH_SECTOR_MENTIONS,
  ENGLISH_SECTOR_WORDS,
  FILLER_WORDS,
  NEAR_MISSES,
  SCOPE_PHRASES,
  type ScopeWord,
} from './vocabulary.js';

/** What a known phrase means. One phrase can carry several meanings ("top": thanks and top-N). */
export interface Entry {
  /** A sector mention: one id, or several when the phrase is ambiguous ("hoger onderwijs"). */
  sectors?: EntityId[];
  scope?: ScopeWord;
  cues: Cue[];
  /** Not a sector here, but these are close ("ziekenhuizen" → umc). */
  nearMiss?: EntityId[];
  /** Known word without meaning for the parser. */
  filler?: boolean;
}

export interface Match {
  /** The normalized phrase as typed (after typo correction). */
  phrase: string;
  entry: Entry;
  start: number;
  end: number;
}

interface Candidate {
  words: string[];
  phrase: string;
  entry: Entry;
}

export interface Lexicon {
  /** Exact phrase → meaning. */
  entries: Map<string, Entry>;
  /** Every word that occurs in a meaningful phrase (not fillers): the targets of typo correction. */
  words: Set<string>;
  /** Every sector term (normalized names, ids, aliases) with its sector ids: for suggestions. */
  sectorTerms: { term: string; ids: EntityId[] }[];
  /** Words that occur only inside sector terms ("binnenlandse", "cultuur") → those sectors. */
  partOf: Map<string, EntityId[]>;
  byFirstWord: Map<string, Candidate[]>;
}

function entryFor(entries: Map<string, Entry>, phrase: string): Entry {
  let e = entries.get(phrase);
  if (!e) {
    e = { cues: [] };
    entries.set(phrase, e);
  }
  return e;
}

/** Build the lexicon for a set of sectors (call once per dataset). */
export function buildLexicon(sectors: readonly Sector[]): Lexicon {
  const entries = new Map<string, Entry>();
  const sectorIds = new Map<string, EntityId[]>();
  for (const s of sectors) {
    for (const raw of [s.id, s.name, s.shortName, ...s.aliases]) {
      const term = normalize(raw);
      if (!term) continue;
      const ids = sectorIds.get(term) ?? [];
      if (!ids.includes(s.id)) ids.push(s.id);
      sectorIds.set(term, ids);
    }
  }
  for (const [term, ids] of sectorIds) entryFor(entries, term).sectors = ids;
  for (const [p, ids] of Object.entries(ENGLISH_SECTOR_MENTIONS)) entryFor(entries, normalize(p)).sectors = [...ids];
  for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [Cue, readonly string[]][]) {
    for (const p of phrases) {
      const e = entryFor(entries, normalize(p));
      if (!e.cues.includes(cue)) e.cues.push(cue);
    }
  }
  for (const [p, scope] of Object.entries(SCOPE_PHRASES)) entryFor(entries, normalize(p)).scope = scope;
  for (const [p, ids] of [...Object.entries(NEAR_MISSES), ...Object.entries(ENGLISH_SECTOR_WORDS)])
    entryFor(entries, normalize(p)).nearMiss = [...ids];

  const words = new Set<string>();
  for (const phrase of entries.keys()) for (const w of phrase.split(' ')) words.add(w);
  // A lone word out of a vocabulary phrase ("opzichte" of "ten opzichte van") means nothing by
  // itself; a lone word out of a sector name ("binnenlandse", "gemeentelijk") stays unknown, so
  // the parser can suggest that sector instead of guessing.
  const vocabularyWords = new Set<string>([...FILLER_WORDS, ...METRIC_WORDS]);
  for (const [phrase, e] of entries) {
    if (!e.sectors) for (const w of phrase.split(' ')) if (!/^\d+$/.test(w)) vocabularyWords.add(w);
  }
  for (const w of vocabularyWords) if (w && !entries.has(w)) entries.set(w, { cues: [], filler: true });
  const partOf = new Map<string, EntityId[]>();
  for (const [term, ids] of sectorIds) {
    for (const w of term.split(' ')) {
      if (entries.has(w)) continue;
      partOf.set(w, [...new Set([...(partOf.get(w) ?? []), ...ids])]);
    }
  }

  const byFirstWord = new Map<string, Candidate[]>();
  for (const [phrase, entry] of entries) {
    const ws = phrase.split(' ');
    const list = byFirstWord.get(ws[0]!) ?? [];
    list.push({ words: ws, phrase, entry });
    byFirstWord.set(ws[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const sectorTerms = [...sectorIds].map(([term, ids]) => ({ term, ids }));
  return { entries, words, sectorTerms, partOf, byFirstWord };
}

/** The longest known phrase starting at token i (over unused tokens), if any. */
function longestAt(
  lexicon: Lexicon,
  tokens: readonly string[],
  used: readonly boolean[],
  i: number,
): Candidate | undefined {
  const candidates = lexicon.byFirstWord.get(tokens[i]!);
  if (!candidates) return undefined;
  for (const c of candidates) {
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      if (used[i + k] || tokens[i + k] !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return c;
  }
  return undefined;
}

/**
 * Longest-match scan: at each position not yet used, the longest known phrase starting there
 * wins — unless it starts with a meaningless word ("het", "de") and the phrase starting right
 * after it reaches further: "het ministerie van onderwijs" is the ministry, not "het ministerie"
 * plus "onderwijs". `preset` gives tokens whose meaning was already decided (an ambiguous typo).
 * Tokens no phrase covers are returned as `unknown` (their indices).
 */
export function scan(
  lexicon: Lexicon,
  tokens: readonly string[],
  used: readonly boolean[],
  preset: ReadonlyMap<number, Entry>,
): { matches: Match[]; unknown: number[] } {
  const matches: Match[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const p = preset.get(i);
    if (p) {
      matches.push({ phrase: tokens[i]!, entry: p, start: i, end: i });
      continue;
    }
    const found = longestAt(lexicon, tokens, used, i);
    if (!found) {
      unknown.push(i);
      continue;
    }
    if (found.words.length > 1 && lexicon.entries.get(tokens[i]!)?.filler && !used[i + 1] && !preset.has(i + 1)) {
      const next = longestAt(lexicon, tokens, used, i + 1);
      if (next && next.words.length > found.words.length - 1) continue;
    }
    matches.push({ phrase: found.phrase, entry: found.entry, start: i, end: i + found.words.length - 1 });
    i += found.words.length - 1;
  }
  return { matches, unknown };
}
