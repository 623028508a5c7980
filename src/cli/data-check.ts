// `npm run data:check [-- --dir <path>] [--sources <path>]`: load the dataset (zod + references),
// run the consistency rules of src/data/check.ts and, when the source texts are at hand, check
// that every quote occurs in its source. Prints a coverage table and "OK: …"; exits 1 on any
// problem (listed on stderr), 2 on bad arguments.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDataset, checkQuotes, coverageTable } from '../data/check.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../data/load.js';
import { passagesOf } from '../data/passages.js';
import type { Dataset } from '../domain/model.js';

/** Where the source documents live: ../shared/sources/ next to the repository. */
export const DEFAULT_SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));

const USAGE = 'Gebruik: data-check [--dir <map met de dataset>] [--sources <map met de brondocumenten>]\n';

function readSourceTexts(data: Dataset, dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of data.sources) {
    const file = join(dir, s.file);
    if (existsSync(file)) texts.set(s.id, readFileSync(file, 'utf8'));
  }
  return texts;
}

export async function run(argv: string[]): Promise<number> {
  let values: { dir?: string; sources?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, sources: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const dir = values.dir ?? DEFAULT_DATA_DIR;
  const label = values.dir ?? (relative(process.cwd(), DEFAULT_DATA_DIR) || 'data');

  let data: Dataset;
  try {
    data = loadDataset(dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  const problems = checkDataset(data, { dir: label });
  const sourcesDir = values.sources ?? DEFAULT_SOURCES_DIR;
  const texts = readSourceTexts(data, sourcesDir);
  problems.push(...checkQuotes(data, texts, { dir: label }));
  // The quotable passages (data/passages.json) must be what the splitter makes of the sources now.
  if (texts.size === data.sources.length && data.passages) {
    const fresh = passagesOf(data.sources, texts);
    if (JSON.stringify(fresh) !== JSON.stringify(data.passages))
      problems.push(`${label}/passages.json: niet bij met de brondocumenten; draai npm run data:passages`);
  }

  process.stdout.write(
    `Dekking (d = doel, r = realisatie, % = percentage, +n = overige metrieken):\n${coverageTable(data)}\n\n`,
  );
  if (texts.size < data.sources.length) {
    process.stderr.write(
      `Let op: ${data.sources.length - texts.size} brondocument(en) niet gevonden in ${sourcesDir}; citaten daaruit niet gecontroleerd.\n`,
    );
  }
  if (problems.length) {
    process.stderr.write(
      `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
    );
    return 1;
  }
  const quotes = [
    ...data.figures.flatMap((f) => [f.ref, ...(f.alsoIn ?? [])]),
    ...data.conflicts.flatMap((c) => c.refs),
    ...data.context.map((c) => c.ref),
    ...data.notes.map((n) => n.ref),
  ].filter((r) => r.quote && texts.has(r.source)).length;
  process.stdout.write(
    `OK: ${data.figures.length} figures, ${data.conflicts.length} conflicts, ${data.context.length} context facts, ${data.notes.length} notes, ${data.sources.length} sources, ${data.metrics.length} metrics; ${quotes} quotes found in their sources; ${data.passages?.length ?? 0} passages.\n`,
  );
  return 0;
}
