// Looking figures up: one figure per (entity, year, metric), the years an entity has figures
// for, and a sector's core figures for one year as Quantities. Pure: built from the dataset.
import type { EntityId, Figure, Unit } from './model.js';

/** The three figures every sector letter reports. */

import { CORE_METRICS } from './enums.js';

/**
 * A number an answer uses: read from a figure, or computed from figures (then `how` says how,
 * e.g. "doel 2024 − realisatie 2024"). `sources` are the source ids of the inputs.
 */
export interface Quantity {
  sector: EntityId | 'nationaal';
  year: number;
  /** Finer period of the inputs, e.g. "2024Q4". */
  period?: string;
  metric: string;
  value: number;
  unit: Unit;
  sources: readonly string[];
  /** How a computed number was made. Absent for numbers read from a source. */
  how?: string;
  /** True when a source says "+/-" or "circa", or an input of a computation did. */
  approximate?: boolean;
  /** Why a figure was reconstructed rather than read (from the dataset). */
  derived?: string;
}

/** A figure as a Quantity. */
export function quantityOf(figure: Figure): Quantity {
  const q: Quantity = {
    sector: figure.sector,
    year: figure.year,
    metric: figure.metric,
    value: figure.value,
    unit: figure.unit,
    sources: [figure.ref.source],
  };
  if (figure.period) q.period = figure.period;
  if (figure.approximate) q.approximate = true;
  if (figure.derived) q.derived = figure.derived;
  return q;
}

/** One entity's figures for one year (any may be missing). */
export interface YearRow {
  sector: EntityId;
  year: number;
  doel?: Quantity;
  realisatie?: Quantity;
  percentage?: Quantity;
  /** Every other metric reported for that year (inkoop, realisatie_incl_inkoop, …). */
  other: Record<string, Quantity>;
}

export interface FigureIndex {
  /** The figure for an entity, year and metric; the first one listed when several exist. */
  get(sector: EntityId, year: number, metric: string): Figure | undefined;
  /** Years (ascending) with at least one figure of the given metrics (default: doel, realisatie, percentage). */
  years(sector: EntityId, metrics?: readonly string[]): number[];
  /** The last of `years(sector, metrics)`. */
  latestYear(sector: EntityId, metrics?: readonly string[]): number | undefined;
  /** The entity's figures for one year as Quantities. */
  row(sector: EntityId, year: number): YearRow;
  /** Every figure of an entity, in dataset order. */
  all(sector: EntityId): readonly Figure[];
}

const key = (sector: string, year: number, metric: string) => `${sector}|${year}|${metric}`;

export function indexFigures(figures: readonly Figure[]): FigureIndex {
  const byKey = new Map<string, Figure>();
  const bySector = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = key(f.sector, f.year, f.metric);
    const existing = byKey.get(k);
    // Prefer a whole-year figure over a finer period when both exist.
    if (!existing || (existing.period && !f.period)) byKey.set(k, f);
    let list = bySector.get(f.sector);
    if (!list) bySector.set(f.sector, (list = []));
    list.push(f);
  }
  const yearCache = new Map<string, number[]>();
  const rowCache = new Map<string, YearRow>();

  const years = (sector: EntityId, metrics: readonly string[] = CORE_METRICS): number[] => {
    // The default metrics (most calls) are keyed by the sector alone: no key text to build.
    const k = metrics === CORE_METRICS ? sector : `${sector}|${metrics.join(',')}`;
    let ys = yearCache.get(k);
    if (!ys) {
      const set = new Set<number>();
      for (const f of bySector.get(sector) ?? []) if (metrics.includes(f.metric)) set.add(f.year);
      ys = [...set].sort((a, b) => a - b);
      yearCache.set(k, ys);
    }
    return ys;
  };

  const get = (sector: EntityId, year: number, metric: string) => byKey.get(key(sector, year, metric));

  const row = (sector: EntityId, year: number): YearRow => {
    const k = `${sector}|${year}`;
    let r = rowCache.get(k);
    if (!r) {
      r = { sector, year, other: {} };
      for (const f of bySector.get(sector) ?? []) {
        if (f.year !== year || get(sector, year, f.metric) !== f) continue;
        const q = quantityOf(f);
        if (f.metric === 'doel' || f.metric === 'realisatie' || f.metric === 'percentage') r[f.metric] = q;
        else r.other[f.metric] = q;
      }
      rowCache.set(k, r);
    }
    return r;
  };

  return {
    get,
    years,
    latestYear: (sector, metrics) => years(sector, metrics).at(-1),
    row,
    all: (sector) => bySector.get(sector) ?? [],
  };
}
