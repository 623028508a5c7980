// End to end, as a user sees it: banenbot and the Microsoft 365 Agents Playground (the local
// Teams-like client, started like `npm run dev` does), driven in Debian's headless Chromium.
// Every kind of button is pressed, with the mouse and with the keyboard (Tab/Enter): welcome
// examples, follow-ups, the "Andere sector…" list and its Toon, a question back's options. They
// are Action.Execute: the answer replaces the pressed card in place (no new message), and the
// replaced card passes axe-core. Screenshots of every step land in test-results/browser/ (git-ignored).
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openPlayground, type PlaygroundSession, sendMessage } from '../support/chromium.js';
import { BOT_NAME, GROUP_CHAT_NAME, ROOT } from '../support/playground.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = join(ROOT, 'test-results/browser');
/** Generous: two CPU cores shared with other work, a cold tsx start and a browser. */
const STEP_TIMEOUT = 45_000;

if (!existsSync(CHROMIUM)) {
  process.stderr.write(
    `Browsertest overgeslagen: geen Chromium op ${CHROMIUM} (npm test installeert het via scripts/ensure-chromium.sh).\n`,
  );
}

describe.skipIf(!existsSync(CHROMIUM))(
  'banenbot in the Agents Playground (Chromium)',
  { timeout: 3 * STEP_TIMEOUT },
  () => {
    let session: PlaygroundSession | undefined;
    let page: Page;
    let step = 0;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await openPlayground({
        tempPrefix: 'banenbot-browser-',
        viewport: { width: 1280, height: 900 },
        timeoutMs: STEP_TIMEOUT,
      });
      page = session.page;
    }, 180_000);

    afterEach(async (context) => {
      step++;
      const name = `${String(step).padStart(2, '0')}-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`;
      await page?.screenshot({ path: join(SHOTS, name), fullPage: true }).catch(() => undefined);
    });

    afterAll(async () => {
      await session?.close();
    }, 60_000);

    /** All rendered Adaptive Cards in the open conversation. */
    const cards = (): Locator => page.locator('.ac-adaptiveCard');

    /** Types `text` in the personal chat compose box, sends it, and returns the next new card. */
    function ask(text: string): Promise<Locator> {
      return sendMessage(page, text);
    }

    /**
     * axe-core violations inside one rendered card (the Playground's own page is not ours to check).
     * Left out: two pieces of the Playground's renderer markup that no card JSON can change: Fluent's
     * focus-trap sentinels (`data-tabster-dummy`, aria-hidden but focusable by design) and the
     * aria-expanded it puts on the inner div of an Action.ShowCard button (the button itself carries
     * the state), and its chart drawings (role="img" with unnamed role="button" bars inside; the
     * chart's title and text equivalent are TextBlocks and are checked). The card JSON itself passes axe with no exclusions in test/cards/accessibility.test.ts.
     */
    async function axeViolations(card: Locator): Promise<string[]> {
      await page.addScriptTag({ path: AXE });
      const handle = await card.elementHandle();
      return page.evaluate(async (element) => {
        type Axe = { run: (ctx: object, o: object) => Promise<{ violations: { id: string; help: string }[] }> };
        const axe = (window as unknown as { axe: Axe }).axe;
        const context = {
          include: [element as Element],
          exclude: [['[data-tabster-dummy]'], ['.ac-pushButton-content.expandable'], ['[role="img"]']],
        };
        const result = await axe.run(context, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help}`);
      }, handle);
    }

    /** Waits until `card` shows `text` (the card a button replaced in place). */
    async function untilShows(card: Locator, text: string): Promise<void> {
      await expect.poll(() => card.innerText(), { timeout: STEP_TIMEOUT }).toContain(text);
    }

    it('opens the personal chat with the welcome card, one message: the greeting once', async () => {
      const welcome = cards().filter({ hasText: 'Welkom bij Banenbot' }).first();
      await welcome.waitFor({ state: 'visible' });
      await expect(welcome.innerText()).resolves.toContain('Vraag bijvoorbeeld');
      await expect(page.getByText('Welkom bij Banenbot').count()).resolves.toBe(1);
    });

    it('a welcome example button (mouse) answers in place of the welcome card', async () => {
      const before = await cards().count();
      const welcome = cards().filter({ hasText: 'Welkom bij Banenbot' }).first();
      await welcome.getByRole('button', { name: 'Realisatie politie' }).click();
      // The answer takes the welcome card's place: no new card, and it says the year it took.
      const answer = cards().nth(before - 1);
      await untilShows(answer, '489 fta');
      await untilShows(answer, 'Laatste jaar met cijfers: 2024.');
      expect(await cards().count()).toBe(before);
      expect(await axeViolations(answer)).toEqual([]);
    });

    it('answers "realisatie politie 2024?" with 489 fta and 68,4%', async () => {
      const reply = await ask('realisatie politie 2024?');
      const text = await reply.innerText();
      expect(text).toContain('489 fta');
      expect(text).toContain('68,4%');
      expect(text).toContain('713 fta');
      expect(text).toContain('Kamerstuk 34 352 nr. 348');
    });

    it('a follow-up button by keyboard (Tab to it, Enter): "Toon tekort" turns the card into the gap, 224 fta', async () => {
      const card = await ask('realisatie politie 2024?');
      await untilShows(card, '68,4%');
      const before = await cards().count();
      // From the button before it, Tab moves the focus to "Toon tekort"; Enter presses it.
      const buttons = card.getByRole('button');
      const names = await buttons.allInnerTexts();
      const at = names.findIndex((n) => n.trim() === 'Toon tekort');
      expect(at).toBeGreaterThan(0);
      await buttons.nth(at - 1).focus();
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Toon tekort');
      await page.keyboard.press('Enter');
      await untilShows(card, '224 fta');
      expect(await cards().count()).toBe(before);
      expect(await axeViolations(card)).toEqual([]);
    });

    it('"Andere sector…" by keyboard: the list opens, Defensie is chosen, Toon (Enter) shows 595,4 fta', async () => {
      const card = cards().last();
      await card.getByRole('button', { name: 'Andere sector…' }).focus();
      await page.keyboard.press('Enter');
      const list = card.getByRole('combobox').first();
      await list.waitFor({ state: 'visible' });
      await list.click();
      await page.getByRole('option', { name: 'Defensie', exact: true }).first().click();
      await card.getByRole('button', { name: 'Toon' }).focus();
      await page.keyboard.press('Enter');
      await untilShows(card, '595,4 fta');
      expect(await axeViolations(card)).toEqual([]);
    });

    it('a question back offers the readings as buttons; a click answers the chosen one', async () => {
      const card = await ask('tekort hoger onderwijs 2024');
      const options = card.getByRole('button');
      const titles = (await options.allInnerTexts()).map((t) => t.trim());
      expect(titles.length).toBeGreaterThan(1);
      await options.first().click();
      await untilShows(card, 'fta');
      await expect.poll(async () => /tekort|tot het doel/i.test(await card.innerText())).toBe(true);
    });

    it("compares politie and defensie 2024: each sector's name, then its own figures (per sector, readable at any width)", async () => {
      const reply = await ask('vergelijk politie en defensie 2024');
      await untilShows(reply, '595,4 fta');
      const text = (await reply.innerText()).replace(/\s+/g, ' ');
      const block = text.slice(text.indexOf('Doel, realisatie en realisatiepercentage, 2024'));
      expect(block).toMatch(/Politie .*489 fta.*68,4%.* Defensie .*595,4 fta.*66,2%/);
      // Politie's figures come before Defensie's name: no number is read under the wrong sector.
      expect(block.indexOf('489 fta')).toBeLessThan(block.indexOf('Defensie'));
    });

    it('answers an @mention in the group chat', async () => {
      await page.getByText(GROUP_CHAT_NAME, { exact: true }).first().click();
      await expect.poll(() => cards().filter({ hasText: '595,4 fta' }).count(), { timeout: STEP_TIMEOUT }).toBe(0);
      // The group chat may receive its welcome card (install) at any moment: count answers only.
      const answers = () => cards().filter({ hasNotText: 'Welkom bij Banenbot' });
      const before = await answers().count();
      const box = page.getByRole('textbox').first();
      await box.click();
      await box.pressSequentially('@');
      await page.getByRole('menuitem', { name: BOT_NAME }).click();
      await box.pressSequentially(' tekort politie 2024');
      await page.getByRole('button', { name: 'Send Message' }).click();
      const reply = answers().nth(before);
      await reply.waitFor({ state: 'visible' });
      const text = await reply.innerText();
      // Doel 713 fta, realisatie 489 fta: 224 fta short.
      expect(text).toContain('224 fta');
    });

    it('answers an @mention in the team channel', async () => {
      await page.getByText('General', { exact: true }).first().click();
      await page.getByText('Start a new post').waitFor({ state: 'visible' });
      // The personal chat's cards are gone: whatever card shows up next belongs to the channel.
      await expect.poll(() => cards().filter({ hasText: '595,4 fta' }).count(), { timeout: STEP_TIMEOUT }).toBe(0);
      // Opening the channel installs the bot there; it introduces itself before anything else.
      await page.getByText('Welkom bij Banenbot').first().waitFor({ state: 'visible' });
      const box = page.getByRole('textbox').first();
      await box.click();
      await box.pressSequentially('@');
      await page.getByRole('menuitem', { name: BOT_NAME }).click();
      await box.pressSequentially(' realisatie politie 2024?');
      await page.getByRole('button', { name: 'Post' }).click();
      // The channel shows posts and their threads, not a single timeline: find the reply by content.
      const reply = cards().filter({ hasText: '489 fta' }).first();
      await reply.waitFor({ state: 'visible' });
      const text = await reply.innerText();
      expect(text).toContain('489 fta');
      expect(text).toContain('68,4%');
    });
  },
);
