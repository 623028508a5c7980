// "wat is een fta?", "doelgroepregister", "wat is het doel van de overheid?": national context
// from data/context.json (ids "<topic>-<detail>"), and for "bronnen" the list of sources.
import type { Quantity } from '../domain/figures.js';
import type { ContextFact } from '../domain/model.js';
import type { QueryOf } from '../nlu/query.js';
import type { Draft } from './compose.js';
import type { AnswerKit } from './kit.js';

/** At most this many context items in one answer; the card offers the rest as a follow-up. */
export const MAX_CONTEXT_ITEMS = 5;

const TOPIC_TITLES: Record<QueryOf<'context'>['topic'], string> = {
  fta: 'Wat is een fta?',
  doelgroepregister: 'Het doelgroepregister',
  doelen: 'De doelen van de banenafspraak',
  quotum: 'Het quotum',
  banenafspraak: 'De banenafspraak',
  bronnen: 'Bronnen',
};

const QUOTUM_LEAD =
  'Over een quotumheffing (wanneer die ingaat of hoe hoog die is) staat niets in mijn bronnen. Wel gebruiken ze het quotum, een percentage van het personeel, om de doelen te berekenen:';

export function contextQuantity(kit: AnswerKit, c: ContextFact): Quantity | undefined {
  if (c.value === undefined) return undefined;
  const source = kit.dataset.sources.find((s) => s.id === c.ref.source);
  const year = c.year ?? (source?.years.length ? Math.max(...source.years) : kit.dataset.meta.latestYear);
  const q: Quantity = {
    sector: 'nationaal',
    year,
    metric: c.id,
    value: c.value,
    unit: c.unit ?? 'aantal',
    sources: [c.ref.source],
  };
  if (c.period) q.period = c.period;
  return q;
}

export function context(kit: AnswerKit, query: QueryOf<'context'>): Draft {
  const title = TOPIC_TITLES[query.topic];
  const items = kit.dataset.context.filter((c) => c.id.startsWith(`${query.topic}-`));
  if (query.topic === 'bronnen') return sources(kit, items);
  if (!items.length) {
    const line = `Over "${query.topic}" heb ik (nog) geen uitleg in mijn gegevens.`;
    return { lines: [line], quantities: [], speak: line, view: { kind: 'context', title, summary: line } };
  }
  const shown = items.slice(0, MAX_CONTEXT_ITEMS);
  // Questions about the levy ("quotumheffing", "boete", "wat gebeurt er als …") land here too; the
  // sources only use the quotum to compute targets, so say that first instead of seeming to answer.
  const lead = query.topic === 'quotum' ? [QUOTUM_LEAD] : [];
  const lines = [...lead, ...shown.map((c) => c.text)];
  const quantities = shown.map((c) => contextQuantity(kit, c)).filter((q): q is Quantity => q !== undefined);
  return {
    lines,
    quantities,
    sources: shown.map((c) => c.ref.source),
    speak: lines[0]!,
    view: {
      kind: 'context',
      title,
      summary: lines[0]!,
      paragraphs: lines.slice(1),
      actions: relatedTopics(query.topic),
    },
  };
}

function relatedTopics(topic: QueryOf<'context'>['topic']): { title: string; query: QueryOf<'context'> }[] {
  const all: QueryOf<'context'>['topic'][] = ['banenafspraak', 'doelen', 'fta', 'doelgroepregister', 'quotum'];
  return all
    .filter((t) => t !== topic)
    .slice(0, 3)
    .map((t) => ({ title: TOPIC_TITLES[t], query: { intent: 'context', topic: t } }));
}

function sources(kit: AnswerKit, items: ContextFact[]): Draft {
  const intro =
    items.find((c) => c.id === 'bronnen-overzicht')?.text ??
    'Mijn cijfers en toelichtingen komen uit deze openbare documenten:';
  const list = kit.dataset.sources.map((s) => `• ${s.citation}: ${s.title}`);
  return {
    lines: [intro, ...list],
    quantities: [],
    sources: kit.dataset.sources.map((s) => s.id),
    speak: intro,
    view: {
      kind: 'context',
      title: 'Bronnen',
      summary: intro,
      table: {
        caption: 'Bronnen',
        columns: ['Bron', 'Titel', 'Datum'],
        rows: kit.dataset.sources.map((s) => [s.citation, s.title, s.date]),
        headerColumn: 0,
      },
    },
  };
}
