// Every card kind at a phone's width (360 px), rendered by the `adaptivecards` renderer (as in
// accessibility.test.ts) in headless Debian Chromium: no text overflows its element, no word is
// broken inside a line (a break only at a soft hyphen or hyphen), at most three data columns per
// table, every chart drawable on a phone (labels in full, only numbers that read the same in
// Dutch), and axe-core finds nothing. Real answers join the fixtures: the all-sector "Ontwikkeling"
// (13 sectors × 5 years), a full ranking and the digest. Screenshots: test-results/narrow/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawable } from '../../src/cards/chart.js';
import type { ChartElement } from '../../src/cards/index.js';
import { buildCard, MAX_DATA_COLUMNS } from '../../src/cards/index.js';
import type { AdaptiveCard } from '../../src/cards/view.js';
import { ask } from '../answers/support.js';
import { axeViolations, chromiumAroundTests, renderCard } from './card-page.js';
import { fixtures } from './fixtures.js';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'narrow');
const PHONE = 360;

const REAL_QUESTIONS: Record<string, string> = {
  'ontwikkeling-alle-sectoren': 'ontwikkeling alle sectoren',
  'ranglijst-alle-sectoren': 'welke sector scoort het best in 2024?',
  ministeries: 'welk ministerie scoort het hoogst?',
  'filter-doel-niet-gehaald': 'welke sectoren haalden hun doel niet in 2024?',
  'vergelijking-alle-sectoren': 'vergelijk alle sectoren 2024',
  'vergelijking-twee-jaar': 'vergelijk po en vo 2023 2024',
  'trend-rijk': 'ontwikkeling rijk 2019-2024',
  'tekort-po': 'tekort po 2024',
  'totaal-onderwijs': 'totaal onderwijs 2024',
};

const cards: [string, AdaptiveCard][] = [
  ...Object.entries(fixtures).map(([kind, f]) => [kind, buildCard(f.view, f.speak)] as [string, AdaptiveCard]),
  ...Object.entries(REAL_QUESTIONS).map(([name, q]) => [name, ask(q).card as AdaptiveCard] as [string, AdaptiveCard]),
];

chromiumAroundTests(SCREENSHOTS);

function renderAtPhoneWidth(name: string, card: AdaptiveCard): Promise<Page> {
  return renderCard(name, card, {
    viewport: { width: PHONE, height: 800 },
    css: 'body{margin:0} main{padding:0}',
    headingStyle: 'font-size:12px',
  });
}

/**
 * Words broken inside a line: for every word of every text element, the characters after which the
 * line changes; a change is fine only right after a soft hyphen or a hyphen. Also text that
 * overflows its element (scrollWidth > clientWidth).
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#card .ac-textBlock'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`overflow: "${el.innerText.slice(0, 60)}"`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          let previousTop: number | undefined;
          for (let i = 0; i < m[0].length; i++) {
            const range = document.createRange();
            range.setStart(node, m.index + i);
            range.setEnd(node, m.index + i + 1);
            // A character right after a soft-hyphen break also reports the hyphen's box: take the last.
            const rects = range.getClientRects();
            const rect = rects[rects.length - 1];
            if (!rect || rect.width === 0) continue;
            if (previousTop !== undefined && rect.top > previousTop + 2) {
              const before = m[0][i - 1] ?? '';
              if (!['\u00ad', '-', '/', '–'].includes(before))
                out.push(`"${m[0].replaceAll('\u00ad', '')}" breaks after "${m[0].slice(0, i)}"`);
            }
            previousTop = rect.top;
          }
        }
      }
    }
    return out;
  });
}

function elementsOf(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) elementsOf(n, out);
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string') out.push(n);
    for (const [k, v] of Object.entries(n)) if (k !== 'fallback') elementsOf(v, out);
  }
  return out;
}

describe(`cards at a phone's width (${PHONE} px)`, () => {
  it.each(cards)(
    '%s: no broken words, ≤ 3 data columns, charts that read right, no axe violations',
    async (name, card) => {
      const elements = elementsOf(card.body);
      for (const t of elements.filter((e) => e.type === 'Table'))
        expect((t.columns as unknown[]).length - 1, `${name}: data columns`).toBeLessThanOrEqual(MAX_DATA_COLUMNS);
      for (const c of elements.filter((e) => String(e.type).startsWith('Chart.')))
        expect(drawable(c as unknown as ChartElement), `${name}: ${String(c.type)}`).toBe(true);
      const page = await renderAtPhoneWidth(name, card);
      try {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
        expect(await brokenWords(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
