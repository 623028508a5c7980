// The question parser: Dutch text → typed Query. Build it once per dataset; each call is pure,
// deterministic and fast (indexes and fuzzy matchers are built here, nothing is cached per text).
//
//   const parse = createParser(dataset.sectors, { years: [2023, 2024] });
//   parse('realisatie politie 2024?')  // { intent: 'lookup', sector: 'politie', year: 2024, metric: 'realisatie' }
//   parse.readParts('en in 2023?')     // what the question states: { entities: [], time: { years: [2023] }, followUp: { leadingAnd: true }, … }
//   parse.fromParts(parts)             // the Query for (possibly completed) parts
//
// Two steps: readParts() reads the parts of a question independently (read-parts.ts and the
// readers in parts/), fromParts() applies the ordered rule table to them (rules/index.ts).
import type { Sector } from '../domain/model.js';
import { extractFeatures, type Features } from './features.js';
import { type ConversationState, type Resolution, resolveFollowUp } from './follow-up.js';
import { buildLexicon } from './lexicon.js';
import type { Query } from './query.js';
import { type QuestionParts, readQuestionParts } from './read-parts.js';
import { applyRules, type RuleContext } from './rules/index.js';
import { createFuzzyMatcher } from './sector-match.js';
import { createSectorSets } from './sector-sets.js';

export type { ConversationState, Focus, Picked, Resolution, Role } from './follow-up.js';
export { askedQuery } from './follow-up.js';
export type { ContextTopic, Intent, Query, QueryOf } from './query.js';
export { QuerySchema, sectorsNamedBy } from './query.js';
export type { QuestionParts } from './read-parts.js';
export { RULES } from './rules/index.js';

export interface ParserOptions {
  /**
   * Years that have figures. The latest one anchors relative phrases: "vorig jaar" = latest − 1,
   * "dit jaar"/"afgelopen jaar" = latest, "laatste 3 jaar" = the three years up to the latest.
   * Without it those phrases are ignored.
   */
  years?: number[];
  /** Whether the source documents use a word: prose questions about unknown things need it to be. */
  inSources?: (word: string) => boolean;
}

export interface Parser {
  (text: string): Query;
  /** What the question states explicitly (entities, metric, years, operation, measure, follow-up cues, …). */
  readParts(text: string): QuestionParts;
  /** The Query for a question's parts (e.g. after a follow-up took the missing ones from context). */
  fromParts(parts: QuestionParts): Query;
}

/**
 * Text + the conversation so far → the query the text means there (src/nlu/follow-up.ts):
 * "en in 2023?" after "realisatie politie 2024?" is the politie realisatie of 2023.
 * Without a state (or a complete question) it is exactly the parser's reading.
 */
export type Resolver = (text: string, state?: ConversationState) => Resolution;

export function createParser(sectors: Sector[], options: ParserOptions = {}): Parser {
  const { read, queryFromFeatures, queryFromParts } = build(sectors, options);
  const parse = ((text: string) => queryFromFeatures(read(text), text)) as Parser;
  parse.readParts = (text) => readQuestionParts(read(text), text);
  parse.fromParts = queryFromParts;
  return parse;
}

export function createResolver(sectors: Sector[], options: ParserOptions = {}): Resolver {
  const { read, queryFromParts, ctx } = build(sectors, options);
  return (text: string, state?: ConversationState): Resolution => {
    const input = typeof text === 'string' ? text : '';
    const parts = readQuestionParts(read(input), input);
    const query = queryFromParts(parts);
    if (!state) return { query, fromContext: false };
    return resolveFollowUp(parts, query, state, ctx);
  };
}

function build(sectors: Sector[], options: ParserOptions) {
  const lexicon = buildLexicon(sectors);
  const fuzzy = createFuzzyMatcher(lexicon);
  const sets = createSectorSets(sectors);
  const years = [...new Set(options.years ?? [])].sort((a, b) => a - b);
  const latestYear = years.at(-1);
  const ctx: RuleContext = { sets, fuzzy, years, ...(options.inSources ? { inSources: options.inSources } : {}) };
  const read = (text: string): Features =>
    extractFeatures(typeof text === 'string' ? text : '', lexicon, fuzzy, latestYear);
  const queryFromParts = (parts: QuestionParts): Query => {
    const query = applyRules(parts, ctx);
    // A clarify question needs two options; with a dataset too small for that, say "not understood".
    if (query.intent === 'clarify' && query.options.length < 2) return { intent: 'unknown' };
    return query;
  };
  /** `text` is the question as typed: the prose reader (prose.ts) reads it. */
  const queryFromFeatures = (features: Features, text: string): Query =>
    queryFromParts(readQuestionParts(features, text));
  return { read, queryFromFeatures, queryFromParts, ctx };
}
