// The rule table: a question's parts (read-parts.ts) → a Query. The rules are tried in order
// and the first that applies gives the Query; each rule's `says` is its documentation.
//   1. conversation.ts  empty → help; subscriptions
//      prose.ts         the national picture and passage questions (src/nlu/prose.ts declines figure questions)
//      conversation.ts  garbage → help; no data words → smalltalk, a misspelled sector, unknown
//   2. national.ts      no entity: fta, doelgroepregister (a date or quarter picks the period), doelen, quotum, bronnen
//   3. several.ts       Binnenwerk per ministry; a part of the Rijk; sums of chosen entities; clarify; compare
//                       one entity → one.ts: figure, compare, ranking, change-since, notes, inkoop,
//                       projection, trend, change, gap, binnenwerk, lookup
//   4. none.ts          no entity: near misses, other figures, notes, two groups as a whole, inkoop ranking,
//                       ranking, projection clarify, range and threshold filters, the change of a group
//                       total, rises and falls per sector, totals, group comparisons, notes,
//                       unknown words, gap ranking, group trend, which ministry, total
//   5. prose.ts         no reading found: a question with content words the sources use → passage
import type { Features } from '../features.js';
import type { Query } from '../query.js';
import { type QuestionParts, readQuestionParts } from '../read-parts.js';
import { SMALLTALK_RULES, SUBSCRIPTION_RULES } from './conversation.js';
import { NATIONAL_RULES } from './national.js';
import { NO_ENTITY_RULES } from './none.js';
import { PROSE_FALLBACK, PROSE_RULE } from './prose.js';
import type { Reading, Rule, RuleContext } from './rule.js';
import { SEVERAL_RULES } from './several.js';

export type { RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [
  ...SUBSCRIPTION_RULES,
  PROSE_RULE,
  ...SMALLTALK_RULES,
  ...NATIONAL_RULES,
  ...SEVERAL_RULES,
  ...NO_ENTITY_RULES,
  PROSE_FALLBACK,
];

/** The Query of a question's parts: the first rule in RULES that applies, else unknown. */
export function applyRules(p: QuestionParts, ctx: RuleContext): Query {
  const r: Reading = {
    ...ctx,
    p,
    has: (c) => p.cues.has(c),
    any: (cs) => cs.some((c) => p.cues.has(c)),
    ids: p.entities,
    scope: p.group?.scope ?? 'sectoren',
    noYears: p.time.years.length === 0,
  };
  for (const rule of RULES) {
    const q = rule.apply(r);
    if (q) return q;
  }
  return { intent: 'unknown' };
}

/** The same from the features of a text (for callers that adjust features, e.g. follow-up.ts). */
export function applyRulesToFeatures(f: Features, ctx: RuleContext): Query {
  return applyRules(readQuestionParts(f), ctx);
}
