// Charts, in ONE place: Teams' Chart.* element, its fallback (a Container with the same numbers
// as text, for clients without charts such as mobile) and the chart's text equivalent as a
// visible TextBlock (for screen readers and everyone else). The title is a TextBlock too, since
// not every host shows a chart's own `title`.
//
// Shapes follow the Teams chart schema (Chart.Line / Chart.VerticalBar /
// Chart.VerticalBar.Grouped / Chart.HorizontalBar / Chart.Gauge). Charts get raw numbers; all
// display strings come from the view.

import { concatMap } from '../domain/arrays.js';
import type { CardElement, ChartBase, ChartElement, Container, SeriesData, XY } from './card-json.js';
import { container, factSet, label, plain, textBlock } from './elements.js';
import type { ChartSeries, ChartView } from './view.js';

/** Element ids of a chart block; validate-card looks for the text equivalent by `textId`. */
function chartIds(id: string): { chart: string; title: string; text: string } {
  return { chart: id, title: `${id}-title`, text: `${id}-text` };
}

const points = (s: ChartSeries): XY[] => s.points.map((p) => ({ x: p.x, y: p.y }));
const seriesData = (series: readonly ChartSeries[]): SeriesData[] =>
  series.map((s) => ({ legend: s.name, values: points(s) }));

/**
 * What a client without charts shows instead: the display strings per point when the view gives
 * them for every point (one FactSet per series), otherwise the full text equivalent.
 */
export function chartFallback(view: ChartView): Container {
  const labelled = view.series.length > 0 && view.series.every((s) => s.points.every((p) => p.label !== undefined));
  if (!labelled) return container([textBlock(plain(view.textEquivalent))]);
  if (view.kind === 'gauge') {
    // One value on a scale: name it after the series ("Realisatiepercentage 2024: 68,4%").
    return container([
      factSet(
        concatMap(view.series, (s) => s.points.map((p) => ({ label: `${s.name} ${p.x}`, value: p.label ?? '' }))),
      ),
    ]);
  }
  const many = view.series.length > 1;
  const items: CardElement[] = concatMap(view.series, (s) => [
    ...(many ? [label(s.name, { spacing: 'Small' })] : []),
    factSet(s.points.map((p) => ({ label: p.x, value: p.label ?? '' }))),
  ]);
  return container(items);
}

// What Teams' chart renderer prints itself (read from the Agents Playground's renderer and checked
// in its screenshots): axis ticks and bar values in English notation ("68.4", "122.5", "1.3k"), a
// gauge's value as "120.40". Only whole numbers below 1.000 read the same in Dutch, so a chart is
// drawn only when every number the renderer would print is one; otherwise the chart is left out and
// its title and text equivalent (with every number in Dutch notation) carry it.

/** The renderer rounds an axis maximum up to a step of a tenth of its order of magnitude (489 → 490, 5.078 → 5.100). */
function roundedAxisMax(max: number): number {
  let step = 0.001;
  for (let t = 1e4; t >= 0.001; t /= 10) {
    if (max >= t) {
      step = t / 10;
      break;
    }
  }
  return Math.ceil(max / step) * step;
}

/** Ticks from 0 to `max` in `intervals` equal steps. */
function ticks(max: number, intervals: number): number[] {
  return Array.from({ length: intervals + 1 }, (_, i) => (max * i) / intervals);
}

/** A y-axis maximum whose four tick steps are whole numbers: 595,4 → 800 (0, 200, 400, 600, 800). */
export function wholeTickMax(max: number): number {
  if (max <= 0) return 4;
  // The roundest such maximum, unless a finer step keeps it below 1.000 (899 → 920, not 1.200).
  let magnitude = 10 ** Math.max(0, Math.floor(Math.log10(max / 4)));
  let best = Math.ceil(max / (4 * magnitude)) * 4 * magnitude;
  while (best >= 1000 && magnitude > 1) {
    magnitude /= 10;
    best = Math.ceil(max / (4 * magnitude)) * 4 * magnitude;
  }
  return best;
}

/** Whether a number the renderer prints reads the same in Dutch: a whole number below 1.000. */
export function readsTheSameInDutch(n: number): boolean {
  return Number.isInteger(Math.round(n * 1e9) / 1e9) && Math.abs(n) < 1000;
}

/** Every number the chart renderer would print for this element (ticks, shown values, gauge value and scale). */
export function printedNumbers(chart: ChartElement): number[] {
  switch (chart.type) {
    case 'Chart.Gauge':
      return [chart.value, ...(chart.showMinMax ? [chart.min, chart.max] : [])];
    case 'Chart.Line':
      return ticks(
        chart.yMax ?? roundedAxisMax(Math.max(...concatMap(chart.data, (s) => s.values.map((v) => v.y)))),
        4,
      );
    case 'Chart.VerticalBar': {
      const ys = chart.data.map((d) => d.y);
      return [...ticks(roundedAxisMax(Math.max(...ys)), 4), ...(chart.showBarValues ? ys : [])];
    }
    case 'Chart.VerticalBar.Grouped':
      return ticks(roundedAxisMax(Math.max(...concatMap(chart.data, (s) => s.values.map((v) => v.y)))), 4);
    case 'Chart.HorizontalBar':
      return ticks(roundedAxisMax(Math.max(...chart.data.map((d) => d.y))), 6);
  }
}

/** At a phone's width: categories a vertical chart can label in full, and the longest label. */
const NARROW_CATEGORIES = 5;
const NARROW_LABEL_CHARS = 10;
/** Horizontal bars label each bar on the left, where about this many characters fit. */
const NARROW_BAR_LABEL_CHARS = 22;

/** Whether every label fits a phone's width unshortened (the renderer cuts long ones to "R…"). */
export function labelsFit(chart: ChartElement): boolean {
  switch (chart.type) {
    case 'Chart.Gauge':
      return true;
    case 'Chart.HorizontalBar':
      return chart.data.every((d) => d.x.length <= NARROW_BAR_LABEL_CHARS);
    case 'Chart.VerticalBar':
      return chart.data.length <= NARROW_CATEGORIES && chart.data.every((d) => d.x.length <= NARROW_LABEL_CHARS);
    case 'Chart.VerticalBar.Grouped':
    case 'Chart.Line': {
      const xs = [...new Set(concatMap(chart.data, (s) => s.values.map((v) => v.x)))];
      return xs.length <= NARROW_CATEGORIES && xs.every((x) => x.length <= NARROW_LABEL_CHARS);
    }
  }
}

/** Whether the chart reads right on a phone: labels in full and only numbers that read the same in Dutch. */
export function drawable(chart: ChartElement): boolean {
  return labelsFit(chart) && printedNumbers(chart).every(readsTheSameInDutch);
}

/** The Chart.* element for a view (with its fallback), or undefined when there is nothing to draw. */
export function chartElement(view: ChartView, id: string): ChartElement | undefined {
  const base: ChartBase = { id, title: view.title, fallback: chartFallback(view) };
  const series = view.series.filter((s) => s.points.length > 0);
  const first = series[0];
  if (!first) return undefined;
  switch (view.kind) {
    case 'line': {
      const max = Math.max(...concatMap(series, (s) => s.points.map((p) => p.y)));
      return {
        type: 'Chart.Line',
        ...base,
        yAxisTitle: view.unit,
        yMin: 0,
        yMax: wholeTickMax(max),
        data: seriesData(series),
      };
    }
    case 'verticalBar':
    case 'horizontalBar':
      if (series.length > 1) {
        return {
          type: 'Chart.VerticalBar.Grouped',
          ...base,
          yAxisTitle: view.unit,
          showBarValues: true,
          data: seriesData(series),
        };
      }
      return view.kind === 'verticalBar'
        ? {
            type: 'Chart.VerticalBar',
            ...base,
            yAxisTitle: view.unit,
            // Values on the bars only when they read the same in Dutch (whole numbers below 1.000).
            showBarValues: first.points.every((p) => readsTheSameInDutch(p.y)),
            data: points(first),
          }
        : { type: 'Chart.HorizontalBar', ...base, displayMode: 'AbsoluteWithAxis', data: points(first) };
    case 'gauge': {
      const point = first.points[0]!;
      const max = view.max ?? 100;
      const subLabel = view.valueLabel ?? point.label;
      return {
        type: 'Chart.Gauge',
        ...base,
        value: point.y,
        min: 0,
        max,
        // Teams computes "Percentage" as value/max; only right when the scale is 0–100 %.
        valueFormat: view.unit === '%' && max === 100 ? 'Percentage' : 'Fraction',
        ...(subLabel ? { subLabel } : {}),
        showMinMax: true,
        showLegend: true,
        segments: (view.segments?.length ? view.segments : [{ size: max, legend: first.name }]).map((s) => ({
          size: s.size,
          legend: s.legend,
        })),
      };
    }
  }
}

/**
 * The chart block: title (TextBlock), the chart with its fallback, and the text equivalent as a
 * visible TextBlock. Without data points, or when the chart would not read right on a phone
 * (see `drawable`), only the title and text remain: nothing is lost.
 */
export function chartBlock(view: ChartView, id = 'chart'): CardElement[] {
  const ids = chartIds(id);
  const element = chartElement(view, ids.chart);
  const chart = element && drawable(element) ? element : undefined;
  return [
    label(view.title, { id: ids.title }),
    ...(chart ? [chart] : []),
    textBlock(plain(view.textEquivalent), { id: ids.text, spacing: 'Small' }),
  ];
}
