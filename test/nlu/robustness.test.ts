// Property tests: whatever arrives, the parser answers with a valid Query and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuerySchema } from '../../src/nlu/query.js';
import { parse } from './support.js';

const words = [
  'politie',
  'defensie',
  'gemeenten',
  'hoger onderwijs',
  'onderwijs',
  'ministerie',
  'ministeries',
  'vergelijk',
  'en',
  'top',
  '3',
  'welke',
  'sectoren',
  'doel',
  'niet',
  'gehaald',
  'sinds',
  '2020',
  'tm',
  '2024',
  'tov',
  'vorig jaar',
  'abonneer',
  'stop',
  'waarom',
  'inkoop',
  'binnenwerk',
  'totaal',
  'tekort',
  'trend',
  'wanneer',
  '100%',
  'fta',
  'JenV',
  'I&W',
  "umc's",
  'politei',
  '<at>Banenbot</at>',
  '@banenbot',
  'beste',
  'hoi',
  'bedankt',
  '?',
  '-',
  'van',
  'tot',
  '1999',
  '2150',
  '9999',
  '0',
  'een',
  'drie',
  'laatste',
  'jaar',
  'ziekenhuizen',
  'xyz',
];

describe('robustness', () => {
  it('arbitrary unicode strings never throw and always give a valid Query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const q = parse(text);
        expect(QuerySchema.parse(q)).toEqual(q);
      }),
      { numRuns: 1500 },
    );
  });

  it('sequences of vocabulary words, sectors, years and noise always give a valid Query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 25 }),
        (parts) => {
          const q = parse(parts.join(' '));
          expect(QuerySchema.parse(q)).toEqual(q);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('very long input (10 kB and more) gives a valid Query', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 500, max: 3000 }), (chunk, times) => {
        const q = parse(chunk.repeat(times));
        expect(QuerySchema.parse(q)).toEqual(q);
      }),
      { numRuns: 60 },
    );
    expect(QuerySchema.safeParse(parse('politie '.repeat(2000))).success).toBe(true);
    expect(parse('<'.repeat(10_000))).toEqual({ intent: 'help' });
    expect(parse('<at>'.repeat(3000))).toEqual({ intent: 'help' });
  });

  it('is deterministic: the same text gives the same Query every time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        expect(parse(text)).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('non-string input from outside does not throw', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parse(value as unknown as string)).toEqual({ intent: 'help' });
    }
  });

  it('keeps a year without figures (the answer names the years there are), ignores years after 2100', () => {
    expect(parse('politie 2012')).toEqual({ intent: 'lookup', sector: 'politie', metric: 'alles', year: 2012 });
    expect(parse('gemeenten 1987')).toEqual({ intent: 'lookup', sector: 'gemeenten', metric: 'alles', year: 1987 });
    expect(parse('politie 2101')).toEqual({ intent: 'lookup', sector: 'politie', metric: 'alles' });
    expect(parse('trend politie 1990-2024')).toEqual({ intent: 'trend', sector: 'politie', from: 1990, to: 2024 });
    expect(parse('politie 1500 banen')).toEqual({ intent: 'lookup', sector: 'politie', metric: 'alles' });
  });
});
