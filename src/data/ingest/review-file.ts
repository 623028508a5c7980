// The review file a maintainer reads before `--accept`: per sector one line per proposal with
// its quote, differences side by side, conflicts, remarks on the letter (table repairs, text
// that disagrees with a table), the passages worth a note, national figures and what last
// year's letter had that this one lacks. Markdown, Dutch. Pure.
import type { Dataset } from '../../domain/model.js';
import type { IngestResult } from './ingest-letter.js';
import { nl } from './numbers.js';
import type { Proposal } from './types.js';

const valueText = (value: number, unit: string) => (unit === '%' ? `${nl(value)}%` : `${nl(value)} ${unit}`);

function line(p: Proposal, data: Dataset, result: IngestResult): string {
  const label = (metric: string) => data.metrics.find((m) => m.id === metric)?.label ?? metric;
  const cite = (id: string) => data.sources.find((s) => s.id === id)?.citation ?? id;
  if (p.kind === 'figure') {
    const f = p.figure;
    const what = `${f.period ?? f.year} ${label(f.metric)} (${f.metric}) ${f.approximate ? 'circa ' : ''}${valueText(f.value, f.unit)}`;
    const derived = f.derived ? ` · afgeleid: ${f.derived}` : '';
    const quote = `“${f.ref.quote}”`;
    if (p.status === 'nieuw') return `- ${p.id} nieuw · ${what}${derived} · ${f.ref.section} · ${quote}`;
    const e = p.existing!;
    if (p.status === 'bevestigt') {
      const rounded = result.rounded.has(`${f.sector}|${f.year}|${f.metric}`);
      const how = rounded
        ? `afgerond; dataset ${valueText(e.value, e.unit)} uit ${cite(e.ref.source)}, niet als bron toegevoegd`
        : e.ref.source === f.ref.source
          ? 'staat er al'
          : `zelfde waarde als ${cite(e.ref.source)}${e.unit !== f.unit ? ` (daar in ${e.unit})` : ''}`;
      return `- ${p.id} bevestigt · ${what} · ${how} · ${quote}`;
    }
    return (
      `- ${p.id} wijkt af · ${f.period ?? f.year} ${label(f.metric)}: deze brief ${valueText(f.value, f.unit)} ${quote}` +
      ` ↔ dataset ${valueText(e.value, e.unit)} (${cite(e.ref.source)}: “${e.ref.quote ?? ''}”) · correctie of conflict?`
    );
  }
  if (p.kind === 'conflict') {
    const c = p.conflict;
    return `- ${p.id} conflict · ${c.year} ${label(c.metric)}: ${c.explanation} Voorstel: conflict "${c.id}" vastleggen, de gedrukte waarde blijft · “${c.refs[0]?.quote}”`;
  }
  const n = p.fact;
  return `- ${p.id} landelijk · ${valueText(n.value, n.unit)}${n.year ? ` (${n.year})` : ''} · ${n.ref.section} · “${n.ref.quote}”`;
}

export function reviewFile(result: IngestResult, data: Dataset, letterPath: string): string {
  const { source, proposals, reading } = result;
  const count = (status: string) => proposals.filter((p) => p.status === status).length;
  const sectorName = (id?: string) => data.sectors.find((s) => s.id === id)?.name ?? 'Landelijk';
  const out: string[] = [];
  out.push(`# Review: ${source.citation} (${source.id}), over ${reading.year}`);
  out.push('');
  out.push(
    `${count('nieuw')} nieuw · ${count('bevestigt')} bevestigt · ${count('wijkt af')} wijkt af · ${count('conflict')} conflict · ${count('landelijk')} landelijk · ${result.missing.length} ontbreekt t.o.v. vorig jaar`,
  );
  out.push('');
  out.push(
    result.sourceIsNew
      ? `Bron: nieuw in data/sources.json — titel "${source.title}", citeervorm "${source.citation}", datum ${source.date}, soort ${source.kind}. Controleer en pas zo nodig aan na --accept.`
      : `Bron: staat al in data/sources.json (${source.title}).`,
  );
  out.push('');
  out.push(
    `Overnemen: \`npm run data:ingest -- ${letterPath} --source ${source.id} --accept all\` of \`--accept p1,p4-p9\`. ` +
      'Bij "wijkt af" legt --accept een conflict vast (de dataset houdt zijn waarde); `--correct p12` vervangt de waarde (correctie). ' +
      'Niets komt in data/ zonder --accept. Notities schrijf je zelf, in eigen woorden.',
  );
  const sectors = [...new Set(proposals.filter((p) => p.sector).map((p) => p.sector!))];
  for (const id of data.sectors
    .map((s) => s.id)
    .filter((s) => sectors.includes(s) || reading.passages.some((x) => x.sector === s))) {
    out.push('', `## ${sectorName(id)}`, '');
    for (const p of proposals.filter((x) => x.sector === id)) out.push(line(p, data, result));
    const remarks = reading.remarks.filter((r) => r.sector === id);
    if (remarks.length) {
      out.push('', 'Let op:');
      for (const r of remarks) out.push(`- ${r.text}`);
    }
    const passages = reading.passages.filter((x) => x.sector === id);
    if (passages.length) {
      out.push('', 'Passages voor een notitie (data/notes.json, zelf formuleren):');
      for (const x of passages) out.push(`> ${x.section}: “${x.text}”`);
    }
  }
  const national = proposals.filter((p) => p.kind === 'national');
  if (national.length) {
    out.push('', '## Landelijk (data/context.json)', '');
    for (const p of national) out.push(line(p, data, result));
  }
  if (result.missing.length) {
    const last = result.missing[0]!;
    const cite = data.sources.find((s) => s.id === last.lastSource)?.citation ?? last.lastSource;
    out.push('', `## Ontbreekt ten opzichte van vorig jaar (${cite} over ${last.lastYear})`, '');
    const bySector = new Map<string, string[]>();
    for (const m of result.missing) bySector.set(m.sector, [...(bySector.get(m.sector) ?? []), m.metric]);
    for (const [s, metrics] of bySector) out.push(`- ${sectorName(s)}: ${metrics.join(', ')}`);
  }
  const general = reading.remarks.filter((r) => !r.sector);
  if (general.length) {
    out.push('', '## Opmerkingen', '');
    for (const r of general) out.push(`- ${r.text}`);
  }
  return `${out.join('\n')}\n`;
}
