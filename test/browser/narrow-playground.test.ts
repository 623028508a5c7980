// The narrow-card check in the real client: every card kind (fixtures) and the widest real
// answers, posted to the Agents Playground's stand-in connector and drawn by its own renderer
// (which draws Chart.* for real) with each card held at 360 px, in Debian's headless Chromium.
// No chart label may be cut short ("R…"), and no number the chart renderer prints itself may read
// differently in Dutch: no decimal point ("68.4", "122.5", "120.40") and no "k" ("1.3k").
// Screenshots: test-results/narrow-playground/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCard } from '../../src/cards/index.js';
import type { AdaptiveCard } from '../../src/cards/view.js';
import { ask } from '../answers/support.js';
import { fixtures } from '../cards/fixtures.js';
import { CHROMIUM, narrowStyle, openPlayground, type PlaygroundSession } from '../support/chromium.js';
import { PERSONAL_CHAT_ID, ROOT } from '../support/playground.js';

const SHOTS = join(ROOT, 'test-results/narrow-playground');
const PHONE = 360;

const cards: [string, AdaptiveCard][] = [
  ...Object.entries(fixtures).map(([kind, f]) => [kind, buildCard(f.view, f.speak)] as [string, AdaptiveCard]),
  ...(
    [
      ['ontwikkeling-alle-sectoren', 'ontwikkeling alle sectoren'],
      ['ranglijst', 'welke sector scoort het best in 2024?'],
      ['vergelijking', 'vergelijk politie en defensie 2024'],
      ['meter-boven-doel', 'realisatie provincies 2020'],
      ['trend-politie', 'ontwikkeling politie'],
      ['tekort-politie', 'tekort politie 2024'],
    ] as const
  ).map(([name, q]) => [name, ask(q).card as AdaptiveCard] as [string, AdaptiveCard]),
];

/** Numbers in the renderer's own English notation: "68.4", "122.5", "120.40", "1.3k", "5k". */
const ENGLISH_NUMBER = /\b\d+\.\d{1,2}\b(?!\d)|\b\d+(?:\.\d)?k\b/;

describe.skipIf(!existsSync(CHROMIUM))('cards at 360 px in the Agents Playground', { timeout: 300_000 }, () => {
  let session: PlaygroundSession | undefined;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // The chat pane does not shrink below 600 px: the cards themselves are held at phone width.
    session = await openPlayground({ tempPrefix: 'banenbot-narrow-', viewport: { width: 900, height: 4000 } });
    page = session.page;
    await page.addStyleTag({ content: narrowStyle(PHONE) });
    await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible' });
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  /** Posts `card` as the bot (the Playground's connector is the bot's serviceUrl) and returns it as drawn. */
  async function show(card: AdaptiveCard) {
    const all = page.locator('.ac-adaptiveCard');
    const before = await all.count();
    const res = await fetch(`${session!.teams.url}/_connector/v3/conversations/${PERSONAL_CHAT_ID}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        from: { id: 'banenbot', name: 'Banenbot' },
        recipient: { id: 'user-id-0' },
        conversation: { id: PERSONAL_CHAT_ID },
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      }),
    });
    expect(res.ok).toBe(true);
    const shown = all.nth(before);
    await shown.waitFor({ state: 'visible' });
    await page.waitForTimeout(600);
    return shown;
  }

  it.each(cards)('%s: chart labels in full, no number in English notation', async (name, card) => {
    const shown = await show(card);
    await shown.screenshot({ path: join(SHOTS, `${name}.png`) });
    const box = await shown.boundingBox();
    expect(Math.round(box?.width ?? 0)).toBeLessThanOrEqual(PHONE);
    // Everything the card shows but its buttons ("Andere sector…" is a button, not a cut label):
    // the chart renderer's axis ticks, labels, values and legends are in here too.
    const text = await shown.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const b of Array.from(copy.querySelectorAll('button, [role="button"], .ac-actionSet'))) b.remove();
      document.body.appendChild(copy);
      const inner = copy.innerText;
      copy.remove();
      return inner;
    });
    // A label cut short ends in "…" right after a letter ("R…"); "… en 3 meer" is our own sentence.
    expect(text.match(/\p{L}…/u)?.[0], name).toBeUndefined();
    expect(text.match(ENGLISH_NUMBER)?.[0], `${name}: ${text.replace(/\n/g, ' | ')}`).toBeUndefined();
  });
});
