// "overheid vs onderwijs", "doet het onderwijs het beter dan de overheid?": each group as a whole
// (the sum of its sectors, as the total answer adds them up), side by side, with the grouping of
// the umc's stated, since the sources differ on it (grouping.ts).

import { total as computeTotal, type TotalResult, totalChange } from '../../domain/compute.js';
import type { GroupScope, Scope } from '../../domain/enums.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { capitalize, signedText, valueText, yearText } from '../wording.js';
import { latestYearLine, noScopeYear } from '../year-choice.js';
import { type GroupingNote, umcGrouping } from './grouping.js';

const NOUN = { overheid: 'overheidssectoren', onderwijs: 'onderwijssectoren' } as const;
const LABEL = { overheid: 'overheid', onderwijs: 'onderwijs' } as const;

interface GroupTotal {
  scope: GroupScope;
  result: TotalResult;
  grouping?: GroupingNote;
}

const figuresText = (t: TotalResult) =>
  `realisatie ${valueText(t.realisatie!)} van een doel van ${valueText(t.doel!)}${t.percentage ? ` (${valueText(t.percentage)})` : ''}`;

/** The latest year in which both groups have figures (the earlier of their latest years). */
function commonYear(kit: AnswerKit, scopes: readonly GroupScope[]): number | undefined {
  const latest = scopes.map((s) => kit.latestYear(s));
  return latest.every((y) => y !== undefined) ? Math.min(...(latest as number[])) : undefined;
}

export function groupCompare(kit: AnswerKit, query: QueryOf<'total'>, scopes: readonly GroupScope[]): Draft {
  const names = scopes.map((s) => LABEL[s]);
  const what = names.join(' en ');
  const title = capitalize(names.join(' tegenover '));
  const ids = scopes.flatMap((s) => kit.members(s).map((m) => m.id));
  const noYear = noScopeYear(kit, ids, what, query.year, (y) => ({ ...query, year: y }));
  if (noYear) return noYear;
  const year = query.year ?? commonYear(kit, scopes);
  const fail = (line: string): Draft => ({
    lines: [line],
    quantities: [],
    speak: line,
    view: { kind: 'error', title, summary: line },
  });
  if (year === undefined) return fail(`Voor ${what} heb ik geen cijfers.`);
  const totals: GroupTotal[] = scopes.map((scope) => {
    const rows = kit.members(scope).map((m) => kit.figures.row(m.id, year));
    const grouping = umcGrouping(kit, scope, year);
    return { scope, result: computeTotal(rows, year, NOUN[scope]), ...(grouping ? { grouping } : {}) };
  });
  const missing = totals.filter((t) => !t.result.doel || !t.result.realisatie || !t.result.count);
  if (missing.length)
    return fail(
      `Over ${year} heb ik voor ${missing.map((t) => LABEL[t.scope]).join(' en ')} geen doel en realisatie om op te tellen.`,
    );
  const period = totals
    .flatMap((t) => t.result.included.map((id) => kit.figures.row(id, year).realisatie?.period))
    .find((p) => p !== undefined);
  const yt = yearText(year, period);
  const groupLine = (t: GroupTotal) => {
    const partial = t.result.excluded.length > 0 ? ` (${valueText(t.result.count!)} ${NOUN[t.scope]} met cijfers)` : '';
    return `${capitalize(NOUN[t.scope])} samen${partial}: ${figuresText(t.result)}.`;
  };
  const units = new Set(totals.map((t) => t.result.unit));
  const pct = totals.map((t) => t.result.percentage?.value);
  // Which group is closer to its goal, in words only (a difference in procentpunten is no fact here).
  const closer =
    units.size === 1 && pct[0] !== undefined && pct[1] !== undefined && pct[0] !== pct[1]
      ? `${capitalize(NOUN[pct[0] > pct[1] ? scopes[0]! : scopes[1]!])} zitten samen dichter bij hun doel dan de ${NOUN[pct[0] > pct[1] ? scopes[1]! : scopes[0]!]}.`
      : undefined;
  const summary = `${title}, ${yt} (elke groep als geheel): ${totals
    .map(
      (t) =>
        `${LABEL[t.scope]} ${t.result.percentage ? valueText(t.result.percentage) : valueText(t.result.realisatie!)}`,
    )
    .join(' tegenover ')}.`;
  const lines = [
    summary,
    ...totals.map(groupLine),
    ...(closer ? [closer] : []),
    'Berekend: per groep de som van de realisatie gedeeld door de som van de doelen van haar sectoren.',
    ...(units.size > 1
      ? ['Let op: de groepen tellen in verschillende eenheden (fta en banen); vergelijk ze niet één op één.']
      : []),
    // The umc's are overheid in one letter and onderwijs in another: say which, and the other totals.
    ...totals.flatMap((t) => (t.grouping ? [t.grouping.line] : [])),
    ...(query.year === undefined ? [latestYearLine(year)] : []),
  ];
  const caveats: string[] = [];
  if (totals.some((t) => t.result.approximate))
    caveats.push('Let op: de totalen zijn bij benadering, want er zitten cijfers bij die de bron met "+/-" meldt.');
  const left = totals.flatMap((t) => t.result.excluded.map((e) => kit.name(e.sector)));
  if (left.length)
    caveats.push(
      `Let op: niet meegeteld, want zonder doel en realisatie in dezelfde eenheid over ${year}: ${left.join(', ')}.`,
    );
  const sources = [...new Set(totals.flatMap((t) => t.grouping?.sources ?? []))];
  return {
    lines,
    quantities: totals.flatMap((t) => [
      t.result.realisatie!,
      t.result.doel!,
      ...(t.result.percentage ? [t.result.percentage] : []),
      t.result.count!,
      ...(t.grouping?.quantities ?? []),
    ]),
    ...(sources.length ? { sources } : {}),
    caveats,
    speak: summary,
    view: {
      kind: 'total',
      title: `${title} · ${yt}`,
      summary,
      table: {
        caption: `Elke groep als geheel, ${yt}`,
        columns: ['Groep', 'Realisatie (som)', 'Doel (som)', 'Percentage (berekend)'],
        rows: totals.map((t) => [
          capitalize(NOUN[t.scope]),
          valueText(t.result.realisatie!),
          valueText(t.result.doel!),
          t.result.percentage ? valueText(t.result.percentage) : '–',
        ]),
        headerColumn: 0,
      },
      actions: scopes.map((scope) => ({
        title: `Totaal ${LABEL[scope]}`,
        query: { intent: 'total' as const, scope, year },
      })),
    },
  };
}

const SCOPE_NOUN: Record<Scope, string> = {
  sectoren: 'alle sectoren',
  overheid: 'overheidssectoren',
  onderwijs: 'onderwijssectoren',
  ministeries: 'ministeries',
};

/**
 * "hoeveel is de realisatie van de overheid gestegen": the group total in two years and its change.
 * Banen (up to 2022) and fta (from 2023) are never subtracted from each other, nor sums over
 * different sets of sectors.
 */
export function groupChange(kit: AnswerKit, query: QueryOf<'total'>, years: readonly number[]): Draft {
  const from = years[0]!;
  const to = years[years.length - 1]!;
  const noun = SCOPE_NOUN[query.scope];
  const title = `${capitalize(noun)} als geheel, ${from}–${to}`;
  const members = kit.members(query.scope);
  const fail = (line: string): Draft => ({
    lines: [line],
    quantities: [],
    speak: line,
    view: { kind: 'error', title, summary: line },
  });
  for (const y of [from, to]) {
    const noYear = noScopeYear(
      kit,
      members.map((m) => m.id),
      noun,
      y,
      (k) => ({ ...query, years: y === from ? [k, to] : [from, k] }),
    );
    if (noYear) return noYear;
  }
  const sum = (y: number) =>
    computeTotal(
      members.map((m) => kit.figures.row(m.id, y)),
      y,
      noun,
    );
  const a = sum(from);
  const b = sum(to);
  const missing = [a, b].filter((t) => !t.realisatie || !t.doel || !t.count).map((t) => t.year);
  if (missing.length)
    return fail(`Over ${missing.join(' en ')} heb ik voor de ${noun} geen doel en realisatie om op te tellen.`);
  const line = (t: TotalResult) =>
    `${t.year}: ${figuresText(t)} (${valueText(t.count!)} ${t.included.length === 1 ? 'sector' : 'sectoren'}).`;
  const sameSet = a.included.length === b.included.length && a.included.every((id) => b.included.includes(id));
  const c = sameSet ? totalChange(a, b) : {};
  const verb = (q: { value: number }) => (q.value > 0 ? 'gestegen' : q.value < 0 ? 'gedaald' : 'gelijk gebleven');
  const units =
    a.realisatie!.unit !== b.realisatie!.unit
      ? ` (${from} in ${a.realisatie!.unit}, ${to} in ${b.realisatie!.unit})`
      : '';
  const summary = c.absolute
    ? `De ${noun} samen zijn van ${from} tot ${to} ${verb(c.absolute)}: ${signedText(c.absolute)} (van ${valueText(a.realisatie!)} naar ${valueText(b.realisatie!)})${c.points ? `, ${signedText(c.points)} in realisatiepercentage` : ''}.`
    : !sameSet
      ? `Hoeveel de ${noun} als geheel van ${from} tot ${to} veranderden, kan ik niet berekenen: de totalen tellen niet dezelfde sectoren${units}.`
      : `Hoeveel de ${noun} als geheel van ${from} tot ${to} veranderden, kan ik niet berekenen${units}.`;
  const lines = [summary, line(a), line(b)];
  if (c.unitMismatch || (!sameSet && units))
    lines.push(
      `Let op: ${from} is in ${a.realisatie!.unit}, ${to} in ${b.realisatie!.unit}. Die tel ik niet van elkaar af.`,
    );
  if (!sameSet)
    lines.push(
      `Met doel en realisatie: ${from} ${a.included.map((id) => kit.shortName(id)).join(', ')}; ${to} ${b.included.map((id) => kit.shortName(id)).join(', ')}.`,
    );
  if (c.absolute)
    lines.push(
      'Berekend: som van de realisatie in het ene jaar − die in het andere; het percentage is de som van de realisatie gedeeld door de som van de doelen.',
    );
  const grouping = umcGrouping(kit, query.scope, to);
  if (grouping) lines.push(grouping.line);
  const caveats =
    a.approximate || b.approximate
      ? ['Let op: de totalen zijn bij benadering, want er zitten cijfers bij die de bron met "+/-" meldt.']
      : [];
  return {
    lines,
    quantities: [
      a.realisatie!,
      a.doel!,
      ...(a.percentage ? [a.percentage] : []),
      a.count!,
      b.realisatie!,
      b.doel!,
      ...(b.percentage ? [b.percentage] : []),
      b.count!,
      ...(c.absolute ? [c.absolute] : []),
      ...(c.points ? [c.points] : []),
      ...(grouping?.quantities ?? []),
    ],
    ...(grouping ? { sources: grouping.sources } : {}),
    caveats,
    speak: summary,
    view: {
      kind: 'total',
      title,
      summary,
      facts: [
        ...(c.absolute ? [{ label: 'Verschil realisatie (berekend)', value: signedText(c.absolute) }] : []),
        ...(c.points ? [{ label: 'Verschil in procentpunten (berekend)', value: signedText(c.points) }] : []),
      ],
      table: {
        caption: `${capitalize(noun)} samen per jaar`,
        columns: ['Jaar', 'Realisatie (som)', 'Doel (som)', 'Percentage (berekend)'],
        rows: [a, b].map((t) => [
          String(t.year),
          valueText(t.realisatie!),
          valueText(t.doel!),
          t.percentage ? valueText(t.percentage) : '–',
        ]),
        headerColumn: 0,
      },
      actions: [{ title: `Totaal ${to}`, query: { intent: 'total' as const, scope: query.scope, year: to } }],
    },
  };
}
