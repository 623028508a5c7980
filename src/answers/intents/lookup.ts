// "realisatie politie 2024?": doel, realisatie and realisatiepercentage of one sector and year.
import { realisationPercentage } from '../../domain/compute.js';
import type { Quantity, YearRow } from '../../domain/figures.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorFollowUps, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { gaugeChart, rowFacts, rowQuantities } from '../row-view.js';
import { periodOf, valueText, yearText } from '../wording.js';
import { chooseYear, latestYearLine } from '../year-choice.js';

/**
 * The source leads with a figure that includes inkoop/SROI when it reports the realisation
 * including inkoop and prints no percentage of its own (the letter on 2020: Defensie "556 banen
 * … 88%", the umc's "659 banen"). Then that headline leads the answer, with the split; the
 * percentage without inkoop is ours, and says so. Where the source prints its own percentage
 * (nr. 328 and 348: Defensie 61,9% and "inclusief SROI 90,5%"), the figure without inkoop leads.
 */
export function inkoopHeadline(row: YearRow): { incl: Quantity; pct?: Quantity } | undefined {
  const incl = row.other.realisatie_incl_inkoop;
  if (!incl || row.percentage || !row.realisatie) return undefined;
  const pct = row.other.percentage_incl_inkoop;
  return pct ? { incl, pct } : { incl };
}

export function lookup(kit: AnswerKit, query: QueryOf<'lookup'>): Draft {
  const choice = chooseYear(kit, query.sector, query.year, query);
  if (!choice.ok) return choice.draft;
  const { year } = choice;
  const row = kit.figures.row(query.sector, year);
  const headline = inkoopHeadline(row);
  if (headline) return headlineDraft(kit, query, row, headline, choice.implicit);
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

/** A lookup where the source's headline includes inkoop/SROI (see inkoopHeadline). */
function headlineDraft(
  kit: AnswerKit,
  query: QueryOf<'lookup'>,
  row: YearRow,
  headline: { incl: Quantity; pct?: Quantity },
  implicit: boolean,
): Draft {
  const { incl, pct } = headline;
  const { doel, realisatie } = row;
  const year = row.year;
  const name = kit.name(query.sector);
  const n = kit.inSentence(query.sector);
  const yt = yearText(year, periodOf(incl, doel));
  const inkoop = row.other.inkoop;
  const own = realisationPercentage(row);
  const goal = doel ? ` van het doel van ${valueText(doel)}` : '';
  const first =
    query.metric === 'doel' && doel
      ? `Doel ${n} ${yt}: ${valueText(doel)}; gerealiseerd volgens de bron ${valueText(incl)} inclusief SROI${pct ? ` (${valueText(pct)})` : ''}.`
      : query.metric === 'percentage' && pct
        ? `Realisatiepercentage ${n} ${yt}, zoals de bron het meldt: ${valueText(pct)} inclusief SROI (${valueText(incl)}${goal}).`
        : `Realisatie ${n} ${yt}, zoals de bron het meldt: ${valueText(incl)} inclusief SROI${pct ? `, dat is ${valueText(pct)}${goal}` : goal ? `, bij een doel van ${valueText(doel!)}` : ''}.`;
  const rest: string[] = [];
  rest.push(
    `Daarvan ${valueText(realisatie!)} in eigen dienst of via detachering${inkoop ? ` en ${valueText(inkoop)} via SROI` : ''}.`,
  );
  if (own?.how)
    rest.push(
      `Zonder SROI, zoals het eigen doel telt, is dat ${valueText(own)}: zelf berekend (realisatie gedeeld door doel), niet door de bron gedrukt.`,
    );
  if (!doel) rest.push('Voor dat jaar staat er geen doel in de bronnen.');
  rest.push('Banen via inkoop/SROI tellen (nog) niet mee voor het eigen doel van de sector.');
  if (implicit) rest.push(latestYearLine(year));
  const quantities = [...rowQuantities(row), incl, ...(pct ? [pct] : []), ...(inkoop ? [inkoop] : [])];
  const actions = sectorFollowUps(kit, query.sector, year);
  actions.push({ title: 'Inclusief inkoop', query: { intent: 'inkoop', sector: query.sector, year } });
  return {
    lines: [first, ...rest],
    quantities,
    speak: first,
    view: {
      kind: 'lookup',
      title: `${name} · ${yt}`,
      summary: first,
      facts: [
        { label: 'Realisatie inclusief SROI (gemeld)', value: valueText(incl) },
        ...(pct ? [{ label: 'Percentage inclusief SROI (gemeld)', value: valueText(pct) }] : []),
        { label: 'Eigen dienst en detachering', value: valueText(realisatie!) },
        ...(inkoop ? [{ label: 'Via SROI', value: valueText(inkoop) }] : []),
        ...(doel ? [{ label: 'Doel', value: valueText(doel) }] : []),
        ...(own?.how ? [{ label: 'Percentage zonder SROI (berekend)', value: valueText(own) }] : []),
      ],
      actions,
      sectorPicker: sectorPicker(kit, { ...query, year }, query.sector),
    },
  };
}
