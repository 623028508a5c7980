// One Adaptive Card on its own page in Chromium, drawn by the `adaptivecards` renderer (its dist
// bundle, with markdown-it limited to the markdown Teams renders), with axe-core loaded: shared by
// accessibility.test.ts and narrow-cards.test.ts. Charts render through their fallback here (the
// renderer has no Chart.* types), the path mobile clients take.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/view.js';
import { launchChromium } from '../support/chromium.js';

const require = createRequire(import.meta.url);
const adaptiveCardsJs = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const adaptiveCardsCss = join(dirname(adaptiveCardsJs), 'adaptivecards.css');
const markdownItJs = join(dirname(require.resolve('markdown-it')), 'browser', 'markdown-it.umd.min.js');
const axeJs = require.resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface CardPageOptions {
  viewport: { width: number; height: number };
  /** A style sheet for the page. */
  css?: string;
  /** Inline styles of the page's h1 and of the card's container. */
  headingStyle?: string;
  cardStyle?: string;
}

let browser: Browser | undefined;

/** Starts Chromium before the test file's tests (creating `screenshots`, the folder they write to) and closes it after. */
export function chromiumAroundTests(screenshots: string): void {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
}

const styleAttribute = (style: string | undefined) => (style ? ` style="${style}"` : '');

/** A page titled after `name` with `card` rendered in #card; returns the page (caller closes it). */
export async function renderCard(name: string, card: AdaptiveCard, options: CardPageOptions): Promise<Page> {
  if (!browser) throw new Error('renderCard needs chromiumAroundTests() in the test file');
  const page = await browser.newPage({ viewport: options.viewport });
  await page.setContent(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Banenbot-kaart: ${name}</title>` +
      (options.css ? `<style>${options.css}</style>` : '') +
      `</head><body><main><h1${styleAttribute(options.headingStyle)}>Kaart: ${name}</h1>` +
      `<div id="card"${styleAttribute(options.cardStyle)}></div></main></body></html>`,
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

/** axe-core's violations on the page, one line each: rule, help text and the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as Violation[];
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
