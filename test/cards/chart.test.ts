// Charts: the right Teams element per kind, raw numbers in, display strings only from the view,
// and nothing lost for clients without charts (fallback) or screen readers (text equivalent).
import { describe, expect, it } from 'vitest';
import { drawable, labelsFit, printedNumbers, readsTheSameInDutch, wholeTickMax } from '../../src/cards/chart.js';
import { chartBlock, chartElement, chartFallback } from '../../src/cards/index.js';
import type { ChartView } from '../../src/cards/view.js';

const bars: ChartView = {
  kind: 'verticalBar',
  title: 'Realisatie politie per jaar',
  unit: 'fta',
  series: [
    {
      name: 'Realisatie',
      points: [
        { x: '2023', y: 387, label: '387 fta' },
        { x: '2024', y: 489, label: '489 fta' },
      ],
    },
  ],
  textEquivalent: 'Staafdiagram: 387 fta in 2023 en 489 fta in 2024.',
};

describe('chartElement', () => {
  it('vertical bar: one series as x/y points, bar values shown, unit on the y axis', () => {
    expect(chartElement(bars, 'c')).toMatchObject({
      type: 'Chart.VerticalBar',
      id: 'c',
      title: 'Realisatie politie per jaar',
      yAxisTitle: 'fta',
      showBarValues: true,
      data: [
        { x: '2023', y: 387 },
        { x: '2024', y: 489 },
      ],
    });
  });

  it('horizontal bar with one series; several series become a grouped vertical bar with legends', () => {
    expect(chartElement({ ...bars, kind: 'horizontalBar' }, 'c')).toMatchObject({
      type: 'Chart.HorizontalBar',
      data: [
        { x: '2023', y: 387 },
        { x: '2024', y: 489 },
      ],
    });
    const two: ChartView = {
      ...bars,
      kind: 'horizontalBar',
      series: [
        ...bars.series,
        {
          name: 'Doel',
          points: [
            { x: '2023', y: 713 },
            { x: '2024', y: 713 },
          ],
        },
      ],
    };
    expect(chartElement(two, 'c')).toMatchObject({
      type: 'Chart.VerticalBar.Grouped',
      data: [
        {
          legend: 'Realisatie',
          values: [
            { x: '2023', y: 387 },
            { x: '2024', y: 489 },
          ],
        },
        {
          legend: 'Doel',
          values: [
            { x: '2023', y: 713 },
            { x: '2024', y: 713 },
          ],
        },
      ],
    });
  });

  it('gauge on a 0–120 scale: Fraction (Percentage would show value/max), segments with words', () => {
    const gauge: ChartView = {
      kind: 'gauge',
      title: 'Gemeenten',
      unit: '%',
      max: 120,
      segments: [
        { size: 100, legend: 'Tot het doel' },
        { size: 20, legend: 'Boven het doel' },
      ],
      series: [{ name: 'Realisatiepercentage', points: [{ x: '2024', y: 109.2, label: '109,2%' }] }],
      textEquivalent: 'Meter: gemeenten op 109,2% van het doel.',
    };
    expect(chartElement(gauge, 'g')).toMatchObject({
      type: 'Chart.Gauge',
      value: 109.2,
      min: 0,
      max: 120,
      valueFormat: 'Fraction',
      subLabel: '109,2%',
      showLegend: true,
      segments: [
        { size: 100, legend: 'Tot het doel' },
        { size: 20, legend: 'Boven het doel' },
      ],
    });
  });

  it('no points: no chart element', () => {
    expect(chartElement({ ...bars, series: [{ name: 'Leeg', points: [] }] }, 'c')).toBeUndefined();
  });
});

describe('chartFallback', () => {
  it('shows the display strings per point when every point has one', () => {
    expect(chartFallback(bars)).toEqual({
      type: 'Container',
      items: [
        {
          type: 'FactSet',
          facts: [
            { title: '2023', value: '387 fta' },
            { title: '2024', value: '489 fta' },
          ],
        },
      ],
    });
  });

  it('names each series when there are several', () => {
    const two: ChartView = {
      ...bars,
      series: [...bars.series, { name: 'Doel', points: [{ x: '2024', y: 713, label: '713 fta' }] }],
    };
    const items = chartFallback(two).items as { type: string; text?: string }[];
    expect(items.map((i) => i.type)).toEqual(['TextBlock', 'FactSet', 'TextBlock', 'FactSet']);
    expect(items[2]!.text).toBe('Doel');
  });

  it('uses the text equivalent when a point has no display string (cards never format numbers)', () => {
    const raw: ChartView = { ...bars, series: [{ name: 'R', points: [{ x: '2024', y: 489 }] }] };
    expect(chartFallback(raw)).toEqual({
      type: 'Container',
      items: [{ type: 'TextBlock', text: bars.textEquivalent, wrap: true }],
    });
  });
});

describe('chartBlock', () => {
  const safe: ChartView = {
    ...bars,
    series: [
      {
        name: 'Realisatie',
        points: [
          { x: '2023', y: 40, label: '40 fta' },
          { x: '2024', y: 80, label: '80 fta' },
        ],
      },
    ],
  };

  it('title TextBlock, chart, then the text equivalent as a visible TextBlock', () => {
    const block = chartBlock(safe);
    expect(block.map((e) => e.type)).toEqual(['TextBlock', 'Chart.VerticalBar', 'TextBlock']);
    expect(block[0]).toMatchObject({ id: 'chart-title', text: 'Realisatie politie per jaar' });
    expect(block[2]).toMatchObject({ id: 'chart-text', text: 'Staafdiagram: 387 fta in 2023 en 489 fta in 2024.' });
  });
});

describe('gauge fallback', () => {
  it('names the value after its series', () => {
    const gauge: ChartView = {
      kind: 'gauge',
      title: 'Politie',
      unit: '%',
      max: 100,
      series: [{ name: 'Realisatiepercentage', points: [{ x: '2024', y: 68.4, label: '68,4%' }] }],
      textEquivalent: 'Meter: 68,4%.',
    };
    expect(chartFallback(gauge).items).toEqual([
      { type: 'FactSet', facts: [{ title: 'Realisatiepercentage 2024', value: '68,4%' }] },
    ]);
  });
});

describe('numbers the chart renderer prints itself (English notation) never reach a Dutch reader', () => {
  it('a chart whose axis or values would print a decimal point or "k" is left out; title and text stay', () => {
    // 387 and 489: the renderer's axis is 0, 122.5, 245, 367.5, 490 (and the bar values 387, 489).
    expect(printedNumbers(chartElement(bars, 'c')!)).toEqual([0, 122.5, 245, 367.5, 490, 387, 489]);
    expect(chartBlock(bars).map((e) => e.type)).toEqual(['TextBlock', 'TextBlock']);
    // 5.078 fta: ticks of 1.275 print as "1.3k".
    const big: ChartView = { ...bars, series: [{ name: 'R', points: [{ x: '2024', y: 5078 }] }] };
    expect(drawable(chartElement(big, 'c')!)).toBe(false);
  });

  it('whole numbers below 1.000 read the same; a line gets a y axis with whole ticks', () => {
    expect([0, 20, 489, 999].every(readsTheSameInDutch)).toBe(true);
    expect([68.4, 122.5, 1000, 5078].some(readsTheSameInDutch)).toBe(false);
    expect(wholeTickMax(595.4)).toBe(800);
    expect(wholeTickMax(899)).toBe(920);
    expect(wholeTickMax(68.4)).toBe(80);
    const line = chartElement({ ...bars, kind: 'line' }, 'l')!;
    expect(line).toMatchObject({ type: 'Chart.Line', yMin: 0, yMax: 800 });
    expect(printedNumbers(line)).toEqual([0, 200, 400, 600, 800]);
    expect(drawable(line)).toBe(true);
  });

  it('a gauge above 100% marks the goal: its scale is split at 100 (goal) and the rest (above the goal)', () => {
    const gauge = chartElement(
      {
        kind: 'gauge',
        title: 'Realisatiepercentage provincies 2020',
        unit: '%',
        max: 110,
        segments: [
          { size: 100, legend: 'Tot het doel (100%)' },
          { size: 10, legend: 'Boven het doel' },
        ],
        series: [{ name: 'Realisatiepercentage', points: [{ x: '2020', y: 103, label: '103%' }] }],
        valueLabel: '103% van het doel',
        textEquivalent: 'Provincies 2020: 103% van het doel.',
      },
      'g',
    )!;
    expect(gauge).toMatchObject({ value: 103, max: 110, valueFormat: 'Fraction', subLabel: '103% van het doel' });
    expect((gauge as { segments: unknown }).segments).toEqual([
      { size: 100, legend: 'Tot het doel (100%)' },
      { size: 10, legend: 'Boven het doel' },
    ]);
    expect(drawable(gauge)).toBe(true);
    expect(drawable({ ...gauge, value: 120.4 } as typeof gauge)).toBe(false);
  });

  it('labels must fit a phone: thirteen sectors side by side in vertical bars are not drawn', () => {
    const many: ChartView = {
      ...bars,
      series: [{ name: 'R', points: Array.from({ length: 13 }, (_, i) => ({ x: `Sector ${i}`, y: 20 * i })) }],
    };
    expect(labelsFit(chartElement(many, 'c')!)).toBe(false);
    expect(labelsFit(chartElement({ ...many, kind: 'horizontalBar' }, 'c')!)).toBe(true);
  });
});
