// Shared by the answers tests: one Answerer over the real dataset, and the check that every
// number in an answer's text is one of its facts.
import { type Answer, createAnswerer } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';
import { formatNumber } from '../../src/domain/format.js';

export const dataset = loadDataset();
export const errors: unknown[] = [];
export const answerer = createAnswerer(dataset, { onError: (err) => errors.push(err) });
export const ask = (q: string) => answerer.ask(q);
export const answer: typeof answerer.answer = (query, question) => answerer.answer(query, question);

/** Dataset prose an answer may quote verbatim (its numbers are the source's, not ours). */
const DATASET_PROSE = [
  ...dataset.conflicts.map((c) => c.explanation),
  ...dataset.figures.flatMap((f) => (f.derived ? [f.derived] : [])),
  ...dataset.context.map((c) => c.text),
  ...dataset.notes.map((n) => n.text),
  ...dataset.sources.flatMap((s) => [s.title, s.citation]),
  // Where a derived figure was computed from, named after the source's table ("Bijlage 1, Tabel 1").
  ...dataset.figures.flatMap((f) => (f.derived ? [f.ref.section.split(' — ')[0]!.replace(/\s*\([^)]*\)$/, '')] : [])),
  ...dataset.metrics.map((m) => m.description),
].sort((a, b) => b.length - a.length);

const DATA_YEARS = new Set(dataset.figures.map((f) => f.year));

/** Passage texts by source (data/passages.json): a quote counts only when it is one of these, unchanged. */
const PASSAGES = new Set((dataset.passages ?? []).map((p) => `${p.source}\n${p.text}`));

/** Quotes of an answer that are not a passage of their source word for word. */
export function unverifiedQuotes(a: Answer): string[] {
  return (a.quotes ?? []).filter((q) => !PASSAGES.has(`${q.source}\n${q.text}`)).map((q) => q.text);
}

/** nl-NL numbers: 5.078 · 508,5 · 68,4 · 2024. */
const NUMBER = /\d+(?:\.\d{3})*(?:,\d+)?/g;

/**
 * Numbers in `text` that are not among the facts' values (formatted as the answer formats them).
 * Ignored, by rule:
 * - the "Bron: …" line (citations like "Kamerstuk 34 352 nr. 348");
 * - source passages the answer quotes (`quotes`), when each is a passage of its source unchanged;
 * - dataset prose quoted verbatim (conflict explanations, derived-figure notes, context and notes
 *   texts, source titles): its numbers are the source's words;
 * - list ordinals "1. " at the start of a line (rankings);
 * - years: a four-digit number that is a fact's year or a year the query named ("Laatste jaar
 *   met cijfers: 2024"); in an answer without facts (e.g. "geen cijfers over 2030; er zijn
 *   cijfers over 2023 en 2024") also a year the dataset has figures for;
 * - the length of a ranking the user asked for ("top 3" → "Top 3 van de sectoren");
 * - the percentage a filter compares with, as the user gave it ("onder 50% van het doel"), and
 *   the ends of a range ("tussen 50% en 70%").
 */
export function unexplainedNumbers(a: Answer, text: string = a.text): string[] {
  // A quoted source passage holds the source's numbers, not ours; only a verified quote is left out.
  const verified = (a.quotes ?? []).filter((q) => PASSAGES.has(`${q.source}\n${q.text}`));
  for (const part of [...verified.map((q) => q.text), ...verified.map((q) => q.section)])
    text = text.split(part).join(' ');
  text = text
    .split('\n')
    .filter((l) => !l.startsWith('Bron: '))
    .map((l) => l.replace(/^\d+\. /, ''))
    .join('\n');
  for (const prose of DATASET_PROSE) if (text.includes(prose)) text = text.split(prose).join(' ');
  // A fact is shown with one decimal, or with every decimal its source printed (2,76%).
  const known = new Set(a.facts.flatMap((f) => [formatNumber(Math.abs(f.value)), formatNumber(Math.abs(f.value), 3)]));
  const years = new Set<number>([
    ...(a.facts.length ? [] : DATA_YEARS),
    ...a.facts.map((f) => f.year),
    ...queryYears(a),
  ]);
  return (text.match(NUMBER) ?? []).filter((n) => {
    if (known.has(n)) return false;
    if (/^\d{4}$/.test(n) && years.has(Number(n))) return false;
    if (n === String((a.query as { limit?: number }).limit) && text.includes(`Top ${n} `)) return false;
    const threshold = (a.query as { threshold?: number }).threshold;
    if (threshold !== undefined && n === formatNumber(threshold) && text.includes(` ${n}% van het doel`)) return false;
    const range = (a.query as { range?: { min: number; max: number } }).range;
    const between = range && `tussen ${formatNumber(range.min)}% en ${formatNumber(range.max)}%`;
    if (between && (n === formatNumber(range.min) || n === formatNumber(range.max)) && text.includes(between))
      return false;
    return true;
  });
}

function queryYears(a: Answer): number[] {
  const q = a.query as Record<string, unknown>;
  return [q.year, q.from, q.to, ...(Array.isArray(q.years) ? q.years : [])].filter(
    (y): y is number => typeof y === 'number',
  );
}

/**
 * The same check for what the card shows as text: summary, fact values and the chart's text
 * equivalent (ordinals "1. " after "; " are list positions too).
 */
export function unexplainedViewNumbers(a: Answer): string[] {
  const parts = [
    a.view.summary,
    ...(a.view.facts ?? []).map((f) => f.value),
    ...(a.view.chart ? [a.view.chart.textEquivalent.replace(/(^|; )\d+\. /g, '$1')] : []),
  ];
  return unexplainedNumbers(a, parts.join('\n'));
}

/** The card as one string, for "the card shows X" assertions. */
export function cardText(a: Answer): string {
  return JSON.stringify(a.card);
}
