// data/sectors.json as the parser sees it: every name and alias people type leads to its sector.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { MINISTRY_IDS, SECTOR_IDS, type Sector } from '../../src/domain/model.js';
import { createParser } from '../../src/nlu/index.js';
import { normalize } from '../../src/nlu/normalize.js';
import { parse } from './support.js';

const sectors = loadDataset().sectors;

describe('data/sectors.json', () => {
  it('holds the 13 sectors, the 13 Rijk ministries and Binnenwerk, in that order', () => {
    expect(sectors.map((s) => s.id)).toEqual([...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk']);
    for (const s of sectors.filter((x) => (MINISTRY_IDS as readonly string[]).includes(x.id))) {
      expect(s).toMatchObject({ kind: 'ministerie', parent: 'rijk', group: 'overheid' });
    }
    expect(sectors.find((s) => s.id === 'binnenwerk')).toMatchObject({
      kind: 'onderdeel',
      parent: 'rijk',
      group: 'overheid',
    });
  });

  it('uses the names and groups of the letters', () => {
    const byId = new Map(sectors.map((s) => [s.id, s]));
    expect(byId.get('umc')).toMatchObject({
      name: 'Universitaire medische centra (umc’s)',
      shortName: 'umc’s',
      group: 'onderwijs',
    });
    expect(byId.get('po')).toMatchObject({ name: 'Primair onderwijs', shortName: 'po', group: 'onderwijs' });
    expect(byId.get('onderzoeksinstellingen')?.group).toBe('onderwijs');
    expect(byId.get('fin')).toMatchObject({ name: 'Financiën', shortName: 'Financiën' });
    expect(byId.get('jenv')?.name).toBe('Justitie en Veiligheid');
    expect(sectors.filter((s) => s.group === 'overheid' && s.kind === 'sector').map((s) => s.id)).toEqual([
      'rijk',
      'defensie',
      'gemeenten',
      'provincies',
      'waterschappen',
      'politie',
    ]);
  });

  // Every way a sector is written, typed on its own, finds that sector; a phrase listed under
  // several sectors ("hoger onderwijs") asks back with all of them.
  const owners = new Map<string, Sector['id'][]>();
  for (const s of sectors) {
    for (const term of [s.name, s.shortName, s.id, ...s.aliases]) {
      const key = normalize(term);
      owners.set(key, [...new Set([...(owners.get(key) ?? []), s.id])]);
    }
  }
  const cases = sectors.flatMap((s) => [s.name, s.shortName, ...s.aliases].map((term) => [term, s.id] as const));

  it.each(cases)('%j → %s', (term, id) => {
    const shared = owners.get(normalize(term))!;
    const q = parse(term);
    if (shared.length > 1) expect(q).toEqual({ intent: 'clarify', term: normalize(term), options: shared });
    else if (id === 'binnenwerk') expect(q).toEqual({ intent: 'binnenwerk' });
    else if (normalize(term) === 'blauwe baan') expect(q).toEqual({ intent: 'notes', sector: 'politie' });
    else expect(q).toEqual({ intent: 'lookup', sector: id, metric: 'alles' });
  });

  it('ambiguous aliases are exactly the ones meant to be', () => {
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([term, ids]) => `${term}: ${ids.join(',')}`);
    expect(shared.sort()).toEqual(['funderend onderwijs: po,vo', 'hoger onderwijs: hbo,wo']);
  });
});

describe('createParser with another sector list', () => {
  it('knows only the sectors it was given', () => {
    const only = sectors.filter((s) => s.id === 'politie' || s.id === 'defensie');
    const p = createParser(only);
    expect(p('realisatie politie')).toEqual({ intent: 'lookup', sector: 'politie', metric: 'realisatie' });
    expect(p('vergelijk alle sectoren')).toEqual({
      intent: 'compare',
      sectors: ['defensie', 'politie'],
      scope: 'sectoren',
    });
    expect(p('gemeenten').intent).not.toBe('lookup');
    // No ministries to offer: no clarify question with fewer than two options.
    expect(p('ministerie')).toEqual({ intent: 'unknown' });
  });
});
