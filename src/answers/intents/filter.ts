// "welke sectoren haalden hun doel?", "welke sectoren daalden?", "wie zit onder de 50%?": the
// members of a scope that meet a condition in a year, and those the figures don't tell about.

import { concatMap } from '../../domain/arrays.js';
import { change, meets, realisationPercentage } from '../../domain/compute.js';
import type { Quantity, YearRow } from '../../domain/figures.js';
import { formatList, formatNumber } from '../../domain/format.js';
import type { EntityId } from '../../domain/model.js';
import { SCOPE_LABELS, SCOPE_TITLES } from '../../domain/sectors.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { capitalize, signedText, valueText, yearsText } from '../wording.js';
import { latestYearLine, noScopeYear } from '../year-choice.js';

type Condition = QueryOf<'filter'>['condition'];

/** The relative clause after "Alle sectoren …": verb last, as Dutch subordinate clauses go. */
const TITLE: Record<Condition, string> = {
  doel_gehaald: 'die hun doel haalden',
  doel_niet_gehaald: 'die hun doel niet haalden',
  gestegen: 'waarvan de realisatie steeg',
  gedaald: 'waarvan de realisatie daalde',
  tussen: 'die tussen twee percentages zaten',
};

/** "tussen 50% en 70% van hun doel zaten". */
function rangeText(range: { min: number; max: number }): string {
  return `tussen ${formatNumber(range.min)}% en ${formatNumber(range.max)}%`;
}

/** With a threshold other than 100%: "zaten op of boven 90% van hun doel" / "zaten onder 50% van hun doel". */
function thresholdTitle(condition: Condition, threshold: number): string {
  return `die ${condition === 'doel_gehaald' ? 'op of boven' : 'onder'} ${formatNumber(threshold)}% van hun doel zaten`;
}

/** The summary sentence, e.g. "In 2024 haalden 3 van de 13 sectoren hun doel." */
function sentence(
  condition: Condition,
  year: number,
  n: number,
  of: number,
  noun: string,
  threshold?: number,
  where?: string,
): string {
  const count = n === 0 ? 'geen' : String(n);
  if (threshold !== undefined) {
    const where = `${condition === 'doel_gehaald' ? 'op of boven' : 'onder'} ${formatNumber(threshold)}% van het doel`;
    return n === 0
      ? `In ${year} zat geen van de ${of} ${noun} ${where}.`
      : `In ${year} ${n === 1 ? 'zat' : 'zaten'} ${n} van de ${of} ${noun} ${where}.`;
  }
  switch (condition) {
    case 'doel_gehaald':
      return n === 0
        ? `In ${year} haalde geen van de ${of} ${noun} het doel.`
        : `In ${year} ${n === 1 ? 'haalde' : 'haalden'} ${n} van de ${of} ${noun} het doel.`;
    case 'doel_niet_gehaald':
      return n === 0
        ? `In ${year} haalden alle ${of} ${noun} het doel.`
        : `In ${year} ${n === 1 ? 'haalde' : 'haalden'} ${n} van de ${of} ${noun} het doel niet.`;
    case 'gestegen':
      return `In ${year} steeg de realisatie bij ${count} van de ${of} ${noun} ten opzichte van het jaar ervoor.`;
    case 'gedaald':
      return `In ${year} daalde de realisatie bij ${count} van de ${of} ${noun} ten opzichte van het jaar ervoor.`;
    case 'tussen':
      return n === 0
        ? `In ${year} zat geen van de ${of} ${noun} ${where ?? 'binnen dat bereik'} van het doel.`
        : `In ${year} ${n === 1 ? 'zat' : 'zaten'} ${n} van de ${of} ${noun} ${where ?? 'binnen dat bereik'} van het doel.`;
  }
}

/** Whether a row meets the condition; a threshold compares the realisatiepercentage with it instead of 100. */
function test(
  query: QueryOf<'filter'>,
  threshold: number | undefined,
  row: YearRow,
  previous: YearRow | undefined,
): boolean | undefined {
  if (threshold === undefined) return meets(query.condition, row, previous, query.range ?? { min: 0, max: 500 });
  const pct = realisationPercentage(row);
  if (!pct) return undefined;
  return query.condition === 'doel_gehaald' ? pct.value >= threshold : pct.value < threshold;
}

export function filter(kit: AnswerKit, query: QueryOf<'filter'>): Draft {
  // "Welke van hen …": only the entities asked about.
  const among = query.sectors ? [...new Set(query.sectors)].map((id) => ({ id })) : undefined;
  const members: readonly { id: EntityId }[] = among ?? kit.members(query.scope);
  const year = query.year ?? (among ? latestOfMembers(kit, among) : kit.latestYear(query.scope));
  const scopeLabel = among ? formatList(among.map((m) => kit.name(m.id))) : SCOPE_LABELS[query.scope];
  const scopeTitle = among ? among.map((m) => kit.shortName(m.id)).join(', ') : SCOPE_TITLES[query.scope];
  const byGoal = query.condition === 'doel_gehaald' || query.condition === 'doel_niet_gehaald';
  const threshold = byGoal && query.threshold !== undefined && query.threshold !== 100 ? query.threshold : undefined;
  if (query.condition === 'tussen' && !query.range) {
    const line =
      'Tussen welke twee percentages van het doel? Noem ze in de vraag, bijvoorbeeld "welke sectoren zitten tussen … en …%".';
    return { lines: [line], quantities: [], speak: line, view: { kind: 'error', title: 'Filter', summary: line } };
  }
  const range = query.condition === 'tussen' ? query.range : undefined;
  const title = range
    ? `die ${rangeText(range)} van hun doel zaten`
    : threshold === undefined
      ? TITLE[query.condition]
      : thresholdTitle(query.condition, threshold);
  const noYear = noScopeYear(
    kit,
    members.map((m) => m.id),
    scopeLabel,
    query.year,
    (y) => ({ ...query, year: y }),
  );
  if (noYear) return noYear;
  if (year === undefined) {
    const line = `Voor ${scopeLabel} heb ik geen cijfers.`;
    return {
      lines: [line],
      quantities: [],
      speak: line,
      view: { kind: 'error', title: scopeTitle, summary: line },
    };
  }
  const byChange = query.condition === 'gestegen' || query.condition === 'gedaald';
  const matching: { sector: EntityId; detail: string; qs: Quantity[] }[] = [];
  const unknown: EntityId[] = [];
  let checked = 0;
  const checkedSources = new Set<string>();
  for (const m of members) {
    const row = kit.figures.row(m.id, year);
    const prevYear = kit.figures
      .years(m.id)
      .filter((y) => y < year)
      .at(-1);
    const previous = prevYear === undefined ? undefined : kit.figures.row(m.id, prevYear);
    const result = test(query, threshold, row, previous);
    if (result === undefined) {
      unknown.push(m.id);
      continue;
    }
    checked++;
    for (const q of [row.percentage, row.realisatie, row.doel, previous?.realisatie])
      for (const src of q?.sources ?? []) checkedSources.add(src);
    if (!result) continue;
    if (byChange && previous) {
      const c = change(previous, row);
      matching.push({
        sector: m.id,
        detail: `${signedText(c.absolute!)} (${valueText(previous.realisatie!)} in ${prevYear} → ${valueText(row.realisatie!)})`,
        qs: [previous.realisatie!, row.realisatie!, c.absolute!],
      });
    } else {
      const pct = realisationPercentage(row);
      matching.push({
        sector: m.id,
        detail: pct ? valueText(pct) : `${valueText(row.realisatie!)} van ${valueText(row.doel!)}`,
        qs: [pct, row.realisatie, row.doel].filter((q): q is Quantity => q !== undefined),
      });
    }
  }
  if (checked === 0) {
    const years = [...new Set(concatMap(members, (m) => kit.figures.years(m.id)))].sort((a, b) => a - b);
    // A rise or fall needs an earlier year; say that rather than "no figures about 2024".
    const noEarlier = byChange && years.includes(year) && !years.some((y) => y < year);
    const line = noEarlier
      ? `Voor ${scopeLabel} heb ik geen cijfers van vóór ${year}, dus of ze stegen of daalden kan ik niet zeggen.`
      : `Voor ${scopeLabel} heb ik over ${year} geen cijfers om dat te beoordelen.`;
    const available = years.length && !noEarlier ? `Er zijn cijfers over ${yearsText(years)}.` : '';
    return {
      lines: [line, available].filter(Boolean),
      quantities: [],
      speak: line,
      view: {
        kind: 'error',
        title: scopeTitle,
        summary: line,
        actions: years
          .slice(-2)
          .reverse()
          .map((y) => ({ title: `Cijfers ${y}`, query: { ...query, year: y } })),
      },
    };
  }
  const countMatching: Quantity = {
    sector: 'nationaal',
    year,
    metric:
      threshold === undefined
        ? `aantal_${query.condition}`
        : `aantal_${query.condition === 'doel_gehaald' ? 'vanaf' : 'onder'}_${threshold}_procent`,
    ...(range ? { metric: `aantal_tussen_${range.min}_en_${range.max}_procent` } : {}),
    value: matching.length,
    unit: 'aantal',
    sources: [...checkedSources],
    how: `telling van ${scopeLabel} die voldoen`,
  };
  const countChecked: Quantity = {
    sector: 'nationaal',
    year,
    metric: 'aantal_beoordeeld',
    value: checked,
    unit: 'aantal',
    sources: [...checkedSources],
    how: `telling van ${scopeLabel} met cijfers over ${year}`,
  };
  const summary = sentence(
    query.condition,
    year,
    matching.length,
    checked,
    scopeNoun(query.scope),
    threshold,
    range && rangeText(range),
  );
  const lines = [summary, ...matching.map((m) => `${kit.name(m.sector)}: ${m.detail}`)];
  if (byChange && matching.length) lines.push('Berekend: realisatie dit jaar − realisatie het jaar ervoor.');
  if (query.year === undefined) lines.push(latestYearLine(year));
  const caveats = unknown.length
    ? [`Let op: voor ${formatList(unknown.map((s) => kit.subject(s)))} zijn er geen cijfers om dit te beoordelen.`]
    : [];
  return {
    lines,
    quantities: [countMatching, countChecked, ...concatMap(matching, (m) => m.qs)],
    caveats,
    speak: summary,
    view: {
      kind: 'filter',
      title: `${scopeTitle} ${title} · ${year}`,
      summary,
      ...(matching.length
        ? {
            table: {
              caption: `${capitalize(scopeNoun(query.scope))} ${title}, ${year}`,
              columns: ['Sector', byChange ? 'Verandering' : 'Realisatiepercentage'],
              rows: matching.map((m) => [kit.shortName(m.sector), m.detail]),
              headerColumn: 0,
            },
          }
        : {}),
      actions: [
        {
          title: 'Alle sectoren',
          query: {
            intent: 'ranking',
            scope: query.scope,
            by: byChange ? 'stijging' : 'percentage',
            order: 'hoog',
            year,
          },
        },
        ...(query.condition === 'doel_gehaald'
          ? [
              {
                title: threshold === undefined ? 'Wie haalden het niet?' : `Wie zaten eronder?`,
                query: { ...query, condition: 'doel_niet_gehaald' as const },
              },
            ]
          : []),
        ...(query.condition === 'doel_niet_gehaald'
          ? [
              {
                title: threshold === undefined ? 'Wie haalden het wel?' : `Wie zaten erboven?`,
                query: { ...query, condition: 'doel_gehaald' as const },
              },
            ]
          : []),
        ...(query.condition === 'gestegen'
          ? [{ title: 'Wie daalden?', query: { ...query, condition: 'gedaald' as const } }]
          : []),
        ...(query.condition === 'gedaald'
          ? [{ title: 'Wie stegen?', query: { ...query, condition: 'gestegen' as const } }]
          : []),
      ],
    },
  };
}

/** The latest year most of `members` report (as for a scope). */
function latestOfMembers(kit: AnswerKit, members: readonly { id: EntityId }[]): number | undefined {
  const counts = new Map<number, number>();
  for (const m of members) for (const y of kit.figures.years(m.id)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const years = [...counts].filter(([, n]) => n * 2 >= most).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

function scopeNoun(scope: QueryOf<'filter'>['scope']): string {
  return {
    sectoren: 'sectoren',
    overheid: 'overheidssectoren',
    onderwijs: 'onderwijssectoren',
    ministeries: 'ministeries',
  }[scope];
}
