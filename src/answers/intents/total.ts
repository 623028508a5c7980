// "totaal overheid 2024", "hoeveel banen in het onderwijs samen?": doel and realisatie summed
// over a scope (same unit only), the percentage recomputed from the sums and labelled so.

import { concatMap } from '../../domain/arrays.js';
import { gap as computeGap, goalMet } from '../../domain/compute.js';
import { formatList } from '../../domain/format.js';
import type { Sector } from '../../domain/model.js';
import { SCOPE_LABELS, SCOPE_TITLES } from '../../domain/sectors.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { capitalize, valueText, yearText } from '../wording.js';
import { latestYearLine, noScopeYear } from '../year-choice.js';
import { groupChange, groupCompare } from './group-compare.js';
import { umcGrouping } from './grouping.js';

const NOUN = {
  sectoren: 'sectoren',
  overheid: 'overheidssectoren',
  onderwijs: 'onderwijssectoren',
  ministeries: 'ministeries',
} as const;
const NOUN_ONE = {
  sectoren: 'sector',
  overheid: 'overheidssector',
  onderwijs: 'onderwijssector',
  ministeries: 'ministerie',
} as const;

/** The entities a total adds up: the ones chosen ("po en vo samen"), else the scope's members. */
function membersOf(kit: AnswerKit, query: QueryOf<'total'>): Sector[] {
  if (!query.sectors) return kit.members(query.scope);
  return [...new Set(query.sectors)].map((id) => kit.sector(id)).filter((s): s is Sector => s !== undefined);
}

/** For chosen entities: the latest year in which all of them (else most of them) have doel and realisatie. */
function chosenYear(kit: AnswerKit, members: readonly Sector[]): number | undefined {
  const counts = new Map<number, number>();
  for (const m of members)
    for (const y of kit.figures.years(m.id, ['doel', 'realisatie'])) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const years = [...counts].filter(([, n]) => n === most).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

export function total(kit: AnswerKit, query: QueryOf<'total'>): Draft {
  if (query.scopes) return groupCompare(kit, query, query.scopes);
  if (query.years && !query.sectors) return groupChange(kit, query, query.years);
  const members = membersOf(kit, query);
  const chosen = query.sectors !== undefined;
  const year = query.year ?? (chosen ? chosenYear(kit, members) : kit.latestYear(query.scope));
  const chosenNames = formatList(members.map((m) => kit.subject(m.id)));
  const title = chosen ? capitalize(chosenNames) : SCOPE_TITLES[query.scope];
  const what = chosen ? chosenNames : SCOPE_LABELS[query.scope];
  const noYear = noScopeYear(
    kit,
    members.map((m) => m.id),
    what,
    query.year,
    (y) => ({ ...query, year: y }),
  );
  if (noYear) return noYear;
  if (year === undefined) {
    const line = `Voor ${what} heb ik geen cijfers.`;
    return { lines: [line], quantities: [], speak: line, view: { kind: 'error', title, summary: line } };
  }
  const rows = members.map((m) => kit.figures.row(m.id, year));
  const result = kit.total(
    members.map((m) => m.id),
    year,
    NOUN[query.scope],
  );
  if (!result.doel || !result.realisatie || !result.count) {
    const line = `Voor ${what} heb ik over ${year} geen doel en realisatie om op te tellen.`;
    return { lines: [line], quantities: [], speak: line, view: { kind: 'error', title, summary: line } };
  }
  const used = rows.filter((r) => result.included.includes(r.sector));
  const period = rows.find((r) => r.realisatie?.period)?.realisatie?.period;
  const yt = yearText(year, period);
  // Not every member has doel and realisatie that year (2020, 2022): say who is added up, not "alle sectoren".
  const partial = result.included.length < members.length;
  const names = result.included.map((id) => kit.shortName(id));
  const noun = result.included.length === 1 ? NOUN_ONE[query.scope] : NOUN[query.scope];
  const figures = `realisatie ${valueText(result.realisatie)} van een doel van ${valueText(result.doel)}${result.percentage ? ` (${valueText(result.percentage)})` : ''}`;
  const only = names.length <= 3 ? formatList(names) : `${valueText(result.count)} ${noun}`;
  const summary = partial
    ? `Over ${yt} heb ik alleen van ${only} doel en realisatie${names.length > 1 ? '; samen' : ''}: ${figures}.`
    : `${title} samen, ${yt}: ${figures}.`;
  // A sum of chosen entities shows its parts in the text too: "po circa 1.290 banen + vo circa 840 banen".
  const partsLine = chosen
    ? `Opgeteld (realisatie): ${used.map((r) => `${kit.shortName(r.sector)} ${valueText(r.realisatie!)}`).join(' + ')}; doelen: ${used.map((r) => `${kit.shortName(r.sector)} ${valueText(r.doel!)}`).join(' + ')}.`
    : undefined;
  // What is still missing together ("totale tekort", "hoeveel mist de overheid nog"), netted:
  // a sector above its goal makes up for another one below it, and the answer says so.
  const g = computeGap(result.doel, result.realisatie);
  const gapQuantity =
    'kind' in g && g.kind === 'short' ? g.gap : 'kind' in g && g.kind === 'above' ? g.surplus : undefined;
  const above = rows
    .filter((r) => result.included.includes(r.sector) && goalMet(r) === true)
    .map((r) => kit.shortName(r.sector));
  const together = result.included.length > 1 ? 'Samen ' : '';
  const gapLine = !gapQuantity
    ? undefined
    : `${g.kind === 'short' ? `${capitalize(`${together}nog`)} ${valueText(gapQuantity)} tot het doel` : `${together}${valueText(gapQuantity)} boven het doel`} (som van de doelen − som van de realisatie)${above.length && g.kind === 'short' ? `; het overschot van ${formatList(above)} is daarin verrekend` : ''}.`;
  const lines = [
    summary,
    ...(partsLine ? [partsLine] : []),
    ...(gapLine ? [gapLine] : []),
    `Berekend: som van ${valueText(result.count)} ${noun}; het percentage is de som van de realisatie gedeeld door de som van de doelen.`,
  ];
  const rijk = query.scope === 'ministeries' ? kit.figures.row('rijk', year) : undefined;
  if (rijk?.realisatie && rijk.doel) {
    lines.push(`Ter vergelijking, het Rijk als geheel volgens de brief: ${rowPhrase(rijk)}.`);
  }
  // The umc's are overheid in one letter and onderwijs in another: say which, and the other total.
  const grouping = umcGrouping(kit, query.scope, year);
  if (grouping) lines.push(grouping.line);
  if (query.year === undefined) lines.push(latestYearLine(year));
  const caveats: string[] = [];
  if (result.approximate)
    caveats.push('Let op: het totaal is bij benadering, want er zitten cijfers bij die de bron met "+/-" meldt.');
  const noFigures = result.excluded.filter((e) => e.reason === 'geen_cijfers').map((e) => kit.name(e.sector));
  const otherUnit = result.excluded.filter((e) => e.reason === 'andere_eenheid').map((e) => kit.name(e.sector));
  if (noFigures.length)
    caveats.push(`Let op: niet meegeteld, want zonder doel en realisatie over ${year}: ${formatList(noFigures)}.`);
  if (otherUnit.length)
    caveats.push(`Let op: niet meegeteld, want in een andere eenheid dan ${result.unit}: ${formatList(otherUnit)}.`);
  return {
    lines,
    quantities: [
      ...(rijk?.realisatie && rijk.doel ? rowQuantities(rijk) : []),
      result.realisatie,
      result.doel,
      ...(result.percentage ? [result.percentage] : []),
      ...(gapQuantity ? [gapQuantity] : []),
      result.count,
      ...concatMap(used, (r) => [r.realisatie!, r.doel!]),
      ...(grouping?.quantities ?? []),
    ],
    ...(grouping ? { sources: grouping.sources } : {}),
    caveats,
    speak: summary,
    view: {
      kind: 'total',
      title: chosen ? `${title} samen · ${yt}` : `Totaal ${title.toLowerCase()} · ${yt}`,
      summary,
      facts: [
        { label: 'Realisatie (som)', value: valueText(result.realisatie) },
        { label: 'Doel (som)', value: valueText(result.doel) },
        ...(result.percentage
          ? [{ label: 'Realisatiepercentage (berekend)', value: valueText(result.percentage) }]
          : []),
        ...(gapQuantity
          ? [
              {
                label: g.kind === 'short' ? 'Nog tot het doel (som)' : 'Boven het doel (som)',
                value: valueText(gapQuantity),
              },
            ]
          : []),
        { label: 'Meegeteld', value: `${valueText(result.count)} ${NOUN[query.scope]}` },
      ],
      table: {
        caption: `Meegetelde ${NOUN[query.scope]}, ${yt}`,
        columns: ['Sector', 'Realisatie', 'Doel'],
        rows: used.map((r) => [kit.shortName(r.sector), valueText(r.realisatie!), valueText(r.doel!)]),
        headerColumn: 0,
      },
      chart: {
        kind: 'horizontalBar',
        title: `Realisatie per sector, ${yt}`,
        unit: result.unit ?? 'fta',
        series: [
          {
            name: 'Realisatie',
            points: used.map((r) => ({
              x: kit.shortName(r.sector),
              y: r.realisatie!.value,
              label: valueText(r.realisatie!),
            })),
          },
        ],
        textEquivalent: used.map((r) => `${kit.shortName(r.sector)} ${valueText(r.realisatie!)}`).join('; '),
      },
      actions: [
        { title: 'Ranglijst', query: { intent: 'ranking', scope: query.scope, by: 'percentage', order: 'hoog', year } },
        ...(query.scope !== 'overheid'
          ? [{ title: 'Totaal overheid', query: { intent: 'total' as const, scope: 'overheid' as const, year } }]
          : []),
        ...(query.scope !== 'onderwijs'
          ? [{ title: 'Totaal onderwijs', query: { intent: 'total' as const, scope: 'onderwijs' as const, year } }]
          : []),
      ],
    },
  };
}
