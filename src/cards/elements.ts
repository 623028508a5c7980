// Typed Adaptive Card 1.5 building blocks (the subset Teams renders and banenbot uses):
// TextBlock, FactSet, Table, Container, ActionSet. Small functions that return plain JSON, so a
// card is assembled from typed parts instead of string templates.
import type {
  ActionSet, CardAction, CardElement, Container, FactSet, Table, TableCell, TableRow, TextBlock, TextSize,
} from './card-json.js';

export type { CardElement } from './card-json.js';

type TextOptions = Omit<TextBlock, 'type' | 'text' | 'wrap'>;

/** A wrapping TextBlock. */
export function textBlock(text: string, options: TextOptions = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A heading: `style: 'heading'` so screen readers announce it as one. */
export function heading(text: string, size: TextSize = 'Large'): TextBlock {
  return textBlock(text, { style: 'heading', size, weight: 'Bolder' });
}

/** A bold label above a block (table caption, chart title); not a heading, to keep one heading level. */
export function label(text: string, options: TextOptions = {}): TextBlock {
  return textBlock(text, { weight: 'Bolder', spacing: 'Medium', ...options });
}

export function factSet(facts: readonly { label: string; value: string }[], id?: string): FactSet {
  return { type: 'FactSet', ...(id ? { id } : {}), facts: facts.map((f) => ({ title: f.label, value: f.value })) };
}

export function container(items: CardElement[], options: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...options };
}

export function actionSet(actions: CardAction[]): ActionSet {
  return { type: 'ActionSet', actions, spacing: 'Medium' };
}

/** A value cell is right-aligned when every body cell of its column starts like a number. */
const NUMERIC = /^[+\-−]?\d/;

export interface TableInput {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Column that names the row; its cells are bold. */
  headerColumn?: number;
}

/**
 * A 1.5 Table with a header row (`firstRowAsHeader`), bold row names and right-aligned numbers.
 * Cells are display strings: the table never formats anything itself.
 */
export function table({ columns, rows, headerColumn }: TableInput, id?: string): Table {
  const cell = (text: string, bold: boolean): TableCell => ({
    type: 'TableCell',
    items: [textBlock(text, bold ? { weight: 'Bolder' } : {})],
  });
  const numeric = columns.map((_, c) => c !== headerColumn && rows.length > 0 && rows.every((r) => NUMERIC.test(r[c] ?? '')));
  return {
    type: 'Table',
    ...(id ? { id } : {}),
    columns: columns.map((_, c) => ({
      width: c === headerColumn ? 2 : 1,
      ...(numeric[c] ? { horizontalCellContentAlignment: 'Right' as const } : {}),
    })),
    rows: [
      { type: 'TableRow', cells: columns.map((name) => cell(name, true)) },
      ...rows.map((r): TableRow => ({
        type: 'TableRow',
        cells: columns.map((_, c) => cell(r[c] ?? '', c === headerColumn)),
      })),
    ],
    firstRowAsHeader: true,
    showGridLines: true,
    spacing: 'Small',
  };
}
