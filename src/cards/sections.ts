// The parts most cards share, each from one CardView field: summary, caveats, facts, table,
// chart, paragraphs, source. layouts.ts puts them in the order each card kind needs.

import { concatMap } from '../domain/arrays.js';
import { formatNumber } from '../domain/format.js';
import { chartBlock } from './chart.js';
import {
  type CardElement,
  columnWidths,
  container,
  factSet,
  fitsNarrow,
  label,
  plain,
  table,
  textBlock,
} from './elements.js';
import type { CardView, TableView } from './view.js';

/** How much a layout may show; build-card lowers these when a card would be too large. */
export interface Limits {
  maxTableRows: number;
  /** False drops the Chart.* element (its title and text equivalent stay). */
  chart: boolean;
}

export function summarySection(view: CardView): CardElement[] {
  return view.summary ? [textBlock(plain(view.summary), { spacing: 'Small' })] : [];
}

/** A warning's own label, bold or not: "Let op:", "**Let op:**", "Let op," … */
const LET_OP = /^\s*(\*\*)?let op\b[:,]?(\*\*)?\s*/i;

/** One warning with exactly one bold label: "**Let op:** …" (the words say it, never colour alone). */
export function caveatText(caveat: string): string {
  return `**Let op:** ${caveat.replace(LET_OP, '')}`;
}

/** Warnings in a 'warning' container, each starting with the words "Let op:". */
export function caveatsSection(view: CardView): CardElement[] {
  const caveats = view.caveats?.filter((c) => c.trim()) ?? [];
  if (!caveats.length) return [];
  return [
    container(
      caveats.map((c) => textBlock(caveatText(c))),
      { style: 'warning', spacing: 'Medium' },
    ),
  ];
}

export function factsSection(view: CardView): CardElement[] {
  return view.facts?.length ? [factSet(view.facts)] : [];
}

/** More data columns than this do not fit a phone (about 360 px): such a table is shown per row, as is one whose longest words need more than a phone's width. */
export const MAX_DATA_COLUMNS = 3;

/** Cells that say "no figure". */
const EMPTY_CELL = /^\s*[–-]?\s*$/;

/**
 * A wide table read per row, as on a phone: each row's name in bold, then its cells as a FactSet
 * (column name → value); empty cells are left out, a row without any says "geen cijfers".
 */
function perRow(tableView: TableView, rows: readonly string[][]): CardElement[] {
  const head = tableView.headerColumn ?? 0;
  return concatMap(rows, (row) => {
    const facts = tableView.columns
      .map((column, c) => ({ label: column, value: row[c] ?? '' }))
      .filter((f, c) => c !== head && !EMPTY_CELL.test(f.value));
    return [
      label(row[head] ?? '', { spacing: 'Small' }),
      ...(facts.length ? [factSet(facts)] : [textBlock('geen cijfers', { spacing: 'None', isSubtle: true })]),
    ];
  });
}

/**
 * Caption, the table (at most `maxTableRows` rows) and "… en N meer" when rows were left out. A
 * table with more than MAX_DATA_COLUMNS data columns is shown per row instead (see perRow).
 */
export function tableSection(tableView: TableView | undefined, limits: Limits): CardElement[] {
  if (!tableView?.columns.length) return [];
  const shown = tableView.rows.slice(0, limits.maxTableRows);
  const hidden = tableView.rows.length - shown.length;
  const dataColumns = tableView.columns.length - (tableView.headerColumn === undefined ? 0 : 1);
  const perRowOnly = dataColumns > MAX_DATA_COLUMNS;
  // The widths decide whether the table fits a phone and are the table's column widths: measured once.
  const widths = perRowOnly ? [] : columnWidths({ columns: tableView.columns, rows: shown });
  return [
    ...(tableView.caption ? [label(tableView.caption)] : []),
    ...(perRowOnly || !fitsNarrow({ columns: tableView.columns, rows: shown, widths })
      ? [container(perRow(tableView, shown), { id: 'table', spacing: 'Small' })]
      : [table({ columns: tableView.columns, rows: shown, headerColumn: tableView.headerColumn, widths }, 'table')]),
    ...(hidden > 0
      ? [
          textBlock(`… en ${formatNumber(hidden, 0)} meer (niet getoond om de kaart klein te houden).`, {
            spacing: 'Small',
          }),
        ]
      : []),
  ];
}

export function chartSection(view: CardView, limits: Limits): CardElement[] {
  if (!view.chart) return [];
  const block = chartBlock(view.chart);
  return limits.chart ? block : block.filter((e) => !e.type.startsWith('Chart.'));
}

export function paragraphsSection(view: CardView): CardElement[] {
  return (view.paragraphs ?? []).filter((p) => p.trim()).map((p) => textBlock(p));
}

export function sourceSection(view: CardView): CardElement[] {
  return view.source
    ? [textBlock(plain(view.source), { size: 'Small', isSubtle: true, separator: true, spacing: 'Medium' })]
    : [];
}
