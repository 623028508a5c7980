// Plural references to sectors from more than one turn back (issue 10): "vergelijk ze" after
// "realisatie politie 2024?" → "en defensie?" means politie and defensie, although the previous
// query holds only defensie. The resolver takes the missing sectors from the conversation's recent
// subjects (the last answers' entity ids, most recent last), as many as the reference counts.
import { describe, expect, it } from 'vitest';
import { RECENT_SUBJECTS, recentSubjects } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';
import type { EntityId } from '../../src/domain/model.js';
import { createResolver } from '../../src/nlu/index.js';
import type { Query } from '../../src/nlu/query.js';

const dataset = loadDataset();
const resolve = createResolver(dataset.sectors, { years: [...new Set(dataset.figures.map((f) => f.year))] });
const ids = (...xs: string[]) => xs as EntityId[];

const defensie2024: Query = { intent: 'lookup', sector: 'defensie' as EntityId, metric: 'realisatie', year: 2024 };
const gapWo: Query = { intent: 'gap', sector: 'wo' as EntityId };
const waterschappen: Query = { intent: 'lookup', sector: 'waterschappen' as EntityId, metric: 'alles' };

describe('plural references use the recent subjects', () => {
  it.each([
    [
      'vergelijk ze',
      defensie2024,
      ids('politie', 'defensie'),
      { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] },
    ],
    [
      'vergelijk beide',
      defensie2024,
      ids('politie', 'defensie'),
      { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] },
    ],
    [
      'en samen?',
      defensie2024,
      ids('politie', 'defensie'),
      { intent: 'total', scope: 'sectoren', sectors: ['politie', 'defensie'], year: 2024 },
    ],
    ['tel ze op', gapWo, ids('hbo', 'wo'), { intent: 'total', scope: 'sectoren', sectors: ['hbo', 'wo'] }],
    [
      'tel die drie op',
      waterschappen,
      ids('politie', 'gemeenten', 'provincies', 'waterschappen'),
      { intent: 'total', scope: 'sectoren', sectors: ['gemeenten', 'provincies', 'waterschappen'] },
    ],
    [
      'vergelijk die twee',
      { intent: 'gap', sector: 'fin' as EntityId },
      ids('rijk', 'bzk', 'fin'),
      { intent: 'compare', sectors: ['bzk', 'fin'] },
    ],
  ] as const)('%s', (text, previous, recent, expected) => {
    const r = resolve(text, { previous, recent });
    expect(r.query).toEqual(expected);
    expect(r.fromContext).toBe(true);
  });

  it('a singular "ze" stays with the previous sector ("hoeveel moeten ze nog?" is about defensie)', () => {
    const r = resolve('hoeveel moeten ze nog?', { previous: defensie2024, recent: ids('politie', 'defensie') });
    expect(r.query).toEqual({ intent: 'gap', sector: 'defensie', year: 2024 });
  });

  it('a previous comparison is what "tel ze op" sums, not older subjects', () => {
    const previous: Query = { intent: 'compare', sectors: ids('hbo', 'wo') };
    const r = resolve('tel ze op', { previous, recent: ids('politie', 'hbo', 'wo') });
    expect(r.query).toEqual({ intent: 'total', scope: 'sectoren', sectors: ['hbo', 'wo'] });
  });

  it('recent subjects that do not include the previous sector are not used', () => {
    const r = resolve('vergelijk ze', { previous: defensie2024, recent: ids('politie', 'hbo') });
    expect(r.query).toEqual(resolve('vergelijk ze', { previous: defensie2024 }).query);
    expect(r.query.intent === 'compare' && r.query.sectors.includes('hbo' as EntityId)).toBe(false);
  });

  it('a complete question is not changed by the recent subjects', () => {
    const alone = resolve('realisatie politie 2023').query;
    expect(
      resolve('realisatie politie 2023', { previous: defensie2024, recent: ids('hbo', 'wo', 'defensie') }).query,
    ).toEqual(alone);
  });
});

describe('recentSubjects: what a conversation keeps', () => {
  it('adds the sectors of each answer once, most recent last, at most RECENT_SUBJECTS', () => {
    let recent: EntityId[] = [];
    const qs: Query[] = [
      { intent: 'gap', sector: ids('hbo')[0]! },
      { intent: 'gap', sector: ids('wo')[0]! },
      { intent: 'compare', sectors: ids('politie', 'hbo') },
      { intent: 'lookup', sector: ids('defensie')[0]!, metric: 'alles' },
      { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' },
      { intent: 'trend', sector: ids('gemeenten')[0]! },
    ];
    const seen = qs.map((q) => {
      recent = recentSubjects(recent, q);
      return recent;
    });
    expect(seen).toEqual([
      ['hbo'],
      ['hbo', 'wo'],
      ['wo', 'politie', 'hbo'],
      ['wo', 'politie', 'hbo', 'defensie'],
      ['wo', 'politie', 'hbo', 'defensie'],
      ['politie', 'hbo', 'defensie', 'gemeenten'],
    ]);
    expect(RECENT_SUBJECTS).toBe(4);
  });
});
