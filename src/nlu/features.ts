// What a question contains, before any intent is decided: cues, sector mentions, scope words,
// years, small numbers and the words nobody knows. parse.ts turns these features into a Query.

import { concatMap } from '../domain/arrays.js';
import type { EntityId } from '../domain/model.js';
import { type Entry, type Lexicon, scan } from './lexicon.js';
import { normalize } from './normalize.js';
import { readPeriod } from './parts/period.js';
import type { FuzzyMatcher } from './sector-match.js';
import { COMPOUND_SECTOR_TAILS, type Cue, FRACTION_WORDS, NUMBER_WORDS, type ScopeWord } from './vocabulary.js';
import { extractYears, type YearInfo } from './years.js';

export interface Mention {
  /** One id, or several when the phrase (or typo) fits more than one sector equally well. */
  ids: EntityId[];
  /** The phrase as normalized (and typo-corrected). */
  term: string;
}

export interface Features {
  /** Nothing left after normalizing: empty, punctuation, emoji, markup. */
  empty: boolean;
  /** The normalized question after typo correction, words joined by single spaces. */
  text: string;
  /** The words of the normalized question as typed (before typo correction). */
  typed: readonly string[];
  cues: Set<Cue>;
  /** The first phrase that gave each cue (used as the `term` of a clarify question). */
  cuePhrase: Map<Cue, string>;
  mentions: Mention[];
  scopes: (ScopeWord & { term: string })[];
  years: YearInfo;
  /** Small numbers (digits or words) that are not years, in order: "top 3", "boven 100%". */
  numbers: number[];
  /** The numbers written as a percentage ("50%", "50 procent", "50 pct"), in order. */
  percents: number[];
  /** Words no phrase covers, in order: as typed (`term`) and after typo correction (`word`). */
  unknown: { term: string; word: string }[];
  /** Words that are not a sector here but point to one ("ziekenhuizen" → umc). */
  nearMisses: { term: string; ids: EntityId[] }[];
}

/** Salutations that start a message without meaning "best": "Beste banenbot, …". */
const SALUTATION_FOLLOWERS = new Set(['banenbot', 'bot', 'collega', 'collegas', 'team', 'allen', 'mensen']);
const MAX_CORRECTIONS = 12;
/** Words after a number that make it a percentage (normalize() turns "%" into "procent"). */
const PERCENT_WORDS = new Set(['procent', 'pct', 'procentpunt']);

export function extractFeatures(text: string, lexicon: Lexicon, fuzzy: FuzzyMatcher, latestYear?: number): Features {
  const normalized = normalize(text);
  const tokens = normalized ? normalized.split(' ') : [];
  const typed = [...tokens];
  const used = new Array<boolean>(tokens.length).fill(false);
  const features: Features = {
    empty: tokens.length === 0,
    text: normalized,
    typed,
    cues: new Set(),
    cuePhrase: new Map(),
    mentions: [],
    scopes: [],
    years: { years: [], range: false, since: false, versus: false },
    numbers: [],
    percents: [],
    unknown: [],
    nearMisses: [],
  };
  if (features.empty) return features;

  if (tokens[0] === 'beste' && SALUTATION_FOLLOWERS.has(tokens[1] ?? '')) used[0] = used[1] = true;
  const period = readPeriod(tokens, used);
  features.years = extractYears(tokens, used, latestYear);
  if (period) features.years.period = period;

  // Small numbers: "top 3", "de vijf beste", "boven 100 procent"; "een" only right after "top".
  // A number inside a known phrase ("nummer 1") is left to the phrase.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || (lexicon.entries.has(t) && !lexicon.entries.get(t)!.filler)) continue;
    if (i > 0 && lexicon.entries.has(`${tokens[i - 1]} ${t}`)) continue;
    if (/^\d+$/.test(t)) {
      used[i] = true;
      if (t.length <= 3) {
        features.numbers.push(Number(t));
        if (PERCENT_WORDS.has(tokens[i + 1] ?? '')) features.percents.push(Number(t));
      }
    } else if (FRACTION_WORDS[t] !== undefined) {
      used[i] = true;
      features.numbers.push(FRACTION_WORDS[t]!);
      features.percents.push(FRACTION_WORDS[t]!);
    } else if (NUMBER_WORDS[t] !== undefined || (t === 'een' && tokens[i - 1] === 'top')) {
      used[i] = true;
      features.numbers.push(NUMBER_WORDS[t] ?? 1);
    }
  }

  // Typo correction of words the lexicon does not know at all.
  const preset = new Map<number, Entry>();
  let corrections = 0;
  for (let i = 0; i < tokens.length && corrections < MAX_CORRECTIONS; i++) {
    const t = tokens[i]!;
    if (used[i] || lexicon.entries.has(t) || lexicon.words.has(t)) continue;
    const head = compoundSector(t, lexicon);
    if (head) {
      tokens[i] = head;
      continue;
    }
    const candidates = swappedLetters(t, lexicon) ?? fuzzy.correct(t);
    corrections++;
    if (candidates.length === 0) continue;
    tokens[i] = candidates[0]!;
    if (candidates.length > 1) {
      // Equally close to several words: if they name different sectors, keep all of them.
      const ids = [...new Set(concatMap(candidates, (c) => lexicon.entries.get(c)?.sectors ?? []))];
      if (ids.length > 1) preset.set(i, { sectors: ids, cues: [] });
    }
  }

  features.text = tokens.join(' ');
  const { matches, unknown } = scan(lexicon, tokens, used, preset);
  for (const m of matches) {
    const e = m.entry;
    for (const cue of e.cues) {
      features.cues.add(cue);
      if (!features.cuePhrase.has(cue)) features.cuePhrase.set(cue, m.phrase);
    }
    if (e.sectors) features.mentions.push({ ids: e.sectors, term: m.phrase });
    if (e.scope) features.scopes.push({ ...e.scope, term: m.phrase });
    if (e.nearMiss) features.nearMisses.push({ term: m.phrase, ids: e.nearMiss });
  }
  if (askerNeeds(features, tokens)) features.cues.delete('gap');
  for (const i of unknown) {
    const t = tokens[i]!;
    // Single letters and numbers are not unknown words; parts of sector names are ("binnenlandse").
    if (t.length < 2 || !/[a-z]/.test(t)) continue;
    features.unknown.push({ term: typed[i]!, word: t });
  }
  return features;
}

/**
 * "… heb ik nodig", "ik heb … nodig voor een presentatie": the asker needs a figure, no sector needs
 * banen. Only "ik": "hoeveel hebben we nodig?" is the organisation ("wij") asking for its gap.
 */
const ASKER = /\b(heb ik|ik heb|zou ik)\b/;

function askerNeeds(f: Features, tokens: readonly string[]): boolean {
  if (!f.cues.has('gap') || f.cuePhrase.get('gap') !== 'nodig' || f.cues.has('reach')) return false;
  if (f.cues.has('still')) return false;
  return ASKER.test(tokens.join(' '));
}

/**
 * A sector name glued to a person or organisation word: "politiemensen" → "politie",
 * "rijksambtenaren" → "rijk" (linking s), "gemeentemedewerkers" → "gemeente". Only one-word
 * sector names of at least three letters, so "vo" + "mensen" is never read into a word.
 */
function compoundSector(t: string, lexicon: Lexicon): string | undefined {
  for (const tail of COMPOUND_SECTOR_TAILS) {
    if (t.length < tail.length + 3 || !t.endsWith(tail)) continue;
    const head = t.slice(0, -tail.length);
    for (const h of head.endsWith('s') ? [head, head.slice(0, -1)] : [head]) {
      if (h.length >= 3 && lexicon.entries.get(h)?.sectors) return h;
    }
  }
  return undefined;
}

/**
 * Two neighbouring letters typed the wrong way round ("tekrot", "defensei"): the one known word
 * that swapping them back gives. Checked before the fuzzy matcher, which counts a swap as two errors.
 */
function swappedLetters(t: string, lexicon: Lexicon): string[] | undefined {
  if (t.length < 4 || !/^[a-z]+$/.test(t) || CODE_WORDS.has(t)) return undefined;
  const found = new Set<string>();
  for (let k = 1; k < t.length - 1; k++) {
    if (t[k] === t[k + 1]) continue;
    const w = t.slice(0, k) + t[k + 1] + t[k] + t.slice(k + 2);
    const entry = lexicon.entries.get(w);
    // A misspelled sector is not corrected silently: the parser suggests it ("rjik" → het Rijk?).
    if (entry?.sectors || entry?.scope) continue;
    if (entry || lexicon.words.has(w)) found.add(w);
  }
  return found.size === 1 ? [...found] : undefined;
}

/** Words of code and queries ("DROP TABLE"): never read as a Dutch word with two letters swapped. */
const CODE_WORDS = new Set([
  'table',
  'tables',
  'select',
  'where',
  'from',
  'drop',
  'delete',
  'insert',
  'update',
  'union',
]);
