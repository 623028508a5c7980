// `npm run data:ingest -- <brief.txt> --source <id> [--year 2025]`: read a new letter, propose
// every figure it states with its quote, compare with the dataset and write a review file
// (.ingest/<id>.review.md, plus the proposals as JSON). Nothing enters data/ until
// `--accept all|p1,p4-p9` (and `--correct p12` for a differing figure that is a correction):
// then the files in data/ are written, the dataset version goes up and data:check runs; when
// it finds a problem the files are put back. `--backtest <id> --json` measures the reader on a
// letter already in the dataset. Exit codes: 0 ok, 1 problem (listed), 2 bad arguments.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDataset, checkQuotes } from '../data/check.js';
import { type AcceptOutcome, acceptProposals, type DataFiles, parseIds } from '../data/ingest/accept.js';
import { backtest } from '../data/ingest/backtest.js';
import { ingestLetter } from '../data/ingest/ingest-letter.js';
import { reviewFile } from '../data/ingest/review-file.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../data/load.js';
import type { Dataset } from '../domain/model.js';
import { DEFAULT_SOURCES_DIR } from './data-check.js';

const USAGE = [
  'Gebruik: npm run data:ingest -- <brief.txt> --source <id> [--year <jaar>] [--accept all|p1,p4-p9] [--correct p12]',
  '       npm run --silent data:ingest -- --backtest <bron-id> [--json]',
  '  --source    id van de brief in data/sources.json (nieuw of bestaand)',
  '  --year      het jaar waarover de brief rapporteert (anders afgeleid uit de tabellen)',
  '  --accept    neem alle (all) of gekozen voorstellen over in data/, verhoog de versie en draai data:check',
  '  --correct   voorstellen "wijkt af" die een correctie zijn: vervang de waarde in plaats van een conflict vast te leggen',
  '  --out       map voor het reviewbestand (standaard .ingest)',
  '  --dir       map met de dataset (standaard data/)   --sources  map met de brondocumenten',
  '',
].join('\n');

interface Values {
  source?: string;
  year?: string;
  accept?: string;
  correct?: string;
  out?: string;
  dir?: string;
  sources?: string;
  backtest?: string;
  json?: boolean;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function readFiles(dir: string): DataFiles {
  return {
    meta: readJson(join(dir, 'meta.json')) as DataFiles['meta'],
    sources: readJson(join(dir, 'sources.json')) as DataFiles['sources'],
    figures: readJson(join(dir, 'figures.json')) as DataFiles['figures'],
    conflicts: readJson(join(dir, 'conflicts.json')) as DataFiles['conflicts'],
    context: readJson(join(dir, 'context.json')) as DataFiles['context'],
  };
}

/** The files as the repository formats them (2 spaces; sources' years and meta on one line). */
function formatted(files: DataFiles): Record<string, string> {
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  return {
    'meta.json': `{ "version": ${JSON.stringify(files.meta.version)}, "updated": ${JSON.stringify(files.meta.updated)}, "latestYear": ${files.meta.latestYear} }\n`,
    'sources.json': json(files.sources).replace(
      /"years": \[([\d,\s]*)\]/g,
      (_m, ys: string) =>
        `"years": [${ys
          .trim()
          .split(/\s*,\s*/)
          .filter(Boolean)
          .join(', ')}]`,
    ),
    'figures.json': json(files.figures),
    'conflicts.json': json(files.conflicts),
    'context.json': json(files.context),
  };
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function sourceTexts(data: Dataset, dir: string, extra: { id: string; text: string }): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of data.sources) {
    const file = join(dir, s.file);
    if (existsSync(file)) texts.set(s.id, readFileSync(file, 'utf8'));
  }
  texts.set(extra.id, extra.text);
  return texts;
}

function load(dir: string): Dataset | undefined {
  try {
    return loadDataset(dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}

export async function run(argv: string[]): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        year: { type: 'string' },
        accept: { type: 'string' },
        correct: { type: 'string' },
        out: { type: 'string' },
        dir: { type: 'string' },
        sources: { type: 'string' },
        backtest: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }) as { values: Values; positionals: string[] });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const dir = resolve(values.dir ?? DEFAULT_DATA_DIR);
  const sourcesDir = values.sources ?? DEFAULT_SOURCES_DIR;

  if (values.backtest) {
    const data = load(dir);
    if (!data) return 1;
    const source = data.sources.find((s) => s.id === values.backtest);
    if (!source) {
      process.stderr.write(
        `Onbekende bron "${values.backtest}"; bekend: ${data.sources.map((s) => s.id).join(', ')}.\n`,
      );
      return 2;
    }
    const file = join(sourcesDir, source.file);
    if (!existsSync(file)) {
      process.stderr.write(`Brondocument niet gevonden: ${file}\n`);
      return 1;
    }
    const result = backtest(data, source.id, readFileSync(file, 'utf8'), source.file);
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result)}\n`
        : `${result.source}: ${result.matched} van ${result.expected} gevonden (recall ${result.recall}), ${result.proposed} voorgesteld (precisie ${result.precision}), citaten letterlijk ${result.quotesVerbatim}\n`,
    );
    return 0;
  }

  const letterPath = positionals[0];
  if (!letterPath || positionals.length > 1 || !values.source) {
    process.stderr.write(`Geef precies één brief en --source <id>.\n${USAGE}`);
    return 2;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(values.source)) {
    process.stderr.write(`Bron-id "${values.source}" mag alleen kleine letters, cijfers en streepjes bevatten.\n`);
    return 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 2013 || year > 2100)) {
    process.stderr.write(`--year moet een jaartal zijn (2013-2100), niet "${values.year}".\n`);
    return 2;
  }
  let ids: 'all' | Set<string> | undefined;
  let correct: Set<string> | undefined;
  try {
    ids = values.accept === undefined ? undefined : values.accept === 'all' ? 'all' : parseIds(values.accept);
    correct = values.correct ? parseIds(values.correct) : undefined;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (correct && !ids) ids = new Set();
  if (!existsSync(letterPath)) {
    process.stderr.write(`Brief niet gevonden: ${letterPath}\n`);
    return 1;
  }

  const started = performance.now();
  const text = readFileSync(letterPath, 'utf8');
  const data = load(dir);
  if (!data) return 1;
  const result = ingestLetter(data, {
    text,
    source: values.source,
    file: basename(letterPath),
    ...(year ? { year } : {}),
  });
  const outDir = resolve(values.out ?? '.ingest');
  mkdirSync(outDir, { recursive: true });
  const reviewPath = join(outDir, `${values.source}.review.md`);
  writeFileSync(reviewPath, reviewFile(result, data, relative(process.cwd(), letterPath) || letterPath));
  writeFileSync(
    join(outDir, `${values.source}.proposals.json`),
    `${JSON.stringify({ source: result.source, year: result.year, proposals: result.proposals, missing: result.missing }, null, 2)}\n`,
  );
  const count = (s: string) => result.proposals.filter((p) => p.status === s).length;
  process.stdout.write(
    `${result.source.citation} over ${result.year}: ${count('nieuw')} nieuw, ${count('bevestigt')} bevestigt, ${count('wijkt af')} wijkt af, ` +
      `${count('conflict')} conflict, ${count('landelijk')} landelijk, ${result.missing.length} ontbreekt t.o.v. vorig jaar ` +
      `(${Math.round(performance.now() - started)} ms).\nReview: ${relative(process.cwd(), reviewPath)}\n`,
  );
  if (!ids) {
    process.stdout.write('Nog niets in data/: neem voorstellen over met --accept all of --accept p1,p4-p9.\n');
    return 0;
  }

  const before = readFiles(dir);
  const originals = formatted(before);
  let outcome: AcceptOutcome;
  outcome = acceptProposals(before, result, {
    ids,
    ...(correct ? { correct } : {}),
    today: new Date().toISOString().slice(0, 10),
  });
  const reasons = new Map<string, string[]>();
  for (const s of outcome.skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.id]);
  for (const [reason, list] of reasons)
    process.stdout.write(
      `Niet overgenomen (${reason}): ${list.length > 8 ? `${list.length} voorstellen` : list.join(', ')}\n`,
    );
  if (!outcome.applied.length) {
    process.stdout.write('Niets overgenomen; data/ is niet gewijzigd.\n');
    return 0;
  }
  const next = formatted(outcome.files);
  // meta.json (the new version) last, and first back when restoring: a running server reloads on
  // a new version (src/data/watch.ts), so the version only changes once the other files are there.
  const metaLast = (names: string[]) => [...names.filter((n) => n !== 'meta.json'), 'meta.json'];
  for (const name of metaLast(Object.keys(next)))
    if (next[name] !== originals[name]) writeAtomic(join(dir, name), next[name] as string);

  const after = load(dir);
  const problems = after ? checkDataset(after, { dir }) : ['de dataset laadt niet meer'];
  if (after) problems.push(...checkQuotes(after, sourceTexts(after, sourcesDir, { id: values.source, text }), { dir }));
  if (problems.length) {
    for (const name of metaLast(Object.keys(originals)).reverse())
      writeAtomic(join(dir, name), originals[name] as string);
    process.stderr.write(
      `data:check vond ${problems.length} probleem/problemen; data/ is teruggezet:\n${problems.map((p) => `- ${p}`).join('\n')}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `Overgenomen: ${outcome.applied.length} voorstellen. Versie ${outcome.version.from} → ${outcome.version.to}; data:check OK.\n` +
      'Een draaiende server laadt de nieuwe versie zelf (binnen seconden) en stuurt één samenvatting naar elk geabonneerd kanaal.\n',
  );
  return 0;
}
