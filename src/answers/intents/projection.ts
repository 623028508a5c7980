// "wanneer haalt de politie het doel bij dit tempo?": the last year's growth extrapolated, the
// goal held constant. A calculation, not a forecast from the source: the answer says so.
import { projection as computeProjection } from '../../domain/compute.js';
import type { Quantity } from '../../domain/figures.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import { sectorFollowUps, sectorPicker } from '../follow-ups.js';
import type { AnswerKit } from '../kit.js';
import { rowPhrase, rowQuantities } from '../row-view.js';
import { capitalize, signedText, valueText, verbFor } from '../wording.js';

const ASSUMPTION =
  'Let op: dit is een rekenvoorbeeld, geen prognose uit de bron. Het doel blijft gelijk en de groei van het laatste jaar houdt aan.';

export function projection(kit: AnswerKit, query: QueryOf<'projection'>): Draft {
  const subject = kit.subject(query.sector);
  const Subject = capitalize(subject);
  const rows = kit.figures.years(query.sector).map((y) => kit.figures.row(query.sector, y));
  const result = computeProjection(rows);
  const lines: string[] = [];
  const quantities: Quantity[] = [];
  const caveats: string[] = [];
  let summary: string;
  let year = rows.at(-1)?.year;
  switch (result.kind) {
    case 'reached':
      year = result.last.year;
      summary = `${Subject} ${verbFor(subject, 'haalde', 'haalden')} het doel al in ${result.last.year}: ${rowPhrase(result.last)}.`;
      lines.push(summary);
      quantities.push(...rowQuantities(result.last));
      break;
    case 'insufficient':
      summary =
        result.reason === 'no_goal'
          ? `Voor ${subject} staat over ${result.last?.year} geen doel in de bronnen, dus ik kan niet uitrekenen wanneer het doel gehaald wordt.`
          : result.reason === 'unit_mismatch'
            ? `Voor ${subject} zijn de laatste cijfers in verschillende eenheden gemeld; daaruit reken ik geen tempo uit.`
            : `Voor ${subject} heb ik maar één jaar met realisatie, dus geen tempo om mee te rekenen.`;
      lines.push(summary);
      if (result.last) quantities.push(...rowQuantities(result.last));
      break;
    case 'no_growth': {
      const { last, previous, growth, remaining } = result;
      summary = `${Subject} ${verbFor(subject, 'haalt', 'halen')} het doel niet bij dit tempo: de realisatie ging van ${valueText(previous.realisatie!)} in ${previous.year} naar ${valueText(last.realisatie!)} in ${last.year} (${signedText(growth)} per jaar).`;
      lines.push(summary, `Er ontbreekt nog ${valueText(remaining)} tot het doel van ${valueText(last.doel!)}.`);
      quantities.push(...rowQuantities(previous), ...rowQuantities(last), growth, remaining);
      caveats.push(ASSUMPTION);
      break;
    }
    case 'projected': {
      const { last, previous, growth, remaining, yearsNeeded, targetYear } = result;
      summary = `Bij dit tempo ${verbFor(subject, 'haalt', 'halen')} ${subject} het doel in ${targetYear.value}.`;
      lines.push(
        summary,
        `De realisatie groeide van ${valueText(previous.realisatie!)} in ${previous.year} naar ${valueText(last.realisatie!)} in ${last.year}: ${signedText(growth)} per jaar.`,
        `Er ontbreekt nog ${valueText(remaining)} tot het doel van ${valueText(last.doel!)}; dat is ${valueText(yearsNeeded)} jaar groei (naar boven afgerond).`,
        'Berekend: (doel − realisatie) gedeeld door de groei van het laatste jaar.',
      );
      quantities.push(...rowQuantities(previous), ...rowQuantities(last), growth, remaining, yearsNeeded, targetYear);
      caveats.push(ASSUMPTION);
      break;
    }
  }
  return {
    lines,
    quantities,
    caveats,
    speak: summary,
    view: {
      kind: 'projection',
      title: `Wanneer haalt ${subject} het doel?`,
      summary,
      facts: quantities
        .filter((q) => q.how)
        .map((q) => ({
          label: PROJECTION_LABELS[q.metric] ?? q.metric,
          value: q.metric === 'jaar_doel_bereikt' ? String(q.value) : valueText(q),
        })),
      actions: year === undefined ? [] : sectorFollowUps(kit, query.sector, year),
      sectorPicker: sectorPicker(kit, query, query.sector),
    },
  };
}

const PROJECTION_LABELS: Record<string, string> = {
  groei_per_jaar: 'Groei per jaar (berekend)',
  tekort: 'Tekort (berekend)',
  jaren_tot_doel: 'Jaren tot het doel (berekend)',
  jaar_doel_bereikt: 'Doel bereikt in (berekend)',
};
