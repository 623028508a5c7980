// "vo inclusief inkoop 2024", "defensie met sroi": realisatie with and without banen via
// inkoop/SROI. Inkoop is only added to realisatie when both are in the same unit.
import { inclInkoop } from '../../domain/compute.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { periodOf, valueText, yearText } from '../wording.js';
import { chooseYear, latestYearLine } from '../year-choice.js';

const INKOOP_METRICS = ['inkoop', 'realisatie_incl_inkoop', 'percentage_incl_inkoop'] as const;

export function inkoop(kit: AnswerKit, query: QueryOf<'inkoop'>): Draft {
  const name = kit.name(query.sector);
  if (!kit.figures.years(query.sector, INKOOP_METRICS).length) {
    const line = `Voor ${kit.subject(query.sector)} heb ik geen cijfers over banen via inkoop of SROI.`;
    return {
      lines: [line, 'De bronnen melden die alleen voor sommige sectoren.'],
      quantities: [],
      speak: line,
      view: {
        kind: 'inkoop',
        title: `${name} · inkoop/SROI`,
        summary: line,
        actions: [
          { title: 'Realisatie', query: { intent: 'lookup', sector: query.sector, year: query.year, metric: 'alles' } },
          {
            title: 'Wat doet de sector aan inkoop?',
            query: { intent: 'notes', sector: query.sector, topic: 'inkoop' },
          },
        ],
        sectorPicker: sectorPicker(kit, query, query.sector),
      },
    };
  }
  const choice = chooseYear(kit, query.sector, query.year, query, INKOOP_METRICS);
  if (!choice.ok) return choice.draft;
  const { year } = choice;
  const row = kit.figures.row(query.sector, year);
  const result = inclInkoop(row);
  const yt = yearText(year, periodOf(row.realisatie, result.inkoop));
  const lines: string[] = [];
  const quantities = [...rowQuantities(row)];
  const summary = result.inclusivePercentage
    ? `${name} ${yt} inclusief inkoop/SROI: ${valueText(result.inclusivePercentage)} van het doel.`
    : result.inclusive
      ? `${name} ${yt} inclusief inkoop/SROI: ${valueText(result.inclusive)}.`
      : `${name} ${yt}: ${result.inkoop ? `${valueText(result.inkoop)} via inkoop/SROI` : 'inkoop/SROI'}.`;
  lines.push(summary);
  if (row.realisatie || row.doel) lines.push(`Zonder inkoop: ${rowPhrase(row)}.`);
  if (result.inkoop) {
    lines.push(`Via inkoop/SROI: ${valueText(result.inkoop)}.`);
    quantities.push(result.inkoop);
  }
  if (result.inclusive) {
    if (result.inclusive.how)
      lines.push(`Realisatie inclusief inkoop: ${valueText(result.inclusive)} (berekend: realisatie + inkoop).`);
    else if (result.inclusivePercentage) lines.push(`Realisatie inclusief inkoop: ${valueText(result.inclusive)}.`);
    quantities.push(result.inclusive);
  }
  if (result.inclusivePercentage) {
    if (result.inclusivePercentage.how)
      lines.push('Het percentage inclusief inkoop is berekend: realisatie inclusief inkoop gedeeld door doel.');
    quantities.push(result.inclusivePercentage);
  }
  const caveats: string[] = [];
  if (result.unitMismatch)
    caveats.push(
      `Inkoop is gemeld in ${result.unitMismatch.units[1]} en de realisatie in ${result.unitMismatch.units[0]}; die tel ik niet bij elkaar op.`,
    );
  caveats.push('Let op: banen via inkoop/SROI tellen (nog) niet mee voor het eigen doel van de sector.');
  if (choice.implicit) lines.push(latestYearLine(year));
  return {
    lines,
    quantities,
    caveats,
    speak: summary,
    view: {
      kind: 'inkoop',
      title: `${name} · inclusief inkoop · ${yt}`,
      summary,
      facts: [
        ...(row.realisatie ? [{ label: 'Realisatie (zonder inkoop)', value: valueText(row.realisatie) }] : []),
        ...(result.inkoop ? [{ label: 'Via inkoop/SROI', value: valueText(result.inkoop) }] : []),
        ...(result.inclusive
          ? [
              {
                label: result.inclusive.how ? 'Inclusief inkoop (berekend)' : 'Inclusief inkoop',
                value: valueText(result.inclusive),
              },
            ]
          : []),
        ...(row.doel ? [{ label: 'Doel', value: valueText(row.doel) }] : []),
        ...(result.inclusivePercentage
          ? [
              {
                label: result.inclusivePercentage.how
                  ? 'Percentage inclusief inkoop (berekend)'
                  : 'Percentage inclusief inkoop',
                value: valueText(result.inclusivePercentage),
              },
            ]
          : []),
      ],
      actions: [
        { title: 'Zonder inkoop', query: { intent: 'lookup', sector: query.sector, year, metric: 'alles' } },
        { title: 'Wat doet de sector aan inkoop?', query: { intent: 'notes', sector: query.sector, topic: 'inkoop' } },
      ],
      sectorPicker: sectorPicker(kit, { ...query, year }, query.sector),
    },
  };
}
