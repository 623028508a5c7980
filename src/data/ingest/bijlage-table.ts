// The Bijlage table "Rijk per ministerie" (Tabel 1): per ministry doel, formele dienstverbanden
// zonder Binnenwerk, via Binnenwerk, inleenverbanden, totaal gerealiseerd and the percentage,
// and a "Totaal Rijk" row. The OCR damages cells ("o", "(]", "Ba%", "0%", a total "7") and a
// ministry name ("["). Repairs use only the table itself: a row's parts add up to its total,
// a column adds up to the Totaal Rijk row, a percentage is totaal/doel. Every repaired cell is
// marked `derived` with the computation; sums that still do not add up are reported.
import type { EntityId } from '../../domain/model.js';
import { nl, parseDutchNumber, ratioFits } from './numbers.js';
import { dehyphenate, normalise, type Section } from './read-letter.js';
import type { SectorNames } from './sector-names.js';
import type { Candidate } from './types.js';

const COLUMNS = ['doel', 'formeel_excl_binnenwerk', 'binnenwerk', 'inleen', 'realisatie'] as const;
const COLUMN_LABEL: Record<(typeof COLUMNS)[number], string> = {
  doel: 'Doel',
  formeel_excl_binnenwerk: 'Formele dienstverbanden excl. Binnenwerk',
  binnenwerk: 'Binnenwerk',
  inleen: 'Inleenverbanden',
  realisatie: 'Totaal banen gerealiseerd',
};

interface Row {
  label: string;
  line: string;
  entity?: EntityId;
  cells: (number | undefined)[];
  printed: string[];
  pct?: number;
  pctPrinted: string;
  derived: (string | undefined)[];
}

export interface BijlageReading {
  candidates: Candidate[];
  remarks: string[];
}

/** Rounding slack: a row of rounded cells may miss its total by 2, a column of 13 by 3. */
const ROW_SLACK = 2;
const COLUMN_SLACK = 3;

const isCount = (t: string) => /^(\d{1,3}(\.\d{3})+|\d+)$/.test(t);

function parseRow(line: string): Row | undefined {
  const tokens = line.trim().split(/\s+/);
  // A row: a label (which the OCR may have lost), five counts (one may be unreadable), a percentage.
  if (tokens.length < 6 || !/%/.test(tokens.at(-1)!)) return undefined;
  const cells = tokens.slice(-6);
  const label = tokens.slice(0, -6).join(' ');
  const counts = cells.slice(0, 5);
  if (counts.filter(isCount).length < 4 || /^\d/.test(label)) return undefined;
  const pctMatch = cells[5]!.match(/^(\d+(?:,\d+)?)%$/);
  return {
    label,
    line: normalise(line),
    cells: counts.map((t) => (isCount(t) ? parseDutchNumber(t) : undefined)),
    printed: counts,
    ...(pctMatch ? { pct: parseDutchNumber(pctMatch[1]!) } : {}),
    pctPrinted: cells[5]!,
    derived: [undefined, undefined, undefined, undefined, undefined],
  };
}

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** Read and repair the ministry table of the Bijlage sections. */
export function readBijlageTable(sections: readonly Section[], names: SectorNames, year: number): BijlageReading {
  const candidates: Candidate[] = [];
  const remarks: string[] = [];
  const lines = sections.filter((s) => s.bijlage).flatMap((s) => s.lines);
  const text = dehyphenate(normalise(lines.join('\n')));
  const periodMatch = text.match(/\b((?:19|20)\d\d)Q([1-4])\b/);
  const period = periodMatch ? `${periodMatch[1]}Q${periodMatch[2]}` : undefined;
  const tableYear = periodMatch ? Number(periodMatch[1]) : year;
  const rows = lines.map(parseRow).filter((r): r is Row => !!r);
  const totalIdx = rows.findIndex((r) => /^totaal/i.test(r.label));
  if (totalIdx < 0 || totalIdx < 3) return { candidates, remarks };
  const total = rows[totalIdx]!;
  const ministryRows = rows.slice(0, totalIdx);

  // Names: exact where the OCR left them readable, kept only in the dataset's order (longest
  // increasing run); the others are the ministries left between their neighbours (fuzzy if several).
  const order = names.ministries;
  const pos = ministryRows.map((r) => {
    const id = names.ministry(r.label);
    return id ? order.indexOf(id) : -1;
  });
  const keep = longestIncreasing(pos);
  ministryRows.forEach((r, i) => {
    if (keep.has(i)) r.entity = order[pos[i]!];
  });
  // First the rows whose damaged label still has letters (fuzzy), then those left (by position).
  for (const pass of [1, 2]) {
    ministryRows.forEach((r, i) => {
      if (r.entity) return;
      const hasLetters = /\p{L}/u.test(r.label);
      if (pass === 1 && !hasLetters) return;
      const prev = ministryRows
        .slice(0, i)
        .reverse()
        .find((x) => x.entity)?.entity;
      const next = ministryRows.slice(i + 1).find((x) => x.entity)?.entity;
      const lo = prev ? order.indexOf(prev) : -1;
      const hi = next ? order.indexOf(next) : order.length;
      const between = order.slice(lo + 1, hi).filter((id) => !ministryRows.some((o) => o.entity === id));
      const id = between.length === 1 ? between[0] : hasLetters ? names.nearestMinistry(r.label, between) : undefined;
      if (id) {
        r.entity = id;
        remarks.push(
          `Rijenkop "${r.label}" gelezen als ${id}${between.length === 1 ? ' (de enige die tussen de buren in de tabel past)' : ''}.`,
        );
      } else if (pass === 2) remarks.push(`Rijenkop "${r.label}" niet herkend; rij niet voorgesteld.`);
    });
  }

  const rowNeed = (r: Row, col: number): number | undefined => {
    const [, f, b, i, t] = r.cells;
    if ([f, b, i, t].some((v) => v === undefined)) return undefined;
    if (col === 4) return f! + b! + i! - t!;
    return t! - (f! + b! + i!);
  };
  // 0. Unreadable cells in a column whose readable cells already reach the total are 0.
  for (const c of [1, 2, 3]) {
    const damaged = ministryRows.filter((r) => r.cells[c] === undefined);
    if (!damaged.length || total.cells[c] === undefined) continue;
    const known = ministryRows.reduce((s, r) => s + (r.cells[c] ?? 0), 0);
    if (Math.abs(total.cells[c]! - known) > COLUMN_SLACK) continue;
    for (const r of damaged) {
      r.cells[c] = 0;
      r.derived[c] =
        `Gedrukt als "${r.printed[c]}" (OCR); 0, want de leesbare cellen van de kolom ${COLUMN_LABEL[COLUMNS[c]!]} ` +
        `tellen al op tot ${nl(known)} (Totaal Rijk ${nl(total.cells[c]!)}).`;
    }
  }
  // 1. One unreadable count in a row: from the row's own sum.
  for (const r of ministryRows) {
    const missing = [1, 2, 3, 4].filter((c) => r.cells[c] === undefined);
    if (missing.length !== 1) continue;
    const c = missing[0]!;
    const [, f, b, i, t] = r.cells;
    const value = c === 4 ? f! + b! + i! : t! - [f, b, i].reduce<number>((s, v, k) => s + (k + 1 === c ? 0 : v!), 0);
    if (value < -ROW_SLACK) continue;
    r.cells[c] = Math.max(0, value);
    const how =
      c === 4
        ? `${nl(f!)} + ${nl(b!)} + ${nl(i!)} = ${nl(value)}`
        : `totaal ${nl(t!)} min de andere delen = ${nl(Math.max(0, value))}`;
    r.derived[c] = `Gedrukt als "${r.printed[c]}" (OCR); afgeleid uit de rij: ${how}.`;
  }
  // 2. A row that does not add up, in the column that does not add up by the same amount.
  const colDelta = (c: number) => {
    const parts = ministryRows.map((r) => r.cells[c]);
    if (parts.some((v) => v === undefined) || total.cells[c] === undefined) return undefined;
    return total.cells[c]! - parts.reduce<number>((s, v) => s + v!, 0);
  };
  for (const r of ministryRows) {
    const off = rowNeed(r, 1);
    if (off === undefined || Math.abs(off) <= ROW_SLACK) continue;
    let best: { c: number; miss: number } | undefined;
    for (const c of [1, 2, 3, 4]) {
      const need = rowNeed(r, c)!;
      const d = colDelta(c);
      if (d === undefined || Math.abs(d) <= COLUMN_SLACK) continue;
      const miss = Math.abs(d - need);
      if (miss <= COLUMN_SLACK && (!best || miss < best.miss)) best = { c, miss };
    }
    if (!best) {
      remarks.push(`${r.label}: de delen tellen niet op tot het totaal (${r.line}); niet hersteld.`);
      continue;
    }
    const c = best.c;
    const old = r.cells[c]!;
    r.cells[c] = old + rowNeed(r, c)!;
    const colSum = ministryRows.reduce((s, x) => s + x.cells[c]!, 0);
    const [, f, b, i, t] = r.cells as number[];
    const row =
      c === 4
        ? `${nl(f!)} + ${nl(b!)} + ${nl(i!)} = ${nl(r.cells[c]!)}`
        : `${nl(t!)} − ${[1, 2, 3]
            .filter((k) => k !== c)
            .map((k) => nl(r.cells[k]!))
            .join(' − ')} = ${nl(r.cells[c]!)}`;
    r.derived[c] =
      `Gedrukt als "${r.printed[c]}"; dan telt de rij niet op en de kolom ${COLUMN_LABEL[COLUMNS[c]!]} evenmin. ` +
      `Rij: ${row}; de kolom telt dan op tot ${nl(colSum)} (Totaal Rijk ${nl(total.cells[c]!)}).`;
  }
  // 3. Column sums after the repairs.
  for (const c of [1, 2, 3, 4]) {
    const d = colDelta(c);
    if (d !== undefined && Math.abs(d) > COLUMN_SLACK)
      remarks.push(`Kolom ${COLUMN_LABEL[COLUMNS[c]!]}: ministeries samen wijken ${nl(d)} af van Totaal Rijk.`);
  }
  const notAssigned = text.match(/missen er nog (\d{1,3}(?:\.\d{3})*|\d+)\s*doe\p{L}*banen/u);
  const doelDelta = colDelta(0);
  const unassigned = notAssigned ? parseDutchNumber(notAssigned[1]!) : undefined;
  if (doelDelta !== undefined) {
    const explained = unassigned !== undefined && near(doelDelta, unassigned, COLUMN_SLACK);
    remarks.push(
      `Kolom Doel: ministeries samen ${nl(total.cells[0]! - doelDelta)}, Totaal Rijk ${nl(total.cells[0]!)} (verschil ${nl(doelDelta)})` +
        (explained ? `, verklaard door de ${nl(unassigned!)} nog niet toegerekende doelbanen.` : '.'),
    );
  }

  const section = (label: string) => `Bijlage 1, Tabel 1${period ? ` (${period})` : ''} — ${label}`;
  const emit = (r: Row, entity: EntityId, isTotal: boolean) => {
    COLUMNS.forEach((metric, c) => {
      const value = r.cells[c];
      if (value === undefined) return;
      candidates.push({
        sector: entity,
        year: tableYear,
        ...(period ? { period } : {}),
        metric,
        value,
        unit: 'fta',
        ...(r.derived[c] ? { derived: r.derived[c] } : {}),
        section: section(isTotal ? 'Totaal Rijk' : r.label),
        quote: r.line,
        origin: 'bijlage',
      });
    });
    const doel = r.cells[0];
    const real = r.cells[4];
    if (doel === undefined || real === undefined || doel <= 0) return;
    const computed = (real / doel) * 100;
    let pct = r.pct;
    let derived: string | undefined;
    const digits = String(Math.round(computed)).length;
    const damaged = pct === undefined || (!ratioFits(pct, real, doel) && String(Math.trunc(pct)).length < digits);
    if (damaged) {
      pct = Math.round(computed);
      derived = `Gedrukt als "${r.pctPrinted}" (OCR); afgeleid: ${nl(real)} / ${nl(doel)} = ${nl(Math.round(computed * 100) / 100)}%.`;
    }
    candidates.push({
      sector: entity,
      year: tableYear,
      ...(period ? { period } : {}),
      metric: 'percentage',
      value: pct!,
      unit: '%',
      ...(derived ? { derived } : {}),
      section: section(isTotal ? 'Totaal Rijk' : r.label),
      quote: r.line,
      origin: 'bijlage',
    });
  };
  for (const r of ministryRows) if (r.entity) emit(r, r.entity, false);
  emit(total, 'rijk', true);
  if (unassigned !== undefined) {
    const quote = normalise(lines.join('\n')).match(/missen er nog (\d{1,3}(?:\.\d{3})*|\d+)/)?.[0];
    if (quote)
      candidates.push({
        sector: 'rijk',
        year: tableYear,
        ...(period ? { period } : {}),
        metric: 'doel_niet_toegerekend',
        value: unassigned,
        unit: 'fta',
        section: section('voetnoot'),
        quote,
        origin: 'bijlage',
      });
  }
  return { candidates, remarks };
}

/** Indexes of the longest strictly increasing run of known positions (-1 = unknown). */
function longestIncreasing(pos: readonly number[]): Set<number> {
  const idx = pos.map((p, i) => (p >= 0 ? i : -1)).filter((i) => i >= 0);
  const best: number[][] = [];
  for (const i of idx) {
    let chain: number[] = [];
    for (const c of best) if (pos[c.at(-1)!]! < pos[i]! && c.length > chain.length) chain = c;
    best.push([...chain, i]);
  }
  return new Set(best.reduce<number[]>((a, b) => (b.length > a.length ? b : a), []));
}
