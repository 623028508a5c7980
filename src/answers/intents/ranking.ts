// "welke sector scoort het best in 2024?", "top 3", "grootste stijging", "welk ministerie
// scoort het hoogst?": a scope ranked by percentage, realisatie, rise or gap, with a bar chart.
import { goalMet, type RankBy, type RankEntry, rank, rankValue, realisationPercentage } from '../../domain/compute.js';
import type { Quantity, YearRow } from '../../domain/figures.js';
import { formatList } from '../../domain/format.js';
import type { EntityId } from '../../domain/model.js';
import { SCOPE_LABELS, SCOPE_TITLES } from '../../domain/sectors.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { capitalize, signedText, valueText, yearText } from '../wording.js';
import { latestYearLine, noScopeYear } from '../year-choice.js';

const BY_LABEL: Record<RankBy, string> = {
  percentage: 'realisatiepercentage',
  realisatie: 'realisatie',
  stijging: 'stijging van de realisatie ten opzichte van het jaar ervoor',
  stijging_pp: 'stijging van het realisatiepercentage in procentpunten',
  gap: 'tekort (doel − realisatie)',
  doel: 'doel',
  inkoop: 'banen via inkoop/SROI',
  dichtst_bij: 'realisatiepercentage van wie het doel nog niet haalde',
  binnenwerk: 'banen via Binnenwerk',
};

const SUPERLATIVE: Record<RankBy, [string, string]> = {
  percentage: ['Hoogste realisatiepercentage', 'Laagste realisatiepercentage'],
  realisatie: ['Hoogste realisatie', 'Laagste realisatie'],
  stijging: ['Grootste stijging van de realisatie', 'Kleinste stijging (of grootste daling) van de realisatie'],
  stijging_pp: [
    'Grootste stijging van het realisatiepercentage',
    'Kleinste stijging (of grootste daling) van het realisatiepercentage',
  ],
  gap: ['Grootste tekort', 'Kleinste tekort'],
  doel: ['Hoogste doel', 'Laagste doel'],
  inkoop: ['Meeste banen via inkoop/SROI', 'Minste banen via inkoop/SROI'],
  dichtst_bij: ['Het dichtst bij het doel zonder het te halen', 'Het verst van het doel'],
  binnenwerk: ['Meeste banen via Binnenwerk', 'Minste banen via Binnenwerk'],
};

/** Measures computed against an earlier year. */
const AGAINST_PREVIOUS: readonly RankBy[] = ['stijging', 'stijging_pp'];

/** What the ranking is on; a rise measured from a year the user named says so. */
function byLabel(query: QueryOf<'ranking'>, from: number | undefined): string {
  if (from === undefined) return BY_LABEL[query.by];
  if (query.by === 'stijging') return `stijging van de realisatie sinds ${from}`;
  if (query.by === 'stijging_pp') return `stijging van het realisatiepercentage sinds ${from} in procentpunten`;
  return BY_LABEL[query.by];
}

/** A ranked value as it reads: "+102 fta" for a rise, "511 fta boven doel" for a negative gap. */
function rankedText(by: RankBy, q: Quantity): string {
  if (by === 'stijging' || by === 'stijging_pp') return signedText(q);
  if (by === 'gap' && q.value < 0) return `${valueText({ ...q, value: -q.value })} boven het doel`;
  return valueText(q);
}

/** Measures shown with the realisatie and doel beside them. */
const BESIDE_ABSOLUTE: readonly RankBy[] = ['percentage', 'dichtst_bij'];

/** " (489 fta van 715 fta)" beside a percentage; empty for other measures or missing figures. */
function besideText(by: RankBy, row: YearRow | undefined): string {
  if (!BESIDE_ABSOLUTE.includes(by) || !row?.realisatie || !row.doel) return '';
  return ` (${valueText(row.realisatie)} van ${valueText(row.doel)})`;
}

/** "Politie en Defensie"; more than four: "de gekozen sectoren" (the list below names them). */
function amongLabel(kit: AnswerKit, among: readonly { id: EntityId }[], scope: QueryOf<'ranking'>['scope']): string {
  if (among.length <= 4) return formatList(among.map((m) => kit.name(m.id)));
  return `de gekozen ${scope === 'ministeries' ? 'ministeries' : 'sectoren'}`;
}

/** The latest year most of `members` report (as for a scope). */
function latestOf(kit: AnswerKit, members: readonly { id: EntityId }[]): number | undefined {
  const counts = new Map<number, number>();
  for (const m of members) for (const y of kit.figures.years(m.id)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const years = [...counts].filter(([, n]) => n * 2 >= most).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

function withoutFrom(query: QueryOf<'ranking'>): QueryOf<'ranking'> {
  const { from: _from, ...rest } = query;
  return rest;
}

export function ranking(kit: AnswerKit, query: QueryOf<'ranking'>): Draft {
  // "Wie van de twee …": only the entities asked about, ranked among themselves.
  const among = query.sectors ? [...new Set(query.sectors)].map((id) => ({ id })) : undefined;
  const members: readonly { id: EntityId }[] = among ?? kit.members(query.scope);
  const year = query.year ?? (among ? latestOf(kit, among) : kit.latestYear(query.scope));
  const scopeLabel = among ? amongLabel(kit, among, query.scope) : SCOPE_LABELS[query.scope];
  // A rise since a year the user named ("sinds 2020") compares with that year, not the one before.
  const from =
    AGAINST_PREVIOUS.includes(query.by) && query.from !== undefined && year !== undefined && query.from < year
      ? query.from
      : undefined;
  // "sinds de start": each member's first year with a realisatiepercentage.
  const sinceStart = query.since === 'start' && query.by === 'stijging_pp' && from === undefined;
  const label = sinceStart
    ? 'stijging van het realisatiepercentage sinds het eerste jaar met cijfers, in procentpunten'
    : byLabel(query, from);
  const noYear = noScopeYear(
    kit,
    members.map((m) => m.id),
    scopeLabel,
    query.year,
    (y) => ({ ...query, year: y }),
  );
  if (noYear) return noYear;
  if (year === undefined || !members.length) {
    const line = `Voor ${scopeLabel} heb ik geen cijfers om te rangschikken.`;
    return { lines: [line], quantities: [], speak: line, view: { kind: 'error', title: 'Ranglijst', summary: line } };
  }
  const entries: RankEntry[] = [];
  const missing: EntityId[] = [];
  const reached: EntityId[] = [];
  const inputs: Quantity[] = [];
  const absolute = new Map<EntityId, YearRow>();
  // The year each member's rise is measured from (the year before with figures, the named one, or its first).
  const fromYears = new Map<EntityId, number>();
  for (const m of members) {
    const row = kit.figures.row(m.id, year);
    const earlier = kit.figures.years(m.id).filter((y) => y < year);
    const prevYear =
      from ??
      (sinceStart
        ? earlier.find((y) => realisationPercentage(kit.figures.row(m.id, y)) !== undefined)
        : earlier.at(-1));
    const previous = prevYear === undefined ? undefined : kit.figures.row(m.id, prevYear);
    const value = rankValue(query.by, row, previous);
    if (!value) {
      // "Het dichtst bij het doel zonder het te halen": who reached it is not missing figures.
      if (query.by === 'dichtst_bij' && goalMet(row)) reached.push(m.id);
      else missing.push(m.id);
      continue;
    }
    entries.push({ sector: m.id, value });
    if (AGAINST_PREVIOUS.includes(query.by) && prevYear !== undefined) fromYears.set(m.id, prevYear);
    if (query.by === 'stijging' && previous?.realisatie && row.realisatie)
      inputs.push(previous.realisatie, row.realisatie);
    if (query.by === 'stijging_pp' && previous) {
      const before = realisationPercentage(previous);
      const now = realisationPercentage(row);
      if (before && now) inputs.push(before, now);
    }
    if (query.by === 'gap' && row.doel && row.realisatie) inputs.push(row.doel, row.realisatie);
    // A percentage ranking shows the absolute figures beside it (sectors differ greatly in size).
    if (BESIDE_ABSOLUTE.includes(query.by) && row.realisatie) inputs.push(row.realisatie);
    if (BESIDE_ABSOLUTE.includes(query.by) && row.doel) inputs.push(row.doel);
    absolute.set(m.id, row);
  }
  if (!entries.length) {
    // "Grootste stijging sinds 2020": the older figures are missing or counted in banen, not fta.
    // The ministries only report 2024: a rise needs an earlier year.
    const noEarlier =
      AGAINST_PREVIOUS.includes(query.by) && !members.some((m) => kit.figures.years(m.id).some((y) => y < year));
    const line =
      from !== undefined
        ? `Een stijging sinds ${from} kan ik voor ${scopeLabel} niet berekenen: de cijfers over ${from} ontbreken of zijn niet in dezelfde eenheid als die over ${year}.`
        : noEarlier
          ? `Voor ${scopeLabel} heb ik geen cijfers van vóór ${year}, dus een stijging kan ik niet berekenen.`
          : `Voor ${scopeLabel} heb ik over ${year} geen cijfers om op ${label} te rangschikken.`;
    const actions =
      from !== undefined
        ? [{ title: 'Stijging ten opzichte van het jaar ervoor', query: withoutFrom(query) }]
        : noEarlier
          ? [{ title: 'Op percentage', query: { ...query, by: 'percentage' as const } }]
          : [];
    return {
      lines: [line],
      quantities: [],
      speak: line,
      view: { kind: 'error', title: 'Ranglijst', summary: line, actions },
    };
  }
  const { ranked, otherUnit } = rank(entries, query.order);
  const shown = query.limit ? ranked.slice(0, query.limit) : ranked;
  const period = shown.find((e) => e.value.period)?.value.period;
  const yt = yearText(year, period);
  const direction = query.order === 'hoog' ? 'hoog naar laag' : 'laag naar hoog';
  const top = shown[0]!;
  // "Wie zit het meest boven het doel": the smallest gap is a surplus; call it that.
  const surplus = query.by === 'gap' && query.order === 'laag' && top.value.value < 0;
  const superlative = surplus ? 'Het verst boven het doel' : SUPERLATIVE[query.by][query.order === 'hoog' ? 0 : 1];
  // One year to compare with for every sector shown ("ten opzichte van 2022"), or each its own
  // (a sector without figures over the year before is measured from its latest earlier year).
  const shownFrom = [...new Set(shown.map((e) => fromYears.get(e.sector)).filter((y) => y !== undefined))];
  const previousYear = shownFrom.length === 1 ? shownFrom[0] : undefined;
  const perSector = sinceStart || shownFrom.length > 1;
  const since = sinceStart
    ? ' sinds het eerste jaar met cijfers'
    : shownFrom.length > 1
      ? ' ten opzichte van het laatste eerdere jaar met cijfers'
      : previousYear !== undefined
        ? ` ten opzichte van ${previousYear}`
        : '';
  const startOf = (id: EntityId) => (perSector && fromYears.has(id) ? `, sinds ${fromYears.get(id)}` : '');
  const summary = `${superlative} in ${yt}${since}: ${kit.name(top.sector)} (${rankedText(query.by, top.value)}${startOf(top.sector)}).`;
  const lines = [summary];
  if (shown.length > 1) {
    const heading =
      shown.length < ranked.length
        ? `Top ${shown.length} van ${scopeLabel.replace(/^alle /, 'de ')}`
        : capitalize(scopeLabel);
    lines.push(`${heading} op ${label}, ${direction}:`);
    shown.forEach((e, i) =>
      lines.push(
        `${i + 1}. ${kit.name(e.sector)}: ${rankedText(query.by, e.value)}${startOf(e.sector)}${besideText(query.by, absolute.get(e.sector))}`,
      ),
    );
  }
  const computedPct = shown.filter((e) => query.by === 'percentage' && e.value.how).map((e) => kit.name(e.sector));
  if (computedPct.length)
    lines.push(`Berekend uit realisatie en doel (geen gedrukt percentage): ${computedPct.join(', ')}.`);
  const earlierText = previousYear ?? 'in het laatste eerdere jaar met cijfers';
  if (query.by === 'stijging') lines.push(`Berekend: realisatie ${year} − realisatie ${earlierText} per sector.`);
  if (query.by === 'stijging_pp' && sinceStart)
    lines.push(
      `Berekend: realisatiepercentage ${year} − realisatiepercentage in het eerste jaar met cijfers, per sector. Het eerste jaar verschilt per sector; de oudere brieven tellen in banen, de nieuwere in fta, daarom vergelijk ik de percentages van het doel en niet de aantallen.`,
    );
  else if (query.by === 'stijging_pp')
    lines.push(`Berekend: realisatiepercentage ${year} − realisatiepercentage ${earlierText} per sector.`);
  if (query.by === 'dichtst_bij')
    lines.push(
      `Alleen wie het doel nog niet haalde staat in deze lijst${reached.length ? `; het doel al gehaald: ${reached.map((s) => kit.name(s)).join(', ')}` : ''}.`,
    );
  if (query.by === 'gap') lines.push('Berekend: doel − realisatie per sector.');
  const caveats: string[] = [];
  if (missing.length)
    caveats.push(
      `Let op: voor ${formatList(missing.map((s) => kit.subject(s)))} zijn er geen cijfers voor deze ranglijst.`,
    );
  if (otherUnit.length)
    caveats.push(
      `Let op: ${formatList(otherUnit.map((e) => `${kit.subject(e.sector)} (${valueText(e.value)})`))} ${otherUnit.length === 1 ? 'staat' : 'staan'} niet in de ranglijst, omdat de cijfers in een andere eenheid zijn gemeld.`,
    );
  if (query.year === undefined) lines.push(latestYearLine(year));

  const unit = shown[0]!.value.unit;
  return {
    lines,
    quantities: [
      ...shown.map((e) => e.value),
      ...otherUnit.map((e) => e.value),
      ...inputs.filter((q) => shown.some((e) => e.sector === q.sector)),
    ],
    caveats,
    speak: summary,
    view: {
      kind: 'ranking',
      title: `${among ? capitalize(scopeLabel) : SCOPE_TITLES[query.scope]} · ${label} · ${yt}`,
      summary,
      table: {
        caption: `${capitalize(scopeLabel)} op ${label}, ${yt}`,
        columns: ['Nr.', query.scope === 'ministeries' ? 'Ministerie' : 'Sector', capitalize(label.split(' (')[0]!)],
        rows: shown.map((e, i) => [String(i + 1), kit.shortName(e.sector), rankedText(query.by, e.value)]),
        headerColumn: 1,
      },
      chart: {
        kind: 'horizontalBar',
        title: `${capitalize(label.split(' (')[0]!)} ${yt}`,
        unit,
        series: [
          {
            name: capitalize(label.split(' (')[0]!),
            points: shown.map((e) => ({
              x: kit.shortName(e.sector),
              y: e.value.value,
              label: rankedText(query.by, e.value),
            })),
          },
        ],
        textEquivalent: shown
          .map((e, i) => `${i + 1}. ${kit.shortName(e.sector)} ${rankedText(query.by, e.value)}`)
          .join('; '),
      },
      actions: [
        ...(query.by !== 'percentage'
          ? [{ title: 'Op percentage', query: { ...withoutFrom(query), by: 'percentage' as const } }]
          : []),
        ...(query.by !== 'stijging'
          ? [{ title: 'Grootste stijging', query: { ...query, by: 'stijging' as const, order: 'hoog' as const } }]
          : []),
        ...(query.by !== 'gap'
          ? [{ title: 'Grootste tekort', query: { ...withoutFrom(query), by: 'gap' as const, order: 'hoog' as const } }]
          : []),
        {
          title: query.order === 'hoog' ? 'Laagste eerst' : 'Hoogste eerst',
          query: { ...query, order: query.order === 'hoog' ? ('laag' as const) : ('hoog' as const) },
        },
        {
          title: 'Totaal',
          query: among
            ? { intent: 'total', scope: query.scope, sectors: query.sectors, year }
            : { intent: 'total', scope: query.scope, year },
        },
      ],
    },
  };
}
