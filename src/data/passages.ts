// The five source documents as quotable passages, and a full-text index over them.
//
// splitPassages: one source text (OCR'd PDF, see ../shared/sources/README.md) → passages by
// section. A heading is a short line on its own (no closing punctuation, no figures but a year);
// a sector heading ("Voortgezet onderwijs", "Defensie") opens a sector section, a sub-heading
// ("Algemeen beeld", "Cijfermatige realisatie") nests under it. Page furniture (page footers) and
// footnote markers ("[footnoteRef:3]", "[bookmark: …]") are left out; footnotes become passages of
// their own ("voetnoot 9"), in the section they are printed in. Line breaks become spaces and a
// word broken at the line end ("gereali-⏎seerd") is joined again, so a passage is the source's
// text word for word (test/data/passages.test.ts checks each one against its source).
//
// createPassageIndex: MiniSearch (BM25) with the Snowball Dutch stemmer of @orama/stemmers, a
// Dutch stop-word list, and word families the stemmer keeps apart (daalde/daling, telt/meetellen).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from '@orama/stemmers/dutch';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { EntityId, Passage, Source } from '../domain/model.js';

const PassageSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  /** "Voortgezet onderwijs › Algemeen beeld", "Voortgezet onderwijs › voetnoot 9". */
  section: z.string().min(1),
  sector: z.string().optional(),
  footnote: z.boolean().optional(),
  text: z.string().min(1),
}) satisfies z.ZodType<Passage>;

export const PassagesFileSchema = z.array(PassageSchema);

/** The text of each source document found in `dir` (by source id). */
export function readSourceTexts(sources: readonly Source[], dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of sources) {
    const file = join(dir, s.file);
    if (existsSync(file)) texts.set(s.id, readFileSync(file, 'utf8'));
  }
  return texts;
}

/** The passages of all sources, in the order of data/sources.json. */
export function passagesOf(sources: readonly Source[], texts: ReadonlyMap<string, string>): Passage[] {
  return sources.flatMap((s) => (texts.has(s.id) ? splitPassages(s.id, texts.get(s.id)!) : []));
}

/** Shortest body passage: shorter pieces are headings or signatures the splitter did not recognise. */
const MIN_PASSAGE_CHARS = 60;

/** Longest passage: longer section text is cut into runs of whole sentences of at most this size. */
const MAX_PASSAGE_CHARS = 700;

/** Heading words that open a sector's section, as the five documents write them. */
const SECTOR_HEADINGS: readonly [RegExp, EntityId][] = [
  [/^(rijk|rijksoverheid|sector rijk)$/, 'rijk'],
  [/^defensie$/, 'defensie'],
  [/^gemeenten$/, 'gemeenten'],
  [/^provincies$/, 'provincies'],
  [/^waterschappen$/, 'waterschappen'],
  [/^politie$/, 'politie'],
  [/^(universitaire medische centra|universitair medische centra|umc)/, 'umc'],
  [/^(primair onderwijs|po)$/, 'po'],
  [/^(voortgezet onderwijs|vo)$/, 'vo'],
  [/^(middelbaar beroepsonderwijs|mbo)$/, 'mbo'],
  [/^(hoger beroepsonderwijs|hbo)$/, 'hbo'],
  [/^(wetenschappelijk onderwijs|universiteiten|wo)$/, 'wo'],
  [/^onderzoe?ks?instellingen$/, 'onderzoeksinstellingen'],
  [/^binnenwerk$/, 'binnenwerk'],
  [/^veiligheid & justitie$/, 'jenv'],
];

/** Headings inside a sector's section; any other heading ends the sector's section. */
const SUBHEADINGS = /^(cijf+ermatige realisatie|algemeen beeld|activiteiten in|wat verder opvalt|resultaat)/i;

/** "Tweede Kamer, vergaderjaar 2025-2026, 34 352, nr. 348 3": a page footer. */
const PAGE_FOOTER = /^\s*Tweede Kamer, vergaderjaar \d{4}-\d{4}, \d+ \d+, nr\. \d+ \d+\s*$/;
/** A footnote line: "9 Deze daling …", " 2 De doelstelling …", "L Kamerstukken Il 2018/19 …". */
const FOOTNOTE_START = /^\s?(\d{1,2}|L|l)\s{1,2}(?=[A-Z“"]|https?:|www\.)/;
/** Markers a text converter left in the running text. */
const MARKERS = /\[footnoteRef:\d+\]|\[bookmark: [^\]]*\]/g;
/** An inline footnote body at the end of a line: "[3:  Kamerstukken II 2024/2025, 34 352 nr. 328]". */
const INLINE_FOOTNOTE = /\[(\d{1,2}):\s+([^\]]*)\]/g;
/** Bullet signs as OCR read them at the start of a line. */
const BULLET = /^\s*(?:[*•»«¢]|e(?=\s+[A-Z])|\.(?=\s))\s*/;

interface Block {
  section: string;
  sector?: EntityId;
  footnote: boolean;
  lines: string[];
}

/** Split one source text into passages (see the header of this file). */
function splitPassages(sourceId: string, text: string): Passage[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let sector: { name: string; id?: EntityId } | undefined;
  let sub: string | undefined;
  /** "Bijlage 1": the part of the document the sections are in. */
  let part: { name: string; sector?: EntityId } | undefined;
  let current: Block | undefined;
  let inFootnote = false;
  const section = () => [part?.name, sector?.name, sub].filter(Boolean).join(' › ') || 'Inleiding';
  const open = (footnote: boolean, label?: string) => {
    current = {
      section: label ?? section(),
      ...((sector?.id ?? part?.sector) ? { sector: sector?.id ?? part?.sector } : {}),
      footnote,
      lines: [],
    };
    blocks.push(current);
  };
  const openFootnote = (line: string) => {
    const number = /^\s?(\d{1,2})/.exec(line)?.[1];
    inFootnote = true;
    open(true, `${section()} › voetnoot${number ? ` ${number}` : ''}`);
    current!.lines.push(line.replace(/^\s?(\d{1,2}|L|l)\s{1,2}/, ''));
  };
  const resume = () => {
    // Body text goes on after a footnote: in a new block of the same section.
    inFootnote = false;
    open(false);
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (PAGE_FOOTER.test(raw)) continue;
    const line = raw.replace(MARKERS, '');
    const trimmed = line.trim();
    if (!trimmed) {
      if (inFootnote) resume();
      continue;
    }
    if (inFootnote) {
      // A footnote goes on until a blank line, another footnote, or a line that starts a page
      // (the OCR puts a space before the first line of a page).
      if (FOOTNOTE_START.test(line)) {
        openFootnote(line);
        continue;
      }
      if (!/^\s/.test(line)) {
        current!.lines.push(line);
        continue;
      }
      resume();
    }
    // Inline footnote bodies (the 2025 letter): each becomes its own passage.
    const inline = [...line.matchAll(INLINE_FOOTNOTE)];
    const body = line.replace(INLINE_FOOTNOTE, '').trim();
    if (isHeading(body, lines, i)) {
      const h = body.replace(/\s+/g, ' ');
      const sectorId = sectorOf(h);
      if (/^BIJLAGE \d+$/.test(h)) {
        // Bijlage 1 of nr. 348 reports on the Rijk: its sections are the Rijk's.
        const about = lines.slice(i + 1, i + 12).join(' ');
        part = {
          name: `Bijlage ${h.split(' ')[1]}`,
          ...(/\bhet Rijk\b|Rijksdienst/.test(about) ? { sector: 'rijk' } : {}),
        };
        sector = undefined;
        sub = undefined;
      } else if (sectorId) {
        sector = { name: h, id: sectorId };
        sub = undefined;
      } else if (sector && SUBHEADINGS.test(h)) sub = h;
      else {
        sector = undefined;
        sub = h;
      }
      open(false);
      continue;
    }
    if (FOOTNOTE_START.test(line) && looksLikeFootnote(line, lines, i)) {
      openFootnote(line);
      continue;
    }
    // A bare web address continues the footnote above it.
    if (/^\s*https?:\/\/\S+\s*$/.test(line)) {
      const last = [...blocks].reverse().find((b) => b.footnote);
      if (last) last.lines.push(trimmed);
      continue;
    }
    if (!current) open(false);
    if (body) current!.lines.push(body.replace(/\uFFFD/g, '•'));
    for (const m of inline) {
      const keep = current!;
      open(true, `${section()} › voetnoot ${m[1]}`);
      current!.lines.push(m[2]!);
      current = keep;
      blocks.push(blocks.splice(blocks.indexOf(keep), 1)[0]!);
    }
  }

  const out: Passage[] = [];
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const joined = joinLines(b.lines);
    if (!joined || !/[a-zA-Z]{3}/.test(joined)) continue;
    for (const piece of b.footnote ? [joined] : cut(joined)) {
      // Tables and lists of figures without a sentence are not quotable prose.
      if (!b.footnote && !/[a-z]{3,}[^.]*[a-z]{3,}/.test(piece)) continue;
      // A stray heading or signature line is not an answer.
      if (!b.footnote && piece.length < MIN_PASSAGE_CHARS) continue;
      const n = (counts.get(sourceId) ?? 0) + 1;
      counts.set(sourceId, n);
      out.push({
        id: `${sourceId}#${n}`,
        source: sourceId,
        section: b.section,
        ...(b.sector ? { sector: b.sector } : {}),
        ...(b.footnote ? { footnote: true } : {}),
        text: piece,
      });
    }
  }
  return out;
}

function sectorOf(heading: string): EntityId | undefined {
  const h = heading
    .toLowerCase()
    .replace(/\s*\(.*\)$/, '')
    .replace(/[’']s$/, '')
    .trim();
  return SECTOR_HEADINGS.find(([re]) => re.test(h))?.[1];
}

/**
 * A heading: a short line, starting with a capital (or "III " / "1. "), no closing punctuation,
 * no figures other than a year, after a blank line or the end of a sentence, before text.
 */
function isHeading(line: string, lines: readonly string[], i: number): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 70) return false;
  if (/^BIJLAGE \d+$/.test(t)) return true;
  if (!/^(?:[IVX]+ |\d\. )?[A-Z“]/.test(t)) return false;
  if (/[.,;:!?”"-]$/.test(t)) return false;
  if (BULLET.test(t) && !/^(?:[IVX]+ |\d\. )/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 9) return false;
  if (HEADING_NEVER_ENDS.has(words.at(-1)!.toLowerCase())) return false;
  const digits = t.replace(/\b(19|20)\d{2}\b/g, '').replace(/^\d\. /, '');
  if (/\d/.test(digits)) return false;
  if (/^(Doel|Realisatie|Realisatiepercentage|Bron|Resultaat)\b/.test(t) && !/^Realisatie per sector/.test(t))
    return false;
  const prev = previousText(lines, i);
  const next = nextText(lines, i);
  if (next === undefined) return false;
  // Narrow columns make short body lines: a heading of more than five words needs a blank line before it.
  if (words.length > 5 && prev && !prev.blankBefore) return false;
  const prevEnds =
    prev === undefined ||
    prev.blankBefore ||
    /[.:!?”)]\s*$/.test(prev.text) ||
    isShortTitle(prev.text) ||
    FOOTNOTE_START.test(prev.text);
  return prevEnds && /^\s*(?:[*•»«¢]\s*)?[A-Z0-9“(€]/.test(next);
}

/** A line that itself reads as a heading (for a heading right after another one). */
function isShortTitle(text: string): boolean {
  const t = text.trim();
  return t.length < 70 && /^[A-Z]/.test(t) && !/[.,;:!?-]$/.test(t) && t.split(/\s+/).length <= 9;
}

function previousText(lines: readonly string[], i: number): { text: string; blankBefore: boolean } | undefined {
  let blank = false;
  for (let k = i - 1; k >= 0; k--) {
    if (PAGE_FOOTER.test(lines[k]!)) continue;
    if (lines[k]!.trim()) return { text: lines[k]!, blankBefore: blank };
    blank = true;
  }
  return undefined;
}

function nextText(lines: readonly string[], i: number): string | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.trim() && !PAGE_FOOTER.test(lines[k]!)) return lines[k]!;
  return undefined;
}

/** A footnote starts after a sentence or a blank line and reads as a reference or a remark. */
function looksLikeFootnote(line: string, lines: readonly string[], i: number): boolean {
  if (/^\s?(L|l)\s/.test(line) && !/Kamerstuk/.test(line)) return false;
  const prev = previousText(lines, i);
  // A numbered list item ("2 Prioriteren") in running text is not a footnote: those follow a ':'.
  if (prev && /:\s*$/.test(prev.text)) return false;
  return true;
}

/** Lines → one string: whitespace collapsed, a word broken at the line end joined again. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    // "gereali-" + "seerd" → "gerealiseerd"; "markt-" + "als" stays "markt- als"; "SROI-" + "partners" → "SROI-partners".
    const broken = /([A-Za-zÀ-ÿ])-$/.exec(out);
    const nextWord = /^[a-zà-ÿ][\wà-ÿ]*/.exec(line)?.[0];
    if (broken && nextWord && !CONJUNCTIONS.has(nextWord)) {
      out = /[A-Z]/.test(broken[1]!) ? out + line : out.slice(0, -1) + line;
    } else out = `${out} ${line}`;
  }
  return out.trim();
}

/** A heading does not end in a word that needs more after it. */
const HEADING_NEVER_ENDS = new Set(
  'de het een en of van in op te aan bij met voor door naar over om tot als dat die dit deze zijn is was er zich'.split(
    ' ',
  ),
);

const CONJUNCTIONS = new Set(['en', 'of', 'als', 'tot', 'noch', 'dan', 'maar']);

/** Runs of whole sentences of at most MAX_PASSAGE_CHARS (a single longer sentence stays whole). */
function cut(text: string): string[] {
  if (text.length <= MAX_PASSAGE_CHARS) return [text];
  const sentences = text.split(/(?<=[.!?”])\s+(?=[A-Z“•*»«¢(])/);
  const out: string[] = [];
  let run = '';
  for (const s of sentences) {
    if (run && run.length + 1 + s.length > MAX_PASSAGE_CHARS) {
      out.push(run);
      run = s;
    } else run = run ? `${run} ${s}` : s;
  }
  if (run) out.push(run);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The index.

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Share of the question's search terms the passage contains (0–1). */
  coverage: number;
  /** The question's search terms the passage contains. */
  matched: string[];
}

export interface PassageSearchOptions {
  sector?: EntityId;
  year?: number;
  /** A "waarom" question: passages that give a reason rank higher. */
  why?: boolean;
  limit?: number;
  /** Only passages of this source (the question names it: "wat zegt de aanjager over …"). */
  source?: string;
  /** Search terms already made (PassageIndex.terms), used instead of the question's own. */
  terms?: readonly string[];
}

export interface PassageIndex {
  search(question: string, options?: PassageSearchOptions): PassageHit[];
  /** The search terms of a text as the index sees them (stop words out, stemmed). */
  terms(text: string): string[];
  /** Whether any passage holds this word (after stemming). */
  has(word: string): boolean;
  /** Whether few passages hold this search term (a name, a programme), so a match on it means something. */
  specific(term: string): boolean;
  size: number;
}

/** Dutch function words and question words: they say nothing about which passage answers. */
const STOP_WORDS = new Set(
  (
    'de het een en of van in op te ter ten aan bij met voor door naar over uit om tot als dan dat die dit deze ' +
    'er is zijn was waren wordt worden werd werden word ben bent heb hebt heeft hebben had hadden kan kun kunnen ' +
    'zal zullen zou zouden moet moeten mag mogen wil willen gaat gaan doet doen deed ook nog al wel niet geen ' +
    'wat wie waar waarom wanneer hoe welke welk hoeveel waarmee waardoor waarin hoezo ik je jij u we wij ze zij hij ' +
    'zich hun hem haar mijn jouw ons onze jullie men iets alle elk elke ieder iedere veel meer meest zo zoals ' +
    'maar want omdat dus toch even graag eens hier daar nu toen sinds jaar jaren er eigenlijk precies ' +
    'vertel uitleg leg kun kunt weet weten zeggen zegt staat stond staan banenbot bot brief brieven bron bronnen ' +
    'eigen ongeveer circa ruim per tussen onder boven binnen zonder tegen via na vanaf ' +
    'kwam komt kwamen komen uitkwam uitkomen uitgekomen gaat ging gingen gegaan zit zat'
  ).split(/\s+/),
);

/**
 * Word families the Snowball stemmer keeps apart, mapped to one term: the question says
 * "daalde", the footnote "daling"; "tellen … mee" and "meegeteld"; "inkoop" and "ingekocht".
 */
const FAMILIES: readonly [RegExp, string][] = [
  [
    /^(ge)?(daal|dal|daling)|^(lager|omlaag|afname|afgenomen|teruggang|teruggelopen|achteruit\w*|slechter|verslechter\w*)$/,
    'dal',
  ],
  [/^(ge)?(steg|stijg|steeg)|^(hoger|omhoog|toename|toegenomen|vooruit\w*|verbeterd|verbetering)$/, 'stijg'],
  [/^(herbereken\w*|aangepast|bijgesteld|herzien|herijk\w*)$/, 'herbereken'],
  [/^(mee)?(ge)?tel(d|t|len|ling)?$|^meetel|^meegeteld/, 'tel'],
  [/^(in(ge)?ko(o)?p|ingekocht)/, 'inkoop'],
  [/^(social|return|sroi)/, 'sroi'],
  [/^(gerealiseerd|realis)/, 'realis'],
  [/^(aanjag|aanjaagteam)/, 'aanjager'],
  [/^(umc|ziekenhui)/, 'umc'],
  [/^(bevoegd|lesbevoegd)/, 'bevoegd'],
  [/^(begeleid|jobcoach)/, 'begeleid'],
  [/^(wetsvoorstel|wetswijzig|wet)$/, 'wet'],
  [/^(quot)/, 'quotum'],
  [/^(fta|arbeidsparticipant)/, 'fta'],
  [/^(detacher|gedetacheerd|inleen|ingeleend)/, 'detacher'],
];

const DIACRITICS = /[\u0300-\u036f]/g;

const termCache = new Map<string, string | null>();

/** One word → its search term, or null for a stop word (memoised: the stemmer is not cheap). */
function searchTerm(word: string): string | null {
  let t = termCache.get(word);
  if (t === undefined) {
    t = computeTerm(word);
    if (termCache.size < 50_000) termCache.set(word, t);
  }
  return t;
}

function computeTerm(word: string): string | null {
  const w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(/[’']s?$/, '');
  if (w.length < 2 || STOP_WORDS.has(w) || /^\d{1,3}$/.test(w)) return null;
  for (const [re, family] of FAMILIES) if (re.test(w)) return family;
  return stemmer(w);
}

const TOKENIZE = /[^\p{L}\p{N}]+/u;

const MINI_OPTIONS = {
  fields: ['text', 'section'],
  storeFields: [] as string[],
  tokenize: (text: string) => text.split(TOKENIZE),
  processTerm: (term: string) => searchTerm(term) ?? null,
  searchOptions: { boost: { section: 1.5 }, combineWith: 'OR' as const },
};

/**
 * The index as JSON (MiniSearch's own format), written next to the passages by
 * scripts/build-passages.ts: loading it skips stemming some 23.000 words at start-up.
 */
export function serializePassageIndex(passages: readonly Passage[]): string {
  const mini = new MiniSearch<Passage>(MINI_OPTIONS);
  mini.addAll([...passages]);
  return JSON.stringify(mini);
}

/** A passage is specific for a term when at most this share of passages holds it. */
const SPECIFIC_SHARE = 0.06;

/** Build the index over passages, or load it from `serialized` (serializePassageIndex). */
export function createPassageIndex(passages: readonly Passage[], serialized?: string): PassageIndex {
  const byId = new Map(passages.map((p) => [p.id, p]));
  let mini: MiniSearch<Passage>;
  if (serialized) mini = MiniSearch.loadJSON<Passage>(serialized, MINI_OPTIONS);
  else {
    mini = new MiniSearch<Passage>(MINI_OPTIONS);
    mini.addAll([...passages]);
  }
  const terms = (text: string) => [
    ...new Set(
      text
        .split(TOKENIZE)
        .map((w) => searchTerm(w))
        .filter((t): t is string => !!t),
    ),
  ];
  const specificLimit = Math.max(2, Math.round(passages.length * SPECIFIC_SHARE));
  return {
    size: passages.length,
    terms,
    has: (word) => {
      const t = searchTerm(word);
      return !!t && countDocs(mini, t) > 0;
    },
    specific: (term) => {
      const n = mini.documentCount > 0 ? countDocs(mini, term) : 0;
      return n > 0 && n <= specificLimit;
    },
    search(question, options = {}) {
      const qs = options.terms ? [...options.terms] : terms(question);
      if (!qs.length) return [];
      const results = mini.search(qs.join(' '), {
        tokenize: (q) => q.split(' '),
        processTerm: (term) => term,
        boostDocument: (id) => {
          const p = byId.get(String(id));
          if (!p) return 1;
          let b = 1;
          if (options.source && p.source !== options.source) return 0;
          if (options.sector) b *= p.sector === options.sector ? 3 : p.sector ? 0.4 : 0.8;
          if (options.year !== undefined && p.text.includes(String(options.year))) b *= 1.4;
          if (options.why && CAUSAL.test(p.text)) b *= 1.5;
          return b;
        },
      });
      return results.slice(0, options.limit ?? 5).map((r) => {
        const matched = [...new Set(r.queryTerms)];
        return { passage: byId.get(String(r.id))!, score: r.score, coverage: matched.length / qs.length, matched };
      });
    },
  };
}

/** Words that give a reason: a "waarom" question prefers passages with them. */
const CAUSAL = /\b(doordat|omdat|vanwege|daardoor|oorzaak|reden|komt deels|komt doordat|als gevolg van)\b/i;

function countDocs(mini: MiniSearch<Passage>, term: string): number {
  // MiniSearch has no document-frequency lookup; an exact search for the term gives its postings.
  return mini.search(term, { fields: ['text'], prefix: false, fuzzy: false, combineWith: 'OR' }).length;
}
