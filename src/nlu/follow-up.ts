// Follow-up questions: the previous resolved query of the same conversation + the new text → the
// query the new text means. Pure and deterministic; the answer core supplies the previous query,
// what its answer was about (`focus`, computed only when needed) and the sector "wij" stands for.
//
//   previous "realisatie politie 2024?"  + "en in 2023?"          → lookup politie 2023 realisatie
//                                        + "en defensie?"         → lookup defensie 2024 realisatie
//                                        + "hoeveel mist die nog?"→ gap politie 2024
//                                        + "vergelijk met 2023"   → compare [politie] 2023, 2024
//   previous ranking 2024               + "en in 2023?"          → the same ranking for 2023
//   speaksFor mbo                       + "hoe doen wij het t.o.v. het hbo?" → compare [mbo, hbo]
//
// Rules:
//  - A text is a follow-up when it starts with "en"/"ook"/"idem"/"hetzelfde" (after "ok", "dank je"…),
//    refers back ("die", "ze", "dat", "hun"), shifts the year ("een jaar later", "het jaar ervoor"),
//    compares with the previous subject ("vergelijk met defensie"), names only a sector (and maybe a
//    year) without saying what to show, or asks for something without naming a sector or a scope.
//    Anything else — a question naming its own sector or scope and what it wants — stands alone, so a
//    complete question is never changed by context.
//  - Without a usable previous query, a follow-up that needs a sector asks back which one.
//  - Without a kind of answer of its own, a follow-up repeats the previous one with the new sector,
//    year or scope (a comparison or ranking stays one); with its own kind ("en het tekort?",
//    "waarom?"), the missing sector, year and scope come from the previous query.
//  - "wij/we/ons/onze" is the sector the conversation speaks for; unknown → ask which sector.
//    "wij zijn het mbo" / "dit kanaal gaat over politie" declares it (intent speaks_for).

import { concatMap } from '../domain/arrays.js';
import type { EntityId } from '../domain/model.js';
import type { Features, Mention } from './features.js';
import { normalize } from './normalize.js';
import { type Query, type QueryOf, sectorsNamedBy } from './query.js';
import type { QuestionParts } from './read-parts.js';
import { applyRulesToFeatures, type RuleContext } from './rules/index.js';
import { type Cue, NUMBER_WORDS, type ScopeId } from './vocabulary.js';
import { MAX_YEAR, MIN_YEAR } from './years.js';

/** What the previous answer was about: its sectors in the order it showed them, and its year. */
export interface Focus {
  sectors: readonly EntityId[];
  year?: number;
}

export interface ConversationState {
  /** The previous resolved query (undefined: none, or expired). */
  previous?: Query;
  /** The previous answer's sectors and year; called only when a follow-up needs them. */
  focus?: () => Focus;
  /** The sector "wij" stands for in this conversation. */
  speaksFor?: EntityId;
  /** A sector "wij" may be taken to be when none was declared (a channel subscribed to one sector). */
  assumedSpeaksFor?: EntityId;
  /**
   * The sectors of the last few answers, distinct, most recent last (kept with the context): what
   * "vergelijk ze" / "tel die drie op" mean when the previous query holds fewer sectors than asked for.
   */
  recent?: readonly EntityId[];
  /**
   * The entities a ranking shows, in its order (the answer core evaluates it on the dataset): which
   * member "de slechtste" / "de beste van de drie" of the previous result is. Called only for those.
   */
  order?: (query: QueryOf<'ranking'>) => readonly EntityId[];
}

export interface Resolution {
  query: Query;
  /** True when the previous query or the conversation's "wij" filled in part of the question. */
  fromContext: boolean;
  /** Set when "wij" was read as `assumedSpeaksFor` (the answer says so and asks to confirm). */
  assumedSpeaksFor?: EntityId;
  /** Set when a member of the previous result was named by its role ("de slechtste", "nummer 2"). */
  picked?: Picked;
}

/** How a follow-up named members of the previous result: by score, by place in the list, or "de andere". */
export interface Picked {
  sectors: EntityId[];
  /** Among which members of the previous result. */
  among: EntityId[];
  role: Role | 'position' | 'other';
  /** For a role: what it was measured on. */
  by?: QueryOf<'ranking'>['by'];
}

/** "de beste", "de slechtste", "de hoogste", "de laagste". */
export type Role = 'good' | 'bad' | 'high' | 'low';

type Sub = QueryOf<'clarify'>['ask'] & string;

/** Words that open a follow-up: "en in 2023?", "ook voor defensie?", "idem voor het hbo". */
const LEAD = new Set(['en', 'ook', 'idem', 'hetzelfde', 'zelfde', 'dan', 'and', 'plus']);
/** Acknowledgements before a lead word: "ok, en in 2023?", "dank je, en defensie?". */
const ACK = new Set([
  'ok',
  'oke',
  'okay',
  'okee',
  'goed',
  'mooi',
  'prima',
  'dank',
  'bedankt',
  'thanks',
  'ja',
  'nee',
  'aha',
  'hmm',
  'je',
  'helder',
  'duidelijk',
  'interessant',
  'super',
]);
const SINGULAR = new Set(['die', 'diezelfde', 'hij', 'daar', 'deze']);
const PLURAL = new Set(['ze', 'zij', 'hun', 'hen', 'beide', 'beiden', 'allebei']);
/** "die twee", "de drie": a count after a pointing word. */
const COUNTED = new Set(['twee', 'drie', 'vier', 'vijf', '2', '3', '4', '5']);
const COUNTS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
/** "beide", "allebei": two, said without a count word. */
const BOTH = new Set(['beide', 'beiden', 'allebei']);
/** "dezelfde vraag voor defensie", "zelfde voor het hbo": the previous question for another sector. */
const SAME = new Set(['dezelfde', 'zelfde', 'hetzelfde', 'idem', 'eender']);
/** "die van defensie", "die voor het mbo": "the one of …", not a reference to the previous answer. */
const OF = new Set(['van', 'voor', 'bij']);
/** "dat" only counts when the text names no sector ("klopt het dat de politie …" is not a reference). */
const NEUTRAL = new Set(['dat', 'daarvan', 'ervan', 'hiervan', 'dit']);
const WIJ = new Set(['wij', 'we', 'ons', 'onze', 'mijn']);
/** "en het mbo erbij?", "voeg defensie toe": another sector joins a comparison. */
const ADD_WORDS = new Set(['erbij', 'toevoegen', 'toe', 'bijvoegen', 'ook', 'plus']);
/** Words before "ons" that make it an object ("vertel ons", "laat ons zien"). */
const OBJECT_VERBS = new Set([
  'vertel',
  'geef',
  'laat',
  'help',
  'helpen',
  'stuur',
  'toon',
  'mail',
  'houd',
  'hou',
  'informeer',
  'meld',
  'schrijf',
]);
/** Year shifts relative to the previous question's year. */
const SHIFTS: readonly [string[], number][] = (
  [
    ['een jaar later', 1],
    ['jaar later', 1],
    ['een jaar eerder', -1],
    ['jaar eerder', -1],
    ['twee jaar eerder', -2],
    ['twee jaar later', 2],
    ['2 jaar eerder', -2],
    ['2 jaar later', 2],
    ['het jaar erna', 1],
    ['jaar erna', 1],
    ['het jaar daarna', 1],
    ['jaar daarna', 1],
    ['het jaar ervoor', -1],
    ['jaar ervoor', -1],
    ['het jaar daarvoor', -1],
    ['jaar daarvoor', -1],
    ['het jaar daarop', 1],
    ['het voorgaande jaar', -1],
    ['het volgende jaar', 1],
    ['daarvoor', -1],
    ['daarna', 1],
    ['ervoor', -1],
    ['erna', 1],
  ] as [string, number][]
)
  .map(([p, d]) => [p.split(' '), d] as [string[], number])
  .sort((a, b) => b[0].length - a[0].length);
/** Openings that compare with the previous subject: "vergelijk met defensie", "en t.o.v. het hbo?". */
const WITH_PREVIOUS: readonly string[][] = [
  ['vergelijk', 'met'],
  ['vergelijk', 'dat', 'met'],
  ['vergelijk', 'die', 'met'],
  ['vergeleken', 'met'],
  ['in', 'vergelijking', 'met'],
  ['tov'],
  ['ten', 'opzichte', 'van'],
  ['vs'],
  ['versus'],
  ['tegenover'],
  ['naast'],
];
/** "wij zijn het mbo", "we werken bij defensie", "ik werk bij de politie". */
const DECLARE_SUBJECT = new Set(['wij', 'we', 'ik']);
const DECLARE_VERB = new Set([
  'zijn',
  'ben',
  'werk',
  'werken',
  'zit',
  'zitten',
  'hoor',
  'horen',
  'kom',
  'komen',
  'spreek',
  'spreken',
  'vertegenwoordig',
  'vertegenwoordigen',
  'vallen',
  'val',
]);
/** "dit kanaal gaat over politie", "deze chat is van het mbo", "ons team hoort bij defensie". */
const DECLARE_PLACE_DET = new Set(['dit', 'deze', 'ons', 'onze']);
const DECLARE_PLACE = new Set(['kanaal', 'team', 'chat', 'gesprek', 'groep', 'groepschat', 'channel', 'overleg']);
const DECLARE_PLACE_VERB = new Set(['gaat', 'is', 'spreekt', 'hoort', 'werkt', 'zit', 'staat', 'valt', 'draait']);

/** Cues that say what kind of answer is wanted (not just "how about …"). */
const OP_CUES: readonly Cue[] = [
  'doel',
  'realisatie',
  'realise',
  'percentage',
  'gap',
  'change',
  'up',
  'down',
  'trend',
  'projection',
  'compare',
  'relative',
  'ranking',
  'superlative',
  'total',
  'inkoop',
  'notes',
  'why',
  'reach',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
  'topic-algemeen',
];
/** Cues of a note's topic ("wat doen ze aan begeleiding?"). */
const TOPIC_CUES: readonly Cue[] = [
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
  'topic-algemeen',
];
/** Cues of questions across sectors: a follow-up keeps the previous scope, not its sector. */
const CROSS_CUES: readonly Cue[] = ['ranking', 'superlative', 'total'];
const METRIC_CUES: readonly Cue[] = ['doel', 'realisatie', 'realise', 'percentage', 'gap'];
const MAX_SECTORS = 30;
const MAX_COMPARE_YEARS = 10;

interface Reading {
  tokens: string[];
  lead: boolean;
  singular: boolean;
  plural: boolean;
  /** How many sectors a counted reference means ("die drie" → 3, "beide" → 2). */
  count?: number;
  neutral: boolean;
  wij: boolean;
  shift?: number;
  withPrevious: boolean;
  declares: boolean;
  /** "vorig jaar": a year relative to the latest one, which may be the year just asked about. */
  relativeYear: boolean;
  /** "erbij", "ook", "toevoegen": a sector joins what was asked. */
  adds: boolean;
  /** "welke niet?" / "en welke wel?" after a filter: its opposite. */
  negated: boolean;
  affirmed: boolean;
  /** Words the follow-up reading used (not unknown words for the parser). */
  consumed: Set<string>;
}

function startsWith(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[at + k] === w);
}

function read(text: string): Reading {
  const tokens = normalize(text).split(' ').filter(Boolean);
  const r: Reading = {
    tokens,
    lead: false,
    singular: false,
    plural: false,
    neutral: false,
    wij: false,
    withPrevious: false,
    declares: false,
    relativeYear: false,
    adds: false,
    negated: false,
    affirmed: false,
    consumed: new Set(),
  };
  let start = 0;
  while (start < tokens.length - 1 && start < 3 && ACK.has(tokens[start]!)) start++;
  if (LEAD.has(tokens[start] ?? '')) {
    r.lead = true;
    r.consumed.add(tokens[start]!);
    start++;
  }
  if (WITH_PREVIOUS.some((w) => startsWith(tokens, start, w))) r.withPrevious = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SAME.has(t)) {
      r.lead = true;
      r.consumed.add(t);
      continue;
    }
    const of = OF.has(tokens[i + 1] ?? '');
    // "die twee", "deze drie", "de twee", "alle drie", "beide": the sectors shown, not one of them.
    if (COUNTED.has(tokens[i + 1] ?? '') && (SINGULAR.has(t) || t === 'de' || t === 'alle')) {
      r.plural = true;
      r.count ??= COUNTS[tokens[i + 1]!];
      r.consumed.add(t);
      r.consumed.add(tokens[i + 1]!);
      i++;
      continue;
    }
    if (BOTH.has(t) && !of) r.count ??= 2;
    if (SINGULAR.has(t) && !of) r.singular = true;
    else if (PLURAL.has(t) && !of) r.plural = true;
    else if (NEUTRAL.has(t)) r.neutral = true;
    else if (WIJ.has(t)) {
      // "vertel ons …": not the sector speaking.
      if (!OBJECT_VERBS.has(tokens[i - 1] ?? '')) r.wij = true;
    } else continue;
    r.consumed.add(t);
  }
  // "daarvoor"/"erna" alone are a year only in a short follow-up ("en daarvoor?"), not in
  // "hoe staat defensie ervoor?".
  const short = tokens.length - start <= 2;
  for (let i = 0; i < tokens.length && r.shift === undefined; i++) {
    const hit = SHIFTS.find(([words]) => (words.length > 1 || short) && startsWith(tokens, i, words));
    if (hit) {
      r.shift = hit[1];
      for (const w of hit[0]) r.consumed.add(w);
    }
  }
  r.relativeYear = tokens.some((t) => t === 'vorig' || t === 'vorige' || t === 'voorgaande');
  r.negated = tokens.includes('niet');
  r.adds = tokens.some((t) => ADD_WORDS.has(t));
  r.affirmed = tokens.includes('wel');
  const [a, b, c] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  const d = tokens[start + 3];
  r.declares =
    (DECLARE_SUBJECT.has(a ?? '') && DECLARE_VERB.has(b ?? '')) ||
    // "dit is het kanaal van de politie", "dit is de chat voor het mbo"
    (a === 'dit' && b === 'is' && (c === 'het' || c === 'de') && DECLARE_PLACE.has(d ?? '')) ||
    // "namens de politie", "wij namens defensie"
    a === 'namens' ||
    (DECLARE_SUBJECT.has(a ?? '') && b === 'namens') ||
    (DECLARE_PLACE_DET.has(a ?? '') && DECLARE_PLACE.has(b ?? '') && DECLARE_PLACE_VERB.has(c ?? ''));
  // "zijn" is a verb in "wij zijn het mbo", not a possessive.
  if (r.declares) r.singular = false;
  return r;
}

const CONVERSATION: ReadonlySet<Query['intent']> = new Set([
  'subscribe',
  'subscriptions',
  'unsubscribe',
  'help',
  'greeting',
  'thanks',
]);

/** Whether a previous query can carry a follow-up (figures, notes or a pending question). */
function usable(q: Query | undefined): q is Query {
  return (
    q !== undefined &&
    !CONVERSATION.has(q.intent) &&
    q.intent !== 'unknown' &&
    q.intent !== 'unknown_sector' &&
    q.intent !== 'speaks_for'
  );
}

/** The scope a previous query ran over, if any. */
function scopeOf(q: Query): ScopeId | undefined {
  switch (q.intent) {
    case 'ranking':
    case 'filter':
    case 'total':
      return q.scope;
    case 'compare':
    case 'notes':
      return q.scope;
    default:
      return undefined;
  }
}

/** The year(s) a previous query named. */
interface YearSlot {
  years?: number[];
  from?: number;
  to?: number;
}

function yearsOf(q: Query): YearSlot {
  switch (q.intent) {
    case 'figure':
    case 'lookup':
    case 'gap':
    case 'inkoop':
    case 'binnenwerk':
    case 'filter':
    case 'total':
    case 'clarify':
      return q.year === undefined ? {} : { years: [q.year] };
    case 'ranking':
      return q.year === undefined ? {} : { years: [q.year], from: q.from };
    case 'change':
    case 'trend':
      return { from: q.from, to: q.to, years: q.to === undefined ? undefined : [q.to] };
    case 'compare':
      return q.years?.length ? { years: [...q.years] } : {};
    default:
      return {};
  }
}

function singleOf(y: YearSlot): number | undefined {
  return y.to ?? y.years?.at(-1);
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function clean<T extends object>(q: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) out[k] = v;
  return out as T;
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** What a one-sector answer to `ask` is, for a clarify button or a typed choice. */
export function askedQuery(
  ask: Sub | undefined,
  sector: EntityId,
  extra: { year?: number; with?: readonly EntityId[] } = {},
): Query {
  const { year } = extra;
  switch (ask ?? 'lookup') {
    case 'gap':
      return clean({ intent: 'gap' as const, sector, year });
    case 'change':
      return clean({ intent: 'change' as const, sector, to: year });
    case 'trend':
      return { intent: 'trend', sector };
    case 'projection':
      return { intent: 'projection', sector };
    case 'inkoop':
      return clean({ intent: 'inkoop' as const, sector, year });
    case 'notes':
      return { intent: 'notes', sector };
    case 'compare': {
      const sectors = unique([...(extra.with ?? []).filter((s) => s !== sector), sector]).slice(0, MAX_SECTORS);
      return clean({ intent: 'compare' as const, sectors, years: year === undefined ? undefined : [year] });
    }
    default:
      return sector === 'binnenwerk'
        ? clean({ intent: 'binnenwerk' as const, year })
        : clean({ intent: 'lookup' as const, sector, metric: 'alles' as const, year });
  }
}

/** The kind of one-sector answer a text asks for (for asking back which sector). */
function askOf(f: Features, r: Reading): Sub {
  const has = (c: Cue) => f.cues.has(c);
  if (r.withPrevious || has('compare') || has('relative')) return 'compare';
  if (has('gap') || (has('must') && has('still'))) return 'gap';
  if (has('projection')) return 'projection';
  if (has('trend') || f.years.since || f.years.range) return 'trend';
  if (has('change') || has('up') || has('down')) return 'change';
  if (has('inkoop')) return 'inkoop';
  if (has('why') || has('notes')) return 'notes';
  return 'lookup';
}

/** The same features with `ids` named first (and the follow-up words no longer unknown). */
function inject(f: Features, ids: readonly EntityId[], r: Reading, years?: Features['years']): Features {
  const named = new Set(concatMap(f.mentions, (m) => m.ids));
  const added: Mention[] = ids.filter((id) => !named.has(id)).map((id) => ({ ids: [id], term: id }));
  return {
    ...f,
    mentions: [...added, ...f.mentions],
    unknown: f.unknown.filter((u) => !r.consumed.has(u.word) && !r.consumed.has(u.term)),
    years: years ?? f.years,
  };
}

/** Years the text names, as a slot (a range written out); undefined when none. */
function textYears(f: Features): (YearSlot & { since: boolean; versus: boolean }) | undefined {
  const y = f.years;
  if (!y.years.length) return undefined;
  let years = [...y.years];
  const end = y.range ? y.to : y.since ? y.latest : undefined;
  if (y.from !== undefined && end !== undefined && end > y.from && end - y.from < MAX_COMPARE_YEARS) {
    years = [];
    for (let k = y.from; k <= end; k++) years.push(k);
  }
  return {
    years: unique(years).sort((a, b) => a - b),
    from: y.range || y.since || y.versus ? y.from : undefined,
    to: y.range ? y.to : undefined,
    since: y.since,
    versus: y.versus,
  };
}

/** The previous query with other years: a comparison or ranking stays one. */
function withYears(q: Query, y: YearSlot & { since?: boolean }): Query {
  const list = y.years ?? [];
  const single = y.to ?? list.at(-1);
  const several = list.length >= 2 && !y.since;
  switch (q.intent) {
    case 'lookup':
    case 'gap':
    case 'inkoop':
      if (several) return { intent: 'compare', sectors: [q.sector], years: list.slice(-MAX_COMPARE_YEARS) };
      if (y.since && y.from !== undefined) return { intent: 'trend', sector: q.sector, from: y.from };
      return clean({ ...q, year: single });
    case 'figure':
    case 'binnenwerk':
    case 'filter':
    case 'total':
      return clean({ ...q, year: single });
    case 'ranking':
      if (q.by === 'stijging' && (y.since || y.from !== undefined))
        return clean({ ...q, from: y.from, year: y.since ? undefined : single });
      return clean({ ...q, year: single });
    case 'change': {
      if (y.from !== undefined && (y.since || y.to !== undefined)) return clean({ ...q, from: y.from, to: y.to });
      const span = q.from !== undefined && q.to !== undefined ? q.to - q.from : undefined;
      return clean({
        ...q,
        to: single,
        from: span !== undefined && single !== undefined ? single - span : undefined,
      });
    }
    case 'trend':
      if (y.from !== undefined) return clean({ ...q, from: y.from, to: y.to });
      return clean({ ...q, to: single });
    case 'compare':
      // "hoe ging dat sinds 2020?" about one sector: its development since then.
      if (y.since && y.from !== undefined && q.sectors.length === 1 && !q.scope)
        return { intent: 'trend', sector: q.sectors[0]!, from: y.from };
      return clean({ ...q, years: list.length ? list.slice(-MAX_COMPARE_YEARS) : undefined });
    case 'clarify':
      return clean({ ...q, year: single });
    default:
      return q;
  }
}

/** Shifts every year of a query by `delta` ("een jaar later"); `base` is the year answered when none was named. */
function shifted(q: Query, delta: number, base: number | undefined): Query {
  const y = yearsOf(q);
  const list = (y.years?.length ? y.years : base !== undefined ? [base] : []).map((v) => v + delta).filter(validYear);
  if (!list.length) return q;
  if (q.intent === 'change' || q.intent === 'trend') {
    const to = (q.to ?? base)! + delta;
    const from = q.from === undefined ? undefined : q.from + delta;
    if (!validYear(to) || (from !== undefined && !validYear(from))) return q;
    return clean({ ...q, to, from });
  }
  if (q.intent === 'ranking')
    return clean({ ...q, year: list.at(-1), from: q.from === undefined ? undefined : q.from + delta });
  return withYears(q, { years: list });
}

/** A one-sector query of the same kind as `q` (whose sector or scope is replaced by `sector`). */
function sameKindFor(q: Query, sector: EntityId): Query {
  switch (q.intent) {
    case 'figure':
      return { ...q, sector };
    case 'lookup':
    case 'gap':
    case 'change':
    case 'trend':
    case 'projection':
    case 'inkoop':
      if (sector === 'binnenwerk' && q.intent === 'lookup')
        return clean({ intent: 'binnenwerk' as const, year: q.year });
      return { ...q, sector };
    case 'notes':
      return clean({ intent: 'notes' as const, sector, topic: q.topic });
    case 'binnenwerk':
      return sector === 'binnenwerk'
        ? q
        : clean({ intent: 'lookup' as const, sector, metric: 'alles' as const, year: q.year });
    case 'ranking': {
      const year = q.year;
      if (q.by === 'gap') return clean({ intent: 'gap' as const, sector, year });
      if (q.by === 'stijging') return clean({ intent: 'change' as const, sector, from: q.from, to: year });
      const metric = q.by === 'doel' ? 'doel' : q.by === 'realisatie' ? 'realisatie' : 'percentage';
      return clean({ intent: 'lookup' as const, sector, metric, year });
    }
    case 'filter':
    case 'total':
      return clean({ intent: 'lookup' as const, sector, metric: 'alles' as const, year: q.year });
    case 'clarify':
      return askedQuery(q.ask, sector, { year: q.year, with: q.with });
    case 'compare':
      return clean({
        intent: 'lookup' as const,
        sector,
        metric: 'alles' as const,
        year: q.years?.length === 1 ? q.years[0] : undefined,
      });
    default:
      return { intent: 'lookup', sector, metric: 'alles' };
  }
}

/** Several sectors in place of the previous subject: a comparison, with the previous year(s). */
function compareFor(q: Query, sectors: readonly EntityId[]): Query {
  const y = yearsOf(q);
  const years = q.intent === 'compare' ? q.years : y.years;
  return clean({ intent: 'compare' as const, sectors: unique(sectors).slice(0, MAX_SECTORS), years });
}

/**
 * Resolve a question (its parts, read once by the parser, and `parsed`, the parser's reading of it
 * alone) against the conversation. `ctx` is the parser's rule context (sector sets, fuzzy matcher, years).
 */
export function resolveFollowUp(
  parts: QuestionParts,
  parsed: Query,
  state: ConversationState,
  ctx: RuleContext,
): Resolution {
  const alone: Resolution = { query: parsed, fromContext: false };
  const f = parts.features;
  if (CONVERSATION.has(parsed.intent) || parts.empty) return alone;
  const r = read(parts.question);
  // The parts reader's follow-up cues: a leading "en" (also after "ok," and the like, read here).
  if (parts.followUp.leadingAnd) r.lead = true;
  const named = parts.entities;
  const has = (c: Cue) => f.cues.has(c);

  // "wij zijn het mbo", "dit kanaal gaat over politie": the sector this conversation speaks for.
  if (r.declares && named.length === 1 && !OP_CUES.some(has) && f.years.years.length === 0) {
    return { query: { intent: 'speaks_for', sector: named[0]! }, fromContext: false };
  }

  const scopeNamed = f.scopes.length > 0;
  // "hoeveel moeten ze nog?" asks for the gap as much as "tekort" does.
  const ops = OP_CUES.some(has) || (has('top') && f.numbers.length > 0) || (has('must') && has('still'));
  const cross = CROSS_CUES.some(has) || (has('top') && f.numbers.length > 0);
  const yearsNamed = f.years.years.length > 0;
  // Pronouns next to a scope are about that scope ("welke sectoren haalden hun doel?").
  const pronoun = !scopeNamed && (r.singular || r.plural || (r.neutral && named.length === 0));
  const prev = usable(state.previous) ? state.previous : undefined;

  // "wij/ons": the declared sector, else the one the channel is subscribed to (said in the answer).
  let wij: EntityId | undefined;
  let assumed: EntityId | undefined;
  // "wij" next to a named sector counts only in a comparison ("hoe doen wij het t.o.v. het hbo?").
  if (r.wij && (named.length === 0 || has('compare') || has('relative'))) {
    wij = state.speaksFor;
    if (!wij && state.assumedSpeaksFor) wij = assumed = state.assumedSpeaksFor;
    if (!wij) {
      return {
        query: clean({
          intent: 'clarify' as const,
          term: 'wij',
          options: ctx.sets.members('sectoren').slice(0, 5),
          ask: askOf(f, r),
          with: named.length ? named.slice(0, MAX_SECTORS - 1) : undefined,
          year: f.years.years.length === 1 ? f.years.years[0] : undefined,
          wij: true as const,
        }),
        fromContext: false,
      };
    }
  }
  const withWij = (res: Resolution): Resolution => (assumed ? { ...res, assumedSpeaksFor: assumed } : res);

  // "wie van de twee …", "het tekort van de slechtste", "nummer 2", "de andere": into the previous result.
  if (!wij && !r.declares) {
    const role = resolveRole(parts, parsed, state, ctx, prev, r);
    if (role) return role;
  }
  if (prev && !wij) {
    const other = withoutOrWhole(prev, named, r, lazy(state.focus), ctx, f);
    if (other) return { query: other, fromContext: true };
  }

  // Marked follow-ups ("en …", "die", "een jaar later", "vergelijk met …") and, when there is a
  // previous question, questions that leave out their sector (or say nothing but a sector).
  // National context questions ("wanneer moet het doel gehaald zijn?") stand alone unless marked.
  // A bare "waarom?" / "hoezo?" refers back as much as "waarom is dat?" does.
  const bareWhy = has('why') && r.tokens.length <= 2 && named.length === 0 && !scopeNamed;
  const marked =
    r.lead || pronoun || bareWhy || r.shift !== undefined || (r.withPrevious && (named.length > 0 || yearsNamed));
  const bareSector = named.length > 0 && !ops && !scopeNamed;
  const implicit =
    prev !== undefined &&
    parsed.intent !== 'context' &&
    // A prose question ("waarom daalde het vo in 2024?") stands alone as well, unless marked.
    parsed.intent !== 'passage' &&
    ((named.length === 0 && !scopeNamed && !wij && (ops || yearsNamed)) || bareSector);
  const followUp = marked || implicit;

  // "waarom is het gedaald?" after a question about the vo: the passage about the vo.
  if (parsed.intent === 'passage' && has('why') && parsed.sector === undefined && named.length === 0 && !scopeNamed) {
    const shown = prev ? sectorsNamedBy(prev) : [];
    if (shown.length !== 1) return alone;
    const about = shown[0]!;
    return { query: { ...parsed, sector: about }, fromContext: true };
  }

  if (!followUp || !prev) {
    if (wij) {
      // "ons tekort", "hoe doen wij het t.o.v. het hbo?": the conversation's sector is named.
      return withWij({ query: applyRulesToFeatures(inject(f, [wij], r), ctx), fromContext: true });
    }
    // "van wanneer zijn deze cijfers?" asks about the figures in general, not about a sector.
    if (!followUp || named.length > 0 || scopeNamed || (cross && r.shift === undefined)) return alone;
    if (parsed.intent === 'context') return alone;
    // A follow-up with nothing to follow: ask which sector (never one from another conversation).
    return {
      query: clean({
        intent: 'clarify' as const,
        term: '',
        options: ctx.sets.members('sectoren').slice(0, 5),
        ask: askOf(f, r),
        year: f.years.years.length === 1 ? f.years.years[0] : undefined,
      }),
      fromContext: false,
    };
  }

  // "en binnenwerk bij jenv?": a figure of a named entity is a complete question.
  if (parsed.intent === 'figure' && parsed.sector !== undefined && named.includes(parsed.sector)) return alone;
  // "en tijdelijke?", "en de inhuur in 2023?" after a question about the politie: that figure of the politie.
  if (parsed.intent === 'figure' && parsed.sector === undefined && named.length === 0 && !scopeNamed) {
    const shown = sectorsNamedBy(prev);
    if (shown.length === 1) {
      const year = parsed.year ?? (f.years.years.length ? undefined : singleOf(yearsOf(prev)));
      return { query: clean({ ...parsed, sector: shown[0]!, year }), fromContext: true };
    }
  }
  const focus = lazy(state.focus);
  const previousSubjects = sectorsNamedBy(prev);
  const prevYears = yearsOf(prev);
  const prevYear = singleOf(prevYears);

  // Who the follow-up is about: "wij", what "die/ze/dat" points at, and the sectors it names.
  const subjects: EntityId[] = [];
  if (wij) subjects.push(wij);
  // A comparison or a sum needs two sectors at least, "die drie" three: more than the previous
  // query may hold ("tekort hbo" → "en het wo?" → "tel ze op"); then the recent subjects say which.
  const together = parts.together && named.length === 0 && !scopeNamed && !wij;
  const needs = r.count ?? ((r.plural && has('compare')) || together ? 2 : 1);
  if (pronoun) {
    const pointed = previousSubjects.length ? previousSubjects : [...(focus()?.sectors ?? [])];
    const shown = named.length === 0 ? fromRecent(pointed, state.recent, needs) : pointed;
    if (r.singular && !r.plural && shown.length > 1 && previousSubjects.length > 1 && ops && !has('compare')) {
      // "hoeveel mist die nog?" after two sectors: which one?
      return {
        query: clean({
          intent: 'clarify' as const,
          term: r.tokens.find((t) => SINGULAR.has(t)) ?? 'die',
          options: shown.slice(0, 5),
          ask: askOf(f, r),
          year: prevYear,
        }),
        fromContext: true,
      };
    }
    const rankedFirst = !previousSubjects.length && (prev.intent === 'ranking' || prev.intent === 'filter');
    // "hoe komt dat?" after "wie van de drie heeft het grootste tekort?": the one the answer named first.
    // "hoeveel banen is dat?" after "welke sector scoort het best?": the one it named, too.
    const among =
      prev.intent === 'ranking' &&
      r.neutral &&
      named.length === 0 &&
      (prev.sectors !== undefined || METRIC_CUES.some(has));
    // "en wat doen ze daar?" after "welke daarvan heeft de laagste realisatie?": "ze" is that one.
    const them = r.plural && r.count === undefined && (has('notes') || has('why') || TOPIC_CUES.some(has));
    if (
      (r.singular || among || (them && prev.intent === 'ranking' && prev.sectors !== undefined)) &&
      (!r.plural || them) &&
      rankedFirst &&
      shown.length
    )
      subjects.push(shown[0]!);
    else if (previousSubjects.length || r.plural || has('compare')) subjects.push(...shown.slice(0, MAX_SECTORS));
  }
  if (r.withPrevious && !pronoun) subjects.push(...previousSubjects);
  subjects.push(...named);
  const who = unique(subjects);

  let query: Query;
  const sum = summed(prev, together, ctx, who.length >= 2 ? who : fromRecent(previousSubjects, state.recent, needs));
  if (sum) {
    // "tel ze op", "en samen?" after a comparison: the sum of the sectors it showed.
    const ty = textYears(f);
    query = ty ? withYears(sum, ty) : sum;
  } else if (r.adds && named.length > 0 && prev.intent === 'total' && prev.sectors) {
    // "en met jenv erbij?" after "bzk en financien samen": the sum with one more.
    const sectors = unique([...prev.sectors, ...named]).slice(0, MAX_SECTORS);
    const scope: ScopeId = sectors.every((id) => ctx.sets.homeScope(id) === 'ministeries') ? 'ministeries' : 'sectoren';
    query = { ...prev, scope, sectors };
    const ty = textYears(f);
    if (ty) query = withYears(query, ty);
  } else if (joins(r) && named.length > 0 && previousSubjects.length > 0 && prev.intent !== 'compare') {
    // "en defensie erbij?" after a question about the politie: the two side by side.
    query = compareFor(prev, [...previousSubjects, ...named]);
    const ty = textYears(f);
    if (ty) query = withYears(query, ty);
  } else if (r.adds && named.length > 0 && prev.intent === 'compare') {
    // "en het mbo erbij?": the comparison with one more sector.
    query = addTo(prev, who);
    const ty = textYears(f);
    if (ty) query = withYears(query, ty);
  } else if (!ops && !cross) {
    query = carry(prev, who, f, r, ctx, named.length > 0 || wij !== undefined);
  } else {
    query = reask(prev, who, f, r, ctx, previousSubjects, prevYear);
  }

  // Another year relative to the previous one: "een jaar later", "het jaar ervoor".
  if (r.shift !== undefined) {
    const base = prevYear ?? focus()?.year;
    query = shifted(query, r.shift, base);
  }
  return withWij({ query, fromContext: true });
}

/** "en defensie erbij?", "voeg het hbo toe": the follow-up ends on a word that adds a sector. */
function joins(r: Reading): boolean {
  const last = r.tokens.at(-1);
  return last === 'erbij' || last === 'toe' || last === 'toevoegen';
}

/**
 * The sectors a reference needing `needs` of them points at: those of the previous answer when
 * it holds enough, else the last `needs` recent subjects (most recent last) when they include
 * the previous answer's; otherwise the previous answer's alone.
 */
function fromRecent(
  shown: readonly EntityId[],
  recent: readonly EntityId[] | undefined,
  needs: number,
): readonly EntityId[] {
  if (shown.length >= needs || !recent || recent.length < needs) return shown;
  const last = recent.slice(-needs);
  return shown.every((id) => last.includes(id)) ? last : shown;
}

/**
 * The sum of what "tel ze op" / "en samen?" points at: the sectors a comparison showed, or
 * (after one-sector answers) the recent subjects in `sectors`; undefined when it is not a sum.
 */
function summed(prev: Query, asked: boolean, ctx: RuleContext, sectors: readonly EntityId[]): Query | undefined {
  if (!asked) return undefined;
  if (prev.intent !== 'compare') {
    // Only after a one-sector answer: a total, ranking or filter keeps its own follow-ups.
    if (sectors.length < 2 || sectorsNamedBy(prev).length !== 1) return undefined;
    return totalOf(sectors, singleOf(yearsOf(prev)), ctx);
  }
  if (prev.years?.length !== undefined && prev.years.length > 1) return undefined;
  const year = prev.years?.[0];
  if (prev.scope) return clean({ intent: 'total' as const, scope: prev.scope, year });
  return totalOf(prev.sectors, year, ctx);
}

function totalOf(ids: readonly EntityId[], year: number | undefined, ctx: RuleContext): Query | undefined {
  const sectors = unique(ids).slice(0, MAX_SECTORS);
  if (sectors.length < 2) return undefined;
  const scope: ScopeId = sectors.every((id) => ctx.sets.homeScope(id) === 'ministeries') ? 'ministeries' : 'sectoren';
  return clean({ intent: 'total' as const, scope, sectors, year });
}

function lazy(fn: (() => Focus) | undefined): () => Focus | undefined {
  let done = false;
  let value: Focus | undefined;
  return () => {
    if (!done) {
      done = true;
      value = fn?.();
    }
    return value;
  };
}

/** A follow-up without a kind of answer of its own: the previous question with the new parts. */
function carry(prev: Query, who: EntityId[], f: Features, r: Reading, ctx: RuleContext, sectorNamed: boolean): Query {
  const ty = r.shift === undefined ? textYears(f) : undefined;
  // "en eind 2024?" after "doelgroepregister eind 2023": the register at that year and date.
  if (prev.intent === 'context' && who.length === 0 && ty?.years?.length === 1)
    return clean({ ...prev, year: ty.years[0], period: f.years.period });
  let q: Query = prev;
  if (who.length === 0 && f.scopes.length > 0) {
    // "en in het onderwijs?", "en de ministeries?": the same kind of question over that scope.
    const scope = resolvedScope(f);
    if (prev.intent === 'ranking') q = clean({ ...prev, scope, sectors: undefined });
    else if (prev.intent === 'filter' || prev.intent === 'total') q = { ...prev, scope };
    else if (prev.intent === 'compare' && prev.scope)
      q = { ...prev, scope, sectors: ctx.sets.members(scope).slice(0, MAX_SECTORS) };
    else q = fillFrom(applyRulesToFeatures(f, ctx), prev, f, ctx);
  } else if (who.length >= 1 && prev.intent === 'compare' && !prev.scope) {
    // A comparison stays one: a named sector joins it; "en ze?" / one sector compared over years: replaced.
    q = prev.sectors.length > 1 && sectorNamed ? addTo(prev, who) : { ...prev, sectors: who.slice(0, MAX_SECTORS) };
  } else if (who.length === 1) {
    q = sameKindFor(prev, who[0]!);
  } else if (who.length > 1) {
    q = prev.intent === 'compare' && !prev.scope ? addTo(prev, who) : compareFor(prev, who);
  }
  // "en welke niet?" / "en welke wel?" after a filter: the other side of it.
  if (q.intent === 'filter' && who.length === 0 && (r.negated || r.affirmed)) {
    const opposite: Record<QueryOf<'filter'>['condition'], QueryOf<'filter'>['condition']> = {
      doel_gehaald: 'doel_niet_gehaald',
      doel_niet_gehaald: 'doel_gehaald',
      gestegen: 'gedaald',
      gedaald: 'gestegen',
      // A range has no other side to flip to (flip below is false for it).
      tussen: 'tussen',
    };
    // "en welke niet?" after "wie zit onder de 30%?": the others (those at or above 30%).
    const flip = r.negated
      ? q.condition !== 'tussen' && (q.condition !== 'doel_niet_gehaald' || q.threshold !== undefined)
      : q.condition === 'doel_niet_gehaald' || q.condition === 'gedaald';
    if (flip) q = { ...q, condition: opposite[q.condition] };
  }
  if (ty) {
    const base = singleOf(yearsOf(prev));
    const list = ty.years ?? [];
    // "vorig jaar" right after a question about the latest year minus one: the year before that.
    const own = (y: number) => (r.relativeYear && base !== undefined && y === base ? base - 1 : y);
    if (ty.versus && list.length === 1 && base !== undefined) {
      // "en vergeleken met vorig jaar?", "en t.o.v. 2022?": the subject in both years.
      const subjects = q.intent === 'compare' ? q.sectors : sectorsNamedBy(q);
      if (subjects.length)
        return {
          intent: 'compare',
          sectors: [...subjects],
          years: unique([own(list[0]!), base]).sort((a, b) => a - b),
        };
    }
    q = withYears(q, r.relativeYear && list.length === 1 && !ty.since ? { ...ty, years: [own(list[0]!)] } : ty);
  }
  return q;
}

/** "en defensie?" after "vergelijk politie en gemeenten": defensie joins the comparison. */
function addTo(prev: QueryOf<'compare'>, who: readonly EntityId[]): Query {
  return { ...prev, sectors: unique([...prev.sectors, ...who]).slice(0, MAX_SECTORS) };
}

/** The one scope the text names (two different groups: all sectors). */
function resolvedScope(f: Features): ScopeId {
  const specific = f.scopes.filter((s) => !s.generic);
  const list = unique((specific.length ? specific : f.scopes).map((s) => s.scope));
  return list.length === 1 ? list[0]! : 'sectoren';
}

/** A follow-up with a kind of answer of its own: parse it about the subjects, then fill in what it left out. */
function reask(
  prev: Query,
  who: EntityId[],
  f: Features,
  r: Reading,
  ctx: RuleContext,
  previousSubjects: readonly EntityId[],
  prevYear: number | undefined,
): Query {
  const has = (c: Cue) => f.cues.has(c);
  const cross = CROSS_CUES.some(has) || (has('top') && f.numbers.length > 0);
  let subjects = who;
  // "en het tekort?": about the previous sector(s); "en het slechtst?": over the previous scope.
  if (!subjects.length && !cross && f.scopes.length === 0) subjects = [...previousSubjects];
  // "en het tekort?" after a total: the total already says what is still missing.
  const sameSum = prev.intent === 'total' && !!prev.sectors && sameSet(who, prev.sectors);
  if ((!who.length || sameSum) && prev.intent === 'total' && !cross && f.scopes.length === 0) {
    const others = OP_CUES.filter((c) => !METRIC_CUES.includes(c)).some(has);
    // "hoeveel moeten ze nog?" asks for the gap as much as "tekort" does.
    if (!others && (METRIC_CUES.some(has) || (has('must') && has('still')))) {
      const ty = r.shift === undefined ? textYears(f) : undefined;
      return ty ? withYears(prev, ty) : prev;
    }
  }
  // A ranking asked for another measure ("en de realisatie?", "en het tekort?"): the same ranking by it.
  if (!subjects.length && prev.intent === 'ranking' && !cross && f.scopes.length === 0) {
    const by = rankByOf(f);
    if (by && !f.cues.has('why') && !f.cues.has('notes')) {
      const q = clean({ ...prev, by, from: by === 'stijging' ? prev.from : undefined });
      const ty = r.shift === undefined ? textYears(f) : undefined;
      return ty ? withYears(q, ty) : q;
    }
  }
  // "vergelijk met 2024" after a question about 2023: the subject in both years.
  const vy = f.years;
  if (vy.versus && vy.years.length === 1 && prevYear !== undefined && subjects.length > 0 && r.shift === undefined) {
    const others = OP_CUES.filter((c) => c !== 'compare' && c !== 'relative').some(has);
    if (!others) {
      const asked = r.relativeYear && vy.years[0] === prevYear ? prevYear - 1 : vy.years[0]!;
      const years = unique([asked, prevYear]).sort((a, b) => a - b);
      return { intent: 'compare', sectors: subjects.slice(0, MAX_SECTORS), years };
    }
  }
  const shiftOnly = r.shift !== undefined;
  const features = inject(
    f,
    subjects,
    r,
    shiftOnly
      ? { ...f.years, years: [], range: false, since: false, versus: false, from: undefined, to: undefined }
      : undefined,
  );
  let q = applyRulesToFeatures(features, ctx);
  if (q.intent === 'unknown' || q.intent === 'unknown_sector') return q;
  // "en het tekort?" about several sectors: the gaps side by side, ranked, in the scope they share.
  if (q.intent === 'compare' && !q.scope && subjects.length > 1 && (has('gap') || (has('must') && has('still')))) {
    // Only those sectors ("wat is het tekort van allebei?"), not every sector of their group.
    const sectors = unique(q.sectors).slice(0, MAX_SECTORS);
    q = { intent: 'ranking', scope: sharedScope(sectors, ctx), by: 'gap', order: 'hoog', sectors };
  }
  q = fillFrom(q, prev, features, ctx);
  // "vergelijk met 2023" after a question about 2022: 2022 and 2023, not the latest year.
  if (features.years.versus && q.intent === 'compare' && prevYear !== undefined && features.years.years.length === 1) {
    q = { ...q, years: unique([features.years.years[0]!, prevYear]).sort((a, b) => a - b) };
  }
  return q;
}

function rankByOf(f: Features): QueryOf<'ranking'>['by'] | undefined {
  const has = (c: Cue) => f.cues.has(c);
  if (has('gap')) return 'gap';
  if (has('up') || has('down') || has('change')) return 'stijging';
  if (has('percentage')) return 'percentage';
  if (has('realisatie') || has('realise')) return 'realisatie';
  if (has('doel')) return 'doel';
  return undefined;
}

/** Fills the slots a follow-up left open (year, scope, ranking measure and size) from the previous query. */
function fillFrom(q: Query, prev: Query, f: Features, ctx: RuleContext): Query {
  const named = f.years.years.length > 0;
  const py = yearsOf(prev);
  const single = singleOf(py);
  const scopeNamed = f.scopes.length > 0;
  const prevScope = scopeOf(prev);
  let out: Query = q;
  if (!scopeNamed && prevScope) {
    if (out.intent === 'ranking' || out.intent === 'filter' || out.intent === 'total')
      out = { ...out, scope: prevScope };
    else if (out.intent === 'compare' && out.scope && out.scope !== prevScope)
      out = { ...out, scope: prevScope, sectors: ctx.sets.members(prevScope).slice(0, MAX_SECTORS) };
    else if (out.intent === 'notes' && !out.sector && prevScope !== 'sectoren') out = { ...out, scope: prevScope };
  }
  // "en het kleinste?" after "welke daarvan heeft het grootste tekort?": among the same members.
  if (out.intent === 'ranking' && prev.intent === 'ranking' && prev.sectors && !out.sectors && !scopeNamed)
    if (f.mentions.length === 0) out = { ...out, sectors: prev.sectors, scope: prev.scope };
  if (out.intent === 'ranking' && prev.intent === 'ranking') {
    const has = (c: Cue) => f.cues.has(c);
    if (!METRIC_CUES.some(has) && !has('up') && !has('down') && !has('change'))
      out = clean({ ...out, by: prev.by, from: named ? out.from : prev.from });
    if (f.numbers.length === 0 && prev.limit !== undefined) out = { ...out, limit: prev.limit };
  }
  if (named) return out;
  switch (out.intent) {
    case 'lookup':
    case 'gap':
    case 'inkoop':
    case 'binnenwerk':
    case 'filter':
    case 'total':
    case 'ranking':
      return out.year === undefined && single !== undefined ? { ...out, year: single } : out;
    case 'change':
      // "hoeveel is dat gestegen?" after a development 2019–2024: the change over that span.
      if (out.from === undefined && out.to === undefined && (prev.intent === 'change' || prev.intent === 'trend'))
        return clean({ ...out, from: prev.from, to: prev.to ?? single });
      return out.to === undefined && single !== undefined ? { ...out, to: single } : out;
    case 'trend':
      if (out.from === undefined && out.to === undefined && prev.intent === 'trend')
        return clean({ ...out, from: prev.from, to: prev.to });
      return out;
    case 'compare': {
      if (out.years?.length) return out;
      const years = prev.intent === 'compare' ? prev.years : single !== undefined ? [single] : undefined;
      return years?.length ? { ...out, years: [...years] } : out;
    }
    default:
      return out;
  }
}

// ── References into the previous result ────────────────────────────────────────────────────
// After a comparison, ranking, filter or total over several sectors, a follow-up may point at
// members of that result by their role: "wie van de twee heeft het grootste tekort?" (which of
// them: the same ranking, among them only), "het tekort van de slechtste" (the one that scored
// worst, then its gap), "de ontwikkeling van nummer 2", "vergelijk de eerste met het mbo",
// "en de andere?". Which member scored best is the answer core's to say (`order`); the place in
// the list is the order the previous answer showed (`focus`). Without a result to point into,
// or a count that does not fit it ("wie van de twee" after a top 5), the answer asks back.

/** "de beste", "de slechtste", …: a member by its score. */
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  beste: 'good',
  sterkste: 'good',
  koploper: 'good',
  slechtste: 'bad',
  zwakste: 'bad',
  hekkensluiter: 'bad',
  achterblijver: 'bad',
  hoogste: 'high',
  grootste: 'high',
  laagste: 'low',
  kleinste: 'low',
};
/** "de eerste", "de tweede", "de laatste": a member by its place in the list shown (-1 is the last). */
const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 0,
  tweede: 1,
  derde: 2,
  vierde: 3,
  vijfde: 4,
  zesde: 5,
  zevende: 6,
  achtste: 7,
  negende: 8,
  tiende: 9,
  bovenste: 0,
  laatste: -1,
  onderste: -1,
};
/** Words after "de eerste"/"de beste" that make it something else ("het eerste kwartaal", "de grootste stijging"). */
const NOT_A_MEMBER = new Set([
  'kwartaal',
  'helft',
  'jaar',
  'jaren',
  'keer',
  'maand',
  'tekort',
  'doel',
  'realisatie',
  'percentage',
  'realisatiepercentage',
  'stijging',
  'daling',
  'groei',
  'achterstand',
  'score',
  'aantal',
  'banen',
  'sectoren',
  'ministeries',
]);
/** Words after a role that are part of it: "de slechtste sector", "de beste van de twee". */
const ROLE_NOUNS = new Set(['sector', 'ministerie', 'organisatie', 'partij', 'werkgever']);
const GROUP_DET = new Set(['de', 'die', 'deze']);
const GROUP_PRONOUNS = new Set(['beide', 'beiden', 'allebei', 'hen', 'deze', 'die', 'ze', 'zij']);
/**
 * Words that may follow a role ("de slechtste van de twee", "de beste heeft", "de andere?"): after
 * anything else it is a word of its own ("de grootste voorsprong", "de eerste helft", "van hun doel").
 */
const ROLE_FOLLOWERS = new Set([
  'van',
  'daarvan',
  'hiervan',
  'ervan',
  'daaruit',
  'is',
  'was',
  'en',
  'in',
  'uit',
  'bij',
  'met',
  'op',
  'tegenover',
  'vs',
  'versus',
  'heeft',
  'had',
  'haalt',
  'haalde',
  'doet',
  'deed',
  'scoort',
  'scoorde',
  'staat',
  'stond',
  'moet',
  'mist',
  'nog',
  'zelf',
  'dan',
  'eigenlijk',
  'ook',
  'erbij',
  'zit',
  'zat',
  'zitten',
  'zaten',
  'hebben',
  'scoren',
  'staan',
  'ervoor',
  'eraan',
  'erop',
  'het',
  'zich',
  'ontwikkeld',
  'gedaan',
  'vergeleken',
  'sinds',
  'vanaf',
  'tov',
  'wat',
  'hoe',
  'daar',
  'er',
  'die',
  'voor',
  'toen',
  'nu',
  'vorig',
  'dit',
]);
const followsRole = (t: string | undefined) =>
  t === undefined || ROLE_FOLLOWERS.has(t) || ROLE_NOUNS.has(t) || /^\d{4}$/.test(t);
const GROUP_ADVERBS = new Set(['daarvan', 'hiervan', 'ervan', 'daaruit', 'ertussen', 'daartussen']);
const WHICH = new Set(['wie', 'welke', 'welk']);
/** Comparatives that ask for the lower end: "wie van de twee scoort slechter?". */
const LOWER = new Set(['slechter', 'lager', 'minder', 'zwakker', 'kleiner', 'slechtst', 'laagst', 'minst']);
/** Cues the reference itself raised (the rest says what to show about the member). */
const ROLE_CUES: readonly Cue[] = ['superlative', 'low', 'most', 'which', 'top', 'ranking'];

interface RoleRef {
  /** "wie"/"welke": asks which member. */
  which: boolean;
  /** The previous result named as a group: "van de twee", "daarvan", "van deze", "van beide". */
  group: boolean;
  count?: number;
  role?: Role;
  /** Places in the list shown, 0-based (-1: the last). */
  positions: number[];
  other: boolean;
  /** Numbers the reference used ("nummer 2", "de eerste twee"), not a top-N or a threshold. */
  numbers: number[];
  consumed: Set<string>;
}

function countAt(t: string | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (/^\d{1,2}$/.test(t)) return Number(t);
  // "de eerste een" is one; otherwise the question's number words (vocabulary.ts).
  return t === 'een' ? 1 : NUMBER_WORDS[t];
}

/** The reference into the previous result a text makes, if any. */
function readRole(tokens: readonly string[]): RoleRef | undefined {
  const ref: RoleRef = { which: false, group: false, positions: [], other: false, numbers: [], consumed: new Set() };
  const use = (...ws: (string | undefined)[]) => {
    for (const w of ws) if (w !== undefined) ref.consumed.add(w);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (WHICH.has(t)) {
      ref.which = true;
      continue;
    }
    if (GROUP_ADVERBS.has(t)) {
      ref.group = true;
      use(t);
      continue;
    }
    if (t === 'van' && next !== undefined) {
      const n = countAt(tokens[i + 2]);
      if (GROUP_DET.has(next) && n !== undefined && n >= 2 && !NOT_A_MEMBER.has(tokens[i + 3] ?? '')) {
        ref.group = true;
        ref.count ??= n;
        ref.numbers.push(n);
        use(t, next, tokens[i + 2]);
        i += 2;
        continue;
      }
      const after = tokens[i + 2];
      const fits = BOTH.has(next) || followsRole(after) || after === 'sectoren' || after === 'ministeries';
      if (GROUP_PRONOUNS.has(next) && fits) {
        ref.group = true;
        if (BOTH.has(next)) ref.count ??= 2;
        use(t, next);
        i += 1;
        continue;
      }
    }
    if (t === 'nummer') {
      const n = countAt(next);
      if (n !== undefined && n >= 1) {
        ref.positions.push(n - 1);
        ref.numbers.push(n);
        use(t, next);
        i += 1;
      }
      continue;
    }
    // "wie is tweede?", "wie staat er derde?": a place without "de".
    if (
      ORDINALS[t] !== undefined &&
      ORDINALS[t]! > 0 &&
      (prev === 'is' || prev === 'staat' || prev === 'er' || prev === 'werd')
    ) {
      if (followsRole(next)) {
        ref.positions.push(ORDINALS[t]!);
        use(t);
        continue;
      }
    }
    // "de op een na grootste", "de op één na beste": the second.
    if (t === 'op' && prev === 'de' && (next === 'een' || next === '1') && tokens[i + 2] === 'na') {
      const role = tokens[i + 3];
      if (role !== undefined && ROLE_WORDS[role] !== undefined && followsRole(tokens[i + 4])) {
        ref.positions.push(1);
        use(prev, t, next, tokens[i + 2], role);
        i += 3;
        continue;
      }
    }
    const det = prev === 'de' || prev === 'het';
    if (!det) continue;
    if (ROLE_WORDS[t] !== undefined && prev === 'de' && followsRole(next)) {
      ref.role ??= ROLE_WORDS[t];
      use(prev, t);
      if (next !== undefined && ROLE_NOUNS.has(next)) use(next);
      continue;
    }
    if (ORDINALS[t] !== undefined && (followsRole(next) || (t === 'eerste' && countAt(next) !== undefined))) {
      const at = ORDINALS[t]!;
      // "de eerste twee", "de laatste drie": that many from that end.
      const n = countAt(next);
      // ("de onderste drie" after a top 3 is the bottom of the whole ranking: a question of its own.)
      if (n !== undefined && n >= 2 && at === 0 && t === 'eerste') {
        for (let k = 0; k < Math.min(n, MAX_SECTORS); k++) ref.positions.push(k);
        ref.numbers.push(n);
        use(prev, t, next);
        i += 1;
      } else {
        ref.positions.push(at);
        use(prev, t);
      }
      if (tokens[i + 1] !== undefined && ROLE_NOUNS.has(tokens[i + 1]!)) use(tokens[i + 1]);
      continue;
    }
    if ((t === 'andere' || t === 'ander') && prev === 'de' && followsRole(next)) {
      ref.other = true;
      use(prev, t);
    }
  }
  const asks = (ref.which && ref.group) || ref.role !== undefined || ref.positions.length > 0 || ref.other;
  return asks ? ref : undefined;
}

/** The members of the previous result, in the order its answer showed them. */
function resultMembers(
  prev: Query,
  focus: () => Focus | undefined,
  recent: readonly EntityId[] | undefined,
  ctx: RuleContext,
  count: number | undefined,
): EntityId[] {
  switch (prev.intent) {
    case 'compare':
      return prev.scope ? [...(focus()?.sectors ?? [])] : [...prev.sectors];
    case 'ranking':
    case 'filter':
      return [...(focus()?.sectors ?? [])];
    case 'total':
      if (prev.scopes) return [];
      return prev.sectors ? [...prev.sectors] : ctx.sets.members(prev.scope).slice(0, MAX_SECTORS);
    default: {
      // After one-sector answers: the recent subjects, when the text says how many ("wie van de twee").
      const shown = sectorsNamedBy(prev);
      return [...fromRecent(shown, recent, count ?? 2)];
    }
  }
}

/** What a role is measured on after `prev`: the ranking's own measure, else the realisatiepercentage. */
function roleMeasure(prev: Query): QueryOf<'ranking'>['by'] {
  if (prev.intent === 'ranking') return prev.by;
  if (prev.intent === 'filter' && (prev.condition === 'gestegen' || prev.condition === 'gedaald')) return 'stijging';
  return 'percentage';
}

function roleOrder(role: Role, by: QueryOf<'ranking'>['by']): QueryOf<'ranking'>['order'] {
  // A smaller gap is better; for every other measure more is better.
  const goodIsHigh = by !== 'gap';
  switch (role) {
    case 'high':
      return 'hoog';
    case 'low':
      return 'laag';
    case 'good':
      return goodIsHigh ? 'hoog' : 'laag';
    default:
      return goodIsHigh ? 'laag' : 'hoog';
  }
}

/** The scope a group of entities shares (all sectors when they share none). */
function sharedScope(ids: readonly EntityId[], ctx: RuleContext): ScopeId {
  const homes = unique(ids.map((id) => ctx.sets.homeScope(id)));
  return homes.length === 1 ? homes[0]! : 'sectoren';
}

/**
 * A follow-up that points into the previous result by role ("wie van de twee …", "de slechtste",
 * "nummer 2", "de andere"): the query it means, a question back when the reference does not fit,
 * or undefined when the text makes no such reference.
 */
function resolveRole(
  parts: QuestionParts,
  parsed: Query,
  state: ConversationState,
  ctx: RuleContext,
  prev: Query | undefined,
  r: Reading,
): Resolution | undefined {
  const f = parts.features;
  const ref = readRole(r.tokens);
  if (!ref) return undefined;
  const named = parts.entities;
  // "welke sector is de beste?", "de eerste helft van 2024": a question of its own.
  if (f.scopes.length > 0 && !ref.group) return undefined;
  if (named.length > 1) return undefined;
  // "vergelijk de eerste met het mbo" names a sector besides the reference, "de andere dan het rijk"
  // the one it is not; "de beste is defensie?" does not point.
  const otherThan = ref.other && r.tokens.includes('dan');
  if (named.length === 1 && !(r.withPrevious || f.cues.has('compare') || r.adds || otherThan)) return undefined;

  const stripped: Features = {
    ...f,
    cues: new Set([...f.cues].filter((c) => !ROLE_CUES.includes(c))),
    numbers: f.numbers.filter((n) => !ref.numbers.includes(n)),
  };
  const has = (c: Cue) => stripped.cues.has(c);
  const term = r.tokens
    .filter((t) => (ref.consumed.has(t) || WHICH.has(t)) && !/\d/.test(t))
    .join(' ')
    .slice(0, 200);
  // Nothing to point into: the plain "which sector?" question (term ''), as for other follow-ups.
  const ask = (options: readonly EntityId[], plain = false): Resolution => {
    const recent = state.recent ?? [];
    const opts = unique(options).length >= 2 ? unique(options) : recent.length >= 2 ? [...recent] : [];
    const list = opts.length >= 2 ? opts : ctx.sets.members('sectoren');
    return {
      query: clean({
        intent: 'clarify' as const,
        term: plain ? '' : term,
        options: list.slice(0, 5),
        ask: askOf(stripped, r),
        year: f.years.years.length === 1 ? f.years.years[0] : undefined,
      }),
      fromContext: prev !== undefined,
    };
  };
  // Without a previous result "nummer 1" or "de beste" is a question of its own; "wie van de twee"
  // and "de andere" point at something that is not there: ask.
  if (!prev) return ref.group || ref.other ? ask([], true) : undefined;

  // After a one-sector answer only an explicit group ("wie van de twee", "de andere") points back
  // (at the recent subjects); "wie is de beste?" there is a question of its own.
  const several =
    prev.intent === 'compare' || prev.intent === 'ranking' || prev.intent === 'filter' || prev.intent === 'total';
  if (!several && !ref.group && !ref.other && ref.count === undefined) return undefined;
  const focus = lazy(state.focus);
  const members = unique(resultMembers(prev, focus, state.recent, ctx, ref.count));
  if (members.length < 2 && !(members.length === 1 && (ref.which || ref.role))) return ask(members);
  if (ref.count !== undefined && members.length !== ref.count) return ask(members);
  const prevYear = singleOf(yearsOf(prev)) ?? focus()?.year;
  const ty = r.shift === undefined ? textYears(f) : undefined;
  const year = ty?.years?.length === 1 ? ty.years[0] : prevYear;

  // The rest of the text, without the reference: does it ask something of its own?
  const own = OP_CUES.some(has) || (has('must') && has('still')) || r.withPrevious || (named.length > 0 && !otherThan);
  const leftover = r.tokens.filter(
    (t) =>
      !ref.consumed.has(t) &&
      !r.consumed.has(t) &&
      !LEAD.has(t) &&
      !ACK.has(t) &&
      !WHICH.has(t) &&
      !/^\d{4}$/.test(t) &&
      !['in', 'is', 'zijn', 'dan', 'nou', 'eigenlijk', 'daar'].includes(t),
  );

  // "wie van de twee heeft het grootste tekort?", "welke daarvan daalde het meest?", "en de
  // laagste daarvan in 2023?": which of them — the same members ranked among themselves.
  const asksWhich =
    ref.positions.length === 0 && !ref.other && (ref.which || (ref.role !== undefined && leftover.length === 0));
  if (asksWhich && members.length >= 2 && parsed.intent === 'filter' && parsed.condition !== 'tussen') {
    // "welke van hen heeft het doel gehaald?", "wie van de twee zit boven het doel?": those of them.
    const sectors = members.slice(0, MAX_SECTORS);
    const { threshold, range: _range, ...rest } = parsed;
    const own = threshold !== undefined && !ref.numbers.includes(threshold) ? threshold : undefined;
    return {
      query: clean({ ...rest, scope: sharedScope(sectors, ctx), sectors, year, threshold: own }),
      fromContext: true,
    };
  }
  if (asksWhich && members.length >= 2) {
    // "wie zit dichter bij het doel?": the higher realisatiepercentage, not the larger goal.
    const closer = r.tokens.some((t) => t === 'dichter' || t === 'dichtst' || t === 'dichtstbij' || t === 'dichterbij');
    const textBy = closer ? 'percentage' : rankByOf(f);
    const parsedBy = parsed.intent === 'ranking' && textBy !== undefined && !closer ? parsed.by : textBy;
    const by = parsedBy ?? roleMeasure(prev);
    const lower =
      ref.role !== undefined
        ? roleOrder(ref.role, by) === 'laag'
        : closer
          ? false
          : parsed.intent === 'ranking' && textBy !== undefined
            ? parsed.order === 'laag'
            : f.cues.has('low') || f.cues.has('down') || r.tokens.some((t) => LOWER.has(t));
    const sectors = members.slice(0, MAX_SECTORS);
    const scope = sharedScope(sectors, ctx);
    // All members of a group ("vergelijk alle onderwijssectoren"): the group's own ranking.
    const whole = sameSet(sectors, ctx.sets.members(scope));
    const query = clean({
      intent: 'ranking' as const,
      scope,
      by,
      order: lower ? ('laag' as const) : ('hoog' as const),
      sectors: whole ? undefined : sectors,
      year,
      from: (by === 'stijging' || by === 'stijging_pp') && prev.intent === 'ranking' ? prev.from : undefined,
    });
    return { query, fromContext: true };
  }

  // A member picked by its place, its score or as "de andere".
  let picked: EntityId[];
  let by: QueryOf<'ranking'>['by'] | undefined;
  if (ref.positions.length) {
    const at = unique(ref.positions.map((p) => (p < 0 ? members.length + p : p)));
    if (at.some((p) => p < 0 || p >= members.length)) return ask(members);
    picked = at.map((p) => members[p]!);
  } else if (ref.other) {
    const current = otherThan
      ? named.filter((id) => members.includes(id))
      : prev.intent === 'ranking' && prev.sectors
        ? members.slice(0, 1)
        : sectorsNamedBy(prev).filter((id) => members.includes(id));
    const others = members.filter((id) => !current.includes(id));
    if (current.length === 0 || others.length !== 1) return ask(others.length >= 2 ? others : members);
    picked = others;
  } else {
    by = roleMeasure(prev);
    if (members.length === 1) picked = members;
    else {
      const ranked = state.order?.({
        intent: 'ranking',
        scope: sharedScope(members, ctx),
        by,
        order: roleOrder(ref.role!, by),
        sectors: members.slice(0, MAX_SECTORS),
        ...(prevYear === undefined ? {} : { year: prevYear }),
      });
      const first = ranked?.find((id) => members.includes(id));
      if (!first) return ask(members);
      picked = [first];
    }
  }
  const role: Picked['role'] = ref.positions.length ? 'position' : ref.other ? 'other' : ref.role!;
  const pick: Picked = clean({ sectors: picked, among: members.slice(0, MAX_SECTORS), role, by });
  const withPick = (query: Query): Resolution => ({ query, fromContext: true, picked: pick });

  // "hoeveel hebben de eerste twee samen?": the sum of them.
  if (picked.length >= 2 && parts.together) {
    const sum = totalOf(picked, year, ctx);
    if (sum) return withPick(sum);
  }
  if (own) {
    // "het tekort van de slechtste", "vergelijk de eerste met het mbo": the question about them.
    const features = inject(stripped, picked, { ...r, consumed: new Set([...r.consumed, ...ref.consumed]) });
    let q = applyRulesToFeatures(features, ctx);
    if (q.intent !== 'unknown' && q.intent !== 'unknown_sector' && q.intent !== 'clarify') {
      q = fillFrom(q, prev, features, ctx);
      if (q.intent === 'compare' && q.scope) q = compareFor(prev, [...picked, ...named]);
      return withPick(q);
    }
  }
  // "en de andere?", "en nummer 2?", "hoe deed de beste het in 2024?": the previous question about them.
  // "en de beste daarvan vergeleken met 2023?": that member in both years.
  if (ty?.versus && ty.years?.length === 1 && prevYear !== undefined)
    return withPick({
      intent: 'compare',
      sectors: picked.slice(0, MAX_SECTORS),
      years: unique([ty.years[0]!, prevYear]).sort((a, b) => a - b),
    });
  let q = picked.length === 1 ? sameKindFor(prev, picked[0]!) : compareFor(prev, picked);
  if (prev.intent === 'compare' && picked.length === 1)
    q = clean({ intent: 'lookup' as const, sector: picked[0]!, metric: 'alles' as const, year: prevYear });
  if (ty) q = withYears(q, ty);
  return withPick(q);
}

/** "zonder", "behalve": the sectors named are left out of what was asked. */
const WITHOUT = new Set(['zonder', 'behalve', 'exclusief', 'excl', 'uitgezonderd']);
const WHOLE = new Set(['hele', 'gehele', 'volledige', 'complete', 'totale']);
const LIST = new Set(['lijst', 'ranglijst', 'rangorde', 'rij']);

/**
 * "en zonder het wo?" after a total, comparison or ranking of several sectors: the same without
 * the sectors named; "laat de hele lijst zien" after a top 3: the whole ranking. Undefined otherwise.
 */
function withoutOrWhole(
  prev: Query,
  named: readonly EntityId[],
  r: Reading,
  focus: () => Focus | undefined,
  ctx: RuleContext,
  f: Features,
): Query | undefined {
  if (prev.intent === 'ranking' && prev.limit !== undefined && named.length === 0 && f.scopes.length === 0) {
    if (r.tokens.some((t) => WHOLE.has(t)) && r.tokens.some((t) => LIST.has(t)))
      return clean({ ...prev, limit: undefined });
  }
  if (!named.length || !r.tokens.some((t) => WITHOUT.has(t))) return undefined;
  if (prev.intent !== 'total' && prev.intent !== 'compare' && prev.intent !== 'ranking') return undefined;
  if (prev.intent === 'total' && prev.scopes) return undefined;
  const members = unique(resultMembers(prev, focus, undefined, ctx, undefined));
  const kept = members.filter((id) => !named.includes(id));
  if (kept.length === members.length || kept.length === 0) return undefined;
  const year = singleOf(yearsOf(prev));
  const ty = textYears(f);
  let q: Query;
  if (prev.intent === 'compare') q = { ...prev, sectors: kept, scope: undefined };
  else if (kept.length === 1)
    q = clean({ intent: 'lookup' as const, sector: kept[0]!, metric: 'alles' as const, year });
  else if (prev.intent === 'total') q = totalOf(kept, year, ctx)!;
  else q = { ...prev, sectors: kept.slice(0, MAX_SECTORS), scope: sharedScope(kept, ctx) };
  q = clean(q);
  return ty ? withYears(q, ty) : q;
}
