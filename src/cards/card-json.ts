// The Adaptive Card 1.5 vocabulary banenbot emits, as types only (plus Teams' Chart.* elements
// and the msteams hint on submit buttons). The builders in this folder return these shapes.

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
 * Teams' hint for a submit button: `messageBack` with `displayText` echoes the button title in
 * the chat as the user's turn, so the conversation reads naturally. Teams merges the other
 * `data` keys into `activity.value`; `text` is left out on purpose so the bot routes on `value`.
 */
export interface TeamsSubmitHint {
  type: 'messageBack';
  displayText: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown> & { msteams?: TeamsSubmitHint };
  associatedInputs?: 'auto' | 'none';
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions: CardAction[] };
}

export type CardAction = SubmitAction | ShowCardAction;

export type CardElement = TextBlock | FactSet | Table | Container | ActionSet | ChoiceSetInput | ChartElement;
