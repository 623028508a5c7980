// How one sector-year reads: the figures as card facts, a one-line summary and a gauge chart.
import type { ChartView } from '../cards/index.js';
import { realisationPercentage } from '../domain/compute.js';
import type { Quantity, YearRow } from '../domain/figures.js';
import { valueText } from './wording.js';

/** The row's core quantities in reading order (percentage possibly computed). */
export function rowQuantities(row: YearRow): Quantity[] {
  const pct = realisationPercentage(row);
  return [row.realisatie, row.doel, pct].filter((q): q is Quantity => q !== undefined);
}

/** Card facts: Realisatie, Doel, Realisatiepercentage (marked when computed). */
export function rowFacts(row: YearRow): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (row.realisatie) out.push({ label: 'Realisatie', value: valueText(row.realisatie) });
  if (row.doel) out.push({ label: 'Doel', value: valueText(row.doel) });
  const pct = realisationPercentage(row);
  if (pct)
    out.push({ label: pct.how ? 'Realisatiepercentage (berekend)' : 'Realisatiepercentage', value: valueText(pct) });
  return out;
}

/** "489 fta van een doel van 713 fta (68,4%)", with whatever the row has. */
export function rowPhrase(row: YearRow): string {
  const pct = realisationPercentage(row);
  const parts: string[] = [];
  if (row.realisatie && row.doel) parts.push(`${valueText(row.realisatie)} van een doel van ${valueText(row.doel)}`);
  else if (row.realisatie) parts.push(`realisatie ${valueText(row.realisatie)}`);
  else if (row.doel) parts.push(`doel ${valueText(row.doel)}`);
  if (pct) return parts.length ? `${parts[0]} (${valueText(pct)})` : `realisatiepercentage ${valueText(pct)}`;
  return parts[0] ?? 'geen cijfers';
}

/** A gauge of the realisatiepercentage, with the same numbers as text. */
export function gaugeChart(title: string, row: YearRow, textEquivalent: string): ChartView | undefined {
  const pct = realisationPercentage(row);
  if (!pct) return undefined;
  const max = Math.max(100, Math.ceil(pct.value / 10) * 10);
  return {
    kind: 'gauge',
    title,
    unit: '%',
    series: [{ name: 'Realisatiepercentage', points: [{ x: String(row.year), y: pct.value, label: valueText(pct) }] }],
    max,
    // Above the goal the scale runs past 100%: the arc up to 100% is the goal, so it shows as a mark.
    ...(max > 100
      ? {
          segments: [
            { size: 100, legend: 'Tot het doel (100%)' },
            { size: max - 100, legend: 'Boven het doel' },
          ],
        }
      : {}),
    valueLabel: `${valueText(pct)} van het doel`,
    textEquivalent,
  };
}
