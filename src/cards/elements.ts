// Typed Adaptive Card 1.5 building blocks (the subset Teams renders and banenbot uses):
// TextBlock, FactSet, Table, Container, ActionSet. Small functions that return plain JSON, so a
// card is assembled from typed parts instead of string templates.

import { hyphenate } from '../domain/names.js';
import type {
  ActionSet,
  CardAction,
  CardElement,
  Container,
  FactSet,
  Table,
  TableCell,
  TableRow,
  TextBlock,
  TextSize,
} from './card-json.js';

export type { CardElement } from './card-json.js';

type TextOptions = Omit<TextBlock, 'type' | 'text' | 'wrap'>;

/** A wrapping TextBlock. Its text may use Teams' markdown (bold, lists); see `plain` for data. */
export function textBlock(text: string, options: TextOptions = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A line start that Teams' markdown would turn into a list ("1. ", "- ") or heading ("# "). */
const BLOCK_MARKER = /^([ \t]*)(\d{1,9}[.)]|[-*+]|#{1,6}|>)[ \t]/gm;
/** Texts BLOCK_MARKER may match: several lines, or one starting like a marker. */
const MAY_HAVE_MARKER = /[\n\r\u2028\u2029]|^[ \t]*[\d\-*+#>]/;

/**
 * Text shown as written, never as markdown structure: "1. SZW 109%; 2. …" stays one sentence
 * instead of becoming a numbered list. The space after a would-be list or heading marker becomes
 * a no-break space (looks and reads the same; markdown needs a plain space there).
 */
export function plain(text: string): string {
  // One line whose first character cannot start a marker (most texts): nothing to change.
  if (!MAY_HAVE_MARKER.test(text)) return text;
  return text.replace(BLOCK_MARKER, (_, indent: string, marker: string) => `${indent}${marker}\u00a0`);
}

/** A heading: `style: 'heading'` so screen readers announce it as one. */
export function heading(text: string, size: TextSize = 'Large'): TextBlock {
  return textBlock(plain(text), { style: 'heading', size, weight: 'Bolder' });
}

/** A bold label above a block (table caption, chart title); not a heading, to keep one heading level. */
export function label(text: string, options: TextOptions = {}): TextBlock {
  return textBlock(plain(text), { weight: 'Bolder', spacing: 'Medium', ...options });
}

/** Label/value pairs; both are data, shown as written (`plain`). */
export function factSet(facts: readonly { label: string; value: string }[], id?: string): FactSet {
  return {
    type: 'FactSet',
    ...(id ? { id } : {}),
    facts: facts.map((f) => ({ title: plain(f.label), value: plain(f.value) })),
  };
}

export function container(items: CardElement[], options: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...options };
}

export function actionSet(actions: CardAction[]): ActionSet {
  return { type: 'ActionSet', actions, spacing: 'Medium' };
}

/** A value cell is right-aligned when every body cell of its column starts like a number. */
const NUMERIC = /^[+\-−]?\d/;

/** The longest run a line cannot break: words, split at spaces and soft hyphens. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[\s\u00ad]+/).map((w) => w.length));
}

/**
 * Relative column width: about the pixels the column's longest unbreakable word needs (9 px a
 * character in bold, 20 px of cell padding), so on a phone every column is at least as wide as its
 * longest word and none is broken mid-word ("Defensi e", "ban en"); longer texts wrap between words.
 */
function columnWidth(texts: readonly string[]): number {
  return Math.max(2, ...texts.map(longestWord)) * 9 + 20;
}

/** Width of a card's content on a phone (360 px minus the card's padding). */
const NARROW_CARD_PX = 320;

/** The column widths `table` gives (about the pixels each column needs at least). */
export function columnWidths({ columns, rows }: Pick<TableInput, 'columns' | 'rows'>): number[] {
  return columns.map((name, c) => columnWidth([name, ...rows.map((r) => r[c] ?? '')].map(hyphenate)));
}

/** Whether the table fits a phone with no word broken: its columns' needs add up to the card's width. */
export function fitsNarrow(input: Pick<TableInput, 'columns' | 'rows' | 'widths'>): boolean {
  return (input.widths ?? columnWidths(input)).reduce((a, b) => a + b, 0) <= NARROW_CARD_PX;
}

export interface TableInput {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Column that names the row; its cells are bold. */
  headerColumn?: number;
  /** `columnWidths` of these columns and rows, when the caller has them already. */
  widths?: readonly number[];
}

/**
 * A 1.5 Table with a header row (`firstRowAsHeader`), bold row names and right-aligned numbers.
 * Cells are display strings: the table never formats anything itself.
 */
export function table({ columns, rows, headerColumn, widths }: TableInput, id?: string): Table {
  const cell = (text: string, bold: boolean): TableCell => ({
    type: 'TableCell',
    items: [textBlock(plain(hyphenate(text)), bold ? { weight: 'Bolder' } : {})],
  });
  const numeric = columns.map(
    (_, c) => c !== headerColumn && rows.length > 0 && rows.every((r) => NUMERIC.test(r[c] ?? '')),
  );
  return {
    type: 'Table',
    ...(id ? { id } : {}),
    columns: (widths ?? columnWidths({ columns, rows })).map((width, c) => ({
      width,
      ...(numeric[c] ? { horizontalCellContentAlignment: 'Right' as const } : {}),
    })),
    rows: [
      { type: 'TableRow', cells: columns.map((name) => cell(name, true)) },
      ...rows.map(
        (r): TableRow => ({
          type: 'TableRow',
          cells: columns.map((_, c) => cell(r[c] ?? '', c === headerColumn)),
        }),
      ),
    ],
    firstRowAsHeader: true,
    showGridLines: true,
    spacing: 'Small',
  };
}
