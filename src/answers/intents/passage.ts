// Questions the sources answer in prose: "wat is Emma at Work?", "waarom daalde het vo in 2024?",
// "tellen sroi-banen mee?". The answer quotes the passage(s) of the five sources that answer the
// question word for word, with document and section. Counting questions get a yes or no first,
// with the rule, and the passage that states it. When no passage fits well enough, it says so
// and suggests what can be asked (a passage that only names the same sector is no answer).
import type { PassageHit, PassageIndex } from '../../data/passages.js';
import { concatMap } from '../../domain/arrays.js';
import type { Quantity } from '../../domain/figures.js';
import type { ContextFact, Dataset, EntityId, Passage } from '../../domain/model.js';
import type { QueryOf } from '../../nlu/index.js';
import type { Draft, Quote } from '../answer.types.js';
import type { AnswerKit } from '../kit.js';
import { contextQuantity } from './context.js';
import { EXAMPLES } from './help.js';
import { notes } from './notes.js';

/** At most this many passages quoted in one answer. */
const MAX_QUOTES = 2;
/** A second passage is quoted when it scores at least this share of the first. */
const SECOND_SHARE = 0.6;
/** Share of the question's search terms a passage must hold to answer it. */
const MIN_COVERAGE = 0.5;

/**
 * Counting rules the sources state: the question's words, the verdict, and a phrase of the
 * passage that states the rule (found in data/passages.json; test/answers/passage.test.ts checks
 * that each phrase is in exactly the passage meant).
 */
const COUNTING_RULES: readonly { asks: RegExp; verdict: string; phrase: string }[] = [
  {
    asks: /\bbinnenwerk\w*/i,
    verdict:
      'Ja: in de tabel per ministerie (Bijlage 1) tellen de banen via Binnenwerk mee in de realisatie van het ministerie waarvoor Binnenwerk het werk doet, naast de formele dienstverbanden en de inleen; opgeteld tellen ze mee voor het Rijk.',
    phrase: 'Het gaat hierbij veelal om praktische werkzaamheden, zoals gebouwassistentie',
  },
  {
    asks: /\b(sroi|social return|inkoop|ingekocht|inkoopbanen|aanbested\w*|leveranciers?)\b/i,
    verdict:
      'Nee, niet voor de overheid: banen via inkoop of SROI tellen niet mee in de realisatie van de overheids- en onderwijssectoren; ze tellen mee bij de markt. De voortgangsbrieven noemen ze wel apart.',
    phrase: 'worden buiten de realisatie gelaten; die banen tellen mee in de marktsector',
  },
  {
    asks: /\b(inleen\w*|ingeleend\w*|detacher\w*|gedetacheerd\w*|uitzend\w*)\b/i,
    verdict:
      'Ja: het realisatiepercentage rekent met banen bij de werkgever zelf, met een contract of via inleenverbanden.',
    phrase:
      'Het realisatiepercentage is gebaseerd op banen bij de werkgever zelf, met een contract of via inleenverbanden',
  },
  {
    asks: /\b(niet (in het|geregistreerd)|buiten het (doelgroep)?register|zonder (registratie|indicatie)|niet ingeschreven)\b/i,
    verdict:
      'Nee: alleen banen voor mensen in het doelgroepregister tellen mee. De brief over 2020 noemt banen bij de waterschappen voor mensen buiten het register, die niet meetellen voor het quotum.',
    phrase: 'Hoewel deze banen niet meetellen voor het bereiken van het quotum',
  },
];

export function passage(kit: AnswerKit, query: QueryOf<'passage'>): Draft {
  const index = kit.passages();
  const title = 'Uit de bronnen';
  if (!index) return nothingFound(kit, query, title, 'De teksten van de bronnen zijn niet geladen.');

  const rule = countingRule(query.text);
  if (rule) {
    const p = kit.dataset.passages!.find((x) => x.text.includes(rule.phrase));
    if (p) return quoted(kit, title, rule.verdict, [p]);
  }

  const hits = relevant(kit, index, query);
  // A fact of the dataset's context (a footnote read into a sentence, a reason the letter gives
  // in a table note) can answer better than any passage: "waarom heeft jenv minder doelbanen?".
  const fact = contextFact(kit, index, query);
  if (fact && (!hits.length || fact.coverage > hits[0]!.coverage)) return fromFact(kit, title, fact.fact);
  if (!hits.length) {
    // "Wat zegt de aanjager over de politie?": that source's section on the sector.
    const own = sourceSection(kit, query);
    if (own.length) return quoted(kit, title, `Dit schrijft ${kit.citation(own[0]!.source)} erover:`, own);
    // "waarom steeg het rijk?": no passage gives the reason, but the sector's notes say what it did.
    if (query.sector && WHY.test(query.text)) {
      const draft = notes(kit, { intent: 'notes', sector: query.sector as EntityId });
      if (draft.view.kind === 'notes' && draft.quantities.length === 0 && (draft.sources?.length ?? 0) > 0) {
        const lead = `Een passage die precies dit verklaart vind ik niet; dit schrijven de brieven over ${kit.subject(query.sector as EntityId)}:`;
        return {
          ...draft,
          lines: [lead, ...draft.lines.slice(1)],
          speak: lead,
          view: { ...draft.view, summary: lead },
        };
      }
    }
    return nothingFound(kit, query, title);
  }
  const lead = hits.length > 1 ? 'Dit staat erover in de bronnen:' : 'Dit staat erover in de bron:';
  return quoted(
    kit,
    title,
    lead,
    hits.map((h) => h.passage),
  );
}

/** Sources a question can name: "wat zegt de aanjager", "in de brief over 2020", "nr. 348". */
const SOURCE_NAMES: readonly [RegExp, string][] = [
  [/\b(aanjager|spigt|verslag)\b/i, 'aanjager-2015'],
  [/\b(brief|kamerbrief) (over|van) 2020\b|\bbrief (uit|van) 2021\b|\bkamerbrief 2021\b/i, 'kamerbrief-2021'],
  [/\b(nr\.? ?)?348\b/i, 'kst-34352-348'],
  [/\b(nr\.? ?)?328\b/i, 'kst-34352-328'],
  [/\bstaatssecretaris\b|\bkamerbrief (uit |van )?2025\b/i, 'kamerbrief-2025'],
];

const SOURCE_WORDS: Record<string, readonly string[]> = {
  'aanjager-2015': ['aanjager', 'spigt', 'verslag'],
  'kamerbrief-2025': ['staatssecretaris', 'kamerbrief'],
  'kamerbrief-2021': ['kamerbrief'],
};

function namedSource(text: string): string | undefined {
  return SOURCE_NAMES.find(([re]) => re.test(text))?.[1];
}

/** The first passages of the named source's section on the asked sector. */
function sourceSection(kit: AnswerKit, query: QueryOf<'passage'>): Passage[] {
  const source = namedSource(query.text);
  if (!source || !query.sector) return [];
  return (kit.dataset.passages ?? [])
    .filter((p) => p.source === source && p.sector === query.sector && !p.footnote)
    .slice(0, MAX_QUOTES);
}

/** Search terms that only say "figures": they do not pick the passage that explains them. */
const FIGURE_WORDS =
  'cijfers cijfer percentage realisatiepercentage realisatie banen doel aantal fta anders verschil lager hoger daalde steeg gedaald gestegen daling stijging';
/** A why-question. */
const WHY = /\b(waarom|hoezo|hoe komt|reden|oorzaak|verklaring|waardoor)\b/i;
/** A passage that gives a reason. */
const REASON = /\b(doordat|omdat|vanwege|daardoor|als gevolg van|komt deels|is gebaseerd op|abusievelijk)\b/i;

/** A counting question ("tellen … mee", "wordt … geteld") and the rule it asks about. */
function countingRule(text: string) {
  if (!/\b(tel|meetel|meegeteld|meegerekend|meereken|geteld|rekenen\b.*\bmee)/i.test(text)) return undefined;
  return COUNTING_RULES.find((r) => r.asks.test(text));
}

/** The passages that answer the question (best first, at most MAX_QUOTES), or none. */
function relevant(kit: AnswerKit, index: PassageIndex, query: QueryOf<'passage'>): PassageHit[] {
  // The sector and the year steer the ranking; they are not what the question asks about, so a
  // passage that shares only them with the question does not answer it.
  const steering = new Set<string>([
    ...(query.sector ? sectorTerms(kit, index, query.sector) : []),
    ...(query.year !== undefined ? [String(query.year)] : []),
  ]);
  const source = namedSource(query.text);
  // The source's own name steers too: "wat zegt de aanjager over …".
  if (source) for (const w of SOURCE_WORDS[source] ?? []) for (const t of index.terms(w)) steering.add(t);
  const terms = questionTerms(index, query.text).filter((t) => !steering.has(t));
  if (!terms.length) return [];
  const why = /\b(waarom|hoezo|hoe komt|reden|oorzaak|verklaring|waardoor)\b/i.test(query.text);
  const hits = index.search(terms.join(' '), {
    ...(source ? { source } : {}),
    ...(query.sector ? { sector: query.sector as EntityId } : {}),
    ...(query.year !== undefined ? { year: query.year } : {}),
    why,
    limit: 6,
    terms,
  });
  // A passage from another sector's section does not answer a question about this one.
  const otherSector = (h: PassageHit) => !!query.sector && !!h.passage.sector && h.passage.sector !== query.sector;
  // "wat wordt bedoeld met een participatiebaan?": a passage that only uses the word does not say what it
  // means; with one term left, only a section about it does.
  const meaning = /\b(betekent|betekend|betekenen|betekenis|bedoeld|bedoel|versta|verstaan|definitie)\b/i.test(
    query.text,
  );
  const about = (h: PassageHit) => !meaning || terms.length > 1 || index.terms(h.passage.section).includes(terms[0]!);
  let good = hits.filter((h) => answers(index, h, terms) && !otherSector(h) && !onlyAddress(h.passage) && about(h));
  // "Waarom zijn de cijfers van het hbo over 2022 anders?": besides the sector and the year only
  // words for figures are left; the explanation is the sector's passage that gives a reason.
  const figureTerms = wordSets(index).figure;
  if (!good.length && why && query.sector && terms.every((t) => figureTerms.has(t)))
    good = index
      .search(terms.join(' '), { sector: query.sector as EntityId, why, limit: 30, terms })
      .filter(
        (h) =>
          h.passage.sector === query.sector &&
          (h.passage.footnote || REASON.test(h.passage.text)) &&
          (query.year === undefined || h.passage.text.includes(String(query.year))),
      );
  if (!good.length) return [];
  const top = good[0]!;
  const second = good.find(
    (h) =>
      h !== top &&
      h.score >= top.score * SECOND_SHARE &&
      h.passage.source === top.passage.source &&
      sameSection(h.passage, top.passage),
  );
  return (second ? [top, second] : [top]).slice(0, MAX_QUOTES);
}

/** Who says it or that a meaning is asked, not what about: "volgens de minister", "wat betekent …". */
const NOT_SUBJECT =
  'volgens vindt vond vinden denkt dacht mening betekent betekend betekenen betekenis bedoeld verstaan definitie ' +
  // "wat is de reden dat het hbo daalt?": the form of a why-question, not its subject.
  'reden redenen oorzaak oorzaken verklaring';

/** The search terms of the fixed word lists, made once per index. */
const WORD_SETS = new WeakMap<PassageIndex, { figure: Set<string>; notSubject: Set<string> }>();

function wordSets(index: PassageIndex) {
  let sets = WORD_SETS.get(index);
  if (!sets) {
    sets = { figure: new Set(index.terms(FIGURE_WORDS)), notSubject: new Set(index.terms(NOT_SUBJECT)) };
    WORD_SETS.set(index, sets);
  }
  return sets;
}

/** The search terms of each context fact (label and text), made once per dataset. */
const FACT_TERMS = new WeakMap<Dataset, { fact: ContextFact; terms: Set<string>; lead: string[] }[]>();

function factTerms(kit: AnswerKit, index: PassageIndex) {
  let list = FACT_TERMS.get(kit.dataset);
  if (!list) {
    list = kit.dataset.context.map((fact) => ({
      fact,
      terms: new Set(index.terms(`${fact.label} ${fact.text}`)),
      lead: index.terms(firstWords(fact.text)),
    }));
    FACT_TERMS.set(kit.dataset, list);
  }
  return list;
}

/**
 * The context fact that answers the question, if one holds enough of its terms: at least half,
 * and the asked sector by name ("jenv" in the JenV footnote). Without a sector two matched terms
 * are needed and two thirds of them, so one shared word ("doel") never picks a fact.
 */
function contextFact(
  kit: AnswerKit,
  index: PassageIndex,
  query: QueryOf<'passage'>,
): { fact: ContextFact; coverage: number } | undefined {
  const sector = query.sector ? sectorTerms(kit, index, query.sector) : [];
  const steering = new Set<string>([...sector, ...(query.year !== undefined ? [String(query.year)] : [])]);
  // A source the question names ("wat vindt de staatssecretaris", "wat zegt de aanjager over …") steers:
  // its name is no search term, and only its facts count.
  const source = namedSource(query.text);
  if (source) for (const w of SOURCE_WORDS[source] ?? []) for (const t of index.terms(w)) steering.add(t);
  const terms = questionTerms(index, query.text).filter((t) => !steering.has(t));
  // A why-question with only words for figures ("waarom zijn de cijfers van het hbo anders?"): the
  // sector's footnote answers that (relevant()); "wat betekent realisatiepercentage?" is no why-question.
  const figureTerms = wordSets(index).figure;
  const why = /\b(waarom|hoezo|hoe komt|reden|oorzaak|verklaring|waardoor)\b/i.test(query.text);
  if (!terms.length || (why && terms.every((t) => figureTerms.has(t)))) return undefined;
  let best: { fact: ContextFact; coverage: number } | undefined;
  for (const { fact, terms: ft, lead } of factTerms(kit, index)) {
    if (source && fact.ref.source !== source) continue;
    if (sector.length && !sector.some((t) => ft.has(t))) continue;
    let matched = 0;
    for (const t of terms) if (ft.has(t)) matched++;
    const coverage = matched / terms.length;
    // "wat betekent realisatiepercentage?": one term, and the fact is about it (its first words name it).
    const defines = terms.length === 1 && matched === 1 && lead.includes(terms[0]!);
    const enough = sector.length ? coverage >= MIN_COVERAGE : (matched >= 2 && coverage >= 2 / 3) || defines;
    if (enough && (!best || coverage > best.coverage)) best = { fact, coverage };
  }
  return best;
}

/** The search terms of a question, without the words for who says it or that a meaning is asked. */
function questionTerms(index: PassageIndex, text: string): string[] {
  const drop = wordSets(index).notSubject;
  return index.terms(text).filter((t) => !drop.has(t));
}

function firstWords(text: string): string {
  return text.split(' ').slice(0, 3).join(' ');
}

/** A context fact as the answer, with where the source says it. */
function fromFact(kit: AnswerKit, title: string, fact: ContextFact): Draft {
  const lead = `Volgens ${kit.citation(fact.ref.source)}:`;
  const paragraphs = [fact.text, `(${kit.citation(fact.ref.source)}, ${fact.ref.section})`];
  const q = contextQuantity(kit, fact);
  const quantities: Quantity[] = q ? [q] : [];
  return {
    lines: [lead, ...paragraphs],
    quantities,
    sources: [fact.ref.source],
    speak: `${lead} ${fact.text}`,
    view: { kind: 'context', title, summary: lead, paragraphs },
  };
}

/** Enough of the question's own terms, and at least one that few passages hold (a name, a programme). */
function answers(index: PassageIndex, hit: PassageHit, terms: readonly string[]): boolean {
  const matched = hit.matched.filter((t) => terms.includes(t));
  const coverage = matched.length / terms.length;
  if (coverage < MIN_COVERAGE) return false;
  const specific = matched.filter((t) => index.specific(t));
  // With few terms, one of two is not enough ("het weer in Amsterdam") unless the section is named after it.
  const heading = new Set(index.terms(hit.passage.section));
  if (terms.length <= 3 && coverage < 2 / 3 && !specific.some((t) => heading.has(t))) return false;
  if (specific.length) return true;
  return matched.length >= 2 && coverage >= 0.75;
}

/** A footnote that is only a web address ("https://digitaal.scp.nl/…"): it names where, it says nothing. */
function onlyAddress(p: Passage): boolean {
  return /^\W*(https?:\/\/|www\.)\S+\W*$/i.test(p.text.trim());
}

function sameSection(a: Passage, b: Passage): boolean {
  const head = (p: Passage) => p.section.split(' › ')[0];
  return head(a) === head(b);
}

function sectorTerms(kit: AnswerKit, index: PassageIndex, id: string): string[] {
  const s = kit.sector(id as EntityId);
  if (!s) return [];
  // Names of one word only: "de Blauwe Baan" is the politie's programme, and what the question asks about.
  const words = [s.name, s.shortName, id, ...s.aliases.filter((a) => !a.includes(' '))];
  return [...new Set(concatMap(words, (w) => index.terms(w)))];
}

function quoted(kit: AnswerKit, title: string, lead: string, passages: readonly Passage[]): Draft {
  const quotes: Quote[] = passages.map((p) => ({ source: p.source, section: p.section, text: p.text }));
  const cite = (q: Quote) => `${kit.citation(q.source)}, ${q.section}`;
  const lines = [lead, ...concatMap(quotes, (q) => [`“${q.text}”`, `(${cite(q)})`])];
  return {
    lines,
    quantities: [],
    quotes,
    sources: quotes.map((q) => q.source),
    speak: lead,
    view: {
      kind: 'context',
      title,
      summary: lead,
      paragraphs: concatMap(quotes, (q) => [`“${q.text}”`, `(${cite(q)})`]),
    },
  };
}

function nothingFound(kit: AnswerKit, query: QueryOf<'passage'>, title: string, why?: string): Draft {
  const line = why ?? 'Daarover vind ik in mijn bronnen geen passage die de vraag beantwoordt.';
  const suggestion = query.sector
    ? `Ik kan wel de cijfers en de toelichting van ${kit.inSentence(query.sector as EntityId)} geven, of vraag het anders.`
    : 'Ik beantwoord vragen over de banenafspraak bij overheid en onderwijs: cijfers per sector, doelen, tekorten en wat de brieven erover zeggen.';
  const actions = query.sector
    ? [
        {
          title: `Cijfers ${kit.shortName(query.sector as EntityId)}`,
          query: { intent: 'lookup' as const, sector: query.sector as EntityId, metric: 'alles' as const },
        },
        {
          title: `Toelichting ${kit.shortName(query.sector as EntityId)}`,
          query: { intent: 'notes' as const, sector: query.sector as EntityId },
        },
      ]
    : EXAMPLES.slice(0, 4).map((e) => ({ title: e.question, query: e.query }));
  return {
    lines: [line, suggestion],
    quantities: [],
    speak: line,
    view: { kind: 'context', title, summary: line, paragraphs: [suggestion], actions },
  };
}
