import { describe, expect, it } from 'vitest';
import { MAX_NORMALIZED_CHARS, normalize } from '../../src/nlu/normalize.js';

describe('normalize', () => {
  it.each([
    ['Realisatie POLITIE 2024?', 'realisatie politie 2024'],
    ['Financiën', 'financien'],
    ["umc's", 'umcs'],
    ['UMC’s', 'umcs'],
    ['I&W', 'ienw'],
    ['I &amp; W', 'i en w'],
    ['t.o.v. 2023', 'tov 2023'],
    ['hbo incl. inkoop', 'hbo incl inkoop'],
    ['2019-2024', '2019 tm 2024'],
    ['2019 – 2024', '2019 tm 2024'],
    ['2020 t/m 2024', '2020 tm 2024'],
    ['5.078 fta', '5078 fta'],
    ['68,4%', '68 4 procent'],
    ['mbo-scholen', 'mbo scholen'],
    ['  veel    spaties\n\tgraag ', 'veel spaties graag'],
    ['<at>Banenbot</at> hoi', 'hoi'],
    ['@banenbot hoi', 'hoi'],
    ['banenbot, hoi', 'hoi'],
    ['<script>alert(1)</script>', 'alert 1'],
    ['👍', 'bedankt'],
    ['😀 politie 😀', 'politie'],
    ['Binnenwerk®', 'binnenwerk'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it(`caps the result at ${MAX_NORMALIZED_CHARS} characters on a word boundary`, () => {
    const out = normalize('politie defensie '.repeat(1000));
    expect(out.length).toBeLessThanOrEqual(MAX_NORMALIZED_CHARS);
    expect(out.endsWith(' ')).toBe(false);
    expect(out.split(' ').every((w) => w === 'politie' || w === 'defensie')).toBe(true);
  });
});
