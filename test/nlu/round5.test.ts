// Acceptance round 5 (issue 9): ≥ 300 new questions, each read as its family's exact Query.
import { describe } from 'vitest';
import { ROUND5 } from './round5-questions.js';
import { expectQueries } from './support.js';

describe('acceptance round 5: sums, every metric, asked years and dates, any measure, garbage, subscriptions', () => {
  expectQueries(ROUND5.flatMap(([query, texts]) => texts.map((t) => [t, query] as const)));
});
