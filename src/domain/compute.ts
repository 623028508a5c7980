// Computations on figures: gap, change, trend, projection, ranking, filters, totals and
// inkoop. Pure. Every computed number is a Quantity whose `how` says how it was made; numbers
// in different units (fta vs banen) are never added or subtracted.

import type { FilterCondition, RankBy } from './enums.js';
import type { Quantity, YearRow } from './figures.js';
import type { EntityId, Unit } from './model.js';

/** Rounds away floating-point noise (595.4 − 508.5 = 86.899999…) without losing printed decimals. */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0; // also turns -0 into 0
}

/** The inputs' source ids, each once, in order of first use (an answer has one to three). */
function sourcesOf(qs: readonly Quantity[]): string[] {
  const out: string[] = [];
  for (const q of qs) for (const s of q.sources) if (!out.includes(s)) out.push(s);
  return out;
}

function computed(
  base: { sector: EntityId | 'nationaal'; year: number; metric: string; unit: Unit; how: string },
  value: number,
  inputs: readonly Quantity[],
): Quantity {
  const q: Quantity = { ...base, value: clean(value), sources: sourcesOf(inputs) };
  if (inputs.some((i) => i.approximate)) q.approximate = true;
  const period = inputs.find((i) => i.period)?.period;
  if (period) q.period = period;
  return q;
}

/** Two counts in different units: not comparable, so not computed. */
export interface UnitMismatch {
  kind: 'unit_mismatch';
  units: [Unit, Unit];
}

function mismatch(a: Quantity, b: Quantity): UnitMismatch | undefined {
  return a.unit === b.unit ? undefined : { kind: 'unit_mismatch', units: [a.unit, b.unit] };
}

/** part / whole × 100, as a computed percentage. */
export function percentageOf(
  part: Quantity,
  whole: Quantity,
  how = `${part.metric} / ${whole.metric} × 100`,
): Quantity | UnitMismatch {
  const m = mismatch(part, whole);
  if (m) return m;
  return computed(
    { sector: part.sector, year: part.year, metric: `${part.metric}_percentage`, unit: '%', how },
    (part.value / whole.value) * 100,
    [part, whole],
  );
}

/** The realisatiepercentage: printed when the source gives it, else realisatie / doel × 100. */
export function realisationPercentage(row: YearRow): Quantity | undefined {
  if (row.percentage) return row.percentage;
  if (!row.doel || !row.realisatie || row.doel.value <= 0) return undefined;
  const p = percentageOf(row.realisatie, row.doel, `realisatie ${row.year} / doel ${row.year} × 100`);
  return 'kind' in p ? undefined : { ...p, metric: 'percentage' };
}

// ---------------------------------------------------------------------------------------------
// Gap

export type GapResult =
  /** Below the goal: `gap` = doel − realisatie (> 0), `share` = gap as % of doel. */
  | { kind: 'short'; gap: Quantity; share: Quantity }
  /** At or above the goal ("boven doel"): `surplus` = realisatie − doel (≥ 0), `share` = surplus as % of doel. */
  | { kind: 'above'; surplus: Quantity; share: Quantity }
  | UnitMismatch;

export function gap(doel: Quantity, realisatie: Quantity): GapResult {
  const m = mismatch(doel, realisatie);
  if (m) return m;
  const y = doel.year;
  const diff = clean(doel.value - realisatie.value);
  const sector = doel.sector;
  if (diff > 0) {
    const g = computed(
      { sector, year: y, metric: 'tekort', unit: doel.unit, how: `doel ${y} − realisatie ${y}` },
      diff,
      [doel, realisatie],
    );
    const share = computed(
      {
        sector,
        year: y,
        metric: 'tekort_percentage',
        unit: '%',
        how: `(doel ${y} − realisatie ${y}) / doel ${y} × 100`,
      },
      (diff / doel.value) * 100,
      [doel, realisatie],
    );
    return { kind: 'short', gap: g, share };
  }
  const surplus = computed(
    { sector, year: y, metric: 'boven_doel', unit: doel.unit, how: `realisatie ${y} − doel ${y}` },
    -diff,
    [doel, realisatie],
  );
  const share = computed(
    {
      sector,
      year: y,
      metric: 'boven_doel_percentage',
      unit: '%',
      how: `(realisatie ${y} − doel ${y}) / doel ${y} × 100`,
    },
    doel.value > 0 ? (-diff / doel.value) * 100 : 0,
    [doel, realisatie],
  );
  return { kind: 'above', surplus, share };
}

// ---------------------------------------------------------------------------------------------
// Change between two years

export interface ChangeResult {
  from: YearRow;
  to: YearRow;
  /** realisatie(to) − realisatie(from), when both exist in the same unit. */
  absolute?: Quantity;
  /** percentage(to) − percentage(from), in percentage points. */
  points?: Quantity;
  /** Set when both realisaties exist but in different units (banen vs fta). */
  unitMismatch?: UnitMismatch;
}

/** realisatie `to` − realisatie `from`, when both exist in one unit. */
function absoluteChange(from: YearRow, to: YearRow): Quantity | UnitMismatch | undefined {
  const a = from.realisatie;
  const b = to.realisatie;
  if (!a || !b) return undefined;
  return (
    mismatch(a, b) ??
    computed(
      {
        sector: to.sector,
        year: to.year,
        metric: 'verschil_realisatie',
        unit: b.unit,
        how: `realisatie ${to.year} − realisatie ${from.year}`,
      },
      b.value - a.value,
      [a, b],
    )
  );
}

/** realisatiepercentage `to` − realisatiepercentage `from` in procentpunten, when both exist. */
function pointsChange(from: YearRow, to: YearRow): Quantity | undefined {
  const pa = realisationPercentage(from);
  const pb = realisationPercentage(to);
  if (!pa || !pb) return undefined;
  return computed(
    {
      sector: to.sector,
      year: to.year,
      metric: 'verschil_percentage',
      unit: '%',
      how: `realisatiepercentage ${to.year} − realisatiepercentage ${from.year} (procentpunt)`,
    },
    pb.value - pa.value,
    [pa, pb],
  );
}

export function change(from: YearRow, to: YearRow): ChangeResult {
  const result: ChangeResult = { from, to };
  const absolute = absoluteChange(from, to);
  if (absolute && 'kind' in absolute) result.unitMismatch = absolute;
  else if (absolute) result.absolute = absolute;
  const points = pointsChange(from, to);
  if (points) result.points = points;
  return result;
}

/**
 * The change of a total (a group as a whole) between two years: the realisatie in the same unit
 * only, and the realisatiepercentage in procentpunten. Only meaningful when both totals count the
 * same entities (the caller says so otherwise).
 */
export function totalChange(
  from: TotalResult,
  to: TotalResult,
): { absolute?: Quantity; points?: Quantity; unitMismatch?: UnitMismatch } {
  const out: { absolute?: Quantity; points?: Quantity; unitMismatch?: UnitMismatch } = {};
  const a = from.realisatie;
  const b = to.realisatie;
  if (a && b) {
    const m = mismatch(a, b);
    if (m) out.unitMismatch = m;
    else
      out.absolute = computed(
        {
          sector: 'nationaal',
          year: to.year,
          metric: 'verschil_realisatie_totaal',
          unit: b.unit,
          how: `totale realisatie ${to.year} − totale realisatie ${from.year}`,
        },
        b.value - a.value,
        [a, b],
      );
  }
  if (from.percentage && to.percentage)
    out.points = computed(
      {
        sector: 'nationaal',
        year: to.year,
        metric: 'verschil_percentage_totaal',
        unit: '%',
        how: `totaal realisatiepercentage ${to.year} − ${from.year} (procentpunt)`,
      },
      to.percentage.value - from.percentage.value,
      [from.percentage, to.percentage],
    );
  return out;
}

/** Whether realisatie rose or fell from one year to the next; undefined when not comparable. */
export function direction(from: YearRow, to: YearRow): 'gestegen' | 'gedaald' | 'gelijk' | undefined {
  const c = change(from, to);
  if (!c.absolute) return undefined;
  return c.absolute.value > 0 ? 'gestegen' : c.absolute.value < 0 ? 'gedaald' : 'gelijk';
}

// ---------------------------------------------------------------------------------------------
// Trend

export interface UnitSegment {
  unit: Unit;
  /** Years (ascending) whose realisatie is in this unit. */
  years: number[];
}

export interface TrendResult {
  rows: YearRow[];
  /** Consecutive runs of years with the same realisatie unit: more than one means the series changes unit. */
  segments: UnitSegment[];
  /** Where the unit changes: "banen" up to a year, "fta" from the next. */
  unitChanges: { year: number; from: Unit; to: Unit }[];
}

/** A series over the given rows (sorted by year); rows without any core figure are dropped. */
export function trend(rows: readonly YearRow[]): TrendResult {
  const kept = [...rows].filter((r) => r.doel || r.realisatie || r.percentage).sort((a, b) => a.year - b.year);
  const segments: UnitSegment[] = [];
  const unitChanges: TrendResult['unitChanges'] = [];
  for (const r of kept) {
    const unit = r.realisatie?.unit ?? r.doel?.unit;
    if (!unit) continue;
    const last = segments.at(-1);
    if (last && last.unit === unit) last.years.push(r.year);
    else {
      if (last) unitChanges.push({ year: r.year, from: last.unit, to: unit });
      segments.push({ unit, years: [r.year] });
    }
  }
  return { rows: kept, segments, unitChanges };
}

// ---------------------------------------------------------------------------------------------
// Projection

export type ProjectionResult =
  /** Doel already reached in the last year. */
  | { kind: 'reached'; last: YearRow }
  /** Not enough to extrapolate from. */
  | { kind: 'insufficient'; reason: 'one_year' | 'no_goal' | 'unit_mismatch'; last?: YearRow }
  /** Realisatie did not grow: the goal is not reached at this pace. */
  | { kind: 'no_growth'; last: YearRow; previous: YearRow; growth: Quantity; remaining: Quantity }
  | {
      kind: 'projected';
      last: YearRow;
      previous: YearRow;
      growth: Quantity;
      remaining: Quantity;
      yearsNeeded: Quantity;
      targetYear: Quantity;
    };

/**
 * Years until the goal at last year's growth, the goal held constant. Growth is the change in
 * realisatie between the last two years with a realisatie (per year when they are further apart).
 */
export function projection(rows: readonly YearRow[]): ProjectionResult {
  const withReal = [...rows].filter((r) => r.realisatie).sort((a, b) => a.year - b.year);
  const last = withReal.at(-1);
  if (!last?.realisatie) return { kind: 'insufficient', reason: 'one_year' };
  if (!last.doel) return { kind: 'insufficient', reason: 'no_goal', last };
  const g = gap(last.doel, last.realisatie);
  if (g.kind === 'unit_mismatch') return { kind: 'insufficient', reason: 'unit_mismatch', last };
  if (g.kind === 'above') return { kind: 'reached', last };
  const previous = withReal.at(-2);
  if (!previous?.realisatie) return { kind: 'insufficient', reason: 'one_year', last };
  if (previous.realisatie.unit !== last.realisatie.unit) return { kind: 'insufficient', reason: 'unit_mismatch', last };
  const span = last.year - previous.year;
  const how =
    span === 1
      ? `realisatie ${last.year} − realisatie ${previous.year}`
      : `(realisatie ${last.year} − realisatie ${previous.year}) / ${span} jaar`;
  const growth = computed(
    { sector: last.sector, year: last.year, metric: 'groei_per_jaar', unit: last.realisatie.unit, how },
    (last.realisatie.value - previous.realisatie.value) / span,
    [previous.realisatie, last.realisatie],
  );
  const remaining = g.gap;
  if (growth.value <= 0) return { kind: 'no_growth', last, previous, growth, remaining };
  const n = Math.ceil(clean(remaining.value / growth.value));
  const yearsNeeded = computed(
    {
      sector: last.sector,
      year: last.year,
      metric: 'jaren_tot_doel',
      unit: 'aantal',
      how: `tekort ${last.year} / groei per jaar, naar boven afgerond; doel gelijk gehouden`,
    },
    n,
    [remaining, growth],
  );
  const targetYear = computed(
    {
      sector: last.sector,
      year: last.year + n,
      metric: 'jaar_doel_bereikt',
      unit: 'aantal',
      how: `${last.year} + jaren tot doel`,
    },
    last.year + n,
    [yearsNeeded],
  );
  return { kind: 'projected', last, previous, growth, remaining, yearsNeeded, targetYear };
}

// ---------------------------------------------------------------------------------------------
// Ranking and filters

export type { RankBy } from './enums.js';

export interface RankEntry {
  sector: EntityId;
  value: Quantity;
}

/**
 * The value a sector is ranked by in a year: the realisatiepercentage, the realisatie, the rise
 * in realisatie since `previous` (same unit only) or in its percentage (procentpunten), the gap
 * (doel − realisatie; negative when above the goal), the doel, the banen via inkoop, or the
 * percentage of a sector still below its goal (`dichtst_bij`). Undefined when the figures are missing.
 */
export function rankValue(by: RankBy, row: YearRow, previous?: YearRow): Quantity | undefined {
  switch (by) {
    case 'percentage':
      return realisationPercentage(row);
    case 'realisatie':
      return row.realisatie;
    case 'doel':
      return row.doel;
    case 'stijging': {
      // Only the measure ranked is computed (a ranking asks it of every member).
      const absolute = previous && absoluteChange(previous, row);
      return absolute && !('kind' in absolute) ? absolute : undefined;
    }
    case 'stijging_pp':
      return previous ? pointsChange(previous, row) : undefined;
    case 'inkoop':
      return row.other.inkoop;
    case 'binnenwerk':
      return row.other.binnenwerk;
    case 'dichtst_bij': {
      // Closest to the goal without reaching it: only percentages below 100 count.
      const pct = realisationPercentage(row);
      return pct && pct.value < 100 ? pct : undefined;
    }
    case 'gap': {
      if (!row.doel || !row.realisatie) return undefined;
      const g = gap(row.doel, row.realisatie);
      if (g.kind === 'short') return g.gap;
      if (g.kind === 'above')
        return {
          ...g.surplus,
          metric: 'tekort',
          value: clean(-g.surplus.value),
          how: `doel ${row.year} − realisatie ${row.year}`,
        };
      return undefined;
    }
  }
}

/**
 * Sorted copy, highest first ('hoog') or lowest first ('laag'); ties keep the input order.
 * Entries in a unit other than the most common one are left out (fta and banen don't rank together).
 */
export function rank(
  entries: readonly RankEntry[],
  order: 'hoog' | 'laag' = 'hoog',
): { ranked: RankEntry[]; otherUnit: RankEntry[] } {
  const unit = mostCommon(entries.map((e) => e.value.unit));
  const ranked = entries.filter((e) => e.value.unit === unit);
  const otherUnit = entries.filter((e) => e.value.unit !== unit);
  const sign = order === 'hoog' ? -1 : 1;
  ranked.sort((a, b) => sign * (a.value.value - b.value.value));
  return { ranked, otherUnit };
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const item of items) {
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = item;
  }
  return best;
}

/** Doel gehaald: realisatiepercentage ≥ 100, or realisatie ≥ doel. Undefined when unknown. */
export function goalMet(row: YearRow): boolean | undefined {
  if (row.percentage) return row.percentage.value >= 100;
  if (row.doel && row.realisatie && row.doel.unit === row.realisatie.unit)
    return row.realisatie.value >= row.doel.value;
  return undefined;
}

export type { FilterCondition } from './enums.js';

/** Whether a row meets a condition; undefined when the figures don't tell. */
export function meets(
  condition: FilterCondition,
  row: YearRow,
  previous?: YearRow,
  range?: { min: number; max: number },
): boolean | undefined {
  switch (condition) {
    case 'tussen': {
      const pct = realisationPercentage(row);
      if (!pct || !range) return undefined;
      return pct.value >= range.min && pct.value <= range.max;
    }
    case 'doel_gehaald':
      return goalMet(row);
    case 'doel_niet_gehaald': {
      const met = goalMet(row);
      return met === undefined ? undefined : !met;
    }
    case 'gestegen':
    case 'gedaald': {
      const d = previous ? direction(previous, row) : undefined;
      return d === undefined ? undefined : d === condition;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface TotalResult {
  year: number;
  unit?: Unit;
  doel?: Quantity;
  realisatie?: Quantity;
  /** Recomputed from the sums: realisatie / doel × 100. */
  percentage?: Quantity;
  /** Number of entities summed. */
  count?: Quantity;
  included: EntityId[];
  excluded: { sector: EntityId; reason: 'geen_cijfers' | 'andere_eenheid' }[];
  approximate: boolean;
}

/**
 * Sums doel and realisatie over the rows that have both in the same (most common) unit; the
 * percentage is recomputed from the sums. Rows with missing figures or another unit are listed
 * in `excluded`. An approximate input makes the total approximate.
 */
export function total(rows: readonly YearRow[], year: number, label: string): TotalResult {
  const complete = rows.filter((r) => r.doel && r.realisatie && r.doel.unit === r.realisatie.unit);
  const unit = mostCommon(complete.map((r) => r.realisatie!.unit));
  const used = complete.filter((r) => r.realisatie!.unit === unit);
  const excluded: TotalResult['excluded'] = rows
    .filter((r) => !used.includes(r))
    .map((r) => ({ sector: r.sector, reason: complete.includes(r) ? 'andere_eenheid' : 'geen_cijfers' }));
  const result: TotalResult = { year, included: used.map((r) => r.sector), excluded, approximate: false };
  if (!unit || used.length === 0) return result;
  const doelen = used.map((r) => r.doel!);
  const realisaties = used.map((r) => r.realisatie!);
  const how = `som van ${used.length} ${label}`;
  result.unit = unit;
  result.doel = computed(
    { sector: 'nationaal', year, metric: 'doel_totaal', unit, how: `${how} (doel)` },
    doelen.reduce((s, q) => s + q.value, 0),
    doelen,
  );
  result.realisatie = computed(
    { sector: 'nationaal', year, metric: 'realisatie_totaal', unit, how: `${how} (realisatie)` },
    realisaties.reduce((s, q) => s + q.value, 0),
    realisaties,
  );
  if (result.doel.value > 0) {
    result.percentage = computed(
      {
        sector: 'nationaal',
        year,
        metric: 'percentage_totaal',
        unit: '%',
        how: 'totale realisatie / totaal doel × 100',
      },
      (result.realisatie.value / result.doel.value) * 100,
      [result.realisatie, result.doel],
    );
  }
  result.count = {
    sector: 'nationaal',
    year,
    metric: 'aantal_meegeteld',
    value: used.length,
    unit: 'aantal',
    sources: sourcesOf(realisaties),
    how: `telling van ${label} met doel en realisatie in ${unit}`,
  };
  result.approximate = [...doelen, ...realisaties].some((q) => q.approximate);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Inkoop / SROI

export interface InkoopResult {
  row: YearRow;
  inkoop?: Quantity;
  /** Realisatie including inkoop: as reported, or realisatie + inkoop when both are in one unit. */
  inclusive?: Quantity;
  /** Percentage including inkoop: as reported, or inclusive / doel × 100. */
  inclusivePercentage?: Quantity;
  /** Set when realisatie and inkoop are in different units, so they were not added. */
  unitMismatch?: UnitMismatch;
}

export function inclInkoop(row: YearRow): InkoopResult {
  const result: InkoopResult = { row };
  const inkoop = row.other.inkoop;
  if (inkoop) result.inkoop = inkoop;
  const y = row.year;
  let inclusive = row.other.realisatie_incl_inkoop;
  if (!inclusive && inkoop && row.realisatie) {
    const m = mismatch(row.realisatie, inkoop);
    if (m) result.unitMismatch = m;
    else
      inclusive = computed(
        {
          sector: row.sector,
          year: y,
          metric: 'realisatie_incl_inkoop',
          unit: inkoop.unit,
          how: `realisatie ${y} + inkoop ${y}`,
        },
        row.realisatie.value + inkoop.value,
        [row.realisatie, inkoop],
      );
  }
  if (inclusive) result.inclusive = inclusive;
  let pct = row.other.percentage_incl_inkoop;
  if (!pct && inclusive && row.doel && row.doel.value > 0 && row.doel.unit === inclusive.unit) {
    pct = computed(
      {
        sector: row.sector,
        year: y,
        metric: 'percentage_incl_inkoop',
        unit: '%',
        how: `realisatie inclusief inkoop ${y} / doel ${y} × 100`,
      },
      (inclusive.value / row.doel.value) * 100,
      [inclusive, row.doel],
    );
  }
  if (pct) result.inclusivePercentage = pct;
  return result;
}
