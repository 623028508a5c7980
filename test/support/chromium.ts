// Debian's headless Chromium, started one way for the browser tests and the screenshot scripts, and
// the Agents Playground opened in it: bot and Playground on free ports with a throw-away state
// file (test/support/playground.ts starts them as `npm run dev` does), one page on the Playground.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { freePort, type LocalTeams, startLocalTeams } from './playground.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium without a sandbox, GPU or background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PlaygroundSession {
  teams: LocalTeams;
  browser: Browser;
  /** Open on the Playground, default timeout set. */
  page: Page;
  /** Closes the browser, stops bot and Playground, removes the temp folder; each step on its own. */
  close(): Promise<void>;
}

/** Bot + Playground (free ports, state in a new temp folder `tempPrefix…`) and a Chromium page on it. */
export async function openPlayground(options: {
  tempPrefix: string;
  viewport: { width: number; height: number };
  deviceScaleFactor?: number;
  timeoutMs?: number;
}): Promise<PlaygroundSession> {
  const workDir = mkdtempSync(join(tmpdir(), options.tempPrefix));
  let teams: LocalTeams | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    try {
      await browser?.close().catch(() => undefined);
      await teams?.stop();
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  };
  try {
    teams = await startLocalTeams({
      botPort: await freePort(),
      playgroundPort: await freePort(),
      workDir,
      stateFile: join(workDir, 'state.json'),
      env: { LOG_LEVEL: 'warn' },
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport, deviceScaleFactor: options.deviceScaleFactor });
    page.setDefaultTimeout(options.timeoutMs ?? 45_000);
    await page.goto(teams.url);
    return { teams, browser, page, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Holds every card (and what it draws) at `width` px, whatever the chat pane's width. */
export function narrowStyle(width: number): string {
  return `.ac-preview-panel, .ac-adaptiveCard { width: ${width}px !important; max-width: ${width}px !important; box-sizing: border-box; }`;
}

/** Closes the Playground's developer log panel (not what a user sees) when its button is there. */
export async function closeLogPanel(page: Page): Promise<void> {
  await page
    .getByText('Log Panel')
    .locator('..')
    .getByRole('button')
    .last()
    .click({ timeout: 5_000 })
    .catch(() => undefined);
}

/** Types `text` in the open chat's compose box, sends it and returns the next new card once visible. */
export async function sendMessage(page: Page, text: string): Promise<Locator> {
  const cards = page.locator('.ac-adaptiveCard');
  const before = await cards.count();
  await page.getByRole('textbox').first().fill(text);
  await page.getByRole('button', { name: 'Send Message' }).click();
  const reply = cards.nth(before);
  await reply.waitFor({ state: 'visible' });
  return reply;
}
