// The question parser: Dutch text → typed Query. Build it once per dataset; each call is pure,
// deterministic and fast (indexes and fuzzy matchers are built here, nothing is cached per text).
//
//   const parse = createParser(dataset.sectors, { years: [2023, 2024] });
//   parse('realisatie politie 2024?')  // { intent: 'lookup', sector: 'politie', year: 2024, metric: 'realisatie' }
import type { Sector } from '../domain/model.js';
import { extractFeatures } from './features.js';
import { buildLexicon } from './lexicon.js';
import { decide } from './parse.js';
import type { Query } from './query.js';
import { createFuzzyMatcher } from './sector-match.js';
import { createSectorSets } from './sector-sets.js';

export { normalize } from './normalize.js';
export type { Intent, Query, QueryOf } from './query.js';
export { QuerySchema } from './query.js';

export interface ParserOptions {
  /**
   * Years that have figures. The latest one anchors relative phrases: "vorig jaar" = latest − 1,
   * "dit jaar"/"afgelopen jaar" = latest, "laatste 3 jaar" = the three years up to the latest.
   * Without it those phrases are ignored.
   */
  years?: number[];
}

export type Parser = (text: string) => Query;

export function createParser(sectors: Sector[], options: ParserOptions = {}): Parser {
  const lexicon = buildLexicon(sectors);
  const fuzzy = createFuzzyMatcher(lexicon);
  const sets = createSectorSets(sectors);
  const years = [...new Set(options.years ?? [])].sort((a, b) => a - b);
  const latestYear = years.at(-1);
  const ctx = { sets, fuzzy, years };
  return (text: string): Query => {
    const query = decide(extractFeatures(typeof text === 'string' ? text : '', lexicon, fuzzy, latestYear), ctx);
    // A clarify question needs two options; with a dataset too small for that, say "not understood".
    if (query.intent === 'clarify' && query.options.length < 2) return { intent: 'unknown' };
    return query;
  };
}
