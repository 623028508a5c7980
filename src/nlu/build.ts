// Query builders the rule table (rules.ts) shares: rankings, scope comparisons, notes, the years
// of a comparison or change, and the "which sector did you mean" answers.
import type { NoteTopic, Scope } from '../domain/enums.js';
import type { EntityId } from '../domain/model.js';
import type { Query } from './query.js';
import type { QuestionParts } from './read-parts.js';
import { type FuzzyMatcher, LIKELY_TYPO_THRESHOLD } from './sector-match.js';
import type { SectorSets } from './sector-sets.js';
import type { Cue } from './vocabulary.js';

const MAX_COMPARE_YEARS = 10;
/** A development over a scope without years named: this many of the latest years. */
export const SCOPE_TREND_YEARS = 5;

export const TOPIC_ORDER: readonly [Cue, NoteTopic][] = [
  ['topic-begeleiding', 'begeleiding'],
  ['topic-knelpunten', 'knelpunten'],
  ['topic-maatregelen', 'maatregelen'],
  ['topic-organisatie', 'organisatie'],
  ['topic-aanpak', 'aanpak'],
  ['topic-algemeen', 'algemeen'],
];

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Add only the optional slots that have a value, so a Query never carries `undefined` keys. */
export function withOptional<T extends object, O extends Record<string, unknown>>(
  base: T,
  optional: O,
): T & Partial<O> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out as T & Partial<O>;
}

export function notesLike(p: QuestionParts): boolean {
  return p.cues.has('notes') || p.cues.has('why') || TOPIC_ORDER.some(([c]) => p.cues.has(c));
}

export function topicOf(p: QuestionParts): NoteTopic | undefined {
  const has = (c: Cue) => p.cues.has(c);
  if (has('inkoop')) return 'inkoop';
  // "Waarom lukt het niet / blijft … achter / daalt …" asks for the bottlenecks.
  const whyNot = has('why') && (has('not') || has('down') || has('gap') || has('low'));
  for (const [cue, topic] of TOPIC_ORDER) if (has(cue) || (topic === 'knelpunten' && whyNot)) return topic;
  return undefined;
}

/** Notes about a scope; "sectoren" (all of them) needs no scope slot. */
export function notesFor(scope: Scope, topic: NoteTopic | undefined): Query {
  return withOptional({ intent: 'notes' as const }, { scope: scope === 'sectoren' ? undefined : scope, topic });
}

/** The one year a single-year question is about: the range end or the last year named. */
export function singleYear(p: QuestionParts): number | undefined {
  const y = p.time;
  if (y.to !== undefined) return y.to;
  if (y.since || y.versus) return undefined;
  return y.years.length ? Math.max(...y.years) : undefined;
}

export function fromTo(p: QuestionParts): { from?: number; to?: number } {
  const y = p.time;
  if (y.versus && y.to === undefined) {
    // "politie 2024 t.o.v. 2023": from the year after "t.o.v.", to the other year named.
    const others = y.years.filter((v) => v !== y.from);
    return { from: y.from, to: others.length ? Math.max(...others) : undefined };
  }
  if (y.range || y.since || y.versus || y.to !== undefined) return { from: y.from, to: y.to };
  if (y.years.length >= 2) return { from: Math.min(...y.years), to: Math.max(...y.years) };
  if (y.years.length === 1) return { to: y.years[0] };
  return {};
}

/** Years for a comparison: every year named, a range (or "sinds …" up to the latest year) written out, sorted. */
export function yearsToCompare(p: QuestionParts): number[] | undefined {
  const y = p.time;
  let list = [...y.years];
  const to = y.range ? y.to : y.since ? y.latest : undefined;
  if (y.from !== undefined && to !== undefined && to - y.from < MAX_COMPARE_YEARS && to > y.from) {
    list = [];
    for (let k = y.from; k <= to; k++) list.push(k);
  }
  // "vergelijk met vorig jaar": that year and the latest one.
  if (y.versus && list.length === 1 && y.latest !== undefined && y.latest > list[0]!) list.push(y.latest);
  if (list.length === 0) return undefined;
  return unique(list)
    .sort((a, b) => a - b)
    .slice(-MAX_COMPARE_YEARS);
}

/** All members of a scope side by side, over the years named (or `fallbackYears` when none are). */
export function compareScope(
  p: QuestionParts,
  sets: SectorSets,
  scope: Scope,
  fallbackYears?: readonly number[],
): Query {
  const sectors = sets.members(scope).slice(0, 30);
  const years = yearsToCompare(p) ?? (fallbackYears && fallbackYears.length > 1 ? [...fallbackYears] : undefined);
  return withOptional({ intent: 'compare' as const, sectors, scope }, { years });
}

/** "sinds de start", "vanaf het begin (van de banenafspraak)", "sinds het begin". */
const SINCE_START = /\b(sinds|vanaf|vanuit) (de start|het begin|de begin|het startjaar|de aanvang)\b/;

/** A ranking over a scope by the measure read (forced to the gap for "achterstand" without a ranking word). */
export function ranking(p: QuestionParts, scope: Scope, forcedBy?: 'gap'): Query {
  const y = p.time;
  const m = p.measure;
  const by = forcedBy ?? m.by;
  const order = forcedBy && m.by !== 'gap' ? (p.cues.has('low') ? 'laag' : 'hoog') : m.order;
  // "grootste stijging sinds 2020", "tussen 2019 en 2024": the rise over that span.
  const span = (by === 'stijging' || by === 'stijging_pp') && (y.since || y.range) && y.from !== undefined;
  // "grootste stijging sinds de start": in procentpunten from each sector's first year (banen and fta don't subtract).
  if ((by === 'stijging' || by === 'stijging_pp') && !span && SINCE_START.test(p.features.text))
    return withOptional(
      { intent: 'ranking' as const, scope, by: 'stijging_pp' as const, order, since: 'start' as const },
      { limit: m.limit, year: singleYear(p) },
    );
  return withOptional(
    { intent: 'ranking' as const, scope, by, order },
    { limit: m.limit, year: span ? y.to : singleYear(p), from: span ? y.from : undefined },
  );
}

/** One or two unknown words, one of them close to a sector name: "rjik" → unknown_sector with suggestions. */
export function likelySectorTypo(p: QuestionParts, fuzzy: FuzzyMatcher): Query | undefined {
  if (p.unknown.length === 0 || p.unknown.length > 2) return undefined;
  const best = closestUnknown(p, fuzzy);
  if (best.score > LIKELY_TYPO_THRESHOLD) return undefined;
  return { intent: 'unknown_sector', term: best.term.slice(0, 200), suggestions: best.ids };
}

/** A question that needs a sector: the unknown word most like a sector, with suggestions (maybe none). */
export function unknownSectorFor(p: QuestionParts, fuzzy: FuzzyMatcher): Query | undefined {
  if (p.unknown.length === 0) return undefined;
  const best = closestUnknown(p, fuzzy);
  return { intent: 'unknown_sector', term: best.term.slice(0, 200), suggestions: best.ids };
}

/** A word that points to a sector without being one ("ziekenhuizen"): say so, with the suggestions. */
export function nearMiss(p: QuestionParts): Query | undefined {
  const near = p.nearMisses[0];
  return near && { intent: 'unknown_sector', term: near.term.slice(0, 200), suggestions: near.ids.slice(0, 5) };
}

function closestUnknown(p: QuestionParts, fuzzy: FuzzyMatcher): { term: string; ids: EntityId[]; score: number } {
  let best = { term: p.unknown[0]!.term, ids: [] as EntityId[], score: 1 };
  for (const { term, word } of p.unknown.slice(0, 4)) {
    const s = fuzzy.suggest(word);
    if (s.ids.length && s.score < best.score) best = { term, ...s };
  }
  return best;
}
