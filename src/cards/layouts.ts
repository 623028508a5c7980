// Card layouts as ONE table: which sections a kind shows under its heading, in order. A section
// is one CardView field rendered by sections.ts (summary, caveats, facts, table, chart, …); the
// few composite ones (a greeting or message in a container, suggestions as buttons in the body,
// the extremes of a ranking in words) are defined here beside the table.
import { cardActions } from './actions.js';
import { actionSet, type CardElement, container, plain, textBlock } from './elements.js';
import {
  caveatsSection,
  chartSection,
  factsSection,
  type Limits,
  paragraphsSection,
  sourceSection,
  summarySection,
  tableSection,
} from './sections.js';
import type { CardKind, CardView, TableView } from './view.js';

/** The parts a card body is made of. */
export type Section =
  | 'summary'
  | 'caveats'
  | 'facts'
  | 'table'
  | 'chart'
  | 'paragraphs'
  | 'source'
  /** Ranking: the first and last of the list named in words (never position or colour alone). */
  | 'extremes'
  /** Welcome: summary and paragraphs together in an emphasis container. */
  | 'greeting'
  /** Error and question back: summary and paragraphs in an attention (error) or emphasis container. */
  | 'message'
  /** Buttons right under the message instead of at the card's foot. */
  | 'suggestions';

/** "Bovenaan: politie. Onderaan: primair onderwijs." from the row-name column of the full list. */
function extremesLine(table: TableView | undefined): CardElement[] {
  if (!table || table.rows.length < 2) return [];
  const col = table.headerColumn ?? 0;
  const top = table.rows[0]?.[col];
  const bottom = table.rows[table.rows.length - 1]?.[col];
  if (!top || !bottom) return [];
  return [
    textBlock(`Bovenaan in deze lijst: **${plain(top)}**. Onderaan: **${plain(bottom)}**.`, { spacing: 'Small' }),
  ];
}

const render: Record<Section, (view: CardView, limits: Limits) => CardElement[]> = {
  summary: summarySection,
  caveats: caveatsSection,
  facts: factsSection,
  table: (view, limits) => tableSection(view.table, limits),
  chart: chartSection,
  paragraphs: paragraphsSection,
  source: sourceSection,
  extremes: (view) => extremesLine(view.table),
  greeting: (view) => [
    container([...summarySection(view), ...paragraphsSection(view)], { style: 'emphasis', spacing: 'Small' }),
  ],
  message: (view) => [
    container([...summarySection(view), ...paragraphsSection(view)], {
      style: view.kind === 'error' ? 'attention' : 'emphasis',
      spacing: 'Small',
    }),
  ],
  suggestions: (view) => {
    const actions = cardActions(view.actions, view.sectorPicker);
    return actions.length ? [actionSet(actions)] : [];
  },
};

/** The default order: the answer, the warnings, the figures, then table, chart, explanation and source. */
const STANDARD: Section[] = ['summary', 'caveats', 'facts', 'table', 'chart', 'paragraphs', 'source'];
/** Trends: the line over the years first, then the key figures and the year table. */
const TREND: Section[] = ['summary', 'caveats', 'chart', 'facts', 'table', 'paragraphs', 'source'];
/** Comparisons and filters: the table is the answer, so it comes first, then its chart. */
const COMPARISON: Section[] = ['summary', 'caveats', 'table', 'chart', 'facts', 'paragraphs', 'source'];
/** Errors and questions back: the message, the suggestions as buttons right under it, the rest. */
const MESSAGE: Section[] = ['message', 'suggestions', 'facts', 'caveats', 'source'];

const layouts: Record<CardKind, readonly Section[]> = {
  lookup: STANDARD,
  gap: STANDARD,
  change: STANDARD,
  total: STANDARD,
  inkoop: STANDARD,
  context: STANDARD,
  notes: STANDARD,
  subscription: STANDARD,
  trend: TREND,
  projection: TREND,
  comparison: COMPARISON,
  filter: COMPARISON,
  ranking: ['summary', 'caveats', 'table', 'extremes', 'chart', 'facts', 'paragraphs', 'source'],
  help: ['summary', 'paragraphs', 'facts', 'caveats', 'source'],
  welcome: ['greeting', 'facts', 'source'],
  clarify: MESSAGE,
  error: MESSAGE,
  // The channel digest: the operator's announcement first, the warnings after the figures.
  digest: ['paragraphs', 'summary', 'table', 'chart', 'facts', 'caveats', 'source'],
};

/** The sections of a kind; an unknown kind (data from outside) gets the standard layout. */
function layoutFor(kind: CardKind): readonly Section[] {
  return Object.hasOwn(layouts, kind) ? layouts[kind] : STANDARD;
}

/** The card body under the heading, section by section. */
export function layoutBody(view: CardView, limits: Limits): CardElement[] {
  const body: CardElement[] = [];
  for (const section of layoutFor(view.kind)) for (const element of render[section](view, limits)) body.push(element);
  return body;
}

/** True when the layout places the buttons in its body (no card-level actions then). */
export function actionsInBody(kind: CardKind): boolean {
  return layoutFor(kind).includes('suggestions');
}
