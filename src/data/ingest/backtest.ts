// Backtest: take a letter already in the dataset, remove its own figures (ref.source) from a
// copy, ingest the letter and compare the new-figure proposals with the curated figures. A match
// is the same sector, year, metric, value and unit, one proposal per curated figure. Quotes are
// verbatim when they occur in the letter (whitespace-normalised, as data:check compares). Pure.
import type { Dataset } from '../../domain/model.js';
import { ingestLetter } from './ingest-letter.js';
import { normalise } from './read-letter.js';

export interface BacktestResult {
  source: string;
  expected: number;
  proposed: number;
  matched: number;
  recall: number;
  precision: number;
  quotesVerbatim: number;
}

/** The dataset without the figures a source is the main reference of (and its mentions as alsoIn). */
export function withoutSource(data: Dataset, source: string): Dataset {
  const figures = data.figures
    .filter((f) => f.ref.source !== source)
    .map((f) => {
      if (!f.alsoIn?.some((r) => r.source === source)) return f;
      const alsoIn = f.alsoIn.filter((r) => r.source !== source);
      const { alsoIn: _drop, ...rest } = f;
      return alsoIn.length ? { ...rest, alsoIn } : rest;
    });
  const conflicts = data.conflicts.filter((c) =>
    figures.some((f) => f.sector === c.sector && f.year === c.year && f.metric === c.metric && f.value === c.reported),
  );
  return { ...data, figures, conflicts };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function backtest(data: Dataset, source: string, letterText: string, file: string): BacktestResult {
  const expected = data.figures.filter((f) => f.ref.source === source);
  const result = ingestLetter(withoutSource(data, source), { text: letterText, source, file });
  const proposed = result.proposals.flatMap((p) => (p.kind === 'figure' && p.status === 'nieuw' ? [p.figure] : []));
  const k = (f: { sector: string; year: number; metric: string; value: number; unit: string }) =>
    `${f.sector}|${f.year}|${f.metric}|${f.value}|${f.unit}`;
  const open = new Map<string, number>();
  for (const f of expected) open.set(k(f), (open.get(k(f)) ?? 0) + 1);
  let matched = 0;
  for (const f of proposed) {
    const n = open.get(k(f)) ?? 0;
    if (n > 0) {
      matched++;
      open.set(k(f), n - 1);
    }
  }
  const letter = normalise(letterText);
  const quotes = result.proposals.flatMap((p) =>
    p.kind === 'figure'
      ? [p.figure.ref.quote]
      : p.kind === 'conflict'
        ? p.conflict.refs.map((r) => r.quote)
        : [p.fact.ref.quote],
  );
  const verbatim = quotes.filter((q) => !!q && letter.includes(normalise(q))).length;
  return {
    source,
    expected: expected.length,
    proposed: proposed.length,
    matched,
    recall: expected.length ? round(matched / expected.length) : 1,
    precision: proposed.length ? round(matched / proposed.length) : 1,
    quotesVerbatim: quotes.length ? round(verbatim / quotes.length) : 1,
  };
}
