// The sets of entities a scope word stands for, taken from the dataset's sectors (in their
// order in data/sectors.json): sectoren = the 13 sectors, overheid/onderwijs = the sectors of
// that group, ministeries = the Rijk ministries.
import type { EntityId, Sector } from '../domain/model.js';
import { normalize } from './normalize.js';
import type { ScopeId } from './vocabulary.js';

/** Clarify questions offer at most this many options (QuerySchema). */
const MAX_OPTIONS = 5;

export interface SectorSets {
  members(scope: ScopeId): EntityId[];
  /** The scope a single entity is naturally compared within: its group, or the ministries. */
  homeScope(id: EntityId): ScopeId;
  /** Up to five options for "which one?" about a scope word: those whose name contains the word first. */
  options(scope: ScopeId, term: string): EntityId[];
  /** The entity a ministry or Binnenwerk belongs to ('rijk'); undefined for sectors. */
  parent(id: EntityId): EntityId | undefined;
}

export function createSectorSets(sectors: readonly Sector[]): SectorSets {
  const bySector = new Map(sectors.map((s) => [s.id, s]));
  const sets: Record<ScopeId, EntityId[]> = {
    sectoren: sectors.filter((s) => s.kind === 'sector').map((s) => s.id),
    overheid: sectors.filter((s) => s.kind === 'sector' && s.group === 'overheid').map((s) => s.id),
    onderwijs: sectors.filter((s) => s.kind === 'sector' && s.group === 'onderwijs').map((s) => s.id),
    ministeries: sectors.filter((s) => s.kind === 'ministerie').map((s) => s.id),
  };
  const names = new Map(sectors.map((s) => [s.id, normalize(s.name)]));
  return {
    members: (scope) => sets[scope],
    homeScope(id) {
      const s = bySector.get(id);
      if (s?.kind !== 'sector') return 'ministeries';
      return s.group;
    },
    options(scope, term) {
      const word = term.split(' ').pop() ?? term;
      const all = sets[scope];
      const named = all.filter((id) => names.get(id)?.includes(word));
      const rest = all.filter((id) => !named.includes(id));
      return [...named, ...rest].slice(0, MAX_OPTIONS);
    },
    parent: (id) => bySector.get(id)?.parent,
  };
}
