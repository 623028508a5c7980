// Acceptance round 7 (issue 9): each new question, asked as `npm run ask -- --jsonl` asks it (the
// answerer over the real dataset, passage search included), reads as its Query and the answer
// shows its key figure or words; every number shown (outside quoted passages) is one of the answer's facts.
import { describe, expect, it } from 'vitest';
import { ask, unexplainedNumbers } from '../answers/support.js';
import { ROUND7 } from './round7-questions.js';

describe('acceptance round 7: fresh questions as an outside tester asks them', () => {
  it.each(ROUND7.map(([text, query, fragment]) => [text, query, fragment] as const))('%j', (text, query, fragment) => {
    const a = ask(text);
    expect(a.query).toEqual(query);
    expect(a.text).toContain(fragment);
    // A quoted passage keeps the source's own numbers (footnote marks too); test/answers/passage.test.ts checks quotes.
    if (a.query.intent !== 'passage') expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('has at least 200 questions', () => {
    expect(ROUND7.length).toBeGreaterThanOrEqual(200);
  });
});
