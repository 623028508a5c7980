// `tsx scripts/screenshot.ts`: the README screenshot docs/screenshot.png: banenbot answering
// a question in the Microsoft 365 Agents Playground, rendered by Debian's headless Chromium.
// Starts bot and Playground exactly like `npm run dev` (on free ports, with a throw-away state
// file) and stops both afterwards.
//
//   tsx scripts/screenshot.ts [--question "realisatie politie 2024?"] [--out docs/screenshot.png]
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, closeLogPanel, openPlayground, sendMessage } from '../test/support/chromium.js';
import { ROOT } from '../test/support/playground.js';

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
  const { page, close } = await openPlayground({
    tempPrefix: 'banenbot-screenshot-',
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
  });
  try {
    await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible' });
    await closeLogPanel(page);
    const answer = await sendMessage(page, values.question);
    // Charts draw after the card: give them a moment, then bring the whole card into view.
    await page.waitForTimeout(1_500);
    await answer.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.waitForTimeout(300);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    process.stdout.write(`Schermafbeelding geschreven: ${out}\n`);
    return 0;
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
