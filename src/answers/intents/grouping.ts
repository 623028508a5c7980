// Groupings that differ between sources: the letter on 2020 (Kamerbrief 2021) lists the umc's
// among the onderwijssectoren, nr. 328 among the overheidssectoren. The dataset follows the
// former (data/sectors.json); a total over overheid or onderwijs says so and gives the other
// grouping's total beside it.
import type { Quantity } from '../../domain/figures.js';
import type { AnswerKit } from '../kit.js';
import { valueText } from '../wording.js';

/** Where each source puts the umc's (the section headings "Overheidssectoren" / "Onderwijssectoren"). */
const UMC_GROUPING = { onderwijs: 'kamerbrief-2021', overheid: 'kst-34352-328' } as const;

export interface GroupingNote {
  line: string;
  quantities: Quantity[];
  sources: string[];
}

/** For a total over overheid or onderwijs: which grouping of the umc's it uses and what the other gives. */
export function umcGrouping(kit: AnswerKit, scope: string, year: number): GroupingNote | undefined {
  if (scope !== 'overheid' && scope !== 'onderwijs') return undefined;
  const umc = kit.sector('umc');
  if (!umc) return undefined;
  const members = kit.members(scope).map((m) => m.id);
  const ownGroup = umc.group;
  const otherGroup = ownGroup === 'onderwijs' ? 'overheid' : 'onderwijs';
  const alternative = members.includes('umc') ? members.filter((id) => id !== 'umc') : [...members, 'umc' as const];
  const umcRow = kit.figures.row('umc', year);
  if (!umcRow.doel || !umcRow.realisatie) return undefined;
  const alt = kit.total(alternative, year, scope === 'overheid' ? 'overheidssectoren' : 'onderwijssectoren');
  if (!alt.doel || !alt.realisatie || !alt.count) return undefined;
  const here = members.includes('umc') ? 'meegeteld' : 'niet meegeteld';
  const ownSource = kit.citation(UMC_GROUPING[ownGroup]);
  const otherSource = kit.citation(UMC_GROUPING[otherGroup]);
  const figures = `realisatie ${valueText(alt.realisatie)} van een doel van ${valueText(alt.doel)}${alt.percentage ? ` (${valueText(alt.percentage)})` : ''}`;
  const line =
    `Indeling: de umc’s zijn hier ${here}; ik reken ze tot het ${ownGroup === 'onderwijs' ? 'onderwijs' : 'de overheid'}, zoals ${ownSource}. ` +
    `${otherSource} rekent ze tot de ${otherGroup === 'overheid' ? 'overheidssectoren' : 'onderwijssectoren'}; ` +
    `zo geteld is het ${members.includes('umc') ? 'zonder' : 'met'} de umc’s: ${figures}.`;
  return {
    line,
    quantities: [alt.realisatie, alt.doel, ...(alt.percentage ? [alt.percentage] : []), alt.count],
    sources: [UMC_GROUPING[ownGroup], UMC_GROUPING[otherGroup]],
  };
}
