// Sentences of a section: contiguous runs of lines (table rows left out) joined, whitespace
// normalised, split at sentence ends and list bullets. Abbreviations the letters use
// ("t.o.v.", "o.a.", "i.p.v.", "nr.") do not end a sentence. Each sentence keeps its printed
// form (`raw`, the quote) and a form for matching (`clean`: hyphenated line breaks joined).
import { dehyphenate, normalise } from './read-letter.js';

export interface Sentence {
  raw: string;
  clean: string;
}

const ABBREVIATION =
  /(?:\b(?:\p{L}\.){1,3}|\b(?:nr|jl|drs|mr|dr|ca|resp|incl|excl|bijv|vs|nl|o\.a|e\.d|m\.b\.t|t\.o\.v|t\.0\.v)\.)$/iu;
const BULLET = /\s(?:[•*«»¢�]|e(?= \p{Lu})|o0?(?= \p{Lu}))\s/gu;

function splitBlock(text: string): string[] {
  const out: string[] = [];
  // Bullets first: each list item is its own sentence.
  const items = text.split(BULLET);
  for (const item of items) {
    let startAt = 0;
    // A sentence ends at . ! ? (a footnote mark may follow) or at the "]" of an inline footnote "[3: …]".
    const re = /(?:[.!?][°*¹²³⁴⁵⁶⁷⁸⁹]?|\])(?=\s+[\p{Lu}\d(«"“‘[])/gu;
    for (const m of item.matchAll(re)) {
      const end = m.index! + m[0].length;
      const before = item.slice(startAt, m.index! + 1);
      if (m[0] !== ']' && ABBREVIATION.test(before)) continue;
      out.push(item.slice(startAt, end));
      startAt = end;
    }
    out.push(item.slice(startAt));
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 1);
}

/** The sentences of a section's lines, skipping the lines in `skip`. */
export function sentencesOf(lines: readonly string[], skip: ReadonlySet<number> = new Set()): Sentence[] {
  const blocks: string[][] = [[]];
  lines.forEach((line, i) => {
    if (skip.has(i)) {
      if (blocks.at(-1)!.length) blocks.push([]);
      return;
    }
    blocks.at(-1)!.push(line);
  });
  return blocks
    .map((b) => normalise(` ${b.join('\n')} `))
    .filter(Boolean)
    .flatMap((b) => splitBlock(` ${b} `))
    .map((raw) => ({ raw, clean: dehyphenate(raw) }));
}
