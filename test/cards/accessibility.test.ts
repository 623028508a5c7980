// Accessibility in a real browser: one card of each kind, rendered by the `adaptivecards`
// renderer (its dist bundle, with markdown-it limited to the markdown Teams renders) in
// headless Debian Chromium, checked with axe-core: zero violations. Charts render through their
// fallback here (the renderer has no Chart.* types), which tests the path mobile clients take.
// Screenshots go to test-results/cards/ (git-ignored).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/cards/index.js';
import type { AdaptiveCard, CardKind } from '../../src/cards/view.js';
import { axeViolations, chromiumAroundTests, renderCard as renderCardPage } from './card-page.js';
import { fixtures } from './fixtures.js';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'cards');

chromiumAroundTests(SCREENSHOTS);

/** A page with one rendered card; returns the page (caller closes it). */
function renderCard(kind: string, card: AdaptiveCard): Promise<Page> {
  return renderCardPage(kind, card, { viewport: { width: 640, height: 480 }, cardStyle: 'max-width:600px' });
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
