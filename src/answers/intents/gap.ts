// "hoeveel mist de politie nog?": doel − realisatie, also as a share of the doel; above the
// goal it says "boven doel" and by how much.
import { gap as computeGap } from '../../domain/compute.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorFollowUps, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowFacts, rowQuantities } from '../row-view.js';
import { periodOf, valueText, yearText } from '../wording.js';
import { chooseYear, latestYearLine } from '../year-choice.js';

export function gap(kit: AnswerKit, query: QueryOf<'gap'>): Draft {
  const choice = chooseYear(kit, query.sector, query.year, query, ['doel', 'realisatie']);
  if (!choice.ok) return choice.draft;
  const { year } = choice;
  const row = kit.figures.row(query.sector, year);
  const name = kit.name(query.sector);
  const yt = yearText(year, periodOf(row.doel, row.realisatie));
  const actions = sectorFollowUps(kit, query.sector, year, 'gap');
  const picker = sectorPicker(kit, { ...query, year }, query.sector);
  const base = { actions, sectorPicker: picker };

  if (!row.doel || !row.realisatie) {
    const missing = !row.doel ? 'geen doel' : 'geen realisatie';
    const line = `Voor ${kit.subject(query.sector)} staat over ${year} ${missing} in de bronnen, dus ik kan het tekort niet berekenen.`;
    return {
      lines: [line],
      quantities: rowQuantities(row),
      speak: line,
      view: { kind: 'gap', title: `Tekort ${name} · ${yt}`, summary: line, facts: rowFacts(row), ...base },
    };
  }
  const result = computeGap(row.doel, row.realisatie);
  const lines: string[] = [];
  const quantities = rowQuantities(row);
  let facts = rowFacts(row);
  let summary: string;
  if (result.kind === 'unit_mismatch') {
    summary = `Voor ${kit.subject(query.sector)} ${yt} staan doel en realisatie in verschillende eenheden (${result.units.join(' en ')}); een tekort reken ik daarom niet uit.`;
    lines.push(summary);
  } else if (result.kind === 'short') {
    summary = `${name} ${yt}: nog ${valueText(result.gap)} tekort om het doel van ${valueText(row.doel)} te halen (realisatie ${valueText(row.realisatie)}).`;
    lines.push(
      summary,
      `Dat is ${valueText(result.share)} van het doel.`,
      `Berekend: doel − realisatie (${valueText(row.doel)} − ${valueText(row.realisatie)}).`,
    );
    quantities.push(result.gap, result.share);
    facts = [
      ...facts,
      { label: 'Tekort (berekend)', value: valueText(result.gap) },
      { label: 'Tekort als deel van het doel', value: valueText(result.share) },
    ];
  } else {
    summary =
      result.surplus.value === 0
        ? `${name} ${yt}: precies op het doel van ${valueText(row.doel)}; er is geen tekort.`
        : `${name} ${yt}: boven het doel. De realisatie van ${valueText(row.realisatie)} is ${valueText(result.surplus)} meer dan het doel van ${valueText(row.doel)}.`;
    lines.push(summary);
    if (result.surplus.value > 0) {
      lines.push(
        `Dat is ${valueText(result.share)} boven het doel; er is geen tekort.`,
        'Berekend: realisatie − doel.',
      );
      quantities.push(result.surplus, result.share);
      facts = [...facts, { label: 'Boven het doel (berekend)', value: valueText(result.surplus) }];
    }
  }
  if (choice.implicit) lines.push(latestYearLine(year));
  return {
    lines,
    quantities,
    speak: summary,
    view: {
      kind: 'gap',
      title: `Tekort ${name} · ${yt}`,
      summary,
      facts,
      chart: {
        kind: 'horizontalBar',
        title: `Doel en realisatie ${kit.shortName(query.sector)} ${year}`,
        unit: row.doel.unit,
        series: [
          {
            name: kit.shortName(query.sector),
            points: [
              { x: 'Doel', y: row.doel.value, label: valueText(row.doel) },
              { x: 'Realisatie', y: row.realisatie.value, label: valueText(row.realisatie) },
            ],
          },
        ],
        textEquivalent: `Doel ${valueText(row.doel)}, realisatie ${valueText(row.realisatie)}.`,
      },
      ...base,
    },
  };
}
