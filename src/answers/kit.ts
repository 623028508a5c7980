// What every intent module needs from the dataset, built once per Answerer: the figure index,
// sector names, source citations and recorded conflicts.
import { createPassageIndex, type PassageIndex } from '../data/passages.js';
import { type TotalResult, total } from '../domain/compute.js';
import { type FigureIndex, indexFigures } from '../domain/figures.js';
import type { Conflict, Dataset, EntityId, Sector } from '../domain/model.js';
import { type EntityNames, nameTable } from '../domain/names.js';
import { type Scope, scopeMembers } from '../domain/sectors.js';
import { type CitationTexts, citationTexts } from './citations.js';

export interface AnswerKit {
  dataset: Dataset;
  figures: FigureIndex;
  sector(id: EntityId): Sector | undefined;
  /** Display name for a sentence or heading: "Politie", "Primair onderwijs". */
  name(id: EntityId): string;
  /** Name inside a sentence: sectors lower-case ("politie", "primair onderwijs"); Rijk, Defensie and ministries as written. */
  inSentence(id: EntityId): string;
  /** Short name for tables, charts and buttons: "po", "umc’s". */
  shortName(id: EntityId): string;
  /** Inside a sentence with its article, as subject or object: "de politie", "het Rijk", "het primair onderwijs". */
  subject(id: EntityId): string;
  /** The short name with what it stands for: "po (primair onderwijs)"; "Politie" as is. */
  explained(id: EntityId): string;
  /** Narrow table cells and chart labels: the short name, long compounds with a soft hyphen. */
  narrow(id: EntityId): string;
  /** Citation names and abstracts, cut once for the whole dataset. */
  citationTexts: CitationTexts;
  /** "Kamerstuk 34 352 nr. 348" for a source id (the id itself when unknown). */
  citation(sourceId: string): string;
  /** Conflicts recorded for an entity and year (and metric, when given). */
  conflicts(sector: EntityId, year: number, metric?: string): Conflict[];
  /**
   * The total of the entities' rows in one year (domain `total`), worked out once per dataset for
   * each list of entities, year and label; the result is shared, so it is read, never changed.
   */
  total(ids: readonly EntityId[], year: number, label: string): TotalResult;
  /** Members of a scope present in the dataset. */
  members(scope: Scope): Sector[];
  /** Latest year with core figures for most members of a scope. */
  latestYear(scope: Scope): number | undefined;
  /** The full-text index over the sources' passages (built on first use); undefined without passages. */
  passages(): PassageIndex | undefined;
  /** Reports an unexpected failure (logged by the caller's logger; never the question itself). */
  report(error: unknown, intent: string): void;
}

export type ErrorReporter = (error: unknown, context: { intent: string }) => void;

export function createKit(dataset: Dataset, onError?: ErrorReporter): AnswerKit {
  const figures = indexFigures(dataset.figures);
  const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
  const names = nameTable(dataset.sectors);
  const named = (id: EntityId, pick: keyof EntityNames) => names.get(id)?.[pick] ?? id;
  const citations = new Map(dataset.sources.map((s) => [s.id, s.citation]));
  const conflictMap = new Map<string, Conflict[]>();
  for (const c of dataset.conflicts) {
    const k = `${c.sector}|${c.year}`;
    const list = conflictMap.get(k) ?? [];
    list.push(c);
    conflictMap.set(k, list);
  }
  const memberCache = new Map<Scope, Sector[]>();
  const members = (scope: Scope) => {
    let m = memberCache.get(scope);
    if (!m) memberCache.set(scope, (m = scopeMembers(scope, dataset.sectors)));
    return m;
  };
  const latestCache = new Map<Scope, number | undefined>();
  const latestYear = (scope: Scope) => {
    if (latestCache.has(scope)) return latestCache.get(scope);
    const counts = new Map<number, number>();
    for (const s of members(scope)) for (const y of figures.years(s.id)) counts.set(y, (counts.get(y) ?? 0) + 1);
    const most = Math.max(0, ...counts.values());
    // The latest year that at least half as many members report as the best-covered year.
    const years = [...counts].filter(([, n]) => n * 2 >= most).map(([y]) => y);
    const latest = years.length ? Math.max(...years) : undefined;
    latestCache.set(scope, latest);
    return latest;
  };
  // Scopes are a handful; chosen entity lists are as many as people type, so only the first are kept.
  const totalCache = new Map<string, TotalResult>();
  const TOTALS_KEPT = 500;
  const totalOf = (ids: readonly EntityId[], year: number, label: string): TotalResult => {
    const k = `${ids.join(',')}|${year}|${label}`;
    let result = totalCache.get(k);
    if (!result) {
      result = total(
        ids.map((id) => figures.row(id, year)),
        year,
        label,
      );
      if (totalCache.size < TOTALS_KEPT) totalCache.set(k, result);
    }
    return result;
  };
  let passageIndex: PassageIndex | undefined;
  const passages = () => {
    if (!passageIndex && dataset.passages?.length)
      passageIndex = createPassageIndex(dataset.passages, dataset.passageIndex);
    return passageIndex;
  };
  return {
    dataset,
    figures,
    passages,
    sector: (id) => sectors.get(id),
    name: (id) => sectors.get(id)?.name ?? id,
    shortName: (id) => named(id, 'short'),
    subject: (id) => named(id, 'subject'),
    explained: (id) => named(id, 'explained'),
    narrow: (id) => named(id, 'narrow'),
    inSentence: (id) => named(id, 'inSentence'),
    citationTexts: citationTexts(dataset),
    citation: (id) => citations.get(id) ?? id,
    conflicts: (sector, year, metric) =>
      (conflictMap.get(`${sector}|${year}`) ?? []).filter((c) => metric === undefined || c.metric === metric),
    total: totalOf,
    members,
    latestYear,
    report: (error, intent) => onError?.(error, { intent }),
  };
}
