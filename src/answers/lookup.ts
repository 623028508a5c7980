// "realisatie politie 2024?": doel, realisatie and realisatiepercentage of one sector and year.
import { realisationPercentage } from '../domain/compute.js';
import type { QueryOf } from '../nlu/query.js';
import type { Draft } from './compose.js';
import { sectorFollowUps, sectorPicker } from './follow-ups.js';
import type { AnswerKit } from './kit.js';
import { gaugeChart, rowFacts, rowQuantities } from './row-view.js';
import { periodOf, valueText, yearText } from './wording.js';
import { chooseYear, latestYearLine } from './year-choice.js';

export function lookup(kit: AnswerKit, query: QueryOf<'lookup'>): Draft {
  const choice = chooseYear(kit, query.sector, query.year, query);
  if (!choice.ok) return choice.draft;
  const { year } = choice;
  const row = kit.figures.row(query.sector, year);
  const name = kit.name(query.sector);
  const pct = realisationPercentage(row);
  const yt = yearText(year, periodOf(row.realisatie, row.doel, row.percentage));
  const { doel, realisatie } = row;
  const pctText = pct ? valueText(pct) : undefined;

  const n = kit.inSentence(query.sector);
  let first: string;
  const rest: string[] = [];
  if (realisatie && doel && pctText) {
    // All three known: one sentence, led by what was asked.
    if (query.metric === 'doel')
      first = `Doel ${n} ${yt}: ${valueText(doel)}; gerealiseerd is ${valueText(realisatie)} (${pctText}).`;
    else if (query.metric === 'percentage')
      first = `Realisatiepercentage ${n} ${yt}: ${pctText} (${valueText(realisatie)} van een doel van ${valueText(doel)}).`;
    else if (query.metric === 'realisatie')
      first = `Realisatie ${n} ${yt}: ${valueText(realisatie)}, dat is ${pctText} van het doel van ${valueText(doel)}.`;
    else
      first = `${name} ${yt}: realisatie ${valueText(realisatie)} van een doel van ${valueText(doel)}, dat is ${pctText}.`;
  } else if (realisatie) {
    first = `Realisatie ${n} ${yt}: ${valueText(realisatie)}.`;
    if (doel) rest.push(`Het doel was ${valueText(doel)}.`);
    else if (pctText) rest.push(`Realisatiepercentage: ${pctText}.`);
    else rest.push('Voor dat jaar staat er geen doel in de bronnen.');
  } else if (doel) {
    first = `Doel ${n} ${yt}: ${valueText(doel)}.`;
    rest.push(pctText ? `Realisatiepercentage: ${pctText}.` : 'Voor dat jaar staat er geen realisatie in de bronnen.');
  } else {
    first = `Realisatiepercentage ${n} ${yt}: ${pctText ?? 'onbekend'}.`;
  }
  if (pct?.how) rest.push('Het percentage is berekend: realisatie gedeeld door doel.');
  if (pct && pct.value >= 100) rest.push('Het doel is gehaald.');
  if (choice.implicit) rest.push(latestYearLine(year));

  const textEquivalent = pctText
    ? `${name} ${yt}: ${pctText} van het doel${realisatie && doel ? ` (${valueText(realisatie)} van ${valueText(doel)})` : ''}.`
    : first;
  const chart = gaugeChart(`Realisatiepercentage ${kit.shortName(query.sector)} ${year}`, row, textEquivalent);
  const actions = sectorFollowUps(kit, query.sector, year);
  if (row.other.inkoop || row.other.percentage_incl_inkoop || row.other.realisatie_incl_inkoop) {
    actions.push({ title: 'Inclusief inkoop', query: { intent: 'inkoop', sector: query.sector, year } });
  }
  return {
    lines: [first, ...rest],
    quantities: rowQuantities(row),
    speak: [first, rest[0]].filter(Boolean).join(' '),
    view: {
      kind: 'lookup',
      title: `${name} · ${yt}`,
      summary: first,
      facts: rowFacts(row),
      ...(chart ? { chart } : {}),
      actions,
      sectorPicker: sectorPicker(kit, { ...query, year }, query.sector),
    },
  };
}
