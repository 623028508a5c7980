// Charts, in ONE place: Teams' Chart.* element, its fallback (a Container with the same numbers
// as text, for clients without charts such as mobile) and the chart's text equivalent as a
// visible TextBlock (for screen readers and everyone else). The title is a TextBlock too, since
// not every host shows a chart's own `title`.
//
// Shapes follow the Teams chart schema (Chart.Line / Chart.VerticalBar /
// Chart.VerticalBar.Grouped / Chart.HorizontalBar / Chart.Gauge). Charts get raw numbers; all
// display strings come from the view.
import type { CardElement, ChartBase, ChartElement, Container, SeriesData, XY } from './card-json.js';
import { container, factSet, label, plain, textBlock } from './elements.js';
import type { ChartSeries, ChartView } from './view.js';

/** Element ids of a chart block; validate-card looks for the text equivalent by `textId`. */
export function chartIds(id: string): { chart: string; title: string; text: string } {
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
      factSet(view.series.flatMap((s) => s.points.map((p) => ({ label: `${s.name} ${p.x}`, value: p.label ?? '' })))),
    ]);
  }
  const many = view.series.length > 1;
  const items: CardElement[] = view.series.flatMap((s) => [
    ...(many ? [label(s.name, { spacing: 'Small' })] : []),
    factSet(s.points.map((p) => ({ label: p.x, value: p.label ?? '' }))),
  ]);
  return container(items);
}

/** The Chart.* element for a view (with its fallback), or undefined when there is nothing to draw. */
export function chartElement(view: ChartView, id: string): ChartElement | undefined {
  const base: ChartBase = { id, title: view.title, fallback: chartFallback(view) };
  const series = view.series.filter((s) => s.points.length > 0);
  const first = series[0];
  if (!first) return undefined;
  switch (view.kind) {
    case 'line':
      return { type: 'Chart.Line', ...base, yAxisTitle: view.unit, data: seriesData(series) };
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
        ? { type: 'Chart.VerticalBar', ...base, yAxisTitle: view.unit, showBarValues: true, data: points(first) }
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
 * visible TextBlock. Without data points only the title and text remain: nothing is lost.
 */
export function chartBlock(view: ChartView, id = 'chart'): CardElement[] {
  const ids = chartIds(id);
  const chart = chartElement(view, ids.chart);
  return [
    label(view.title, { id: ids.title }),
    ...(chart ? [chart] : []),
    textBlock(plain(view.textEquivalent), { id: ids.text, spacing: 'Small' }),
  ];
}
