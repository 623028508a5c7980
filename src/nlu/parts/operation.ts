// Reader: what a question asks to do with the figures, read from its cue words alone (before
// the entities are looked at). The rule table (rules.ts) combines it with the other parts; a
// follow-up resolver (issue 10) uses it to tell "en het tekort?" from "en in 2023?".
//   sum        "samen", "opgeteld", "in totaal", "bij elkaar"
//   compare    "vergelijk", "vs", "t.o.v. 2023", "naast elkaar"
//   rank       "ranglijst", "beste", "hoogste", "top 3"
//   filter     "welke … haalden hun doel", "onder de 50%", "tussen 50 en 70%"
//   change     "verschil", "gestegen", "gedaald"
//   trend      "ontwikkeling", "verloop", "2019 t/m 2024", "sinds 2020"
//   projection "wanneer", "prognose", "bij dit tempo"
//   gap        "tekort", "hoeveel mist", "nog te gaan"
//   inkoop     "inclusief inkoop", "sroi"
//   explain    "waarom", "aanpak", "knelpunten", "begeleiding"
//   lookup     everything else
import type { Operation } from '../../domain/enums.js';
import type { Features } from '../features.js';
import type { Cue } from '../vocabulary.js';

const EXPLAIN: readonly Cue[] = [
  'why',
  'notes',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
];
/** Words of a sum, without averages ("gemiddeld" is the mean percentage of a group); "tel po, vo en mbo op". */
const SUM_WORDS =
  /\b(samen|opgeteld|optellen|totaal|totale|in totaal|bij elkaar|som|gezamenlijk|gezamenlijke)\b|\btel\b.*\bop\b/;

export function readOperation(f: Features): Operation {
  const has = (c: Cue) => f.cues.has(c);
  const y = f.years;
  if (EXPLAIN.some(has)) return 'explain';
  if (has('projection')) return 'projection';
  if (has('ranking') || has('superlative') || (has('top') && f.numbers.length > 0)) return 'rank';
  if (has('compare') || y.versus) return 'compare';
  if (has('which') && (has('reach') || has('above') || has('below'))) return 'filter';
  if (has('gap') || (has('must') && has('still'))) return 'gap';
  if (has('trend') || y.range || y.since) return 'trend';
  if (has('change') || has('up') || has('down')) return 'change';
  if (has('inkoop')) return 'inkoop';
  if (readTogether(f)) return 'sum';
  return 'lookup';
}

/** "po en vo samen", "het totaal van gemeenten, provincies en waterschappen", "opgeteld". */
export function readTogether(f: Features): boolean {
  return SUM_WORDS.test(f.text);
}
