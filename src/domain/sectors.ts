// Which entities a scope covers: the 13 sectors, the overheid or onderwijs group, or the
// 13 ministries of the Rijk. Order follows SECTOR_IDS / MINISTRY_IDS (the letters' order).

import type { Scope } from './enums.js';
import { type EntityId, MINISTRY_IDS, SECTOR_IDS, type Sector } from './model.js';

export type { Scope } from './enums.js';

/** Dutch names of scopes as they read in a sentence: "de overheidssectoren". */
export const SCOPE_LABELS: Record<Scope, string> = {
  sectoren: 'alle sectoren',
  overheid: 'de overheidssectoren',
  onderwijs: 'de onderwijssectoren',
  ministeries: 'de ministeries',
};

/** The same as a title: "Overheidssectoren". */
export const SCOPE_TITLES: Record<Scope, string> = {
  sectoren: 'Alle sectoren',
  overheid: 'Overheidssectoren',
  onderwijs: 'Onderwijssectoren',
  ministeries: 'Ministeries',
};

const ORDER: readonly EntityId[] = [...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk'];

function byOrder(a: Sector, b: Sector): number {
  return ORDER.indexOf(a.id) - ORDER.indexOf(b.id);
}

/** Members of a scope among the known sectors, in the letters' order. */
export function scopeMembers(scope: Scope, sectors: readonly Sector[]): Sector[] {
  const members = sectors.filter((s) => {
    if (scope === 'ministeries') return s.kind === 'ministerie';
    if (s.kind !== 'sector') return false;
    return scope === 'sectoren' || s.group === scope;
  });
  return members.sort(byOrder);
}

/** The scope an entity is ranked within: ministries among ministries, sectors among sectors. */
export function scopeOf(sector: Sector): Scope {
  return sector.kind === 'ministerie' ? 'ministeries' : 'sectoren';
}
