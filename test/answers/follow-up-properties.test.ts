// A complete question (sector, what to show and year named) gets exactly the same answer with or
// without a previous question or a "wij" in the conversation; and no context ever makes a
// question fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/answers/index.js';
import type { EntityId } from '../../src/domain/model.js';
import { type Query, QuerySchema } from '../../src/nlu/query.js';
import { FOLLOW_UPS } from '../support/follow-ups.js';
import { answerer, dataset, errors } from './support.js';

const sectors = dataset.sectors.filter((s) => s.kind === 'sector' && s.id !== 'hbo' && s.id !== 'wo');
const sectorName = fc.constantFrom(...sectors.flatMap((s) => [s.name, s.shortName]));
const years = [...new Set(dataset.figures.map((f) => f.year))].filter((y) => y >= 2019);
const year = fc.constantFrom(...years);

/** Questions that name sector, metric (or operation) and year. */
const complete = fc.oneof(
  fc
    .tuple(fc.constantFrom('realisatie', 'doel', 'percentage', 'realisatiepercentage'), sectorName, year)
    .map(([m, s, y]) => `${m} ${s} ${y}`),
  fc
    .tuple(fc.constantFrom('realisatie', 'doel'), sectorName, year)
    .map(([m, s, y]) => `Wat was het ${m === 'doel' ? 'doel' : 'aantal gerealiseerde banen'} van ${s} in ${y}?`),
  fc.tuple(sectorName, year).map(([s, y]) => `tekort ${s} ${y}`),
  fc.tuple(sectorName, year).map(([s, y]) => `hoeveel mist ${s} nog in ${y}?`),
  fc.tuple(sectorName, year).map(([s, y]) => `${s} inclusief inkoop ${y}`),
);

const previous: fc.Arbitrary<Query | undefined> = fc.constantFrom<Query | undefined>(
  undefined,
  { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 },
  { intent: 'gap', sector: 'defensie', year: 2022 },
  { intent: 'compare', sectors: ['politie', 'defensie', 'mbo'], years: [2023] },
  { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'laag', limit: 3, year: 2023 },
  { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2024 },
  { intent: 'total', scope: 'overheid', year: 2022 },
  { intent: 'trend', sector: 'rijk', from: 2019, to: 2024 },
  { intent: 'change', sector: 'gemeenten', from: 2022, to: 2023 },
  { intent: 'notes', scope: 'onderwijs', topic: 'knelpunten' },
  { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'], ask: 'gap' },
  { intent: 'clarify', term: '', options: ['rijk', 'defensie'], ask: 'lookup', year: 2023 },
);
const wij = fc.constantFrom<EntityId | undefined>(undefined, 'mbo', 'politie', 'fin');

describe('context never changes a complete question', () => {
  it('same query and text with any previous question or "wij"', () => {
    fc.assert(
      fc.property(complete, previous, wij, wij, (question, prev, speaksFor, assumed) => {
        const context: AskContext = {};
        if (prev) context.previous = prev;
        if (speaksFor) context.speaksFor = speaksFor;
        if (assumed) context.assumedSpeaksFor = assumed;
        const alone = answerer.ask(question);
        const inContext = answerer.ask(question, context);
        expect(inContext.query).toEqual(alone.query);
        expect(inContext.text).toBe(alone.text);
        expect(inContext.view.title).toBe(alone.view.title);
        expect(inContext.fromContext).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('any text in any context: no throw, no internal failure, a resolved query the schema accepts', () => {
    const before = errors.length;
    const words = fc.constantFrom(
      'en',
      'die',
      'ze',
      'wij',
      'ons',
      'dat',
      '2023',
      'vorig',
      'jaar',
      'later',
      'defensie',
      'tekort',
      'vergelijk',
      'met',
      'waarom',
      'top',
      '3',
      'hoger',
      'onderwijs',
      'erbij',
      'niet',
      'daarvoor',
      '?',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(words, { maxLength: 7 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, previous, wij, wij, (question, prev, speaksFor, assumed) => {
        const a = answerer.ask(question, {
          ...(prev ? { previous: prev } : {}),
          ...(speaksFor ? { speaksFor } : {}),
          ...(assumed ? { assumedSpeaksFor: assumed } : {}),
        });
        expect(a.text.length).toBeGreaterThan(0);
        expect(QuerySchema.safeParse(a.query).success).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(errors.length).toBe(before);
  });

  it('any follow-up in any context is answered without an internal failure', () => {
    const followUps = fc.constantFrom(...FOLLOW_UPS, 'en het jaar ervoor?', 'en daarvoor?');
    const before = errors.length;
    fc.assert(
      fc.property(followUps, previous, wij, (question, prev, speaksFor) => {
        const a = answerer.ask(question, { ...(prev ? { previous: prev } : {}), ...(speaksFor ? { speaksFor } : {}) });
        expect(a.text.length).toBeGreaterThan(0);
        expect(a.text).not.toContain('lukte me niet');
      }),
      { numRuns: 300 },
    );
    expect(errors.length).toBe(before);
  });
});
