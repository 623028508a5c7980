// Sector and ministry names as a letter prints them, resolved with the dataset's own names and
// aliases (data/sectors.json). Exact names first; for the OCR-damaged ministry names of the
// Bijlage table ("SIW", "lenv*", "HCyE") fuse.js finds the nearest ministry.
import Fuse from 'fuse.js';
import type { EntityId, Sector } from '../../domain/model.js';

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'`´]+/g, "'")
    .replace(/[*®°]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface SectorNames {
  /** The entity a heading or phrase names exactly (name, short name, id or alias), if exactly one. */
  exact(text: string): EntityId | undefined;
  /** All entities whose name or alias occurs as a whole word in the text. */
  mentioned(text: string): EntityId[];
  /** The ministry a table label names exactly (case and OCR marks aside), or undefined. */
  ministry(label: string): EntityId | undefined;
  /** Among `among`, the ministry nearest to an OCR-damaged label (fuzzy), or undefined. */
  nearestMinistry(label: string, among: readonly EntityId[]): EntityId | undefined;
  ministries: readonly EntityId[];
  /** Whether an entity is one of the sectors (not a ministry or part of one). */
  isSector(id: EntityId): boolean;
}

export function sectorNames(sectors: readonly Sector[]): SectorNames {
  const byName = new Map<string, Set<EntityId>>();
  const add = (name: string, id: EntityId) => {
    const key = fold(name);
    if (!key) return;
    let set = byName.get(key);
    if (!set) byName.set(key, (set = new Set()));
    set.add(id);
  };
  for (const s of sectors) {
    add(s.id, s.id);
    add(s.name, s.id);
    add(s.shortName, s.id);
    // "Universitaire medische centra (umc’s)" is also printed without the part in brackets.
    add(s.name.replace(/\s*\(.*\)\s*$/, ''), s.id);
    for (const a of s.aliases) add(a, s.id);
  }
  const ministries = sectors.filter((s) => s.kind === 'ministerie');
  const fuse = new Fuse(
    ministries.flatMap((m) =>
      [m.id, m.shortName, ...m.aliases.filter((a) => a.length <= 6)].map((n) => ({ n, id: m.id })),
    ),
    { keys: ['n'], threshold: 0.5, includeScore: true, ignoreLocation: true },
  );
  const exact = (text: string): EntityId | undefined => {
    const key = fold(text);
    const hit = byName.get(key) ?? byName.get(key.replace(/\s*\(.*\)\s*$/, ''));
    return hit && hit.size === 1 ? [...hit][0] : undefined;
  };
  const names = [...byName.entries()].filter(([k, ids]) => ids.size === 1 && k.length >= 3);
  return {
    exact,
    mentioned(text) {
      const t = ` ${fold(text)} `;
      const found = new Set<EntityId>();
      for (const [k, ids] of names) {
        const i = t.indexOf(k);
        if (i > 0 && !/[\p{L}\d-]/u.test(t[i - 1]!) && !/[\p{L}\d-]/u.test(t[i + k.length] ?? ' ')) {
          found.add([...ids][0]!);
        }
      }
      return [...found];
    },
    ministry(label) {
      const clean = label.replace(/[^\p{L}&]/gu, '');
      if (!clean) return undefined;
      const direct = exact(clean);
      return direct && ministries.some((m) => m.id === direct) ? direct : undefined;
    },
    nearestMinistry(label, among) {
      const clean = label.replace(/[^\p{L}&]/gu, '');
      if (!clean) return undefined;
      const best = fuse.search(clean).find((r) => among.includes(r.item.id));
      return best?.item.id;
    },
    ministries: ministries.map((m) => m.id),
    isSector: (id) => sectors.some((s) => s.id === id && s.kind === 'sector'),
  };
}
