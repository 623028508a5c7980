// Loads data/*.json, validates every record with zod and checks references between files.
// All or nothing: any problem throws a DatasetError naming the file, the record and the field.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Dataset } from '../domain/model.js';
import { PassagesFileSchema } from './passages.js';
import { DATA_FILES } from './schema.js';

/** The sources' text by section (scripts/build-passages.ts); optional: without it no passage answers. */
const PASSAGES_FILE = 'passages.json';
/** The search index over the passages, prebuilt by the same script. */
export const PASSAGE_INDEX_FILE = 'passage-index.json';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Dataset ongeldig (${problems.length} probleem${problems.length === 1 ? '' : 'en'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'DatasetError';
  }
}

/** A readable name for a record in error messages: "politie 2024 realisatie" or its id. */
export function recordLabel(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as Record<string, unknown>;
  if (typeof r.sector === 'string' && typeof r.year === 'number' && typeof r.metric === 'string') {
    return `${r.sector} ${r.period ?? r.year} ${r.metric}`;
  }
  if (typeof r.id === 'string') return r.id;
  return '';
}

function issuePath(path: (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function validateFile(name: keyof typeof DATA_FILES, file: string, raw: unknown, problems: string[]): unknown {
  const spec = DATA_FILES[name];
  if (!spec.many) {
    const result = (spec.schema as z.ZodTypeAny).safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      problems.push(`${file}: ${issuePath(issue.path) || '(root)'}: ${issue.message}`);
    return undefined;
  }
  if (!Array.isArray(raw)) {
    problems.push(`${file}: expected a JSON array of records`);
    return undefined;
  }
  const out: unknown[] = [];
  raw.forEach((record, index) => {
    const result = (spec.schema as z.ZodTypeAny).safeParse(record);
    if (result.success) {
      out.push(result.data);
      return;
    }
    const label = recordLabel(record);
    for (const issue of result.error.issues) {
      problems.push(
        `${file}: ${name}[${index}]${label ? ` (${label})` : ''}: ${issuePath(issue.path) || '(record)'}: ${issue.message}`,
      );
    }
  });
  return out;
}

/** References between files: sources, sectors and metrics that records name must exist. */
export function checkReferences(data: Dataset): string[] {
  const problems: string[] = [];
  const sources = new Set(data.sources.map((s) => s.id));
  const sectors = new Set(data.sectors.map((s) => s.id));
  const metrics = new Set(data.metrics.map((m) => m.id));
  const refOk = (where: string, ref: { source: string }) => {
    if (!sources.has(ref.source)) problems.push(`${where}: ref.source: unknown source "${ref.source}"`);
  };
  data.figures.forEach((f, i) => {
    const where = `figures.json: figures[${i}] (${recordLabel(f)})`;
    if (!sectors.has(f.sector)) problems.push(`${where}: sector: unknown sector "${f.sector}"`);
    if (!metrics.has(f.metric)) problems.push(`${where}: metric: unknown metric "${f.metric}"`);
    refOk(where, f.ref);
    f.alsoIn?.forEach((r) => refOk(where, r));
  });
  data.conflicts.forEach((c, i) => {
    const where = `conflicts.json: conflicts[${i}] (${c.id})`;
    if (!sectors.has(c.sector)) problems.push(`${where}: sector: unknown sector "${c.sector}"`);
    if (!metrics.has(c.metric)) problems.push(`${where}: metric: unknown metric "${c.metric}"`);
    c.refs.forEach((r) => refOk(where, r));
  });
  data.context.forEach((c, i) => refOk(`context.json: context[${i}] (${c.id})`, c.ref));
  data.notes.forEach((n, i) => {
    const where = `notes.json: notes[${i}] (${n.id})`;
    if (n.sector !== 'algemeen' && !sectors.has(n.sector))
      problems.push(`${where}: sector: unknown sector "${n.sector}"`);
    refOk(where, n.ref);
  });
  data.sectors.forEach((s, i) => {
    if (s.parent && !sectors.has(s.parent))
      problems.push(`sectors.json: sectors[${i}] (${s.id}): parent: unknown sector "${s.parent}"`);
  });
  return problems;
}

/** Validate already-parsed file contents (keys as in DATA_FILES). Throws DatasetError. */
function parseDataset(raw: Partial<Record<keyof typeof DATA_FILES, unknown>>, dir = 'data'): Dataset {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    const file = join(dir, DATA_FILES[name].file);
    if (raw[name] === undefined) {
      problems.push(`${file}: missing`);
      continue;
    }
    out[name] = validateFile(name, file, raw[name], problems);
  }
  if (problems.length) throw new DatasetError(problems);
  const data = out as unknown as Dataset;
  const refProblems = checkReferences(data);
  if (refProblems.length) throw new DatasetError(refProblems.map((p) => `${join(dir, '')}${p}`));
  return data;
}

/** Read and validate every file in `dir` (default: the repository's data/). Throws DatasetError. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR): Dataset {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(DATA_FILES)) {
    const file = join(dir, spec.file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      problems.push(`${file}: cannot be read`);
      continue;
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (err) {
      problems.push(`${file}: invalid JSON: ${(err as Error).message}`);
    }
  }
  if (problems.length) throw new DatasetError(problems);
  const data = parseDataset(raw, dir);
  const passagesFile = join(dir, PASSAGES_FILE);
  if (existsSync(passagesFile)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(passagesFile, 'utf8'));
    } catch (err) {
      throw new DatasetError([`${passagesFile}: invalid JSON: ${(err as Error).message}`]);
    }
    const result = PassagesFileSchema.safeParse(json);
    if (!result.success)
      throw new DatasetError(
        result.error.issues.map((i) => `${passagesFile}: ${issuePath(i.path) || '(root)'}: ${i.message}`),
      );
    data.passages = result.data;
    const indexFile = join(dir, PASSAGE_INDEX_FILE);
    if (existsSync(indexFile)) data.passageIndex = readFileSync(indexFile, 'utf8');
  }
  return data;
}
