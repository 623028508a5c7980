// Properties over many inputs: `ask` never throws and always says something; every typed query
// gets an answer without internal failure; every number in an answer's text is one of its facts
// (rules for years, citations, quoted dataset prose and ordinals in support.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_TOPICS,
  FILTER_CONDITIONS,
  GROUP_SCOPES,
  LOOKUP_METRICS,
  NOTE_TOPICS,
  OTHER_METRICS,
  RANK_BY,
  RANK_ORDERS,
  SCOPES,
} from '../../src/domain/enums.js';
import { ENTITY_IDS } from '../../src/domain/model.js';
import { type Query, QuerySchema } from '../../src/nlu/query.js';
import { answer, ask, errors, unexplainedNumbers, unexplainedViewNumbers } from './support.js';

// Every enumeration is drawn from its one definition in src/domain/enums.ts.
const entity = fc.constantFrom(...ENTITY_IDS);
const year = fc.option(fc.oneof(fc.integer({ min: 2013, max: 2030 }), fc.integer({ min: 1900, max: 2100 })), {
  nil: undefined,
});
const scope = fc.constantFrom(...SCOPES);
const optScope = fc.option(scope, { nil: undefined });

/** Any query the schema accepts (sectors, years and options drawn from their real ranges). */
const query: fc.Arbitrary<Query> = fc
  .oneof(
    fc.record({
      intent: fc.constant('lookup' as const),
      sector: entity,
      year,
      metric: fc.constantFrom(...LOOKUP_METRICS),
    }),
    fc.record({
      intent: fc.constant('figure' as const),
      metric: fc.constantFrom(...OTHER_METRICS),
      sector: fc.option(entity, { nil: undefined }),
      year,
    }),
    fc.record({ intent: fc.constant('gap' as const), sector: entity, year }),
    fc.record({ intent: fc.constant('change' as const), sector: entity, from: year, to: year }),
    fc.record({ intent: fc.constant('trend' as const), sector: entity, from: year, to: year }),
    fc.record({ intent: fc.constant('projection' as const), sector: entity }),
    fc.record({
      intent: fc.constant('compare' as const),
      sectors: fc.array(entity, { minLength: 1, maxLength: 5 }),
      scope: optScope,
      years: fc.option(fc.array(fc.integer({ min: 2013, max: 2030 }), { maxLength: 4 }), { nil: undefined }),
    }),
    fc.record({
      intent: fc.constant('ranking' as const),
      scope,
      by: fc.constantFrom(...RANK_BY),
      order: fc.constantFrom(...RANK_ORDERS),
      limit: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      year,
      from: fc.option(fc.integer({ min: 2013, max: 2024 }), { nil: undefined }),
      sectors: fc.option(fc.uniqueArray(entity, { minLength: 2, maxLength: 6 }), { nil: undefined }),
    }),
    fc.record({
      intent: fc.constant('filter' as const),
      scope,
      condition: fc.constantFrom(...FILTER_CONDITIONS),
      year,
      threshold: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      range: fc.option(
        fc
          .tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }))
          .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
        { nil: undefined },
      ),
      sectors: fc.option(fc.uniqueArray(entity, { minLength: 2, maxLength: 6 }), { nil: undefined }),
    }),
    fc.record({
      intent: fc.constant('total' as const),
      scope,
      year,
      sectors: fc.option(fc.uniqueArray(entity, { minLength: 2, maxLength: 5 }), { nil: undefined }),
      scopes: fc.option(fc.shuffledSubarray([...GROUP_SCOPES], { minLength: 2, maxLength: 2 }), { nil: undefined }),
      years: fc.option(
        fc
          .uniqueArray(fc.integer({ min: 2013, max: 2030 }), { minLength: 2, maxLength: 3 })
          .map((ys) => ys.sort((a, b) => a - b)),
        { nil: undefined },
      ),
    }),
    fc.record({ intent: fc.constant('inkoop' as const), sector: entity, year }),
    fc.record({ intent: fc.constant('binnenwerk' as const), year }),
    fc.record({
      intent: fc.constant('context' as const),
      topic: fc.constantFrom(...CONTEXT_TOPICS),
      year,
      period: fc.option(fc.constantFrom('2023-12-31', '2024Q4', '2023Q1'), { nil: undefined }),
    }),
    fc.record({
      intent: fc.constant('notes' as const),
      sector: fc.option(entity, { nil: undefined }),
      scope: optScope,
      topic: fc.option(fc.constantFrom(...NOTE_TOPICS), { nil: undefined }),
    }),
    fc.record({
      intent: fc.constant('clarify' as const),
      term: fc.string({ maxLength: 50 }),
      options: fc.array(entity, { minLength: 2, maxLength: 5 }),
    }),
    fc.record({
      intent: fc.constant('unknown_sector' as const),
      term: fc.string({ maxLength: 50 }),
      suggestions: fc.array(entity, { maxLength: 5 }),
    }),
    fc.constantFrom<Query>(
      { intent: 'help' },
      { intent: 'greeting' },
      { intent: 'thanks' },
      { intent: 'unknown' },
      { intent: 'subscriptions' },
      { intent: 'unsubscribe' },
    ),
  )
  .map((q) => QuerySchema.parse(JSON.parse(JSON.stringify(q))));

/** Intents whose text quotes user input (the echoed term may hold any digits). */
const ECHOES = new Set(['clarify', 'unknown_sector']);

describe('ask never throws', () => {
  it('arbitrary text, including unicode, markup and long input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom('', ' ', '\n', '<at>Banenbot</at>', '?'.repeat(5000)),
        ),
        (text) => {
          const a = ask(text);
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.speak.length).toBeGreaterThan(0);
          expect(a.text).not.toMatch(/\bat \w+ \(|Error:|undefined|NaN|\[object/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary Dutch-looking questions built from the vocabulary', () => {
    const words = [
      'realisatie',
      'doel',
      'tekort',
      'politie',
      'rijk',
      'po',
      'vo',
      'mbo',
      'umc',
      'financiën',
      'vergelijk',
      'en',
      'ontwikkeling',
      'welke',
      'sector',
      'best',
      'top',
      '3',
      '2019',
      '2023',
      '2024',
      '2031',
      'inclusief',
      'inkoop',
      'totaal',
      'onderwijs',
      'overheid',
      'wat',
      'is',
      'een',
      'fta',
      'gestegen',
      'gedaald',
      'haalden',
      'hun',
      'wanneer',
      '?',
      'ministerie',
      'binnenwerk',
      'xyz',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), (ws) => {
        const a = ask(ws.join(' '));
        expect(a.text.trim().length).toBeGreaterThan(0);
        expect(a.text).not.toContain('Sorry, dat lukte me niet');
      }),
      { numRuns: 500 },
    );
    expect(errors).toEqual([]);
  });
});

describe('every typed query', () => {
  it('is answered without an internal failure, with text, speak, a view and a card', () => {
    fc.assert(
      fc.property(query, (q) => {
        const a = answer(q);
        expect(a.text.trim().length).toBeGreaterThan(0);
        expect(a.text).not.toContain('Sorry, dat lukte me niet');
        expect(a.view.title.length).toBeGreaterThan(0);
        expect(a.card).not.toBeNull();
        for (const f of a.facts) {
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.source.length, `${f.sector} ${f.metric}`).toBeGreaterThan(0);
        }
        if (a.facts.length) expect(a.text).toMatch(/\nBron: .+$/);
      }),
      { numRuns: 1500 },
    );
    expect(errors).toEqual([]);
  });

  it('uses no number in its text that is not among its facts', () => {
    fc.assert(
      fc.property(
        query.filter((q) => !ECHOES.has(q.intent) && q.intent !== 'context' && q.intent !== 'notes'),
        (q) => {
          const a = answer(q);
          expect(unexplainedNumbers(a), JSON.stringify(q)).toEqual([]);
          expect(unexplainedViewNumbers(a), `card of ${JSON.stringify(q)}`).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('context and notes: every number is a fact or the dataset prose itself', () => {
    for (const topic of ['fta', 'doelgroepregister', 'doelen', 'quotum', 'banenafspraak'] as const) {
      expect(unexplainedNumbers(answer({ intent: 'context', topic })), topic).toEqual([]);
    }
    expect(unexplainedNumbers(answer({ intent: 'notes', topic: 'knelpunten' }))).toEqual([]);
  });

  it('the number check is not vacuous: an invented number is caught', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' });
    expect(unexplainedNumbers({ ...a, text: `${a.text}\nExtra: 490 fta` })).toEqual(['490']);
    expect(unexplainedNumbers({ ...a, text: a.text.replace('489 fta', '498 fta') })).toEqual(['498']);
  });
});
