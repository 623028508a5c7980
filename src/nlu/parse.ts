// The intent decision: features of a question (features.ts) → a typed Query (query.ts).
// Rules, in order:
//  1. nothing left after normalizing → help;
//  2. subscription words → unsubscribe / subscribe {sectors} / subscriptions;
//  2b. the national picture and prose questions (prose.ts: context landelijk / wet / aanjager /
//     uren / doelen, or a passage query); prose.ts declines questions asking for sector figures;
//  3. no data words at all → help, thanks, greeting, an `unknown_sector` for a likely
//     misspelled sector, or unknown;
//  4. no sector named: national context questions (fta, doelgroepregister, doel van de overheid,
//     deadline, quotum and what happens when the target is missed, banenafspraak, bronnen);
//  5. two or more sectors → compare (one ambiguous phrase such as "hoger onderwijs" → clarify,
//     carrying what was asked: "tekort hoger onderwijs" → ask 'gap'); a ministry or Binnenwerk
//     named with the Rijk is that part;
//  6. one sector → compare / ranking / notes / inkoop / projection (also a year after the latest
//     one: "haalt het mbo het doel in 2025?") / trend / change / gap / lookup (binnenwerk's lookup
//     is the `binnenwerk` intent);
//  7. no sector → notes for a topic, ranking, filter (100% or another threshold: "onder de 50%"),
//     total, compare or notes over a scope; for questions that need one sector: an unknown word →
//     `unknown_sector`, else a sensible scope-wide reading:
//       gap ("achterstand")          → ranking by gap (largest first); with "totaal" → total
//       change without sector        → filter gestegen/gedaald ("daling" → gedaald)
//       trend ("verloop")            → compare all sectors of the scope (years named, else the latest five)
//       projection ("prognose")      → clarify: which sector (five options), ask 'projection'
//       lookup "ministerie" (one of a group) → clarify with up to five options
//       lookup "overheid"/"onderwijs" or nothing → total of the scope; plural scope → compare its members.
//  "sector(en)" next to a group word means that group ("welke sector scoort het best in het onderwijs").
//  Where no reading fits (unknown), a question with content words is a passage query.
//  "hoe doen we het t.o.v. het hbo?": "we" is unknown, so hbo is compared with its own group
//  (compare {sectors: [hbo, …the other onderwijs sectors], scope: 'onderwijs'}).
import type { EntityId } from '../domain/model.js';
import type { Features } from './features.js';
import { readProse } from './prose.js';
import type { Query, QueryOf } from './query.js';
import { type FuzzyMatcher, LIKELY_TYPO_THRESHOLD } from './sector-match.js';
import type { SectorSets } from './sector-sets.js';
import type { Cue, ScopeId } from './vocabulary.js';

type Topic = 'aanpak' | 'knelpunten' | 'begeleiding' | 'maatregelen' | 'inkoop' | 'organisatie' | 'algemeen';
type Metric = 'doel' | 'realisatie' | 'percentage' | 'alles';

/** Cues that ask for figures or explanations (anything but conversation). */
const DATA_CUES: readonly Cue[] = [
  'ctx-fta',
  'ctx-doelgroepregister',
  'ctx-doelen',
  'ctx-quotum',
  'ctx-banenafspraak',
  'ctx-bronnen',
  'deadline',
  'doel',
  'realisatie',
  'realise',
  'percentage',
  'unit',
  'lookup',
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
  'reach',
  'inkoop',
  'notes',
  'why',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
  'topic-algemeen',
];
/** Cues that make a question about figures across sectors rather than a definition. */
const STRONG_CUES: readonly Cue[] = [
  'gap',
  'change',
  'up',
  'down',
  'trend',
  'projection',
  'compare',
  'ranking',
  'superlative',
  'total',
  'inkoop',
  'reach',
  'notes',
  'why',
  'topic-aanpak',
  'topic-knelpunten',
  'topic-begeleiding',
  'topic-maatregelen',
  'topic-organisatie',
];
const TOPIC_ORDER: readonly [Cue, Topic][] = [
  ['topic-begeleiding', 'begeleiding'],
  ['topic-knelpunten', 'knelpunten'],
  ['topic-maatregelen', 'maatregelen'],
  ['topic-organisatie', 'organisatie'],
  ['topic-aanpak', 'aanpak'],
  ['topic-algemeen', 'algemeen'],
];
/** Cues that ask for figures: without a sector these become a total. */
const FIGURE_CUES: readonly Cue[] = [
  'doel',
  'realisatie',
  'realise',
  'percentage',
  'lookup',
  'unit',
  'reach',
  'ctx-banenafspraak',
  'ctx-fta',
];
const MAX_COMPARE_YEARS = 10;
/** A development over a scope without years named: this many of the latest years. */
const SCOPE_TREND_YEARS = 5;
/** One-sector intents a clarify question can carry on with once the sector is picked. */
const CLARIFY_ASKS = ['lookup', 'gap', 'change', 'trend', 'projection', 'inkoop', 'notes'] as const;

export interface DecideContext {
  sets: SectorSets;
  fuzzy: FuzzyMatcher;
  /** Years with figures, ascending (may be empty). */
  years: readonly number[];
  /** Whether the source documents use a word (prose.ts; absent: every word may be). */
  inSources?: (word: string) => boolean;
}

export function decide(f: Features, ctx: DecideContext, text = ''): Query {
  const has = (c: Cue) => f.cues.has(c);
  const any = (cs: readonly Cue[]) => cs.some((c) => f.cues.has(c));
  const { sets } = ctx;

  // 1. Empty.
  if (f.empty) return { intent: 'help' };

  // 2. Subscriptions.
  const subscriptionWord = has('subscribe') || has('subscriptions');
  if (has('unsubscribe') || (has('stop') && subscriptionWord)) return { intent: 'unsubscribe' };
  if (has('help') && subscriptionWord) return { intent: 'help' };
  if (has('subscribe') || (has('subscriptions') && (f.mentions.length > 0 || f.scopes.length > 0))) {
    return { intent: 'subscribe', sectors: subscribeSectors(f, sets) };
  }
  if (has('subscriptions')) return { intent: 'subscriptions' };

  // 2b. The national picture and questions the sources answer in prose (prose.ts declines
  // questions that ask for a sector's figures, so the figure readings below keep those).
  const named = unique(f.mentions.flatMap((m) => m.ids));
  const hints = {
    sectors: named,
    year: singleYear(f),
    unknown: f.unknown.map((u) => u.word),
    ...(ctx.inSources ? { inSources: ctx.inSources } : {}),
  };
  const prose = readProse(text, hints);
  if (prose) return prose;
  /** No reading found: a question with content words may still be answered by a passage. */
  const lastResort = (q: Query): Query =>
    q.intent === 'unknown' ? (readProse(text, { ...hints, fallback: true }) ?? q) : q;

  const years = f.years;
  const hasTopN = has('top') && f.numbers.length > 0;
  const dataSignal =
    f.mentions.length > 0 ||
    f.scopes.length > 0 ||
    f.nearMisses.length > 0 ||
    years.years.length > 0 ||
    any(DATA_CUES) ||
    hasTopN;

  // 3. Conversation only.
  if (!dataSignal) {
    const unknownSector = likelySectorTypo(f, ctx.fuzzy);
    if (unknownSector && !has('help') && !has('greeting') && !has('thanks')) return unknownSector;
    if (has('help')) return { intent: 'help' };
    if (has('thanks')) return { intent: 'thanks' };
    if (has('greeting')) return { intent: 'greeting' };
    return unknownSector ?? { intent: 'unknown' };
  }

  const ids = unique(f.mentions.flatMap((m) => m.ids));
  const scope = resolveScope(f);
  const strong = any(STRONG_CUES) || hasTopN;

  // 4. National context. Register, sources and quotum are specific words: only a question across
  // sectors (ranking, total, comparison) overrides them. "Wat is (het verschil tussen) fte en fta?"
  // is a definition even with other cue words in it.
  const noYears = years.years.length === 0;
  const crossSector = any(['ranking', 'superlative', 'total', 'compare', 'relative']) || hasTopN;
  if (ids.length === 0 && !crossSector) {
    // "Waarom is er een banenafspraak?" asks what it is for, not why a sector lags.
    if (has('why') && has('ctx-banenafspraak') && !scope && f.unknown.length === 0)
      return { intent: 'context', topic: 'banenafspraak' };
    // "hoeveel mensen werken bij de overheid" is a total; "hoeveel mensen staan in het register" the register.
    const register = f.cuePhrase.get('ctx-doelgroepregister') ?? '';
    if (has('ctx-doelgroepregister') && (!scope || register.includes('register')))
      return { intent: 'context', topic: 'doelgroepregister' };
    if (has('deadline')) return { intent: 'context', topic: 'doelen' };
    if (has('ctx-bronnen')) return { intent: 'context', topic: 'bronnen' };
    if (has('ctx-quotum')) return { intent: 'context', topic: 'quotum' };
  }
  if (ids.length === 0 && noYears && has('define') && !scope) {
    if (has('ctx-fta')) return { intent: 'context', topic: 'fta' };
    if (has('ctx-doelen')) return { intent: 'context', topic: 'doelen' };
  }
  if (ids.length === 0 && !strong) {
    if (noYears && has('ctx-doelen')) return { intent: 'context', topic: 'doelen' };
    if (
      noYears &&
      has('doel') &&
      !has('realisatie') &&
      !has('percentage') &&
      !has('above') &&
      !has('below') &&
      f.unknown.length === 0 &&
      // "doel per sector", "welke doelen hebben de sectoren": the targets side by side, not the national one.
      (!scope || scope.scope === 'overheid' || (scope.scope === 'sectoren' && !(scope.plural && scope.generic)))
    ) {
      return { intent: 'context', topic: 'doelen' };
    }
    if (noYears && has('ctx-fta') && !scope) return { intent: 'context', topic: 'fta' };
    if (noYears && has('ctx-banenafspraak') && !scope && !any(['doel', 'realisatie', 'percentage', 'lookup', 'unit'])) {
      return { intent: 'context', topic: 'banenafspraak' };
    }
  }

  // 5. Several sectors. A ministry or Binnenwerk named with the Rijk it belongs to ("banen via
  // Binnenwerk bij het Rijk") is about that part, unless the question compares.
  const comparing = has('compare') || has('relative');
  const parts = ids.filter((id) => sets.parent(id) !== undefined && ids.includes(sets.parent(id)!));
  if (parts.length === 1 && ids.length === 2 && !comparing) return decideOneSector(parts[0]!, f, ctx);
  if (ids.length >= 2) {
    const first = f.mentions[0]!;
    const oneReading = f.mentions.every((m) => m.ids.join() === first.ids.join());
    // "hoger onderwijs totaal": both readings side by side; otherwise ask which one.
    if (oneReading && !comparing && !has('total')) {
      const asked = decideOneSector(first.ids[0]!, f, ctx).intent;
      return withOptional(
        { intent: 'clarify' as const, term: first.term.slice(0, 200), options: first.ids.slice(0, 5) },
        {
          ask: CLARIFY_ASKS.find((a) => a === asked && a !== 'lookup'),
        },
      );
    }
    const plural = scope?.plural ? scope.scope : undefined;
    const sectors = plural ? unique([...ids, ...sets.members(plural)]) : ids;
    // "ontwikkeling politie vs defensie": side by side over the latest years.
    const recent = has('trend') ? ctx.years.slice(-SCOPE_TREND_YEARS) : [];
    return withOptional(
      { intent: 'compare' as const, sectors: sectors.slice(0, 30) },
      {
        scope: plural,
        years: compareYears(f) ?? (recent.length > 1 ? [...recent] : undefined),
      },
    );
  }

  // 6. One sector. "Het Rijk per ministerie" is the ministries side by side.
  if (ids.length === 1 && ids[0] === 'rijk' && scope?.scope === 'ministeries' && scope.plural) {
    return compareScope(f, sets, 'ministeries');
  }
  if (ids.length === 1) return decideOneSector(ids[0]!, f, ctx);

  // 7. No sector.
  return lastResort(decideNoSector(f, ctx));
}

function decideOneSector(sector: EntityId, f: Features, ctx: DecideContext): Query {
  const has = (c: Cue) => f.cues.has(c);
  const years = f.years;
  const moving = has('change') || has('up') || has('down') || years.versus;
  const year = singleYear(f);

  // Compare: "vergelijk politie", "politie 2023 en 2024", "hoe doen we het t.o.v. het hbo?".
  const twoPlainYears = years.years.length >= 2 && !years.range && !years.since;
  const relativeCompare = has('relative') && !moving && !has('gap') && !has('trend') && years.years.length === 0;
  if (has('compare') || relativeCompare || (twoPlainYears && !moving && !has('trend') && !has('gap'))) {
    const across = compareYears(f);
    if (across && across.length >= 2) return { intent: 'compare', sectors: [sector], years: across };
    const scope = resolveScope(f);
    // "vergelijk politie en brandweer": the other side is a word we don't know — say so rather
    // than silently compare with the whole group.
    if (has('compare') && !scope?.plural) {
      const near = f.nearMisses[0];
      if (near) return { intent: 'unknown_sector', term: near.term.slice(0, 200), suggestions: near.ids.slice(0, 5) };
      const other = unknownSectorFor(f, ctx.fuzzy);
      if (other) return other;
    }
    const home = scope?.plural ? scope.scope : ctx.sets.homeScope(sector);
    const sectors = unique([sector, ...ctx.sets.members(home)]).slice(0, 30);
    return withOptional({ intent: 'compare' as const, sectors, scope: home }, { years: compareYears(f) });
  }
  if (has('ranking')) {
    const scope = resolveScope(f)?.scope ?? (ctx.sets.homeScope(sector) === 'ministeries' ? 'ministeries' : 'sectoren');
    return ranking(f, scope);
  }
  // "hoe verhoudt het mbo zich tot 2023": the change since that year.
  if (has('relative') && years.years.length === 1 && !years.versus && !has('gap') && !has('trend')) {
    return { intent: 'change', sector, from: years.years[0]! };
  }
  if (notesLike(f)) {
    // "wat kan het mbo leren van andere sectoren": the other sectors' notes.
    const others = resolveScope(f);
    if (others?.plural && !others.generic) return notesFor(others.scope, topicOf(f));
    return withOptional({ intent: 'notes' as const, sector }, { topic: topicOf(f) });
  }
  if (has('inkoop')) return withOptional({ intent: 'inkoop' as const, sector }, { year });
  // "Haalt het mbo het doel in 2025?": a year without figures yet asks for the prognosis.
  const futureYear = year !== undefined && years.latest !== undefined && year > years.latest;
  const reachLater = futureYear && (has('reach') || has('gap'));
  if (has('projection') || (has('reach') && has('future')) || reachLater) return { intent: 'projection', sector };
  if (has('trend') || (years.range && !moving) || (years.since && !moving && !has('gap'))) {
    return withOptional({ intent: 'trend' as const, sector }, fromTo(f));
  }
  if (moving) return withOptional({ intent: 'change' as const, sector }, fromTo(f));
  const aboveTarget = (has('above') || has('below')) && has('doel');
  if (has('gap') || (has('reach') && !has('percentage')) || (has('must') && has('still')) || aboveTarget) {
    return withOptional({ intent: 'gap' as const, sector }, { year });
  }
  if (sector === 'binnenwerk') return withOptional({ intent: 'binnenwerk' as const }, { year });
  return withOptional({ intent: 'lookup' as const, sector, metric: metricOf(f) }, { year });
}

function decideNoSector(f: Features, ctx: DecideContext): Query {
  const has = (c: Cue) => f.cues.has(c);
  const { sets } = ctx;
  const years = f.years;
  const scope = resolveScope(f);
  const scopeId: ScopeId = scope?.scope ?? 'sectoren';
  const year = singleYear(f);
  const moving = has('up') || has('down');

  // Not a sector here, but close to one: "ziekenhuizen" → umc's.
  const near = f.nearMisses[0];
  if (near) return { intent: 'unknown_sector', term: near.term.slice(0, 200), suggestions: near.ids.slice(0, 5) };

  // "Waarom …" asks for an explanation, whatever else it mentions; so does a topic ("de grootste knelpunten").
  if (has('why') || (TOPIC_ORDER.some(([c]) => has(c)) && !has('gap'))) return notesFor(scopeId, topicOf(f));
  // "Wie heeft de meeste inkoopbanen": there are no inkoop figures to rank; the notes on inkoop tell what is known.
  if (has('inkoop') && !has('total')) return notesFor(scopeId, 'inkoop');
  if (has('ranking') || has('superlative') || (has('top') && f.numbers.length > 0)) return ranking(f, scopeId);

  // "Wanneer haalt het onderwijs het doel?": a prognosis is per sector, so ask which one.
  if (has('projection')) {
    const guess = scope ? undefined : unknownSectorFor(f, ctx.fuzzy);
    return guess ?? projectionClarify(f, sets, scopeId);
  }

  // Filters: "welke sectoren haalden hun doel?", "wie haalt het doel niet", "welke sectoren daalden?",
  // "wie zit onder de 50%?" (a threshold other than 100%).
  const threshold =
    f.percents[0] ?? (has('above') || has('below') ? f.numbers.find((n) => n >= 1 && n <= 500) : undefined);
  const aboveBelow = (has('above') || has('below')) && (threshold !== undefined || has('doel') || has('percentage'));
  if ((has('reach') && (has('doel') || threshold !== undefined || has('not'))) || aboveBelow) {
    const condition = has('not') || has('below') ? 'doel_niet_gehaald' : 'doel_gehaald';
    return withOptional(
      { intent: 'filter' as const, scope: scopeId, condition },
      { year, threshold: threshold === 100 ? undefined : threshold },
    );
  }
  if (has('which') && has('gap')) return filter(scopeId, 'doel_niet_gehaald', year);
  if (moving && !has('trend') && !has('change')) return filter(scopeId, has('down') ? 'gedaald' : 'gestegen', year);

  if (has('total')) return withOptional({ intent: 'total' as const, scope: scopeId }, { year });

  const plural = scope?.plural === true;
  // "onderwijs 2023 en 2024", "overheid 2020 tot 2024", "sinds 2020": the scope over those years.
  const severalYears = years.years.length >= 2 || years.since;
  const scopeTable = (plural || severalYears) && !has('trend') && !notesLike(f) && !has('inkoop') && !has('gap');
  if (has('compare') || has('relative') || has('change') || years.versus || scopeTable)
    return compareScope(f, sets, scopeId);
  if (notesLike(f) || has('inkoop')) return notesFor(scopeId, has('inkoop') ? 'inkoop' : topicOf(f));

  // The question needs a sector and names none.
  if (!scope) {
    const guess = unknownSectorFor(f, ctx.fuzzy);
    if (guess) return guess;
  }
  if (has('gap') || (has('must') && has('still'))) return ranking(f, scopeId, 'gap');
  if (has('trend')) return compareScope(f, sets, scopeId, ctx.years.slice(-SCOPE_TREND_YEARS));
  // "realisatie ministerie": one ministry, but which? ("het onderwijs" is the group: its total.)
  if (scope && !scope.plural && scope.scope === 'ministeries') {
    return { intent: 'clarify', term: scope.term, options: sets.options(scope.scope, scope.term) };
  }
  if (scope || FIGURE_CUES.some(has)) return withOptional({ intent: 'total' as const, scope: scopeId }, { year });
  return { intent: 'unknown' };
}

type Condition = QueryOf<'filter'>['condition'];

function filter(scope: ScopeId, condition: Condition, year: number | undefined): Query {
  return withOptional({ intent: 'filter' as const, scope, condition }, { year });
}

/** All members of a scope side by side, over the years named (or `fallbackYears` when none are). */
function compareScope(f: Features, sets: SectorSets, scope: ScopeId, fallbackYears?: readonly number[]): Query {
  const sectors = sets.members(scope).slice(0, 30);
  const years = compareYears(f) ?? (fallbackYears && fallbackYears.length > 1 ? [...fallbackYears] : undefined);
  return withOptional({ intent: 'compare' as const, sectors, scope }, { years });
}

/** A prognosis without a sector: which one? Options from the scope; the answer is the prognosis. */
function projectionClarify(f: Features, sets: SectorSets, scope: ScopeId): Query {
  const named = resolveScope(f);
  const term = named && !named.generic ? named.term : (f.cuePhrase.get('projection') ?? 'prognose');
  return { intent: 'clarify', term, options: sets.members(scope).slice(0, 5), ask: 'projection' };
}

/** Notes about a scope; "sectoren" (all of them) needs no scope slot. */
function notesFor(scope: ScopeId, topic: Topic | undefined): Query {
  return withOptional({ intent: 'notes' as const }, { scope: scope === 'sectoren' ? undefined : scope, topic });
}

function ranking(f: Features, scope: ScopeId, forcedBy?: 'gap'): Query {
  const has = (c: Cue) => f.cues.has(c);
  const y = f.years;
  // "Welke sector moet de meeste banen realiseren?", "het hoogste doel": ranked by the target.
  const mustRealise = has('must') && (has('realise') || has('realisatie'));
  // "Wie zit het meest boven het doel": the gap, most negative (largest surplus) first.
  const aboveTarget = has('doel') && (has('above') || has('below'));
  const byTarget =
    (has('doel') && !has('reach') && !has('realisatie') && !has('realise') && !aboveTarget) || mustRealise;
  let by: QueryOf<'ranking'>['by'] = 'percentage';
  if (forcedBy || has('gap') || (has('must') && has('still')) || aboveTarget) by = 'gap';
  else if (has('up') || has('down') || has('change')) by = 'stijging';
  else if (byTarget && !has('percentage')) by = 'doel';
  else if (has('realisatie') || has('realise') || (has('unit') && has('most'))) by = 'realisatie';
  const low = has('low') !== ((by === 'stijging' && has('down')) || (aboveTarget && has('above')));
  const limit = f.numbers.find((n) => n >= 1 && n <= 30);
  // "grootste stijging sinds 2020", "tussen 2019 en 2024": the rise over that span.
  const span = by === 'stijging' && (y.since || y.range) && y.from !== undefined;
  return withOptional(
    { intent: 'ranking' as const, scope, by, order: low ? ('laag' as const) : ('hoog' as const) },
    {
      limit: has('top') || has('superlative') || has('ranking') ? limit : undefined,
      year: span ? y.to : singleYear(f),
      from: span ? y.from : undefined,
    },
  );
}

function notesLike(f: Features): boolean {
  return f.cues.has('notes') || f.cues.has('why') || TOPIC_ORDER.some(([c]) => f.cues.has(c));
}

function topicOf(f: Features): Topic | undefined {
  const has = (c: Cue) => f.cues.has(c);
  if (has('inkoop')) return 'inkoop';
  // "Waarom lukt het niet / blijft … achter / daalt …" asks for the bottlenecks.
  const whyNot = has('why') && (has('not') || has('down') || has('gap') || has('low'));
  for (const [cue, topic] of TOPIC_ORDER) if (has(cue) || (topic === 'knelpunten' && whyNot)) return topic;
  return undefined;
}

function metricOf(f: Features): Metric {
  const found: Metric[] = [];
  // "Wat moet de politie realiseren?" asks for the target.
  const mustRealise = f.cues.has('must') && (f.cues.has('realise') || f.cues.has('realisatie'));
  if (f.cues.has('doel') || mustRealise) found.push('doel');
  if (f.cues.has('realisatie') && !mustRealise) found.push('realisatie');
  if (f.cues.has('percentage')) found.push('percentage');
  if (found.length === 0 && f.cues.has('realise')) return 'realisatie';
  return found.length === 1 ? found[0]! : 'alles';
}

/** The one year a single-year question is about: the range end or the last year named. */
function singleYear(f: Features): number | undefined {
  const y = f.years;
  if (y.to !== undefined) return y.to;
  if (y.since || y.versus) return undefined;
  return y.years.length ? Math.max(...y.years) : undefined;
}

function fromTo(f: Features): { from?: number; to?: number } {
  const y = f.years;
  if (y.versus && y.to === undefined) {
    // "politie 2024 t.o.v. 2023": from the year after "t.o.v.", to the other year named.
    const others = y.years.filter((v) => v !== y.from);
    return { from: y.from, to: others.length ? Math.max(...others) : undefined };
  }
  if (y.range || y.since || y.versus || y.to !== undefined) return { from: y.from, to: y.to };
  if (y.years.length >= 2) return { from: Math.min(...y.years), to: Math.max(...y.years) };
  if (y.years.length === 1) return { to: y.years[0] };
  return {};
}

/** Years for a comparison: every year named, a range (or "sinds …" up to the latest year) written out, sorted; undefined when none. */
function compareYears(f: Features): number[] | undefined {
  const y = f.years;
  let list = [...y.years];
  const to = y.range ? y.to : y.since ? y.latest : undefined;
  if (y.from !== undefined && to !== undefined && to - y.from < MAX_COMPARE_YEARS && to > y.from) {
    list = [];
    for (let k = y.from; k <= to; k++) list.push(k);
  }
  // "vergelijk met vorig jaar": that year and the latest one.
  if (y.versus && list.length === 1 && y.latest !== undefined && y.latest > list[0]!) list.push(y.latest);
  if (list.length === 0) return undefined;
  return unique(list)
    .sort((a, b) => a - b)
    .slice(-MAX_COMPARE_YEARS);
}

/**
 * The one scope a question is about. "sector(en)" next to a group word means that group ("welke
 * sectoren in het onderwijs" → onderwijs, plural); two different groups mean all sectors.
 */
function resolveScope(f: Features): Features['scopes'][number] | undefined {
  if (f.scopes.length === 0) return undefined;
  const specific = f.scopes.filter((s) => !s.generic);
  const named = specific.length ? specific : f.scopes;
  const distinct = unique(named.map((s) => s.scope));
  if (distinct.length === 1) {
    const plural = f.scopes.some((s) => s.plural) || f.cues.has('all');
    return { ...named[0]!, plural };
  }
  return { scope: 'sectoren', plural: true, term: named.map((s) => s.term).join(' en ') };
}

function subscribeSectors(f: Features, sets: SectorSets): EntityId[] {
  const ids = f.mentions.flatMap((m) => m.ids);
  const scope = resolveScope(f);
  if (scope?.scope === 'sectoren') return [];
  if (scope) ids.push(...sets.members(scope.scope));
  return unique(ids).slice(0, 30);
}

/** One or two unknown words, one of them close to a sector name: "rjik" → unknown_sector with suggestions. */
function likelySectorTypo(f: Features, fuzzy: FuzzyMatcher): Query | undefined {
  if (f.unknown.length === 0 || f.unknown.length > 2) return undefined;
  const best = closestUnknown(f, fuzzy);
  if (best.score > LIKELY_TYPO_THRESHOLD) return undefined;
  return { intent: 'unknown_sector', term: best.term.slice(0, 200), suggestions: best.ids };
}

/** A question that needs a sector: the unknown word most like a sector, with suggestions (maybe none). */
function unknownSectorFor(f: Features, fuzzy: FuzzyMatcher): Query | undefined {
  if (f.unknown.length === 0) return undefined;
  const best = closestUnknown(f, fuzzy);
  return { intent: 'unknown_sector', term: best.term.slice(0, 200), suggestions: best.ids };
}

function closestUnknown(f: Features, fuzzy: FuzzyMatcher): { term: string; ids: EntityId[]; score: number } {
  let best = { term: f.unknown[0]!.term, ids: [] as EntityId[], score: 1 };
  for (const { term, word } of f.unknown.slice(0, 4)) {
    const s = fuzzy.suggest(word);
    if (s.ids.length && s.score < best.score) best = { term, ...s };
  }
  return best;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Add only the optional slots that have a value, so a Query never carries `undefined` keys. */
function withOptional<T extends object, O extends Record<string, unknown>>(base: T, optional: O): T & Partial<O> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out as T & Partial<O>;
}
