// The sources of an answer as citations: one per source document, numbered in the order the
// answer first uses them, each with the document's name, its full title, the section and the
// quoted sentence of the first figure read from it, and the address of the official
// publication when the dataset knows it. src/teams turns them into Teams' citation entity; the
// "Bron: … [1]" line is the text those numbers belong to.
import type { FigureIndex, Quantity } from '../domain/figures.js';
import type { Dataset, Source, SourceRef } from '../domain/model.js';
import type { Citation } from './answer.types.js';

/** Teams shows at most this many characters of a citation's name and abstract. */
const CITATION_NAME_MAX = 80;
const CITATION_ABSTRACT_MAX = 160;
/** Teams shows at most this many citations on one message. */
const CITATIONS_MAX = 10;

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Where a read quantity was printed in a given source: its figure's ref, or an alsoIn ref of that source. */
/** What citations need of the answer kit (src/answers/kit.ts builds the kit with `citationTexts`). */
export interface CitationKit {
  dataset: Dataset;
  figures: FigureIndex;
  citationTexts: CitationTexts;
}

function refIn(kit: CitationKit, q: Quantity, sourceId: string): SourceRef | undefined {
  if (q.how || q.sector === 'nationaal') return undefined;
  const figure = kit.figures.get(q.sector, q.year, q.metric);
  if (!figure) return undefined;
  if (figure.ref.source === sourceId) return figure.ref;
  return figure.alsoIn?.find((r) => r.source === sourceId);
}

/** "‘Realisatie 489 fta’ (Politie — Cijfermatige realisatie). Brief van de Minister …", at most 160 characters. */
function abstractOf(title: string, ref: SourceRef | undefined): string {
  if (!ref) return cut(title, CITATION_ABSTRACT_MAX);
  const quoted = ref.quote ? `‘${ref.quote}’ (${ref.section}).` : `${ref.section}.`;
  return cut(`${quoted} ${title}`, CITATION_ABSTRACT_MAX);
}

/**
 * The cut names and abstracts of a dataset's citations, made once per dataset (src/answers/kit.ts)
 * for every source and every ref its figures print: an answer only looks them up. A ref not
 * among them (none in a valid dataset) is cut when asked.
 */
export interface CitationTexts {
  name(source: Source): string;
  abstract(source: Source, ref: SourceRef | undefined): string;
}

export function citationTexts(dataset: Dataset): CitationTexts {
  const names = new Map<Source, string>();
  const plainAbstracts = new Map<Source, string>();
  const refAbstracts = new Map<SourceRef, string>();
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  for (const source of dataset.sources) {
    names.set(source, cut(source.citation, CITATION_NAME_MAX));
    plainAbstracts.set(source, abstractOf(source.title, undefined));
  }
  for (const figure of dataset.figures) {
    for (const ref of [figure.ref, ...(figure.alsoIn ?? [])]) {
      const source = sources.get(ref.source);
      if (source) refAbstracts.set(ref, abstractOf(source.title, ref));
    }
  }
  return {
    name: (source) => names.get(source) ?? cut(source.citation, CITATION_NAME_MAX),
    abstract: (source, ref) => {
      if (!ref) return plainAbstracts.get(source) ?? abstractOf(source.title, undefined);
      const known = refAbstracts.get(ref);
      return known !== undefined && sources.get(ref.source) === source ? known : abstractOf(source.title, ref);
    },
  };
}

/** The distinct source ids in `sourceIds` (entries may join several with commas), in order of first use. */
export function distinctSourceIds(sourceIds: readonly string[]): string[] {
  const ids: string[] = [];
  for (const entry of sourceIds) {
    for (const id of entry.includes(',') ? entry.split(',') : [entry]) if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The citations for the sources an answer names, in the order of `sourceIds` (duplicates and joined ids allowed). */
export function citationsFor(
  kit: CitationKit,
  sourceIds: readonly string[],
  quantities: readonly Quantity[],
): Citation[] {
  const ids = distinctSourceIds(sourceIds);
  const out: Citation[] = [];
  for (const id of ids) {
    if (out.length >= CITATIONS_MAX) break;
    const source = kit.dataset.sources.find((s) => s.id === id);
    if (!source) continue;
    let ref: SourceRef | undefined;
    for (const q of quantities) {
      ref = refIn(kit, q, id);
      if (ref) break;
    }
    out.push({
      position: out.length + 1,
      source: id,
      name: kit.citationTexts.name(source),
      abstract: kit.citationTexts.abstract(source, ref),
      ...(ref ? { section: ref.section } : {}),
      ...(ref?.quote ? { quote: ref.quote } : {}),
      ...(source.url ? { url: source.url } : {}),
    });
  }
  return out;
}

/** "Bron: Kamerstuk 34 352 nr. 348 [1]; Kamerbrief … [2]": the source line with citation markers. */
export function citedSourceLine(citations: readonly Citation[]): string | undefined {
  if (!citations.length) return undefined;
  return `Bron: ${citations.map((c) => `${c.name} [${c.position}]`).join('; ')}`;
}
