// Turns an intent's draft (lines, quantities, view) into an Answer: adds the caveats every
// answer owes (approximations, derived figures, recorded source conflicts), the "Bron:" line,
// the facts, and the card.

import { buildCard, type CardView, plain } from '../cards/index.js';
import type { Quantity } from '../domain/figures.js';
import { formatList } from '../domain/format.js';
import type { Conflict } from '../domain/model.js';
import type { Query } from '../nlu/index.js';
import type { Answer, Draft, Fact } from './answer.types.js';
import { citationsFor, citedSourceLine, distinctSourceIds } from './citations.js';
import type { AnswerKit } from './kit.js';
import { yearText } from './wording.js';

export function factOf(q: Quantity): Fact {
  const fact: Fact = {
    sector: q.sector,
    year: q.year,
    metric: q.metric,
    value: q.value,
    unit: q.unit,
    source: q.sources.join(','),
  };
  if (q.how) fact.computed = q.how;
  if (q.approximate) fact.approximate = true;
  if (q.derived) fact.derived = q.derived;
  return fact;
}

function uniqueFacts(qs: readonly Quantity[]): Fact[] {
  const seen = new Set<string>();
  // The same Quantity object often comes twice (a row's figure as input and beside a ranking):
  // skipped before its key text is built.
  const seenObjects = new Set<Quantity>();
  const out: Fact[] = [];
  for (const q of qs) {
    if (seenObjects.has(q)) continue;
    seenObjects.add(q);
    const k = `${q.sector}|${q.year}|${q.metric}|${q.value}|${q.how ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(factOf(q));
  }
  return out;
}

/** Caveats the data itself calls for: approximations, derived figures, recorded conflicts. */
export function dataCaveats(kit: AnswerKit, qs: readonly Quantity[]): string[] {
  const out: string[] = [];
  const read = qs.filter((q) => !q.how);
  if (qs.some((q) => q.approximate)) {
    const approxSectors = [
      ...new Set(qs.filter((q) => q.approximate && q.sector !== 'nationaal').map((q) => q.sector)),
    ];
    const names = approxSectors.map((s) => kit.explained(s as never));
    out.push(
      `Let op: ${names.length ? `de cijfers voor ${formatList(names)} zijn` : 'deze cijfers zijn'} bij benadering (de bron schrijft "+/-", "circa" of "ongeveer").`,
    );
  }
  for (const q of read) {
    if (!q.derived || q.sector === 'nationaal') continue;
    // The dataset's reason (`derived`) is a note for maintainers; the user reads where the figure comes from.
    const table = kit.figures
      .get(q.sector, q.year, q.metric)
      ?.ref.section?.split(' — ')[0]
      ?.replace(/\s*\([^)]*\)$/, '');
    out.push(
      `Let op: het cijfer voor ${metricLabel(kit, q.metric)} ${kit.shortName(q.sector)} ${yearText(q.year, q.period)} is in de bron niet goed leesbaar en daarom berekend uit de totalen van ${table ?? 'de tabel in de bron'}.`,
    );
  }
  const seen = new Set<string>();
  for (const q of read) {
    if (q.sector === 'nationaal') continue;
    for (const c of kit.conflicts(q.sector, q.year, q.metric)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(`Let op: ${CONFLICT_LEAD[c.kind]} ${c.explanation}`);
    }
  }
  return [...new Set(out)];
}

/** How a recorded conflict is introduced: the kind decides whether sources or a calculation differ. */
const CONFLICT_LEAD: Record<Conflict['kind'], string> = {
  percentage_mismatch: 'het gedrukte percentage klopt niet met realisatie en doel.',
  source_disagreement: 'de bronnen verschillen.',
  definition_change: 'de telling is veranderd.',
};

export function metricLabel(kit: AnswerKit, metric: string): string {
  return kit.dataset.metrics.find((m) => m.id === metric)?.label ?? metric;
}

/** "Bron: Kamerstuk 34 352 nr. 348; Kamerbrief …", or undefined when nothing is cited. */
export function sourceLine(kit: AnswerKit, sourceIds: readonly string[]): string | undefined {
  const ids = distinctSourceIds(sourceIds);
  if (!ids.length) return undefined;
  return `Bron: ${[...new Set(ids.map((id) => kit.citation(id)))].join('; ')}`;
}

const norm = (text: string) =>
  (text.includes('**') ? text.replace(/\*\*/g, '') : text)
    // Every run of white space (no-break spaces included) as one space; a lone space is left as
    // it is, so the common text is not rebuilt space by space.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/^[•\-–] /, '')
    .trim()
    .toLowerCase();

/** Numbers as written in a line ("489", "68,4%", "1.929", "2024"). */
const NUMBER = /[+\-−]?\d+(?:\.\d{3})*(?:,\d+)?%?/g;

/**
 * Whether the card of `view` already says what a line says: the line is one of its texts (or part
 * of one), or a table row holds every number of the line ("Politie: 489 fta van een doel van 713
 * fta (68,4%)" next to the row Politie | 713 fta | 489 fta | 68,4%), or it only introduces the
 * table ("Vergelijking alle sectoren, 2024:"). The view's texts and its table rows' numbers are
 * read once, not again for every line (an answer has up to ~30 lines and as many rows).
 */
function viewShows(view: Omit<CardView, 'caveats' | 'source'>): (line: string) => boolean {
  const texts = [
    view.title,
    view.summary,
    ...(view.paragraphs ?? []),
    ...(view.facts ?? []).map((f) => `${f.label}: ${f.value}`),
    view.chart?.textEquivalent ?? '',
    view.table?.caption ?? '',
    ...(view.actions ?? []).map((a) => a.title),
  ].map(norm);
  const bare = (n: string) => n.replace(/^[+\-−]/, '');
  const rows = (view.table?.rows ?? []).map(
    (row) =>
      new Set(
        (
          row
            .join(' | ')
            .replace(/\u00a0/g, ' ')
            .match(NUMBER) ?? []
        ).map(bare),
      ),
  );
  return (line) => {
    const l = norm(line);
    if (!l) return true;
    const needle = l.replace(/[.:]$/, '');
    if (texts.some((t) => t.includes(needle))) return true;
    if (!rows.length) return false;
    if (l.endsWith(':')) return true;
    const numbers = line.replace(/\u00a0/g, ' ').match(NUMBER) ?? [];
    if (!numbers.length) return false;
    return rows.some((cells) => numbers.every((n) => cells.has(bare(n))));
  };
}

export function compose(kit: AnswerKit, query: Query, question: string, draft: Draft): Answer {
  const caveats: string[] = [];
  for (const list of [draft.caveats ?? [], dataCaveats(kit, draft.quantities)])
    for (const c of list) if (!caveats.includes(c)) caveats.push(c);
  const sourceIds: string[] = [];
  for (const q of draft.quantities) for (const s of q.sources) sourceIds.push(s);
  if (draft.sources) for (const s of draft.sources) sourceIds.push(s);
  const source = sourceLine(kit, sourceIds);
  const citations = citationsFor(kit, sourceIds, draft.quantities);
  const sourceNote = citedSourceLine(citations);
  const view: CardView = { ...draft.view };
  // The card is the answer in Teams (the message has no other text): every line the card does not
  // already say goes into it, after what the intent put there.
  const shown = viewShows(draft.view);
  const unshown = draft.lines.filter((line) => !shown(line));
  // Answer lines are data, not markdown: "1. Financiën: 107% …" stays a sentence (plain), not a list.
  if (unshown.length) view.paragraphs = [...(view.paragraphs ?? []), ...unshown.map(plain)];
  if (caveats.length) view.caveats = caveats;
  if (source) view.source = source;
  const text = draft.lines.concat(caveats, source ? [source] : []).join('\n');
  let card: Answer['card'] = null;
  try {
    card = buildCard(view, draft.speak);
  } catch (error) {
    // The text answer stands on its own; the failure is reported, the card left out.
    kit.report(error, query.intent);
    card = null;
  }
  return {
    question,
    intent: query.intent,
    query,
    text,
    speak: draft.speak,
    facts: uniqueFacts(draft.quantities),
    ...(draft.quotes?.length ? { quotes: draft.quotes } : {}),
    citations,
    ...(sourceNote ? { sourceNote } : {}),
    view,
    card,
  };
}
