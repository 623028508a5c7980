// "wat is een fta?", "doelgroepregister", "wat is het doel van de overheid?": national context
// from data/context.json (ids "<topic>-<detail>"), and for "bronnen" the list of sources.

import { concatMap } from '../../domain/arrays.js';
import { total as computeTotal } from '../../domain/compute.js';
import type { Quantity } from '../../domain/figures.js';
import type { ContextFact } from '../../domain/model.js';
import type { ContextTopic, QueryOf } from '../../nlu/index.js';
import type { Draft } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { periodText, valueText, yearSpans } from '../wording.js';

/** At most this many context items in one answer; the card offers the rest as a follow-up. */
export const MAX_CONTEXT_ITEMS = 5;

const TOPIC_TITLES: Record<QueryOf<'context'>['topic'], string> = {
  fta: 'Wat is een fta?',
  doelgroepregister: 'Het doelgroepregister',
  doelen: 'De doelen van de banenafspraak',
  quotum: 'Het quotum',
  banenafspraak: 'De banenafspraak',
  bronnen: 'Bronnen',
  landelijk: 'De banenafspraak landelijk',
  wet: 'De nieuwe Wet banenafspraak',
  aanjager: 'De Aanjager Banenafspraak',
  uren: 'Aandeel van de overheid: uren en doel',
  inkoop: 'Inkoop en SROI',
  werkgevers: 'Werkgevers met mensen uit de doelgroep',
};

/**
 * Topics whose facts carry another topic's id prefix in data/context.json: the national
 * picture draws on the doelen and banenafspraak facts, in this order.
 */
const TOPIC_ITEMS: Partial<Record<ContextTopic, readonly string[]>> = {
  landelijk: [
    'doelen-landelijk-realisatie-2023',
    'doelen-landelijk-doel-2023',
    'doelen-2023-markt-en-overheid-gemist',
    'doelen-2024-markt-en-overheid-gemist',
    'doelen-totaal-sociaal-akkoord',
  ],
  wet: [
    'banenafspraak-wetswijziging-onderscheid-opgeheven',
    'banenafspraak-wetswijziging-monitoring',
    'banenafspraak-inkoop-door-overheid-betaald',
    'banenafspraak-wetsvoorstel-eerste-stap',
  ],
  aanjager: ['banenafspraak-aanjager-2015', 'banenafspraak-wet-quotum'],
  uren: ['doelen-overheid-aandeel-verloonde-uren', 'doelen-overheid-aandeel-doelstelling'],
  inkoop: ['banenafspraak-telling-inkoop', 'banenafspraak-inkoop-door-overheid-betaald'],
  werkgevers: [
    'banenafspraak-scp-overheidswerkgevers',
    'banenafspraak-scp-alle-werkgevers',
    'banenafspraak-overheid-onderwijs-omvang-2015',
  ],
};

/** The targets, in the order the question's focus asks for. */
const DOELEN_ORDER: Record<'overheid' | 'markt' | 'totaal', readonly string[]> = {
  overheid: ['doelen-overheid', 'doelen-totaal-sociaal-akkoord', 'doelen-markt'],
  markt: ['doelen-markt', 'doelen-totaal-sociaal-akkoord', 'doelen-overheid'],
  totaal: ['doelen-totaal-sociaal-akkoord', 'doelen-markt', 'doelen-overheid'],
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
  const items = contextItems(kit, query);
  if (query.topic === 'bronnen') return sources(kit, items);
  if (!items.length) {
    const line = `Over "${query.topic}" heb ik (nog) geen uitleg in mijn gegevens.`;
    return { lines: [line], quantities: [], speak: line, view: { kind: 'context', title, summary: line } };
  }
  const { picked, note } = forPeriod(items, query.year, query.period);
  const shown = picked.slice(0, MAX_CONTEXT_ITEMS);
  // Questions about the levy ("quotumheffing", "boete", "wat gebeurt er als …") land here too; the
  // sources only use the quotum to compute targets, so say that first instead of seeming to answer.
  const lead = [...(note ? [note] : []), ...(query.topic === 'quotum' ? [QUOTUM_LEAD] : [])];
  const sectorGoals = query.topic === 'doelen' ? sumOfSectorGoals(kit) : undefined;
  const lines = [...lead, ...shown.map((c) => c.text), ...(sectorGoals ? [sectorGoals.line] : [])];
  const quantities = [
    ...shown.map((c) => contextQuantity(kit, c)).filter((q): q is Quantity => q !== undefined),
    ...(sectorGoals?.quantities ?? []),
  ];
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

/** The facts of a topic: by id prefix, or the curated list; the targets in the focus's order first. */
function contextItems(kit: AnswerKit, query: QueryOf<'context'>): ContextFact[] {
  const byId = new Map(kit.dataset.context.map((c) => [c.id, c]));
  const listed = TOPIC_ITEMS[query.topic];
  if (listed) return listed.map((id) => byId.get(id)).filter((c): c is ContextFact => c !== undefined);
  const items = kit.dataset.context.filter((c) => c.id.startsWith(`${query.topic}-`));
  if (query.topic !== 'doelen') return items;
  const first = DOELEN_ORDER[query.focus ?? 'overheid'];
  return [
    ...first.map((id) => byId.get(id)).filter((c): c is ContextFact => !!c),
    ...items.filter((c) => !first.includes(c.id)),
  ];
}

/**
 * How the 25.000 banen relate to the sector goals: the sum of the latest year's goals of all
 * sectors, in fta. The sources do not convert the one into the other; the answer says so.
 */
function sumOfSectorGoals(kit: AnswerKit): { line: string; quantities: Quantity[] } | undefined {
  const year = kit.latestYear('sectoren');
  if (year === undefined) return undefined;
  const rows = kit.members('sectoren').map((m) => kit.figures.row(m.id, year));
  const result = computeTotal(rows, year, 'sectoren');
  if (!result.doel || !result.count) return undefined;
  const fta = kit.dataset.context.find((c) => c.id === 'fta-definitie');
  const ftaQ = fta ? contextQuantity(kit, fta) : undefined;
  const line =
    `De doelen per sector zijn iets anders: die staan in fta${ftaQ ? ` (${valueText(ftaQ)} uur per week)` : ''} en zijn per sector met een quotum over het eigen personeel berekend. ` +
    `Opgeteld komen de doelen van ${valueText(result.count)} sectoren voor ${year} op ${valueText(result.doel)}; ` +
    'de bronnen rekenen die niet om naar de 25.000 banen van de afspraak.';
  return { line, quantities: [result.doel, result.count, ...(ftaQ ? [ftaQ] : [])] };
}

/**
 * "doelgroepregister eind 2023", "Q4 2024": the facts of that year (and period) with the general
 * ones; another year's facts are left out. A year without facts says which years there are.
 */
function forPeriod(
  items: ContextFact[],
  year: number | undefined,
  period: string | undefined,
): { picked: ContextFact[]; note?: string } {
  if (year === undefined) return { picked: items };
  const years = [...new Set(concatMap(items, (c) => (c.year === undefined ? [] : [c.year])))].sort((a, b) => a - b);
  if (!years.includes(year)) {
    const note = years.length
      ? `Hierover heb ik geen cijfers over ${year}; er zijn cijfers over ${yearSpans(years)}.`
      : undefined;
    return { picked: items, ...(note ? { note } : {}) };
  }
  const samePeriod = (c: ContextFact) =>
    period === undefined || c.period === undefined || c.period === period || endOfYear(c.period, period);
  const ofYear = items.filter((c) => c.year === year);
  // "doelgroepregister derde kwartaal 2024": no figures for that quarter; say so, give the year's.
  const periods = [...new Set(concatMap(ofYear, (c) => (c.period ? [c.period] : [])))].sort();
  if (period !== undefined && periods.length && !ofYear.some((c) => c.period !== undefined && samePeriod(c))) {
    const note = `Over ${periodText(period)} heb ik geen cijfers; wel over ${periods.map(periodText).join(' en ')}.`;
    return { picked: [...ofYear, ...items.filter((c) => c.year === undefined)], note };
  }
  const picked = items.filter((c) => c.year === undefined || (c.year === year && samePeriod(c)));
  return { picked: [...picked.filter((c) => c.year !== undefined), ...picked.filter((c) => c.year === undefined)] };
}

/** The fourth quarter ends on 31 December: "eind 2024" is the stand of 2024Q4. */
function endOfYear(a: string, b: string): boolean {
  const q4 = (p: string) => p.replace(/-12-31$/, 'Q4');
  return q4(a) === q4(b);
}

function relatedTopics(topic: QueryOf<'context'>['topic']): { title: string; query: QueryOf<'context'> }[] {
  const all: QueryOf<'context'>['topic'][] = [
    'banenafspraak',
    'doelen',
    'landelijk',
    'fta',
    'doelgroepregister',
    'quotum',
  ];
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
