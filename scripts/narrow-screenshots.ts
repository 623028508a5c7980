// `tsx scripts/narrow-screenshots.ts --prefix after`: answer cards as a phone shows them. Starts bot
// and Agents Playground (free ports, throw-away state), opens the Playground at 360 px wide in
// Debian's headless Chromium, asks each question and saves the answer card alone as
// docs/narrow-<prefix>-<name>.png (cut at --max-height px so the files stay small).
//
//   tsx scripts/narrow-screenshots.ts [--prefix after] [--max-height 1600] [--only ontwikkeling]
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, closeLogPanel, narrowStyle, openPlayground, sendMessage } from '../test/support/chromium.js';
import { ROOT } from '../test/support/playground.js';

/** File name → question: the wide cards of issue 11 (all years × all sectors, bars, gauges, a ranking). */
export const NARROW_QUESTIONS: Record<string, string> = {
  ontwikkeling: 'ontwikkeling alle sectoren',
  vergelijking: 'vergelijk politie en defensie 2024',
  meter: 'realisatie gemeenten 2023',
  ranglijst: 'welke sector scoort het best in 2024?',
};

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      prefix: { type: 'string', default: 'after' },
      'max-height': { type: 'string', default: '1600' },
      only: { type: 'string' },
      width: { type: 'string', default: '360' },
    },
    strict: true,
  });
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Geen Chromium op ${CHROMIUM}: installeer het Debian-pakket chromium.\n`);
    return 1;
  }
  const maxHeight = Number(values['max-height']);
  const width = Number(values.width);
  // Tall, so a whole card is on screen (an element screenshot of a card under the header misses parts).
  const { page, close } = await openPlayground({
    tempPrefix: 'banenbot-narrow-',
    viewport: { width: 900, height: 4000 },
    deviceScaleFactor: 1,
  });
  try {
    await page.addStyleTag({ content: narrowStyle(width) });
    await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible' });
    await closeLogPanel(page);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    for (const [name, question] of Object.entries(NARROW_QUESTIONS)) {
      if (values.only && values.only !== name) continue;
      const answer = await sendMessage(page, question);
      await page.waitForTimeout(1_500);
      const box = await answer.boundingBox();
      const out = join(ROOT, 'docs', `narrow-${values.prefix}-${name}.png`);
      await answer.screenshot({ path: out });
      if (box && box.height > maxHeight) {
        // The element screenshot is the whole card; keep the top part only.
        const { PNG } = await import('pngjs');
        const { readFileSync, writeFileSync } = await import('node:fs');
        const png = PNG.sync.read(readFileSync(out));
        const cut = new PNG({ width: png.width, height: maxHeight });
        PNG.bitblt(png, cut, 0, 0, png.width, maxHeight, 0, 0);
        writeFileSync(out, PNG.sync.write(cut));
      }
      process.stdout.write(`${out} (${Math.round(box?.width ?? 0)}×${Math.round(box?.height ?? 0)} px)\n`);
    }
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
