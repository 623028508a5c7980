// What a card shows, as data: display strings already formatted (nl-NL) plus raw numbers for
// charts. src/answers fills it; the builders in this folder render it. Cards never compute or
// format numbers themselves.
import type { Query } from '../nlu/index.js';

/** A follow-up button: a label and the typed query it sends back through the same pipeline. */
export interface FollowUp {
  title: string;
  query: Query;
}

export type ChartKind = 'line' | 'verticalBar' | 'horizontalBar' | 'gauge';

export interface ChartPoint {
  x: string;
  /** Raw number for the chart itself. */
  y: number;
  /**
   * Optional display string for this value, already formatted with its unit ("489 fta",
   * "68,4%"). When every point has one, the chart's fallback shows them as a FactSet;
   * otherwise the fallback shows `textEquivalent`.
   */
  label?: string;
}

export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

/** A gauge segment (an arc of the scale) with the words that say what it means. */
export interface GaugeSegment {
  size: number;
  legend: string;
}

export interface ChartView {
  kind: ChartKind;
  title: string;
  /** Unit of y values, e.g. "fta" or "%". */
  unit: string;
  series: ChartSeries[];
  /** For gauge: the maximum of the scale (e.g. 100 or 120). */
  max?: number;
  /** For gauge: the arcs of the scale, e.g. [{ size: 100, legend: 'Tot het doel' }, { size: 20, legend: 'Boven het doel' }]. */
  segments?: GaugeSegment[];
  /** For gauge: the value as words/display string under the needle, e.g. "68,4% van het doel". */
  valueLabel?: string;
  /** Full text equivalent of the chart, read by screen readers and shown where charts don't render. */
  textEquivalent: string;
}

export interface TableView {
  caption: string;
  columns: string[];
  /** Display strings, one per column. */
  rows: string[][];
  /** Index of the column that names the row (for accessibility: row headers). */
  headerColumn?: number;
}

/** Card kinds the card builders know. */
export type CardKind =
  | 'lookup'
  | 'gap'
  | 'change'
  | 'trend'
  | 'projection'
  | 'comparison'
  | 'ranking'
  | 'filter'
  | 'total'
  | 'inkoop'
  | 'context'
  | 'notes'
  | 'help'
  | 'welcome'
  | 'clarify'
  | 'error'
  | 'subscription'
  | 'digest';

export interface CardView {
  kind: CardKind;
  title: string;
  /** First sentence: the answer in brief. */
  summary: string;
  /** Label/value pairs (FactSet). Values already formatted: "489 fta", "68,4%". */
  facts?: { label: string; value: string }[];
  table?: TableView;
  chart?: ChartView;
  /** Paragraphs of explanation (notes, context). */
  paragraphs?: string[];
  /** Warnings the user must see: approximation, source conflict, extrapolation. */
  caveats?: string[];
  /** "Bron: Kamerstuk 34 352 nr. 348" (one line, several sources joined). */
  source?: string;
  /** Follow-up buttons. */
  actions?: FollowUp[];
  /**
   * "Andere sector…": a choice list of sectors; submitting sends `query` with its `sector`
   * (or `sectors`, for compare) replaced by the chosen id.
   */
  sectorPicker?: { label: string; options: { title: string; value: string }[]; query: Query };
  /**
   * Universal Actions refresh: Teams asks for the current card (an `adaptiveCard/action` invoke
   * with this verb and data) when someone opens it — automatically in conversations of up to 60
   * members, through "Kaart vernieuwen" in the message menu in larger ones.
   */
  refresh?: { verb: string; data: Record<string, unknown> };
}

/** Adaptive Card JSON (schema 1.5). */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; body: unknown[]; [key: string]: unknown };
