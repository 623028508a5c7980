// data/passages.json: the five sources split by section, each passage word for word in its source
// (line breaks, a word broken at a line end, page footers and converter markers aside), and the
// checked-in file and its prebuilt index in step with the sources and the splitter.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES_DIR } from '../../src/cli/data-check.js';
import { loadDataset } from '../../src/data/load.js';
import { createPassageIndex, passagesOf, readSourceTexts, serializePassageIndex } from '../../src/data/passages.js';

const data = loadDataset();
const passages = data.passages ?? [];

/** Letters and digits only: what "word for word" compares, independent of the splitter's joins. */
const letters = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

describe('passages', () => {
  it('cover all five sources, with sections', () => {
    expect(new Set(passages.map((p) => p.source))).toEqual(new Set(data.sources.map((s) => s.id)));
    expect(passages.length).toBeGreaterThan(250);
    expect(passages.find((p) => p.section === 'Voortgezet onderwijs › Algemeen beeld › voetnoot 9')?.text).toBe(
      'Deze daling in 2024 komt deels doordat bij een bestuur de gerealiseerde banen in 2023 abusievelijk bij de reguliere banen zijn meegeteld i.p.v. bij inkoop.',
    );
  });

  it.runIf(existsSync(DEFAULT_SOURCES_DIR))('occur word for word in their source', () => {
    const texts = readSourceTexts(data.sources, DEFAULT_SOURCES_DIR);
    // Page footers ("Tweede Kamer, vergaderjaar 2025-2026, 34 352, nr. 348 3") are page furniture.
    const footer = /^\s*Tweede Kamer, vergaderjaar .*$/gm;
    const streams = new Map([...texts].map(([id, t]) => [id, letters(t.replace(footer, ''))]));
    const missing: string[] = [];
    for (const p of passages) {
      const source = streams.get(p.source)!;
      // A passage is contiguous in its source, except where a page footer or footnote was left out:
      // then its pieces follow each other closely.
      const words = p.text.split(' ');
      let at = 0;
      let ok = true;
      for (let i = 0; i < words.length && ok; ) {
        let j = words.length;
        let found = -1;
        for (; j > i; j--) {
          found = source.indexOf(letters(words.slice(i, j).join(' ')), at);
          if (found >= 0 && (i === 0 || found - at <= 600)) break;
          found = -1;
        }
        if (found < 0 || j - i < Math.min(4, words.length - i)) ok = false;
        else {
          at = found + letters(words.slice(i, j).join(' ')).length;
          i = j;
        }
      }
      if (!ok) missing.push(`${p.id}: ${p.text.slice(0, 80)}`);
    }
    expect(missing).toEqual([]);
  });

  it.runIf(existsSync(DEFAULT_SOURCES_DIR))(
    'data/passages.json and its index are up to date (npm run data:passages)',
    () => {
      const texts = readSourceTexts(data.sources, DEFAULT_SOURCES_DIR);
      expect(passagesOf(data.sources, texts)).toEqual(passages);
      const file = readFileSync(join('data', 'passage-index.json'), 'utf8').trim();
      expect(file).toBe(serializePassageIndex(passages));
    },
  );

  it('the prebuilt index finds what a fresh one finds', () => {
    const fresh = createPassageIndex(passages);
    const loaded = createPassageIndex(passages, data.passageIndex);
    for (const q of ['emma at work', 'daling vo', 'netwerkorganisatie social return', 'blauwe baan']) {
      expect(loaded.search(q).map((h) => h.passage.id)).toEqual(fresh.search(q).map((h) => h.passage.id));
    }
  });
});
