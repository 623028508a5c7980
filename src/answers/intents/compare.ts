// "vergelijk politie en defensie 2024", "po vs vo", "vergelijk alle onderwijssectoren",
// "politie 2023 en 2024": sectors side by side in a year (or several years), with a bar chart.
import type { ChartView, TableView } from '../../cards/index.js';
import { concatMap } from '../../domain/arrays.js';
import { change as difference, realisationPercentage } from '../../domain/compute.js';
import type { Quantity, YearRow } from '../../domain/figures.js';
import type { EntityId } from '../../domain/model.js';
import { SCOPE_TITLES } from '../../domain/sectors.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { signedText, valueText, yearsText } from '../wording.js';
import { latestYearLine } from '../year-choice.js';
import { change } from './change.js';
import { lookup } from './lookup.js';
import { trend } from './trend.js';

export function compare(kit: AnswerKit, query: QueryOf<'compare'>): Draft {
  const sectors: EntityId[] = query.scope ? kit.members(query.scope).map((s) => s.id) : [...new Set(query.sectors)];
  const years = [...new Set(query.years ?? [])].sort((a, b) => a - b);
  const only = sectors[0]!;
  if (sectors.length === 1) {
    if (years.length === 2) return change(kit, { intent: 'change', sector: only, from: years[0], to: years[1] });
    if (years.length > 2) return trend(kit, { intent: 'trend', sector: only, from: years[0], to: years.at(-1) });
    return lookup(kit, { intent: 'lookup', sector: only, year: years[0], metric: 'alles' });
  }
  const label = query.scope
    ? SCOPE_TITLES[query.scope].toLowerCase()
    : sectors.map((s) => kit.shortName(s)).join(' en ');
  const picker = query.scope ? undefined : sectorPicker(kit, query, sectors[sectors.length - 1]);
  // Years in which none of these sectors has figures ("ontwikkeling ministeries" over five years,
  // while the ministries only report 2024) are left out, and the answer says so.
  const withFigures = years.filter((y) => sectors.some((s) => kit.figures.years(s).includes(y)));
  const skipped = years.length > 1 && withFigures.length ? years.filter((y) => !withFigures.includes(y)) : [];
  const skippedLine = skipped.length ? `Voor ${label} zijn er geen cijfers over ${yearsText(skipped)}.` : undefined;
  if (skipped.length) years.splice(0, years.length, ...withFigures);
  if (years.length > 1) return sectorsOverYears(kit, { sectors, years, label, picker, skippedLine });

  // One year: the one asked, else the latest year every sector has (else each sector's latest).
  const common = latestCommonYear(kit, sectors);
  const asked = years[0];
  const rows = sectors.map((s) => {
    const y = asked ?? common ?? kit.figures.latestYear(s);
    return y === undefined ? undefined : kit.figures.row(s, y);
  });
  const present = rows.filter(
    (r): r is YearRow =>
      r !== undefined && (r.realisatie !== undefined || r.doel !== undefined || r.percentage !== undefined),
  );
  const missing = sectors.filter((s) => !present.some((r) => r.sector === s));
  const sameYear = present.every((r) => r.year === present[0]?.year);
  const yearLabel = sameYear && present[0] ? String(present[0].year) : 'laatste jaar per sector';
  const lines = [`Vergelijking ${label}, ${yearLabel}:`];
  for (const r of present) lines.push(`${kit.name(r.sector)}${sameYear ? '' : ` (${r.year})`}: ${rowPhrase(r)}`);
  if (missing.length)
    lines.push(`Geen cijfers${asked ? ` over ${asked}` : ''} voor ${missing.map((s) => kit.name(s)).join(', ')}.`);
  if (skippedLine) lines.push(skippedLine);
  const withPct = present
    .map((r) => [r, realisationPercentage(r)] as const)
    .filter((x): x is readonly [YearRow, Quantity] => x[1] !== undefined);
  const best = [...withPct].sort((a, b) => b[1].value - a[1].value)[0];
  if (best && withPct.length > 1)
    lines.push(`Hoogste realisatiepercentage: ${kit.name(best[0].sector)} (${valueText(best[1])}).`);
  // Two sectors in one year: the difference itself ("hoeveel procentpunt scoort het wo hoger dan het hbo?").
  const between = present.length === 2 && sameYear ? difference(present[1]!, present[0]!) : undefined;
  const apart = [between?.points, between?.absolute].filter((q): q is Quantity => q !== undefined);
  if (between && apart.length) {
    const [a, b] = [kit.shortName(present[0]!.sector), kit.shortName(present[1]!.sector)];
    const parts = [
      ...(between.points ? [`realisatiepercentage ${signedText(between.points)}`] : []),
      ...(between.absolute ? [`realisatie ${signedText(between.absolute)}`] : []),
    ];
    lines.push(`Verschil ${a} − ${b} (berekend): ${parts.join(', ')}.`);
  }
  if (asked === undefined && sameYear && present[0]) lines.push(latestYearLine(present[0].year));
  const chart: ChartView | undefined =
    withPct.length > 1
      ? {
          kind: 'horizontalBar',
          title: `Realisatiepercentage ${label}, ${yearLabel}`,
          unit: '%',
          series: [
            {
              name: 'Realisatiepercentage',
              points: withPct.map(([r, p]) => ({ x: kit.shortName(r.sector), y: p.value, label: valueText(p) })),
            },
          ],
          textEquivalent: withPct.map(([r, p]) => `${kit.shortName(r.sector)} ${valueText(p)}`).join('; '),
        }
      : undefined;
  const table: TableView = {
    caption: `Doel, realisatie en realisatiepercentage, ${yearLabel}`,
    columns: ['Sector', ...(sameYear ? [] : ['Jaar']), 'Realisatie', 'Doel', '%'],
    rows: present.map((r) => {
      const p = realisationPercentage(r);
      return [
        kit.shortName(r.sector),
        ...(sameYear ? [] : [String(r.year)]),
        r.realisatie ? valueText(r.realisatie) : '–',
        r.doel ? valueText(r.doel) : '–',
        p ? valueText(p) : '–',
      ];
    }),
    headerColumn: 0,
  };
  const year = present[0]?.year;
  return {
    lines,
    quantities: [...concatMap(present, rowQuantities), ...apart],
    speak: [lines[0], ...lines.slice(1, 4)].join(' '),
    view: {
      kind: 'comparison',
      title: `Vergelijking ${label} · ${yearLabel}`,
      summary:
        best && withPct.length > 1
          ? `Hoogste realisatiepercentage: ${kit.name(best[0].sector)} (${valueText(best[1])}).`
          : lines[0]!,
      table,
      ...(chart ? { chart } : {}),
      actions:
        year === undefined
          ? []
          : [
              {
                title: 'Alle sectoren',
                query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year },
              },
              ...(kit.figures.years(only).includes(year - 1)
                ? [{ title: 'Vergelijk met vorig jaar', query: { ...query, years: [year - 1, year] } }]
                : []),
            ],
      sectorPicker: picker,
    },
  };
}

/** "2.663 van 4.072 banen (65%)", "realisatie 5.500 banen", "74%": one sector-year, briefly. */
function compactPhrase(r: YearRow): string {
  const p = realisationPercentage(r);
  const pct = p ? valueText(p) : undefined;
  if (r.realisatie && r.doel) {
    const sameUnit = r.realisatie.unit === r.doel.unit;
    const real = sameUnit ? valueText({ ...r.realisatie, unit: 'aantal' }) : valueText(r.realisatie);
    return `${real} van ${valueText(r.doel)}${pct ? ` (${pct})` : ''}`;
  }
  if (r.realisatie) return `realisatie ${valueText(r.realisatie)}${pct ? ` (${pct})` : ''}`;
  if (r.doel) return `doel ${valueText(r.doel)}${pct ? ` (${pct})` : ''}`;
  return pct ? `${pct} van het doel` : 'geen cijfers';
}

function latestCommonYear(kit: AnswerKit, sectors: readonly EntityId[]): number | undefined {
  const sets = sectors.map((s) => new Set(kit.figures.years(s)));
  const candidates = [...(sets[0] ?? [])].filter((y) => sets.every((set) => set.has(y)));
  return candidates.length ? Math.max(...candidates) : undefined;
}

/** What a comparison of sectors over several years shows. */
interface OverYears {
  sectors: EntityId[];
  /** Two or more, sorted, each with figures for at least one of the sectors. */
  years: number[];
  /** The sectors as the title names them ("politie en defensie", "onderwijssectoren"). */
  label: string;
  picker: Draft['view']['sectorPicker'];
  /** Said when years asked for had no figures for any of the sectors. */
  skippedLine?: string;
}

/** "politie en defensie 2022-2024": per sector its figures in each year, a table and grouped bars. */
function sectorsOverYears(kit: AnswerKit, { sectors, years, label, picker, skippedLine }: OverYears): Draft {
  const lines = [`Vergelijking ${label}, ${yearsText(years)}:`];
  const quantities: Quantity[] = [];
  const tableRows: string[][] = [];
  let gaps = false;
  for (const s of sectors) {
    const parts: string[] = [];
    const cells: string[] = [kit.narrow(s)];
    for (const y of years) {
      const r = kit.figures.row(s, y);
      const has = r.realisatie || r.doel || r.percentage;
      // Years without figures are left out of the sentence (said once below), not listed one by one.
      if (has) parts.push(`${y} ${compactPhrase(r)}`);
      else gaps = true;
      const p = realisationPercentage(r);
      cells.push(r.realisatie ? `${valueText(r.realisatie)}${p ? ` (${valueText(p)})` : ''}` : p ? valueText(p) : '–');
      quantities.push(...rowQuantities(r));
    }
    lines.push(`${kit.name(s)}: ${parts.length ? parts.join('; ') : 'geen cijfers'}.`);
    tableRows.push(cells);
  }
  if (gaps) lines.push('Jaren zonder cijfers staan er niet bij.');
  if (skippedLine) lines.push(skippedLine);
  const series = years
    .map((y) => ({
      name: String(y),
      values: concatMap(sectors, (s) => {
        const p = realisationPercentage(kit.figures.row(s, y));
        return p ? [{ sector: s, p }] : [];
      }),
    }))
    .filter((s) => s.values.length);
  return {
    lines,
    quantities,
    speak: lines.slice(0, 3).join(' '),
    view: {
      kind: 'comparison',
      title: `Vergelijking ${label} · ${yearsText(years)}`,
      summary: lines[0]!,
      table: {
        caption: `Realisatie (percentage) per jaar`,
        columns: ['Sector', ...years.map(String)],
        rows: tableRows,
        headerColumn: 0,
      },
      // Grouped bars only for a few sectors: more do not fit a phone, and the per-sector figures
      // already say everything (a text equivalent of the same numbers would only repeat them).
      ...(series.length && sectors.length <= 4
        ? {
            chart: {
              kind: 'verticalBar' as const,
              title: `Realisatiepercentage ${label} per jaar`,
              unit: '%',
              series: series.map((s) => ({
                name: s.name,
                points: s.values.map((v) => ({ x: kit.shortName(v.sector), y: v.p.value, label: valueText(v.p) })),
              })),
              textEquivalent: series
                .map(
                  (s) => `${s.name}: ${s.values.map((v) => `${kit.shortName(v.sector)} ${valueText(v.p)}`).join(', ')}`,
                )
                .join('. '),
            },
          }
        : {}),
      sectorPicker: picker,
    },
  };
}
