// The prose reader's places in the rule table (src/nlu/prose.ts reads the question as typed):
// the national picture and passage questions right after the subscriptions (the reader declines
// questions that ask for a sector's figures itself), and any question with content words as a
// passage question when no other rule found a reading.
import { singleYear } from '../build.js';
import { type ProseHints, readProse } from '../prose.js';
import type { Reading, Rule } from './rule.js';

function hints(r: Reading, fallback: boolean): ProseHints {
  return {
    sectors: r.ids,
    year: singleYear(r.p),
    unknown: r.p.unknown.map((u) => u.word),
    ...(r.inSources ? { inSources: r.inSources } : {}),
    ...(fallback ? { fallback: true } : {}),
  };
}

export const PROSE_RULE: Rule = {
  says: '"hoeveel banen moet de overheid in totaal realiseren?" (national picture), "wat is Emma at Work?", "tellen sroi-banen mee?" → context / passage (prose.ts)',
  // An explicit figure of a named entity ("po percentage als je alleen ondersteunende functies meetelt") is read as that figure.
  // "Hoe wordt het quotum van defensie berekend?" stays a prose question.
  apply(r) {
    if (!r.p.question) return undefined;
    const figure = r.p.figure && r.ids.length > 0 && !/^(hoe|waarom|wie)\b/.test(r.p.features.text);
    return figure ? undefined : readProse(r.p.question, hints(r, false));
  },
};

export const PROSE_FALLBACK: Rule = {
  says: 'no reading found, but content words the sources use → passage (prose.ts)',
  apply: (r) => (r.p.question ? readProse(r.p.question, hints(r, true)) : undefined),
};
