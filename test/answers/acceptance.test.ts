// The acceptance round's questions (mbo contactpersonen, the interdepartementaal netwerk, managers;
// typos, telegram style, full sentences), one per line in acceptance-questions.txt. Their readings
// are pinned per intent in test/nlu; here every answer must hold what a user relies on: no number
// that is not a fact, a card Teams accepts, buttons that carry valid queries, never the apology.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QuerySchema } from '../../src/nlu/query.js';
import { validateCard } from '../support/validate-card.js';
import { ask, unexplainedNumbers, unexplainedViewNumbers } from './support.js';

const QUESTIONS = readFileSync(new URL('./acceptance-questions.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim());

describe('acceptance questions', () => {
  it('there are enough of them to mean something', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(1000);
  });

  it('every answer: only facts as numbers, a valid card, valid button queries, no apology', () => {
    const problems: string[] = [];
    for (const q of QUESTIONS) {
      const a = ask(q);
      const numbers = [...unexplainedNumbers(a), ...unexplainedViewNumbers(a)];
      if (numbers.length) problems.push(`${q}: numbers ${numbers.join(', ')}`);
      const card = a.card ? validateCard(a.card) : [];
      if (card.length) problems.push(`${q}: card ${card.join('; ')}`);
      const queries = [
        ...(a.view.actions ?? []).map((x) => x.query),
        ...(a.view.sectorPicker ? [a.view.sectorPicker.query] : []),
      ];
      for (const query of queries)
        if (!QuerySchema.safeParse(query).success) problems.push(`${q}: button ${JSON.stringify(query)}`);
      if (a.text.startsWith('Sorry, dat lukte me niet')) problems.push(`${q}: apology`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
