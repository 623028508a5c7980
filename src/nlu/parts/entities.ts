// Reader: which entities a question names (a set, in order of mention) and which group of them
// ("het onderwijs", "de ministeries", "sectoren"). A phrase that fits several sectors equally
// ("hoger onderwijs": hbo and wo) is kept apart as `ambiguous`.

import { concatMap } from '../../domain/arrays.js';
import { GROUP_SCOPES, type GroupScope } from '../../domain/enums.js';
import type { EntityId } from '../../domain/model.js';
import type { Features, Mention } from '../features.js';
import type { ScopeWord } from '../vocabulary.js';

export type GroupRead = ScopeWord & { term: string };

export interface EntitiesRead {
  /** Every entity named, each once, in order; an ambiguous phrase adds all its readings. */
  entities: EntityId[];
  /** The mentions as read (an ambiguous one has several ids). */
  mentions: readonly Mention[];
  /** The first mention that fits several entities equally well. */
  ambiguous?: Mention;
  /** The one group the question is about; two different groups mean all sectors. */
  group?: GroupRead;
  /** Two or more different groups named ("overheid vs onderwijs"), in the order named. */
  groups?: GroupScope[];
}

export function readEntities(f: Features): EntitiesRead {
  const entities = [...new Set(concatMap(f.mentions, (m) => m.ids))];
  const ambiguous = f.mentions.find((m) => m.ids.length > 1);
  const group = readGroup(f);
  const isGroup = (s: string): s is GroupScope => (GROUP_SCOPES as readonly string[]).includes(s);
  const groups = [...new Set(f.scopes.filter((s) => !s.generic).map((s) => s.scope))].filter(isGroup);
  return {
    entities,
    mentions: f.mentions,
    ...(ambiguous ? { ambiguous } : {}),
    ...(group ? { group } : {}),
    ...(groups.length >= 2 ? { groups } : {}),
  };
}

/**
 * "sector(en)" next to a group word means that group ("welke sectoren in het onderwijs" →
 * onderwijs, plural); two different groups mean all sectors.
 */
function readGroup(f: Features): GroupRead | undefined {
  if (f.scopes.length === 0) return undefined;
  const specific = f.scopes.filter((s) => !s.generic);
  const named = specific.length ? specific : f.scopes;
  const distinct = [...new Set(named.map((s) => s.scope))];
  if (distinct.length === 1) {
    const plural = f.scopes.some((s) => s.plural) || f.cues.has('all');
    return { ...named[0]!, plural };
  }
  return { scope: 'sectoren', plural: true, term: named.map((s) => s.term).join(' en ') };
}
