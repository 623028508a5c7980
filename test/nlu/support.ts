// Shared by the NLU tests: one parser built from the real dataset's sectors, and the expected
// sector lists written out by hand (so a test fails if data/sectors.json changes them).
import { expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import type { EntityId } from '../../src/domain/model.js';
import { createParser } from '../../src/nlu/index.js';
import { type Query, QuerySchema } from '../../src/nlu/query.js';

/** Years with figures as the tests assume them: "vorig jaar" = 2023, "dit jaar" = 2024. */
export const TEST_YEARS = [2015, 2019, 2020, 2021, 2022, 2023, 2024];

export const parse = createParser(loadDataset().sectors, { years: TEST_YEARS });

export const ALL_SECTORS: EntityId[] = [
  'rijk',
  'defensie',
  'gemeenten',
  'provincies',
  'waterschappen',
  'politie',
  'umc',
  'po',
  'vo',
  'mbo',
  'hbo',
  'wo',
  'onderzoeksinstellingen',
];
export const OVERHEID: EntityId[] = ['rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen', 'politie'];
export const ONDERWIJS: EntityId[] = ['umc', 'po', 'vo', 'mbo', 'hbo', 'wo', 'onderzoeksinstellingen'];
export const MINISTRIES: EntityId[] = [
  'az',
  'bz',
  'bzk',
  'ezk',
  'fin',
  'ienw',
  'jenv',
  'lnv',
  'ocw',
  'szw',
  'vws',
  'hcvs',
  'rechtspraak',
];

/** One test per phrasing: the parser returns exactly this Query, and QuerySchema accepts it unchanged. */
export function expectQueries(table: readonly (readonly [string, Query])[]): void {
  it.each(table.map(([text, query]) => [text, query] as const))('%j', (text, query) => {
    const got = parse(text);
    expect(got).toEqual(query);
    expect(QuerySchema.parse(got)).toEqual(got);
  });
}
