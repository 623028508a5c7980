// Groups as a whole (issue 9): "overheid vs onderwijs" is the two group totals side by side, not
// all 13 sectors; "hoeveel is de realisatie van de overheid gestegen" is the change of the group
// total. Each question is asked through the whole answer path; the figures are the sums of
// data/figures.json as "totaal overheid 2024" / "totaal onderwijs 2024" give them (umc's counted
// among the onderwijs sectors, as the letter on 2020 does; nr. 328's grouping given beside it).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { createResolver } from '../../src/nlu/index.js';
import type { Query } from '../../src/nlu/query.js';
import { ask } from '../answers/support.js';

const both2024 = [
  'overheid 91,2% tegenover onderwijs circa 26,6%',
  'Overheidssectoren samen: realisatie 12.964,6 fta van een doel van 14.219,4 fta (91,2%).',
  'Onderwijssectoren samen: realisatie circa 4.968,4 fta van een doel van circa 18.700,9 fta (circa 26,6%).',
  'de umc’s zijn hier niet meegeteld; ik reken ze tot het onderwijs',
  'Kamerstuk 34 352 nr. 328 rekent ze tot de overheidssectoren',
  'Bron: Kamerstuk 34 352 nr. 348',
];
const ov = ['overheid', 'onderwijs'] as const;
const on = ['onderwijs', 'overheid'] as const;

const COMPARE: [string, Query, string[]][] = [
  ['overheid vs onderwijs', { intent: 'total', scope: 'sectoren', scopes: [...ov] }, both2024],
  ['vergelijk overheid en onderwijs', { intent: 'total', scope: 'sectoren', scopes: [...ov] }, both2024],
  [
    'hoe doet het onderwijs het vergeleken met de overheid',
    { intent: 'total', scope: 'sectoren', scopes: [...on] },
    ['onderwijs circa 26,6% tegenover overheid 91,2%', 'Overheidssectoren zitten samen dichter bij hun doel'],
  ],
  ['onderwijs tegenover overheid', { intent: 'total', scope: 'sectoren', scopes: [...on] }, both2024.slice(1)],
  [
    'doet het onderwijs het beter of slechter dan de overheid?',
    { intent: 'total', scope: 'sectoren', scopes: [...on] },
    both2024.slice(1),
  ],
  [
    'overheidssectoren versus onderwijssectoren 2023',
    { intent: 'total', scope: 'sectoren', scopes: [...ov], year: 2023 },
    [
      'Overheidssectoren samen: realisatie 12.457 fta van een doel van 13.432,3 fta (92,7%).',
      'Onderwijssectoren samen: realisatie circa 4.923 fta van een doel van circa 18.349 fta (circa 26,8%).',
      'zo geteld is het met de umc’s: realisatie 12.963 fta van een doel van 15.915,3 fta (81,4%)',
    ],
  ],
  ['verschil tussen overheid en onderwijs', { intent: 'total', scope: 'sectoren', scopes: [...ov] }, both2024],
  ['overheid en onderwijs naast elkaar', { intent: 'total', scope: 'sectoren', scopes: [...ov] }, both2024],
  [
    'overheid of onderwijs: wie scoort beter in 2024?',
    { intent: 'total', scope: 'sectoren', scopes: [...ov], year: 2024 },
    both2024.slice(0, 3),
  ],
  [
    'vergelijk de overheids- en onderwijssectoren in 2023',
    { intent: 'total', scope: 'sectoren', scopes: [...ov], year: 2023 },
    ['overheid 92,7% tegenover onderwijs circa 26,8%'],
  ],
];

const CHANGE: [string, Query, string[]][] = [
  [
    'hoeveel is de realisatie van de overheid gestegen',
    { intent: 'total', scope: 'overheid', years: [2023, 2024] },
    [
      'De overheidssectoren samen zijn van 2023 tot 2024 gestegen: +507,6 fta (van 12.457 fta naar 12.964,6 fta), −1,6 procentpunt in realisatiepercentage.',
      '2024: realisatie 12.964,6 fta van een doel van 14.219,4 fta (91,2%) (6 sectoren).',
    ],
  ],
  [
    'hoeveel steeg het onderwijs als geheel',
    { intent: 'total', scope: 'onderwijs', years: [2023, 2024] },
    ['De onderwijssectoren samen zijn van 2023 tot 2024 gestegen: circa +45,4 fta', 'circa −0,3 procentpunt'],
  ],
  [
    'hoeveel zijn de onderwijssectoren samen gedaald',
    { intent: 'total', scope: 'onderwijs', years: [2023, 2024] },
    ['(van circa 4.923 fta naar circa 4.968,4 fta)'],
  ],
  [
    // 2020 counts banen for 3 sectors, 2024 fta for 6: never subtracted.
    'hoeveel is de overheid gestegen tussen 2020 en 2024',
    { intent: 'total', scope: 'overheid', years: [2020, 2024] },
    [
      'kan ik niet berekenen: de totalen tellen niet dezelfde sectoren (2020 in banen, 2024 in fta)',
      '2020: realisatie 3.350 banen van een doel van 5.036 banen (66,5%) (3 sectoren).',
      'Let op: 2020 is in banen, 2024 in fta. Die tel ik niet van elkaar af.',
    ],
  ],
];

describe('two groups, each as a whole', () => {
  it.each(COMPARE)('%j', (text, query, fragments) => {
    const a = ask(text);
    expect(a.query).toEqual(query);
    for (const f of fragments) expect(a.text).toContain(f);
    // Not the 13 sectors one by one.
    expect(a.text).not.toContain('Primair onderwijs');
    expect(a.text).not.toContain('Vergelijking alle sectoren');
  });
});

describe('the change of a group total', () => {
  it.each(CHANGE)('%j', (text, query, fragments) => {
    const a = ask(text);
    expect(a.query).toEqual(query);
    for (const f of fragments) expect(a.text).toContain(f);
  });

  it('keeps the per-sector readings that were right: "welke …", a yes/no question, a development', () => {
    expect(ask('welke overheidssectoren zijn gestegen').query).toEqual({
      intent: 'filter',
      scope: 'overheid',
      condition: 'gestegen',
    });
    expect(ask('is de overheid gegroeid in 2024').query).toMatchObject({ intent: 'filter', condition: 'gestegen' });
    expect(ask('ontwikkeling van het hele onderwijs').query).toMatchObject({ intent: 'compare', scope: 'onderwijs' });
    expect(ask('totaal overheid en onderwijs').query).toEqual({ intent: 'total', scope: 'sectoren' });
  });
});

describe('a follow-up carries the comparison of groups to another year', () => {
  const dataset = loadDataset();
  const resolve = createResolver(dataset.sectors, { years: [...new Set(dataset.figures.map((f) => f.year))] });
  it('"en in 2023?" after "overheid vs onderwijs"', () => {
    const previous: Query = { intent: 'total', scope: 'sectoren', scopes: ['overheid', 'onderwijs'] };
    expect(resolve('en in 2023?', { previous }).query).toEqual({ ...previous, year: 2023 });
  });
});
