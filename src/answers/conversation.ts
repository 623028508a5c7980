// Answers in a conversation: what a follow-up's heading says (the full resolved question, so a
// user sees how "die" was read), what the previous answer was about (for "die/ze"), the note that
// "wij" was taken from a channel subscription, and which queries a conversation remembers.

import { formatList } from '../domain/format.js';
import type { EntityId } from '../domain/model.js';
import { SCOPE_TITLES } from '../domain/sectors.js';
import { type Focus, type Picked, type Query, type QueryOf, sectorsNamedBy } from '../nlu/index.js';
import type { Draft } from './answer.types.js';
import { metricLabel } from './compose.js';
import { draftAnswer } from './draft.js';
import type { AnswerKit } from './kit.js';
import { yearsText } from './wording.js';

const METRIC_WORDS: Record<QueryOf<'lookup'>['metric'], string> = {
  doel: 'doel',
  realisatie: 'realisatie',
  percentage: 'realisatiepercentage',
  alles: 'doel en realisatie',
};

const RANK_WORDS: Record<QueryOf<'ranking'>['by'], string> = {
  percentage: 'realisatiepercentage',
  realisatie: 'realisatie',
  stijging: 'stijging',
  stijging_pp: 'stijging in procentpunten',
  gap: 'tekort',
  doel: 'doel',
  inkoop: 'banen via inkoop',
  dichtst_bij: 'dichtst bij het doel',
  binnenwerk: 'banen via Binnenwerk',
};

const CONDITION_WORDS: Record<QueryOf<'filter'>['condition'], string> = {
  doel_gehaald: 'doel gehaald',
  doel_niet_gehaald: 'doel niet gehaald',
  gestegen: 'gestegen',
  gedaald: 'gedaald',
  tussen: 'tussen twee percentages',
};

const TOPIC_WORDS: Record<NonNullable<QueryOf<'notes'>['topic']>, string> = {
  aanpak: 'aanpak',
  knelpunten: 'knelpunten',
  begeleiding: 'begeleiding',
  maatregelen: 'maatregelen',
  inkoop: 'inkoop',
  organisatie: 'organisatie',
  algemeen: 'duiding',
};

/** The years an answer used (its figures'), ascending. */
function answeredYears(draft: Draft): number[] {
  const ys = new Set<number>();
  for (const q of draft.quantities) if (q.sector !== 'nationaal') ys.add(q.year);
  return [...ys].sort((a, b) => a - b);
}

/**
 * The heading of an answer given in context: the whole question as understood, e.g.
 * "Defensie · 2023 · tekort", "Alle sectoren · 2023 · ranglijst op realisatiepercentage (laagste eerst)".
 * Undefined when the answer's own title should stay (an error, a question back).
 */
export function headingOf(kit: AnswerKit, query: Query, draft: Draft): string | undefined {
  if (draft.view.kind === 'error' || draft.view.kind === 'clarify') return undefined;
  const years = answeredYears(draft);
  const last = years.at(-1);
  const yearPart = (y: number | undefined) => (y === undefined ? [] : [String(y)]);
  const parts = (...xs: (string | undefined)[]) => xs.filter(Boolean).join(' · ');
  switch (query.intent) {
    case 'lookup':
      return parts(kit.name(query.sector), ...yearPart(query.year ?? last), METRIC_WORDS[query.metric]);
    case 'gap':
      return parts(kit.name(query.sector), ...yearPart(query.year ?? last), 'tekort');
    case 'inkoop':
      return parts(kit.name(query.sector), ...yearPart(query.year ?? last), 'inclusief inkoop');
    case 'binnenwerk':
      return parts('Binnenwerk', ...yearPart(query.year ?? last), 'doel en realisatie');
    case 'change': {
      const from = query.from ?? (years.length > 1 ? years[0] : undefined);
      const to = query.to ?? last;
      const span =
        from !== undefined && to !== undefined ? `${from} → ${to}` : to === undefined ? undefined : String(to);
      return parts(kit.name(query.sector), span, 'verandering');
    }
    case 'trend': {
      const span = years.length > 1 ? `${years[0]}–${last}` : last === undefined ? undefined : String(last);
      return parts(kit.name(query.sector), span, 'ontwikkeling');
    }
    case 'projection':
      return parts(kit.name(query.sector), 'prognose');
    case 'compare': {
      const who =
        query.scope && query.sectors.length > 4
          ? SCOPE_TITLES[query.scope]
          : query.sectors.length > 4
            ? `${query.sectors.length} sectoren`
            : query.sectors.map((s) => kit.name(s)).join(', ');
      const ys = query.years?.length ? yearsText(query.years) : last === undefined ? undefined : String(last);
      return parts(who, ys, 'vergelijking');
    }
    case 'ranking': {
      const order = query.order === 'laag' ? ' (laagste eerst)' : '';
      const top = query.limit ? `top ${query.limit} op ` : 'ranglijst op ';
      const who = !query.sectors
        ? SCOPE_TITLES[query.scope]
        : query.sectors.length > 4
          ? `${query.sectors.length} ${query.scope === 'ministeries' ? 'ministeries' : 'sectoren'}`
          : query.sectors.map((s) => kit.name(s)).join(', ');
      return parts(who, ...yearPart(query.year ?? last), `${top}${RANK_WORDS[query.by]}${order}`);
    }
    case 'filter': {
      const who = query.sectors ? query.sectors.map((s) => kit.name(s)).join(', ') : SCOPE_TITLES[query.scope];
      return parts(who, ...yearPart(query.year ?? last), CONDITION_WORDS[query.condition]);
    }
    case 'total': {
      const who = query.sectors ? query.sectors.map((s) => kit.name(s)).join(', ') : SCOPE_TITLES[query.scope];
      return parts(who, ...yearPart(query.year ?? last), 'totaal');
    }
    case 'figure':
      return parts(
        query.sector ? kit.name(query.sector) : undefined,
        ...yearPart(query.year ?? last),
        metricLabel(kit, query.metric),
      );
    case 'notes': {
      const who = query.sector ? kit.name(query.sector) : SCOPE_TITLES[query.scope ?? 'sectoren'];
      return parts(who, query.topic ? TOPIC_WORDS[query.topic] : 'duiding');
    }
    default:
      return undefined;
  }
}

/** What an answer to `query` was about: its sectors in the order shown, and its year. */
export function focusOf(kit: AnswerKit, query: Query): Focus {
  if (query.intent === 'figure' && query.sector)
    return { sectors: [query.sector], year: query.year ?? kit.figures.years(query.sector, [query.metric]).at(-1) };
  switch (query.intent) {
    case 'lookup':
    case 'gap':
    case 'inkoop':
      return { sectors: [query.sector], year: query.year ?? kit.figures.years(query.sector).at(-1) };
    case 'change':
    case 'trend':
      return { sectors: [query.sector], year: query.to ?? kit.figures.years(query.sector).at(-1) };
    case 'projection':
      return { sectors: [query.sector], year: kit.figures.years(query.sector).at(-1) };
    case 'notes':
      if (query.sector) return { sectors: [query.sector] };
      return { sectors: kit.members(query.scope ?? 'sectoren').map((s) => s.id) };
    case 'binnenwerk':
      return { sectors: ['binnenwerk'], year: query.year ?? kit.figures.years('binnenwerk').at(-1) };
    case 'clarify':
      return { sectors: [], year: query.year };
    default: {
      // Rankings, filters, totals, comparisons: the sectors in the order the answer showed them.
      const draft = draftAnswer(kit, query);
      const sectors: EntityId[] = [];
      for (const q of draft.quantities) {
        if (q.sector !== 'nationaal' && !sectors.includes(q.sector)) sectors.push(q.sector);
      }
      const years = answeredYears(draft);
      return { sectors, year: years.at(-1) };
    }
  }
}

/**
 * What a conversation keeps of a resolved query for the next question, or undefined to keep the
 * context it had (conversation, national context and source passages are asides). Never message
 * text: a passage query carries the question itself and is not kept; a question back keeps no term.
 */
export function remembered(query: Query): Query | undefined {
  switch (query.intent) {
    case 'subscribe':
    case 'subscriptions':
    case 'unsubscribe':
    case 'help':
    case 'greeting':
    case 'thanks':
    case 'unknown':
    case 'unknown_sector':
    case 'speaks_for':
    case 'passage':
      return undefined;
    // The register's figures are per year and date: "en eind 2024?" follows up on them.
    case 'context':
      return query.topic === 'doelgroepregister' ? query : undefined;
    case 'clarify':
      return { ...query, term: '' };
    default:
      return query;
  }
}

/** How many sectors a conversation keeps as its recent subjects ("tel die drie op" after three questions). */
export const RECENT_SUBJECTS = 4;

/**
 * The recent subjects after answering `query`: its sectors join the list (each once, most recent
 * last, at most RECENT_SUBJECTS). Only entity ids, never text. A question about no sector leaves it.
 */
export function recentSubjects(recent: readonly EntityId[] | undefined, query: Query): EntityId[] {
  const joined = sectorsNamedBy(query);
  const kept = (recent ?? []).filter((id) => !joined.includes(id));
  return [...kept, ...joined].slice(-RECENT_SUBJECTS);
}

/** "wij" read as the sector a channel is subscribed to: said in the answer, with a button to confirm. */
export function assumedWij(kit: AnswerKit, sector: EntityId, draft: Draft): Draft {
  const line = `Ik lees "wij" als ${kit.inSentence(sector)}: dit kanaal is op die sector geabonneerd. Klopt dat niet, zeg dan bijvoorbeeld "wij zijn het mbo".`;
  return {
    ...draft,
    lines: [...draft.lines, line],
    view: {
      ...draft.view,
      paragraphs: [...(draft.view.paragraphs ?? []), line],
      actions: [
        { title: `Klopt: wij zijn ${kit.inSentence(sector)}`, query: { intent: 'speaks_for', sector } },
        ...(draft.view.actions ?? []),
      ],
    },
  };
}

/**
 * The sector picked (typed or clicked) in answer to "Voor welke sector spreekt u?": from then on
 * "wij" in this conversation. Undefined when `previous` was not that question.
 */
export function wijChosen(previous: Query | undefined, answered: Query): EntityId | undefined {
  if (previous?.intent !== 'clarify' || !previous.wij) return undefined;
  switch (answered.intent) {
    case 'lookup':
    case 'gap':
    case 'change':
    case 'trend':
    case 'projection':
    case 'inkoop':
      return answered.sector;
    case 'notes':
      return answered.sector;
    case 'binnenwerk':
      return 'binnenwerk';
    case 'compare':
      return answered.sectors.at(-1);
    default:
      return undefined;
  }
}

const ORDINAL_WORDS = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
];

/** "het hoogste realisatiepercentage", "het grootste tekort": what a role picked a member by. */
function roleText(role: Picked['role'], by: QueryOf<'ranking'>['by']): string {
  const high = role === 'high' || (role === 'good' ? by !== 'gap' : role === 'bad' && by === 'gap');
  if (by === 'gap') return high ? 'het grootste tekort' : 'het kleinste tekort';
  if (by === 'stijging' || by === 'stijging_pp') return high ? 'de grootste stijging' : 'de kleinste stijging';
  return `${high ? 'het hoogste' : 'het laagste'} ${RANK_WORDS[by]}`;
}

/**
 * How a reference into the previous result was read, in words, so a user sees which sector "de
 * slechtste" or "nummer 2" became: "Van Politie en Defensie heeft Defensie het grootste tekort."
 */
export function pickedLine(kit: AnswerKit, picked: Picked): string {
  const who = formatList(picked.sectors.map((s) => kit.name(s)));
  const among = picked.among.length <= 4 ? formatList(picked.among.map((s) => kit.name(s))) : undefined;
  switch (picked.role) {
    case 'position': {
      const at = picked.sectors.map((s) => picked.among.indexOf(s));
      const last = at.length === 1 && at[0] === picked.among.length - 1 && picked.among.length > 1;
      const word = (i: number) => `de ${ORDINAL_WORDS[i] ?? 'volgende'}`;
      const place = last ? 'de laatste' : formatList(at.map(word));
      return `Gelezen als ${place} in de vorige uitkomst: ${who}.`;
    }
    case 'other':
      return `Gelezen als de andere${among ? ` van ${among}` : ''}: ${who}.`;
    default:
      return among
        ? `Van ${among} heeft ${who} ${roleText(picked.role, picked.by ?? 'percentage')}.`
        : `Gelezen als ${who}: ${roleText(picked.role, picked.by ?? 'percentage')} in de vorige uitkomst.`;
  }
}

/** The line of `pickedLine` added to an answer (text and card). */
export function withPicked(kit: AnswerKit, picked: Picked, draft: Draft): Draft {
  if (draft.view.kind === 'error' || draft.view.kind === 'clarify' || picked.among.length < 2) return draft;
  const line = pickedLine(kit, picked);
  return {
    ...draft,
    lines: [line, ...draft.lines],
    view: { ...draft.view, paragraphs: [line, ...(draft.view.paragraphs ?? [])] },
  };
}
