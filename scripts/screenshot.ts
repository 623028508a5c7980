// `tsx scripts/screenshot.ts`: the README screenshot docs/screenshot.png: banenbot answering
// a question in the Microsoft 365 Agents Playground, rendered by Debian's headless Chromium.
// Starts bot and Playground exactly like `npm run dev` (on free ports, with a throw-away state
// file) and stops both afterwards.
//
//   tsx scripts/screenshot.ts [--question "realisatie politie 2024?"] [--out docs/screenshot.png]
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort, type LocalTeams, ROOT, startLocalTeams } from '../test/support/playground.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      question: { type: 'string', default: 'realisatie politie 2024?' },
      out: { type: 'string', default: join(ROOT, 'docs/screenshot.png') },
    },
    strict: true,
  });
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `Geen Chromium op ${CHROMIUM}: installeer het Debian-pakket chromium (of zet CHROMIUM_PATH).\n`,
    );
    return 1;
  }
  const out = resolve(values.out);
  const workDir = mkdtempSync(join(tmpdir(), 'banenbot-screenshot-'));
  let teams: LocalTeams | undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    teams = await startLocalTeams({
      botPort: await freePort(),
      playgroundPort: await freePort(),
      workDir,
      stateFile: join(workDir, 'state.json'),
      env: { LOG_LEVEL: 'warn' },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
    page.setDefaultTimeout(45_000);
    await page.goto(teams.url);
    const cards = page.locator('.ac-adaptiveCard');
    await cards.first().waitFor({ state: 'visible' });
    // The developer log panel is not what a user sees: close it when the button is there.
    await page
      .getByText('Log Panel')
      .locator('..')
      .getByRole('button')
      .last()
      .click({ timeout: 5_000 })
      .catch(() => undefined);

    const before = await cards.count();
    await page.getByRole('textbox').first().fill(values.question);
    await page.getByRole('button', { name: 'Send Message' }).click();
    const answer = cards.nth(before);
    await answer.waitFor({ state: 'visible' });
    // Charts draw after the card: give them a moment, then bring the whole card into view.
    await page.waitForTimeout(1_500);
    await answer.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.waitForTimeout(300);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    process.stdout.write(`Schermafbeelding geschreven: ${out}\n`);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    await teams?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
