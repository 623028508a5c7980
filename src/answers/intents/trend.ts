// "ontwikkeling rijk 2019-2024": the series per year. Where the unit changes (banen in older
// letters, fta in recent ones) the answer says so and never draws both units on one axis.
import type { ChartView } from '../../cards/index.js';
import { concatMap } from '../../domain/arrays.js';
import { trend as computeTrend, realisationPercentage } from '../../domain/compute.js';
import type { Quantity } from '../../domain/figures.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorFollowUps, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { valueText, yearText } from '../wording.js';

export function trend(kit: AnswerKit, query: QueryOf<'trend'>): Draft {
  const name = kit.name(query.sector);
  const all = kit.figures.years(query.sector);
  let [from, to] = [query.from, query.to];
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const years = all.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to));
  if (!years.length) {
    const line = all.length
      ? `Voor ${kit.subject(query.sector)} heb ik geen cijfers in die periode. Er zijn cijfers over ${all.join(', ')}.`
      : `Voor ${kit.subject(query.sector)} heb ik geen cijfers.`;
    return {
      lines: [line],
      quantities: [],
      speak: line,
      view: {
        kind: 'error',
        title: `Ontwikkeling ${name}`,
        summary: line,
        sectorPicker: sectorPicker(kit, query, query.sector),
      },
    };
  }
  const result = computeTrend(years.map((y) => kit.figures.row(query.sector, y)));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = first === last ? `${first}` : `${first}–${last}`;
  const summary =
    years.length === 1
      ? `Voor ${kit.subject(query.sector)} zijn er alleen cijfers over ${yearText(first, result.rows[0]?.realisatie?.period)}: ${rowPhrase(result.rows[0]!)}.`
      : `Ontwikkeling ${kit.inSentence(query.sector)} ${span}:`;
  const lines = [summary];
  if (years.length > 1) for (const r of result.rows) lines.push(`${r.year}: ${rowPhrase(r)}`);
  const caveats: string[] = [];
  result.segments.forEach((segment, i) => {
    const before = result.segments[i - 1];
    if (!before) return;
    caveats.push(
      `Let op: tot en met ${before.years.at(-1)} tellen de bronnen in ${before.unit}, vanaf ${segment.years[0]} in ${segment.unit}. Die aantallen zijn niet rechtstreeks vergelijkbaar; het percentage van het doel wel.`,
    );
  });
  const quantities = concatMap(result.rows, rowQuantities);
  const chart = trendChart(kit, query.sector, result.rows, result.segments.length > 1);
  return {
    lines,
    quantities,
    caveats,
    speak: years.length === 1 ? summary : `${summary} ${lines.slice(1).join('. ')}.`,
    view: {
      kind: 'trend',
      title: `Ontwikkeling ${name} · ${span}`,
      summary:
        years.length === 1 ? summary : `Ontwikkeling van de realisatie van ${kit.subject(query.sector)} over ${span}.`,
      table: {
        caption: `Doel, realisatie en realisatiepercentage ${name} per jaar`,
        columns: ['Jaar', 'Realisatie', 'Doel', '%'],
        rows: result.rows.map((r) => {
          const p = realisationPercentage(r);
          return [
            String(r.year),
            r.realisatie ? valueText(r.realisatie) : '–',
            r.doel ? valueText(r.doel) : '–',
            p ? valueText(p) : '–',
          ];
        }),
        headerColumn: 0,
      },
      ...(chart ? { chart } : {}),
      actions: sectorFollowUps(kit, query.sector, last, 'trend'),
      sectorPicker: sectorPicker(kit, query, query.sector),
    },
  };
}

function trendChart(
  kit: AnswerKit,
  sector: QueryOf<'trend'>['sector'],
  rows: ReturnType<typeof computeTrend>['rows'],
  unitChanges: boolean,
): ChartView | undefined {
  if (rows.length < 2) return undefined;
  const short = kit.shortName(sector);
  if (unitChanges) {
    const points = rows
      .map((r) => [r.year, realisationPercentage(r)] as const)
      .filter((p): p is readonly [number, Quantity] => p[1] !== undefined);
    if (points.length < 2) return undefined;
    return {
      kind: 'line',
      title: `Realisatiepercentage ${short} per jaar`,
      unit: '%',
      series: [
        {
          name: 'Realisatiepercentage',
          points: points.map(([y, q]) => ({ x: String(y), y: q.value, label: valueText(q) })),
        },
      ],
      textEquivalent: `Realisatiepercentage ${short}: ${points.map(([y, q]) => `${y} ${valueText(q)}`).join(', ')}.`,
    };
  }
  const withReal = rows.filter((r) => r.realisatie);
  if (withReal.length < 2) return undefined;
  const unit = withReal[0]!.realisatie!.unit;
  const series = [
    {
      name: 'Realisatie',
      points: withReal.map((r) => ({ x: String(r.year), y: r.realisatie!.value, label: valueText(r.realisatie!) })),
    },
  ];
  const withDoel = rows.filter((r) => r.doel && r.doel.unit === unit);
  if (withDoel.length >= 2)
    series.push({
      name: 'Doel',
      points: withDoel.map((r) => ({ x: String(r.year), y: r.doel!.value, label: valueText(r.doel!) })),
    });
  return {
    kind: 'line',
    title: `Realisatie ${short} per jaar (${unit})`,
    unit,
    series,
    textEquivalent:
      `Realisatie ${short}: ${withReal.map((r) => `${r.year} ${valueText(r.realisatie!)}`).join(', ')}.` +
      (withDoel.length >= 2 ? ` Doel: ${withDoel.map((r) => `${r.year} ${valueText(r.doel!)}`).join(', ')}.` : ''),
  };
}
