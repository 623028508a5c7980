// Consistency rules for a loaded dataset, beyond what zod and the loader check. Pure: every
// rule takes the dataset and returns problems as precise, greppable lines, e.g.
//   data/figures.json: waterschappen 2023 percentage: printed 56,6 but realisatie/doel = 59,6 and no conflict recorded
// The rules: references resolve (source with a non-empty section, sector, metric); a figure's
// year is one its source reports on; no duplicate sector/year/period/metric; units fit the
// metric kind; `derived` carries a reason; percentage (and percentage_incl_inkoop) agrees with
// realisatie/doel unless a conflict is recorded; ministries add up to the Rijk totals per
// column and row parts to row totals; contract shares add up to 100%; stated changes agree
// with both years; a quoted figure's value occurs in its quote; every conflict names a figure
// holding `reported`. checkQuotes (needs the source texts) finds each quote in its source.
//
// ROUNDING TOLERANCE. Every printed number stands for an interval: a value printed with d
// decimals is exact to ±½·10^-d (713 → 712,5..713,5; 56,6 → 56,55..56,65; 2,76 → ±0,005).
// A computed number (a ratio, sum or difference of printed numbers) is accepted when the
// interval it can take, given the intervals of its inputs, overlaps the interval of the printed
// result. So "44%" with 49 of 113 fta passes (49,5/112,5 = 44,0%), while 68,4% with 489 of
// 713 fta fails (at least 488,5/713,5 = 68,47% > 68,45%). Values marked `approximate` ("+/-",
// "circa") are treated like any other: the check uses the precision they are printed with.

import { formatNumber } from '../domain/format.js';
import { type Conflict, type Dataset, type Figure, MINISTRY_IDS, type SourceRef } from '../domain/model.js';
import { recordLabel } from './load.js';

export interface CheckOptions {
  /** Directory name used in messages (default "data"). */
  dir?: string;
}

/** A closed interval [lo, hi]. */
interface Range {
  lo: number;
  hi: number;
}

/** Decimals a number was printed with (as stored: 508.5 → 1, 2.76 → 2, 5078 → 0). */
function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The interval a printed number stands for. */
export function printedRange(value: number): Range {
  const half = 0.5 * 10 ** -decimals(value);
  return { lo: value - half, hi: value + half };
}

const sum = (a: Range, b: Range): Range => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
const diff = (a: Range, b: Range): Range => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });
const ratioPct = (num: Range, den: Range): Range => ({ lo: (num.lo / den.hi) * 100, hi: (num.hi / den.lo) * 100 });
const overlaps = (a: Range, b: Range): boolean => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;
const mid = (r: Range) => (r.lo + r.hi) / 2;
const nl = (value: number) => formatNumber(value, 2);

const key = (f: { sector: string; year: number; period?: string; metric: string }) =>
  `${f.sector}|${f.year}|${f.period ?? ''}|${f.metric}`;

/** Lookup of figures by entity, year, period and metric. */
class Figures {
  private readonly byKey = new Map<string, Figure>();
  constructor(readonly all: readonly Figure[]) {
    for (const f of all) if (!this.byKey.has(key(f))) this.byKey.set(key(f), f);
  }
  get(sector: string, year: number, metric: string, period?: string): Figure | undefined {
    return this.byKey.get(key({ sector, year, period, metric }));
  }
  /** The figure for a period, or else the whole-year figure. */
  getOrYear(sector: string, year: number, metric: string, period?: string): Figure | undefined {
    return this.get(sector, year, metric, period) ?? (period ? this.get(sector, year, metric) : undefined);
  }
  /** Distinct (sector, year, period) groups, in dataset order. */
  groups(): { sector: string; year: number; period?: string }[] {
    const seen = new Map<string, { sector: string; year: number; period?: string }>();
    for (const f of this.all) {
      const k = `${f.sector}|${f.year}|${f.period ?? ''}`;
      if (!seen.has(k))
        seen.set(
          k,
          f.period ? { sector: f.sector, year: f.year, period: f.period } : { sector: f.sector, year: f.year },
        );
    }
    return [...seen.values()];
  }
}

function hasConflict(conflicts: readonly Conflict[], f: Figure): boolean {
  return conflicts.some((c) => c.sector === f.sector && c.year === f.year && c.metric === f.metric);
}

/** Sources, sections, sectors, metrics: every reference resolves. */
function checkRefs(data: Dataset, file: (name: string) => string): string[] {
  const problems: string[] = [];
  const sources = new Set(data.sources.map((s) => s.id));
  const sectors = new Set<string>(data.sectors.map((s) => s.id));
  const metrics = new Set(data.metrics.map((m) => m.id));
  const ref = (where: string, r: SourceRef, field = 'ref') => {
    if (!sources.has(r.source)) problems.push(`${where}: ${field}.source: unknown source "${r.source}"`);
    if (!r.section?.trim()) problems.push(`${where}: ${field}.section: empty`);
  };
  data.figures.forEach((f) => {
    const where = `${file('figures.json')}: ${recordLabel(f)}`;
    if (!sectors.has(f.sector)) problems.push(`${where}: sector: unknown sector "${f.sector}"`);
    if (!metrics.has(f.metric)) problems.push(`${where}: metric: unknown metric "${f.metric}"`);
    ref(where, f.ref);
    f.alsoIn?.forEach((r, j) => ref(where, r, `alsoIn[${j}]`));
  });
  data.conflicts.forEach((c) => c.refs.forEach((r, j) => ref(`${file('conflicts.json')}: ${c.id}`, r, `refs[${j}]`)));
  data.context.forEach((c) => ref(`${file('context.json')}: ${c.id}`, c.ref));
  data.notes.forEach((n) => ref(`${file('notes.json')}: ${n.id}`, n.ref));
  return problems;
}

/** A figure's year is one of the years its source reports on. */
function checkSourceYears(data: Dataset, file: (name: string) => string): string[] {
  const years = new Map(data.sources.map((s) => [s.id, s.years]));
  return data.figures.flatMap((f) => {
    const ys = years.get(f.ref.source);
    return ys && !ys.includes(f.year)
      ? [
          `${file('figures.json')}: ${recordLabel(f)}: year ${f.year} is not among the years of source "${f.ref.source}" (${ys.join(', ')})`,
        ]
      : [];
  });
}

function checkDuplicates(data: Dataset, file: (name: string) => string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const f of data.figures) {
    const k = key(f);
    if (seen.has(k)) problems.push(`${file('figures.json')}: ${recordLabel(f)}: duplicate sector/year/period/metric`);
    seen.add(k);
  }
  const ids = new Set<string>();
  for (const c of data.conflicts) {
    if (ids.has(c.id)) problems.push(`${file('conflicts.json')}: ${c.id}: duplicate conflict id`);
    ids.add(c.id);
  }
  return problems;
}

/** Percentage metrics carry '%', count metrics never; `derived` only with a reason. */
function checkUnits(data: Dataset, file: (name: string) => string): string[] {
  const kinds = new Map(data.metrics.map((m) => [m.id, m.kind]));
  const problems: string[] = [];
  for (const f of data.figures) {
    const where = `${file('figures.json')}: ${recordLabel(f)}`;
    const kind = kinds.get(f.metric);
    if (!f.unit) problems.push(`${where}: unit: missing`);
    else if (kind === 'percentage' && f.unit !== '%')
      problems.push(`${where}: unit: percentage metric must use '%', found '${f.unit}'`);
    else if (kind === 'count' && f.unit === '%') problems.push(`${where}: unit: count metric cannot use '%'`);
    if ('derived' in f && (typeof f.derived !== 'string' || !f.derived.trim()))
      problems.push(`${where}: derived: a reason is required`);
  }
  return problems;
}

/** The realisation ratio for a percentage metric, from the figures it depends on. */
function computedPercentage(figs: Figures, p: Figure): { range: Range; how: string } | undefined {
  const doel = figs.getOrYear(p.sector, p.year, 'doel', p.period);
  if (!doel) return undefined;
  const doelR = printedRange(doel.value);
  if (p.metric === 'percentage') {
    const real = figs.getOrYear(p.sector, p.year, 'realisatie', p.period);
    return real ? { range: ratioPct(printedRange(real.value), doelR), how: 'realisatie/doel' } : undefined;
  }
  if (p.metric === 'percentage_incl_inkoop') {
    const incl = figs.getOrYear(p.sector, p.year, 'realisatie_incl_inkoop', p.period);
    if (incl) return { range: ratioPct(printedRange(incl.value), doelR), how: 'realisatie_incl_inkoop/doel' };
    const real = figs.getOrYear(p.sector, p.year, 'realisatie', p.period);
    const inkoop = figs.getOrYear(p.sector, p.year, 'inkoop', p.period);
    if (real && inkoop)
      return {
        range: ratioPct(sum(printedRange(real.value), printedRange(inkoop.value)), doelR),
        how: '(realisatie+inkoop)/doel',
      };
  }
  return undefined;
}

/** Printed percentages agree with realisatie/doel within rounding, or a conflict says why not. */
function checkPercentages(data: Dataset, figs: Figures, file: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const p of data.figures) {
    if (p.metric !== 'percentage' && p.metric !== 'percentage_incl_inkoop') continue;
    const computed = computedPercentage(figs, p);
    if (!computed || overlaps(printedRange(p.value), computed.range) || hasConflict(data.conflicts, p)) continue;
    problems.push(
      `${file('figures.json')}: ${recordLabel(p)}: printed ${nl(p.value)} but ${computed.how} = ${formatNumber(mid(computed.range), 1)} and no conflict recorded`,
    );
  }
  return problems;
}

/** Parts add up to their whole: ministry columns to Rijk, row parts to totals, shares to 100%. */
function checkSums(data: Dataset, figs: Figures, file: (name: string) => string): string[] {
  const problems: string[] = [];
  const where = (f: { sector: string; year: number; period?: string; metric: string }) =>
    `${file('figures.json')}: ${recordLabel(f)}`;
  const addUp = (parts: Figure[]): Range => parts.reduce((acc, f) => sum(acc, printedRange(f.value)), { lo: 0, hi: 0 });
  const fmtSum = (r: Range) => formatNumber(Math.round(mid(r) * 100) / 100, 2);

  // 1. Ministries add up to the Rijk totals, per column (Bijlage 1).
  const ministryPeriods = new Map<string, { year: number; period?: string }>();
  for (const f of data.figures) {
    if ((MINISTRY_IDS as readonly string[]).includes(f.sector))
      ministryPeriods.set(`${f.year}|${f.period ?? ''}`, { year: f.year, period: f.period });
  }
  for (const { year, period } of ministryPeriods.values()) {
    for (const metric of ['doel', 'formeel_excl_binnenwerk', 'binnenwerk', 'inleen', 'realisatie']) {
      const parts = MINISTRY_IDS.map((m) => figs.get(m, year, metric, period)).filter((f): f is Figure => !!f);
      if (parts.length === 0) continue;
      const total = figs.getOrYear('rijk', year, metric, period);
      if (!total) {
        problems.push(
          `${file('figures.json')}: rijk ${period ?? year} ${metric}: missing Rijk total for the ministry column`,
        );
        continue;
      }
      const extra = metric === 'doel' ? figs.getOrYear('rijk', year, 'doel_niet_toegerekend', period) : undefined;
      const all = extra ? [...parts, extra] : parts;
      const s = addUp(all);
      if (!overlaps(s, printedRange(total.value))) {
        problems.push(
          `${where(total)}: ministries add up to ${fmtSum(s)}${extra ? ` (incl. ${nl(extra.value)} doel_niet_toegerekend)` : ''} but the Rijk total is ${nl(total.value)}`,
        );
      }
      if (parts.length !== MINISTRY_IDS.length) {
        const missing = MINISTRY_IDS.filter((m) => !figs.get(m, year, metric, period));
        problems.push(
          `${file('figures.json')}: ${period ?? year} ${metric}: ministries missing from the column: ${missing.join(', ')}`,
        );
      }
    }
  }

  // 2. Row parts add up to the row total.
  const rowRules: { parts: string[]; total: string }[] = [
    { parts: ['formeel_excl_binnenwerk', 'binnenwerk', 'inleen'], total: 'realisatie' },
    { parts: ['realisatie_vast', 'realisatie_tijdelijk', 'realisatie_inhuur'], total: 'realisatie' },
  ];
  const shareRules: string[][] = [
    ['aandeel_vast', 'aandeel_tijdelijk', 'aandeel_inhuur'],
    ['aandeel_vast', 'aandeel_tijdelijk', 'aandeel_inhuur_en_inkoop'],
  ];
  for (const g of figs.groups()) {
    for (const rule of rowRules) {
      const parts = rule.parts.map((m) => figs.get(g.sector, g.year, m, g.period));
      if (parts.some((p) => !p)) continue;
      const total = figs.getOrYear(g.sector, g.year, rule.total, g.period);
      if (!total) continue;
      const s = addUp(parts as Figure[]);
      if (!overlaps(s, printedRange(total.value))) {
        problems.push(
          `${where(total)}: ${rule.parts.join(' + ')} = ${fmtSum(s)} but ${rule.total} is ${nl(total.value)}`,
        );
      }
    }
    for (const rule of shareRules) {
      const parts = rule.map((m) => figs.get(g.sector, g.year, m, g.period));
      if (parts.some((p) => !p)) continue;
      const s = addUp(parts as Figure[]);
      if (!overlaps(s, { lo: 100, hi: 100 })) {
        problems.push(`${where({ ...g, metric: rule[0]! })}: ${rule.join(' + ')} = ${fmtSum(s)}%, not 100%`);
      }
    }
  }
  return problems;
}

/** Stated year-on-year changes agree with the figures of both years, where both are known. */
function checkChanges(data: Dataset, figs: Figures, file: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const f of data.figures) {
    const prev = (metric: string) => figs.get(f.sector, f.year - 1, metric, f.period);
    const cur = (metric: string) => figs.get(f.sector, f.year, metric, f.period);
    let computed: Range | undefined;
    let how = '';
    if (f.metric === 'stijging_gemeld' || f.metric === 'daling_gemeld') {
      const a = prev('realisatie'),
        b = cur('realisatie');
      if (!a || !b) continue;
      const d = diff(printedRange(b.value), printedRange(a.value));
      computed = f.metric === 'stijging_gemeld' ? d : { lo: -d.hi, hi: -d.lo };
      how = `realisatie ${f.year} − ${f.year - 1}`;
    } else if (f.metric === 'stijging_procent_gemeld') {
      const a = prev('realisatie'),
        b = cur('realisatie');
      if (!a || !b) continue;
      const r = ratioPct(printedRange(b.value), printedRange(a.value));
      computed = { lo: r.lo - 100, hi: r.hi - 100 };
      how = `realisatie ${f.year} / ${f.year - 1} − 1`;
    } else if (f.metric === 'daling_procentpunt_gemeld') {
      const a = prev('percentage'),
        b = cur('percentage');
      if (!a || !b) continue;
      computed = diff(printedRange(a.value), printedRange(b.value));
      how = `percentage ${f.year - 1} − ${f.year}`;
    } else continue;
    if (!overlaps(printedRange(f.value), computed)) {
      problems.push(
        `${file('figures.json')}: ${recordLabel(f)}: printed ${nl(f.value)} but ${how} = ${formatNumber(mid(computed), 1)}`,
      );
    }
  }
  return problems;
}

/** Dutch number words the letters use for small counts ("twee van de drie organisaties"); not "een", which is also the article. */
const NUMBER_WORDS = ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A figure read from a quoted fragment shows its value in that fragment (5.078, 1307, 508,5 or "twaalf"). */
function checkQuotedValues(data: Dataset, file: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const f of data.figures) {
    const quote = f.ref.quote;
    if (f.derived || !quote) continue;
    const forms = [...new Set([String(f.value).replace('.', ','), formatNumber(f.value, 2)])].map(escapeRe);
    const word = Number.isInteger(f.value) ? NUMBER_WORDS[f.value] : undefined;
    const found =
      new RegExp(`(^|[^\\d.,])(${forms.join('|')})(?![\\d]|[.,]\\d)`).test(quote) ||
      (!!word && new RegExp(`\\b${word}\\b`, 'i').test(quote));
    if (!found)
      problems.push(
        `${file('figures.json')}: ${recordLabel(f)}: value ${nl(f.value)} does not occur in ref.quote "${quote}"`,
      );
  }
  return problems;
}

/** Every conflict names an existing figure holding `reported`; a mismatch's `other` matches the computation. */
function checkConflicts(data: Dataset, figs: Figures, file: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const c of data.conflicts) {
    const where = `${file('conflicts.json')}: ${c.id}`;
    const matches = data.figures.filter((f) => f.sector === c.sector && f.year === c.year && f.metric === c.metric);
    if (matches.length === 0) {
      problems.push(`${where}: no figure ${c.sector} ${c.year} ${c.metric} in figures.json`);
      continue;
    }
    const figure = matches.find((f) => f.value === c.reported);
    if (!figure) {
      problems.push(
        `${where}: reported ${nl(c.reported)} but figures.json holds ${matches.map((f) => nl(f.value)).join(', ')} for ${c.sector} ${c.year} ${c.metric}`,
      );
      continue;
    }
    if (c.kind === 'percentage_mismatch') {
      const computed = computedPercentage(figs, figure);
      if (computed && !overlaps(printedRange(c.other), computed.range)) {
        problems.push(`${where}: other ${nl(c.other)} but ${computed.how} = ${formatNumber(mid(computed.range), 1)}`);
      }
    }
  }
  return problems;
}

/** All consistency problems of a dataset; empty when it is sound. */
export function checkDataset(data: Dataset, options: CheckOptions = {}): string[] {
  const dir = options.dir ?? 'data';
  const file = (name: string) => `${dir.replace(/\/+$/, '')}/${name}`;
  const figs = new Figures(data.figures);
  return [
    ...checkRefs(data, file),
    ...checkSourceYears(data, file),
    ...checkDuplicates(data, file),
    ...checkUnits(data, file),
    ...checkPercentages(data, figs, file),
    ...checkSums(data, figs, file),
    ...checkChanges(data, figs, file),
    ...checkQuotedValues(data, file),
    ...checkConflicts(data, figs, file),
  ];
}

/** Whitespace-insensitive form of a text, for finding quotes in OCR'd documents. */
const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Every `quote` occurs verbatim (up to whitespace) in the text of its source.
 * `texts` maps a source id to that document's text; sources without a text are skipped.
 */
export function checkQuotes(data: Dataset, texts: ReadonlyMap<string, string>, options: CheckOptions = {}): string[] {
  const dir = (options.dir ?? 'data').replace(/\/+$/, '');
  const norm = new Map([...texts].map(([id, t]) => [id, normalise(t)]));
  const problems: string[] = [];
  const check = (where: string, r: SourceRef) => {
    const text = norm.get(r.source);
    if (r.quote && text !== undefined && !text.includes(normalise(r.quote))) {
      problems.push(`${where}: quote not found in source "${r.source}": "${r.quote}"`);
    }
  };
  for (const f of data.figures) {
    const where = `${dir}/figures.json: ${recordLabel(f)}`;
    check(where, f.ref);
    f.alsoIn?.forEach((r) => check(where, r));
  }
  for (const c of data.conflicts) c.refs.forEach((r) => check(`${dir}/conflicts.json: ${c.id}`, r));
  for (const c of data.context) check(`${dir}/context.json: ${c.id}`, c.ref);
  for (const n of data.notes) check(`${dir}/notes.json: ${n.id}`, n.ref);
  return problems;
}

const SHORT: Record<string, string> = { doel: 'd', realisatie: 'r', percentage: '%' };

/**
 * Coverage as a text table: one row per entity with figures, one column per year; each cell
 * lists the core metrics present ("d r %") and "+n" for other metrics.
 */
export function coverageTable(data: Dataset): string {
  const years = [...new Set(data.figures.map((f) => f.year))].sort((a, b) => a - b);
  const cells = new Map<string, { core: Set<string>; other: number }>();
  for (const f of data.figures) {
    const k = `${f.sector}|${f.year}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { core: new Set(), other: 0 }));
    if (SHORT[f.metric]) c.core.add(SHORT[f.metric]!);
    else c.other += 1;
  }
  const entities = data.sectors.map((s) => s.id).filter((id) => years.some((y) => cells.has(`${id}|${y}`)));
  const cellText = (id: string, y: number) => {
    const c = cells.get(`${id}|${y}`);
    if (!c) return '';
    const core = ['d', 'r', '%'].map((s) => (c.core.has(s) ? s : '.')).join(' ');
    return c.other ? `${core} +${c.other}` : core;
  };
  const header = ['', ...years.map(String)];
  const rows = entities.map((id) => [id, ...years.map((y) => cellText(id, y))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
