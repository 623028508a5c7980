// `--accept`: the chosen proposals into the dataset files. New figures are added; a confirming
// figure gets this letter as an extra source (not when it only repeats a rounded value); a
// differing figure becomes a source_disagreement conflict (the dataset keeps its value) unless
// the maintainer marks it a correction; mismatched percentages become conflict records; national
// figures become context facts; the source is registered or its years extended; the dataset
// version goes up, which is what makes the server send its digest. Pure: files in, files out.
import type { Conflict, ContextFact, DatasetMeta, Figure, Source } from '../../domain/model.js';
import type { IngestResult } from './ingest-letter.js';
import { nl } from './numbers.js';

export interface DataFiles {
  meta: DatasetMeta;
  sources: Source[];
  figures: Figure[];
  conflicts: Conflict[];
  context: ContextFact[];
}

export interface AcceptOptions {
  /** "all", or the proposal ids to take ("p1", "p4"…). */
  ids: 'all' | ReadonlySet<string>;
  /** Ids of "wijkt af" proposals to take as corrections (replace the value). */
  correct?: ReadonlySet<string>;
  /** Today's date, YYYY-MM-DD (for meta.updated). */
  today: string;
}

export interface AcceptOutcome {
  files: DataFiles;
  applied: string[];
  skipped: { id: string; reason: string }[];
  version: { from: string; to: string };
}

/** "p1,p4-p9" → {p1, p4, …, p9}. Throws on anything else. */
export function parseIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const part of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const range = part.match(/^p?(\d+)\s*-\s*p?(\d+)$/i);
    const one = part.match(/^p?(\d+)$/i);
    if (range) for (let i = Number(range[1]); i <= Number(range[2]); i++) ids.add(`p${i}`);
    else if (one) ids.add(`p${Number(one[1])}`);
    else throw new Error(`Onbekend voorstel "${part}": gebruik all of ids zoals p1,p4-p9.`);
  }
  return ids;
}

/** "2025.2" → "2025.3"; a version without a trailing number gets ".1". */
function nextVersion(version: string): string {
  const m = version.match(/^(.*?)(\d+)$/);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${version}.1`;
}

const slot = (a: Figure, b: { sector: string; year: number; period?: string; metric: string }) =>
  a.sector === b.sector && a.year === b.year && (a.period ?? '') === (b.period ?? '') && a.metric === b.metric;

export function acceptProposals(input: DataFiles, result: IngestResult, options: AcceptOptions): AcceptOutcome {
  const files: DataFiles = structuredClone(input);
  const correct = options.correct ?? new Set<string>();
  const chosen = (id: string) => options.ids === 'all' || options.ids.has(id) || correct.has(id);
  const applied: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const known = new Set(result.proposals.map((p) => p.id));
  if (options.ids !== 'all')
    for (const id of options.ids) if (!known.has(id)) skipped.push({ id, reason: 'bestaat niet in deze review' });
  const cite = (id: string) => files.sources.find((s) => s.id === id)?.citation ?? result.source.citation;
  const years = new Set<number>();

  for (const p of result.proposals) {
    if (!chosen(p.id) || p.kind !== 'figure') continue;
    const f = p.figure;
    if (p.status === 'nieuw') {
      if (files.figures.some((x) => slot(x, f))) {
        skipped.push({ id: p.id, reason: 'staat inmiddels al in figures.json' });
        continue;
      }
      files.figures.push(f);
      years.add(f.year);
      applied.push(p.id);
      continue;
    }
    const existing = files.figures.find((x) => slot(x, f));
    if (!existing) {
      skipped.push({ id: p.id, reason: 'het cijfer staat niet meer in figures.json' });
      continue;
    }
    if (p.status === 'bevestigt') {
      const already =
        existing.ref.source === f.ref.source || existing.alsoIn?.some((r) => r.source === f.ref.source) === true;
      if (already || result.rounded.has(`${f.sector}|${f.year}|${f.metric}`) || existing.value !== f.value) {
        skipped.push({ id: p.id, reason: already ? 'bron staat er al bij' : 'afgeronde waarde: geen extra bron' });
        continue;
      }
      existing.alsoIn = [...(existing.alsoIn ?? []), f.ref];
      applied.push(p.id);
      continue;
    }
    // wijkt af
    if (correct.has(p.id)) {
      existing.value = f.value;
      existing.unit = f.unit;
      existing.ref = f.ref;
      if (f.approximate) existing.approximate = true;
      else delete existing.approximate;
      if (f.derived) existing.derived = f.derived;
      else delete existing.derived;
      delete existing.alsoIn;
      years.add(f.year);
      applied.push(p.id);
      continue;
    }
    const id = `${f.sector}-${f.period ?? f.year}-${f.metric.replace(/_/g, '-')}-${f.ref.source}`;
    if (files.conflicts.some((c) => c.id === id)) {
      skipped.push({ id: p.id, reason: `conflict ${id} bestaat al` });
      continue;
    }
    const unit = (u: string) => (u === '%' ? '%' : ` ${u}`);
    files.conflicts.push({
      id,
      sector: f.sector,
      year: f.year,
      metric: f.metric,
      kind: 'source_disagreement',
      reported: existing.value,
      other: f.value,
      explanation: `${cite(existing.ref.source)} meldt ${nl(existing.value)}${unit(existing.unit)}; ${result.source.citation} meldt ${nl(f.value)}${unit(f.unit)}.`,
      refs: [existing.ref, f.ref],
    });
    applied.push(p.id);
  }
  for (const p of result.proposals) {
    if (!chosen(p.id) || p.kind === 'figure') continue;
    if (p.kind === 'conflict') {
      const c = p.conflict;
      const held = files.figures.some(
        (f) => f.sector === c.sector && f.year === c.year && f.metric === c.metric && f.value === c.reported,
      );
      if (!held) skipped.push({ id: p.id, reason: 'het cijfer met de gedrukte waarde is niet overgenomen' });
      else if (files.conflicts.some((x) => x.id === c.id)) skipped.push({ id: p.id, reason: 'conflict bestaat al' });
      else {
        files.conflicts.push(c);
        applied.push(p.id);
      }
      continue;
    }
    if (files.context.some((x) => x.id === p.fact.id)) {
      skipped.push({ id: p.id, reason: 'contextfeit bestaat al' });
      continue;
    }
    files.context.push(p.fact);
    applied.push(p.id);
  }

  const from = files.meta.version;
  if (!applied.length) return { files: input, applied, skipped, version: { from, to: from } };
  let source = files.sources.find((s) => s.id === result.source.id);
  if (!source) {
    source = { ...result.source, years: [] };
    files.sources.push(source);
  }
  for (const f of files.figures) if (f.ref.source === source.id) years.add(f.year);
  source.years = [...new Set([...source.years, ...years])].sort((a, b) => a - b);
  const core = files.figures
    .filter((f) => f.ref.source === source.id && ['doel', 'realisatie', 'percentage'].includes(f.metric))
    .map((f) => f.year);
  files.meta = {
    version: nextVersion(from),
    updated: options.today,
    latestYear: Math.max(files.meta.latestYear, ...core),
  };
  return { files, applied, skipped, version: { from, to: files.meta.version } };
}
