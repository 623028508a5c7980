// Reader: what a ranking or filter measures, in which order, how many, and against which
// threshold or range. Read from the cues alone; the rules decide whether the question ranks.
//   "grootste tekort" → gap · "meeste banen" → realisatie · "hoogste doel" → doel
//   "grootste stijging" → stijging · "meeste procentpunten erbij" → stijging_pp
//   "meeste banen via inkoop" → inkoop · "het dichtst bij het doel zonder het te halen" → dichtst_bij
//   "laagste realisatie" → percentage (sectors differ greatly in size; the answer shows the absolute figures too)
//   "onder de 50%" → threshold 50 onder · "tussen 50 en 70%" → range 50–70 · "top 3" → limit 3
import type { RankBy, RankOrder } from '../../domain/enums.js';
import type { Features } from '../features.js';
import type { Cue } from '../vocabulary.js';

export interface MeasureRead {
  by: RankBy;
  order: RankOrder;
  /** "top 3", "de vijf beste" (only when the question ranks). */
  limit?: number;
  /** A realisatiepercentage to compare with instead of 100 ("boven de 90%", "onder de helft"). */
  threshold?: number;
  /** "tussen 50 en 70%": both ends included. */
  range?: { min: number; max: number };
}

/** "zonder het (doel) te halen", "zonder die te bereiken", "net niet", "bijna gehaald". */
const NOT_REACHED =
  / (zonder( (het|die|dat|hem|het doel|de \d+ procent))? te (halen|bereiken)|net niet|bijna gehaald|nog niet gehaald) /;
/** "net niet gehaald", "haalde het doel bijna": closest without reaching it, even without "dichtst". */
const ALMOST = / (net niet|bijna) /;
/** "grootste overschot", "grootste voorsprong": the surplus, i.e. the most negative gap first. */
const SURPLUS = /\b(overschot|overschotten|surplus|voorsprong|voorsprongen)\b/;

export function readMeasure(f: Features): MeasureRead {
  const has = (c: Cue) => f.cues.has(c);
  const text = ` ${f.text} `;
  // "Welke sector moet de meeste banen realiseren?", "het hoogste doel": ranked by the target.
  const mustRealise = has('must') && (has('realise') || has('realisatie'));
  // "Wie zit het meest boven het doel": the gap, most negative (largest surplus) first.
  const aboveTarget = has('doel') && (has('above') || has('below'));
  const byTarget =
    (has('doel') && !has('reach') && !has('realisatie') && !has('realise') && !aboveTarget) || mustRealise;
  const points = text.includes(' procentpunt');
  const closestNotReached =
    (text.includes(' dichtst') && NOT_REACHED.test(text)) || (ALMOST.test(text) && has('reach'));
  const surplus = SURPLUS.test(text);
  const moving = has('up') || has('down') || has('change');
  let by: RankBy = 'percentage';
  if (closestNotReached) by = 'dichtst_bij';
  else if (has('gap') || (has('must') && has('still')) || aboveTarget || surplus) by = 'gap';
  else if (moving) by = points ? 'stijging_pp' : 'stijging';
  else if (has('inkoop')) by = 'inkoop';
  else if (byTarget && !has('percentage')) by = 'doel';
  else if (absoluteAsked(f)) by = 'realisatie';
  const falling = (by === 'stijging' || by === 'stijging_pp') && has('down');
  const low = by !== 'dichtst_bij' && has('low') !== (falling || (aboveTarget && has('above')) || surplus);
  const out: MeasureRead = { by, order: low ? 'laag' : 'hoog' };
  const limit = f.numbers.find((n) => n >= 1 && n <= 30);
  if (limit !== undefined && (has('top') || has('superlative') || has('ranking'))) out.limit = limit;
  const range = readRange(f);
  if (range) out.range = range;
  else {
    const threshold =
      f.percents[0] ?? (has('above') || has('below') ? f.numbers.find((n) => n >= 1 && n <= 500) : undefined);
    if (threshold !== undefined) out.threshold = threshold;
  }
  return out;
}

/**
 * Absolute figures asked: "meeste banen", "meeste fta", "de meeste banen gerealiseerd". The noun
 * "realisatie" with a superlative ("laagste realisatie") is the percentage: the sectors differ
 * too much in size for absolute numbers to say who does well.
 */
function absoluteAsked(f: Features): boolean {
  const has = (c: Cue) => f.cues.has(c);
  if (has('percentage')) return false;
  if (has('unit') && (has('most') || has('superlative'))) return true;
  if (has('realise')) return true;
  if (!has('realisatie')) return false;
  // "het hoogste aantal banen" names the unit inside the realisatie phrase.
  return !has('superlative') || /\b(banen|fta|plekken)\b/.test(f.cuePhrase.get('realisatie') ?? '');
}

/** "tussen 50 en 70 procent", "van 50 tot 70%", "50 70 procent": two percentages as a range. */
function readRange(f: Features): { min: number; max: number } | undefined {
  const m = f.text.match(/\b(?:tussen|van) (?:de )?(\d{1,3}) (?:procent )?(?:en|tot|tm) (?:de )?(\d{1,3}) procent\b/);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
