// The Adaptive Card 1.5 vocabulary banenbot emits, as types only (plus Teams' Chart.* elements
// and Universal Actions: Action.Execute and refresh). The builders in this folder return these shapes.

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
/** Container styles. `good`/`attention`/`warning` only ever go with words that say the same. */
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  id?: string;
  style?: 'default' | 'heading';
  size?: TextSize;
  weight?: 'Lighter' | 'Default' | 'Bolder';
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  id?: string;
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}

export interface TableCell {
  type: 'TableCell';
  items: CardElement[];
}

export interface TableRow {
  type: 'TableRow';
  cells: TableCell[];
  style?: ContainerStyle;
}

export interface Table {
  type: 'Table';
  id?: string;
  columns: { width: number; horizontalCellContentAlignment?: 'Left' | 'Center' | 'Right' }[];
  rows: TableRow[];
  firstRowAsHeader: true;
  showGridLines: boolean;
  gridStyle?: ContainerStyle;
  spacing?: Spacing;
}

export interface Container {
  type: 'Container';
  id?: string;
  items: CardElement[];
  style?: ContainerStyle;
  spacing?: Spacing;
  separator?: boolean;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export interface ChartBase {
  id: string;
  title: string;
  fallback: Container;
}

export interface XY {
  x: string;
  y: number;
}

export interface SeriesData {
  legend: string;
  values: XY[];
}

export interface LineChart extends ChartBase {
  type: 'Chart.Line';
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** The y axis range; set so the renderer's tick labels are whole numbers. */
  yMin?: number;
  yMax?: number;
  data: SeriesData[];
}

export interface VerticalBarChart extends ChartBase {
  type: 'Chart.VerticalBar';
  yAxisTitle?: string;
  showBarValues: boolean;
  data: XY[];
}

export interface GroupedVerticalBarChart extends ChartBase {
  type: 'Chart.VerticalBar.Grouped';
  yAxisTitle?: string;
  showBarValues: boolean;
  data: SeriesData[];
}

export interface HorizontalBarChart extends ChartBase {
  type: 'Chart.HorizontalBar';
  displayMode: 'AbsoluteWithAxis';
  data: XY[];
}

export interface GaugeChart extends ChartBase {
  type: 'Chart.Gauge';
  value: number;
  min: number;
  max: number;
  valueFormat: 'Percentage' | 'Fraction';
  subLabel?: string;
  showMinMax: boolean;
  showLegend: boolean;
  segments: { size: number; legend: string }[];
}

export type ChartElement = LineChart | VerticalBarChart | GroupedVerticalBarChart | HorizontalBarChart | GaugeChart;

// Inputs

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  style: 'compact' | 'expanded';
  isRequired: boolean;
  errorMessage?: string;
}

// Actions

/**
 * A button that asks the bot (Universal Actions): Teams sends an `adaptiveCard/action` invoke
 * with `value.action.{verb,data}` and shows the card the bot answers with in place of this one,
 * for the user who pressed it. `verb` names the handler; `data` carries the typed query.
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions: CardAction[] };
}

export type CardAction = ExecuteAction | ShowCardAction;

export type CardElement = TextBlock | FactSet | Table | Container | ActionSet | ChoiceSetInput | ChartElement;
