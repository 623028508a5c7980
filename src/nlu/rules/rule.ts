// What a rule of the table sees: the parts of the question plus the parser's indexes, and a few
// shorthands every rule uses.
import type { Scope } from '../../domain/enums.js';
import type { EntityId } from '../../domain/model.js';
import type { Query } from '../query.js';
import type { QuestionParts } from '../read-parts.js';
import type { FuzzyMatcher } from '../sector-match.js';
import type { SectorSets } from '../sector-sets.js';
import type { Cue } from '../vocabulary.js';

export interface RuleContext {
  sets: SectorSets;
  fuzzy: FuzzyMatcher;
  /** Years with figures, ascending (may be empty). */
  years: readonly number[];
  /** Whether the source documents use a word (prose.ts; absent: every word may be). */
  inSources?: (word: string) => boolean;
}

export interface Reading extends RuleContext {
  p: QuestionParts;
  has(cue: Cue): boolean;
  any(cues: readonly Cue[]): boolean;
  /** The entities named (see QuestionParts.entities). */
  ids: readonly EntityId[];
  /** The group named, as a scope id; 'sectoren' when none. */
  scope: Scope;
  noYears: boolean;
}

/** One row of the rule table: when it applies it returns the Query, else undefined. */
export interface Rule {
  /** What the rule reads, with an example: the table is the documentation. */
  says: string;
  apply(r: Reading): Query | undefined;
}
