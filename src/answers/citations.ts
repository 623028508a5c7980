// The sources of an answer as citations: one per source document, numbered in the order the
// answer first uses them, each with the document's name, its full title, the section and the
// quoted sentence of the first figure read from it, and the address of the official
// publication when the dataset knows it. src/teams turns them into Teams' citation entity; the
// "Bron: … [1]" line is the text those numbers belong to.
import type { Quantity } from '../domain/figures.js';
import type { SourceRef } from '../domain/model.js';
import type { Citation } from './answer.types.js';
import type { AnswerKit } from './kit.js';

/** Teams shows at most this many characters of a citation's name and abstract. */
export const CITATION_NAME_MAX = 80;
export const CITATION_ABSTRACT_MAX = 160;
/** Teams shows at most this many citations on one message. */
export const CITATIONS_MAX = 10;

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Where a read quantity was printed in a given source: its figure's ref, or an alsoIn ref of that source. */
function refIn(kit: AnswerKit, q: Quantity, sourceId: string): SourceRef | undefined {
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

/** The citations for the sources an answer names, in the order of `sourceIds` (duplicates and joined ids allowed). */
export function citationsFor(
  kit: AnswerKit,
  sourceIds: readonly string[],
  quantities: readonly Quantity[],
): Citation[] {
  const ids = [...new Set(sourceIds.flatMap((s) => s.split(',')).filter(Boolean))];
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
      name: cut(source.citation, CITATION_NAME_MAX),
      abstract: abstractOf(source.title, ref),
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
