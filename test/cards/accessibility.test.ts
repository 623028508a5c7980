// Accessibility in a real browser: one card of each kind, rendered by the `adaptivecards`
// renderer (its dist bundle, with markdown-it limited to the markdown Teams renders) in
// headless Debian Chromium, checked with axe-core: zero violations. Charts render through their
// fallback here (the renderer has no Chart.* types), which tests the path mobile clients take.
// Screenshots go to test-results/cards/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCard } from '../../src/cards/index.js';
import type { AdaptiveCard, CardKind } from '../../src/cards/view.js';
import { fixtures } from './fixtures.js';

const require = createRequire(import.meta.url);
const adaptiveCardsJs = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const adaptiveCardsCss = join(dirname(adaptiveCardsJs), 'adaptivecards.css');
const markdownItJs = join(dirname(require.resolve('markdown-it')), 'browser', 'markdown-it.umd.min.js');
const axeJs = require.resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(process.cwd(), 'test-results', 'cards');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** A page with one rendered card; returns the page (caller closes it). */
async function renderCard(kind: string, card: AdaptiveCard): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  await page.setContent(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Banenbot-kaart: ${kind}</title></head>` +
      `<body><main><h1>Kaart: ${kind}</h1><div id="card" style="max-width:600px"></div></main></body></html>`,
  );
  await page.addStyleTag({ path: adaptiveCardsCss });
  await page.addScriptTag({ path: markdownItJs });
  await page.addScriptTag({ path: adaptiveCardsJs });
  await page.addScriptTag({ path: axeJs });
  const problems = await page.evaluate((json) => {
    const w = window as unknown as { AdaptiveCards: any; markdownit: any };
    const AC = w.AdaptiveCards;
    // Teams' TextBlock markdown is a subset: bold/italic, bulleted and numbered lists, links
    // (no headings, so a "#" column header stays text). markdown-it's 'zero' preset plus those rules.
    const md = w.markdownit('zero').enable(['emphasis', 'list', 'link', 'newline']);
    AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml?: string; didProcess: boolean }) => {
      result.outputHtml = md.render(text);
      result.didProcess = true;
    };
    const card = new AC.AdaptiveCard();
    card.parse(json);
    const element: HTMLElement | undefined = card.render();
    if (!element) return ['render returned nothing'];
    document.getElementById('card')!.appendChild(element);
    return [];
  }, card);
  expect(problems).toEqual([]);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as Violation[];
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const kinds = Object.keys(fixtures) as CardKind[];

describe('cards in a browser (adaptivecards renderer + axe-core)', () => {
  it.each(kinds)('%s: renders its text and has no axe violations', async (kind) => {
    const { view, speak } = fixtures[kind];
    const page = await renderCard(kind, buildCard(view, speak));
    try {
      const text = await page.locator('#card').innerText();
      expect(text).toContain(view.title);
      for (const f of view.facts ?? []) expect(text).toContain(f.value);
      if (view.chart) expect(text).toContain(view.chart.textEquivalent);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${kind}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('charts fall back to their numbers as text (trend line → both series); a chart left out keeps its text', async () => {
    const trend = await renderCard('trend', buildCard(fixtures.trend.view, fixtures.trend.speak));
    try {
      // The line (ticks 0–920, whole numbers) is drawn in Teams; this renderer shows its fallback.
      const text = await trend.locator('#card').innerText();
      for (const e of ['Doel', '822 fta', 'Realisatie', '595,4 fta']) expect(text).toContain(e);
    } finally {
      await trend.close();
    }
    for (const [kind, expected] of [
      ['lookup', ['68,4% van het doel']],
      ['comparison', ['politie 68,4%', 'defensie 66,2%']],
    ] as const) {
      // 68,4 would print as "68.40%" / axis "11.5": no chart, the text equivalent says it in Dutch.
      const page = await renderCard(kind, buildCard(fixtures[kind].view, fixtures[kind].speak));
      try {
        const text = await page.locator('#card').innerText();
        for (const e of expected) expect(text).toContain(e);
      } finally {
        await page.close();
      }
    }
  });

  it('ranking: the table has a header row announced as column headers', async () => {
    const page = await renderCard('ranking', buildCard(fixtures.ranking.view, fixtures.ranking.speak));
    try {
      const headers = await page.getByRole('columnheader').allInnerTexts();
      expect(headers.map((h) => h.trim().replaceAll('\u00ad', ''))).toEqual(['#', 'Sector', 'Realisatiepercentage']);
      expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(fixtures.ranking.view.title);
    } finally {
      await page.close();
    }
  });

  it('data text that looks like markdown ("1. SZW 109%; 2. …") renders as one sentence, not a list', async () => {
    const view = {
      ...fixtures.ranking.view,
      chart: {
        kind: 'horizontalBar' as const,
        title: 'Realisatiepercentage 2024',
        unit: '%',
        series: [
          {
            name: 'Realisatiepercentage',
            points: [
              { x: 'SZW', y: 109 },
              { x: 'Financiën', y: 107 },
            ],
          },
        ],
        textEquivalent: '1. SZW 109%; 2. Financiën 107%',
      },
    };
    const page = await renderCard('markdown', buildCard(view, 'x'));
    try {
      expect(await page.locator('#card ol, #card ul').count()).toBe(0);
      expect(await page.locator('#card').innerText()).toContain('SZW 109%; 2. Financiën 107%');
    } finally {
      await page.close();
    }
  });

  it('"Andere sector…" opens a labelled sector list with no axe violations', async () => {
    for (const kind of ['lookup', 'error'] as const) {
      const page = await renderCard(`${kind}-sectorkeuze`, buildCard(fixtures[kind].view, fixtures[kind].speak));
      try {
        await page.getByRole('button', { name: 'Andere sector…' }).click();
        const list = page.getByRole('combobox', { name: fixtures[kind].view.sectorPicker!.label });
        await expect(list.isVisible()).resolves.toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${kind}-sectorkeuze.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  });
});
