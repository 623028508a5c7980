// formatNumber writes numbers itself (Intl costs about 1 µs a call); its text must be Intl's nl-NL
// text for every number, rounding included (ICU rounds the shortest decimal text: 0,15 → 0,2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberIntl } from '../../src/domain/format.js';

describe('formatNumber', () => {
  it('writes Dutch notation: dots between thousands, a decimal comma, no trailing zeros', () => {
    expect(formatNumber(5078)).toBe('5.078');
    expect(formatNumber(1372)).toBe('1.372');
    expect(formatNumber(508.5)).toBe('508,5');
    expect(formatNumber(2.76, 3)).toBe('2,76');
    expect(formatNumber(68.44)).toBe('68,4');
    expect(formatNumber(999.95)).toBe('1.000');
    expect(formatNumber(0.15)).toBe('0,2');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-1234.56, 0)).toBe('-1.235');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(12345678.25)).toBe('12.345.678,3');
  });

  it('gives the same text as Intl nl-NL for any number and number of decimals', () => {
    const decimals = fc.integer({ min: 0, max: 4 });
    const values = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e6, max: 1e6 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100 + 0.005),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10 + 0.05),
      fc.constantFrom(0, -0, 0.5, -0.5, 2.5, 999.95, 9999.5, 1e14, 1e15, 1e21, 1e-7, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(values, decimals, (v, d) => {
        expect(formatNumber(v, d)).toBe(formatNumberIntl(v, d));
      }),
      { numRuns: 20_000 },
    );
  });
});
