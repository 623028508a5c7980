// "hoeveel vaste contracten heeft de politie?", "inleen per ministerie", "quotumpercentage
// gemeenten", "hoeveel mbo-scholen leverden gegevens?": any metric beyond doel/realisatie/percentage,
// as printed, with its label and description from data/metrics.json. Without a sector: every
// entity that reports the metric.

import { concatMap } from '../../domain/arrays.js';
import type { Quantity } from '../../domain/figures.js';
import type { EntityId } from '../../domain/model.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { metricLabel } from '../compose.js';
import { lookupButtons } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { capitalize, valueText, verbFor, yearSpans, yearText } from '../wording.js';
import { noYearLine } from '../year-choice.js';
import { contextQuantity } from './context.js';

/** Parts of the realisatie: shown with the whole they are part of. */
const PARTS_OF_REALISATIE = new Set(['realisatie_vast', 'realisatie_tijdelijk', 'realisatie_inhuur', 'inkoop']);

export function figure(kit: AnswerKit, query: QueryOf<'figure'>): Draft {
  const label = metricLabel(kit, query.metric);
  const description = kit.dataset.metrics.find((m) => m.id === query.metric)?.description;
  const reporters = [...new Set(kit.dataset.figures.filter((f) => f.metric === query.metric).map((f) => f.sector))];
  if (query.sector === undefined || !reporters.includes(query.sector)) return overview(kit, query, reporters);

  const sector = query.sector;
  const years = kit.figures.years(sector, [query.metric]);
  const year = query.year ?? years.at(-1)!;
  const name = kit.name(sector);
  if (!years.includes(year)) {
    const line = noYearLine(`${label} bij ${kit.subject(sector)}`, year, years);
    return errorDraft(name, line, lookupButtons(kit, [sector]));
  }
  const q = kit.figures.row(sector, year).other[query.metric]!;
  const yt = yearText(year, q.period);
  const summary = `${capitalize(label)} bij ${kit.subject(sector)}, ${yt}: ${valueText(q)}.`;
  const lines = [summary];
  const quantities: Quantity[] = [q];
  const whole = kit.figures.row(sector, year).realisatie;
  if (PARTS_OF_REALISATIE.has(query.metric) && whole) {
    lines.push(`De hele realisatie van ${kit.subject(sector)} in ${year} was ${valueText(whole)}.`);
    quantities.push(whole);
  }
  const others = years.filter((y) => y !== year);
  for (const y of others) {
    const o = kit.figures.row(sector, y).other[query.metric]!;
    lines.push(`${y}: ${valueText(o)}.`);
    quantities.push(o);
  }
  if (description) lines.push(`Toelichting: ${description}`);
  if (query.year === undefined && years.length > 1) lines.push(`Laatste jaar met dit cijfer: ${year}.`);
  return {
    lines,
    quantities,
    speak: summary,
    view: {
      kind: 'lookup',
      title: `${name} · ${label} · ${yt}`,
      summary,
      facts: quantities.map((x) => ({
        label: `${capitalize(metricLabel(kit, x.metric))} ${yearText(x.year, x.period)}`,
        value: valueText(x),
      })),
      actions: lookupButtons(kit, [sector]),
    },
  };
}

/** Every entity that reports the metric: the asked year, or each one's latest year. */
function overview(kit: AnswerKit, query: QueryOf<'figure'>, reporters: readonly EntityId[]): Draft {
  const label = metricLabel(kit, query.metric);
  const rows: Quantity[] = [];
  for (const id of reporters) {
    const years = kit.figures.years(id, [query.metric]);
    const year = query.year !== undefined ? (years.includes(query.year) ? query.year : undefined) : years.at(-1);
    if (year !== undefined) rows.push(kit.figures.row(id, year).other[query.metric]!);
  }
  const lines: string[] = [];
  const also: Quantity[] = [];
  if (query.sector !== undefined) {
    lines.push(`Voor ${kit.subject(query.sector)} staat ${label} niet in de bronnen.`);
    // "binnenwerk bij defensie": a figure of the Rijk's table per ministry, asked of a sector outside it.
    const table = new Set<EntityId>(['rijk', ...kit.members('ministeries').map((m) => m.id)]);
    if (reporters.length && reporters.every((id) => table.has(id)) && !table.has(query.sector))
      lines.push(
        `Dit cijfer staat alleen in de tabel van het Rijk per ministerie; ${kit.subject(query.sector)} ${verbFor(kit.subject(query.sector), 'staat', 'staan')} daar niet in.`,
      );
    // What the sources do say about it: the share instead of the count, or the quotum in prose.
    const near = nearest(kit, query.sector, query.metric, query.year);
    lines.push(...near.lines);
    also.push(...near.quantities);
  }
  if (!rows.length) {
    const all = [...new Set(concatMap(reporters, (id) => kit.figures.years(id, [query.metric])))];
    const line =
      query.year !== undefined && all.length
        ? noYearLine(label, query.year, all)
        : `Over ${label} heb ik geen cijfers.`;
    // What the sources do hold for this sector answers better than other sectors' years.
    if (also.length) return { ...errorDraft(capitalize(label), lines.join(' '), []), quantities: also };
    return errorDraft(capitalize(label), [...lines, line].join(' '), []);
  }
  lines.push(
    rows.length === 1
      ? `${capitalize(label)} staat alleen in de bronnen voor:`
      : `${capitalize(label)} per organisatie:`,
  );
  for (const q of rows) lines.push(`${kit.name(q.sector as EntityId)} ${yearText(q.year, q.period)}: ${valueText(q)}`);
  const years = [...new Set(rows.map((q) => q.year))];
  const summary = lines[0]!.endsWith(':') ? `${capitalize(label)}: ${lines.slice(1, 2).join('')}.` : lines[0]!;
  return {
    lines,
    quantities: [...also, ...rows],
    speak: summary,
    view: {
      kind: 'lookup',
      title: `${capitalize(label)} · ${yearSpans(years)}`,
      summary,
      table: {
        caption: `${capitalize(label)} per organisatie`,
        columns: ['Organisatie', 'Jaar', capitalize(label)],
        rows: rows.map((q) => [kit.shortName(q.sector as EntityId), yearText(q.year, q.period), valueText(q)]),
        headerColumn: 0,
      },
    },
  };
}

/** A count and its share: a sector that reports one of them is asked about the other. */
const COUNTERPART: Partial<Record<string, string>> = {
  realisatie_vast: 'aandeel_vast',
  aandeel_vast: 'realisatie_vast',
  realisatie_tijdelijk: 'aandeel_tijdelijk',
  aandeel_tijdelijk: 'realisatie_tijdelijk',
  realisatie_inhuur: 'aandeel_inhuur',
  aandeel_inhuur: 'realisatie_inhuur',
};

/**
 * What the sources hold about an unreported metric of a sector: the counterpart share or count
 * ("vaste banen waterschappen" → the share of vaste aanstellingen), or for the quotum the
 * national-context facts about that sector's quotum ("quotum Rijk" → 2,75%).
 */
function nearest(
  kit: AnswerKit,
  sector: EntityId,
  metric: QueryOf<'figure'>['metric'],
  asked: number | undefined,
): { lines: string[]; quantities: Quantity[] } {
  const other = COUNTERPART[metric] as QueryOf<'figure'>['metric'] | undefined;
  if (other) {
    const years = kit.figures.years(sector, [other]);
    const year = asked !== undefined && years.includes(asked) ? asked : years.at(-1);
    const q = year === undefined ? undefined : kit.figures.row(sector, year).other[other];
    if (q) {
      const line = `Wel in de bronnen: ${metricLabel(kit, other)} bij ${kit.subject(sector)}, ${yearText(year!, q.period)}: ${valueText(q)}.`;
      return { lines: [line], quantities: [q] };
    }
  }
  if (metric === 'quotumpercentage') {
    const facts = kit.dataset.context.filter((c) => c.id.startsWith(`quotum-${sector}-`));
    if (facts.length) {
      const quantities = facts.map((c) => contextQuantity(kit, c)).filter((q): q is Quantity => q !== undefined);
      return { lines: ['Wel over het quotum in de bronnen:', ...facts.map((c) => c.text)], quantities };
    }
  }
  return { lines: [], quantities: [] };
}

function errorDraft(title: string, line: string, actions: ReturnType<typeof lookupButtons>): Draft {
  return { lines: [line], quantities: [], speak: line, view: { kind: 'error', title, summary: line, actions } };
}
