// The answer cache: a repeated question is answered from memory, with the same answer.
import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answers/index.js';
import { createAnswerer } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';
import { cachingAnswerer } from '../../src/teams/answer-cache.js';

function counting(real: Answerer) {
  const calls = { ask: 0, answer: 0, welcome: 0 };
  const answerer: Answerer = {
    ask: (q) => (calls.ask++, real.ask(q)),
    respond: (q, c) => real.respond(q, c),
    answer: (q, text) => (calls.answer++, real.answer(q, text)),
    welcome: () => (calls.welcome++, real.welcome()),
    confirmSubscription: (o, q, text) => real.confirmSubscription(o, q, text),
    digest: (r) => real.digest(r),
  };
  return { answerer, calls };
}

describe('cachingAnswerer', () => {
  const real = createAnswerer(loadDataset());

  it('answers a repeated question from the cache with the same answer', () => {
    const { answerer, calls } = counting(real);
    const cached = cachingAnswerer(answerer, 10);
    const first = cached.ask('realisatie politie 2024?');
    const again = cached.ask('realisatie politie 2024?');
    expect(again).toBe(first);
    expect(again).toEqual(real.ask('realisatie politie 2024?'));
    expect(again.text).toContain('489 fta');
    cached.ask('realisatie defensie 2024?');
    expect(calls.ask).toBe(2);
    const query = { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' } as const;
    expect(cached.answer(query)).toBe(cached.answer(query));
    expect(cached.welcome()).toBe(cached.welcome());
    expect(calls).toEqual({ ask: 2, answer: 1, welcome: 1 });
  });

  it('the same follow-up with other recent subjects is answered again, not from the cache', () => {
    const cached = cachingAnswerer(real, 10);
    const previous = { intent: 'lookup', sector: 'defensie', metric: 'realisatie', year: 2024 } as const;
    const alone = cached.respond('vergelijk ze', { previous });
    const both = cached.respond('vergelijk ze', { previous, recent: ['politie', 'defensie'] });
    expect(both).not.toBe(alone);
    expect('text' in both && both.text).toContain('Vergelijking Politie en Defensie, 2024');
  });

  it('keeps at most `max` answers and is off with 0', () => {
    const { answerer, calls } = counting(real);
    const cached = cachingAnswerer(answerer, 2);
    for (const q of ['realisatie politie 2024?', 'doel umc 2023', 'wat is een fta?', 'realisatie politie 2024?'])
      cached.ask(q);
    expect(calls.ask).toBe(4); // the first question was dropped to make room for the third
    const off = counting(real);
    const uncached = cachingAnswerer(off.answerer, 0);
    uncached.ask('help');
    uncached.ask('help');
    expect(off.calls.ask).toBe(2);
  });
});
