// A letter's reading against the dataset: each figure is new, confirms a figure the dataset has
// (same value; a rounded reprint is noted but not added as a source), or differs from what an
// earlier letter said about the same year (shown side by side; the maintainer decides between a
// correction and a conflict). Mismatched percentages become conflict proposals unless already
// recorded. Figures last year's letter had but this one lacks are listed. Pure.
import { MONTH_NAMES } from '../../domain/format.js';
import type { Dataset, EntityId, Figure, Source } from '../../domain/model.js';
import { decimalsOf, nl } from './numbers.js';
import type {
  ConflictProposal,
  FigureFinding,
  FigureProposal,
  LetterReading,
  MissingItem,
  NationalProposal,
  Proposal,
} from './types.js';

export interface Comparison {
  source: Source;
  sourceIsNew: boolean;
  year: number;
  proposals: Proposal[];
  missing: MissingItem[];
  /** Figure proposals that repeat a value the dataset already has only rounded. */
  rounded: Set<string>;
}

/** The source record for a letter not yet in sources.json, from what the letter says about itself. */
function proposeSource(id: string, file: string, text: string, year: number): Source {
  const nr = text.match(/\b(\d{2}) ?(\d{3}),?\s+(?:nr\.|Nr\.)\s*(\d+)/);
  const kamerstuk = nr ? `${nr[1]} ${nr[2]} nr. ${nr[3]}` : undefined;
  const d = text.match(new RegExp(`Den Haag, (\\d{1,2}) (${MONTH_NAMES.join('|')}) ((?:19|20)\\d\\d)`, 'i'));
  const date = d
    ? `${d[3]}-${String(MONTH_NAMES.indexOf(d[2]!.toLowerCase()) + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`
    : String(year + 1);
  return {
    id,
    file,
    title: `Brief over de voortgang van de banenafspraak bij de overheids- en onderwijssectoren in ${year}`,
    citation: kamerstuk ? `Kamerstuk ${kamerstuk}` : `Kamerbrief voortgang banenafspraak ${year} (${date.slice(0, 4)})`,
    ...(kamerstuk ? { kamerstuk } : {}),
    date,
    kind: kamerstuk ? 'kamerstuk' : 'kamerbrief',
    years: [year],
  };
}

const sameSlot = (a: { sector: string; year: number; period?: string; metric: string }, b: typeof a) =>
  a.sector === b.sector && a.year === b.year && (a.period ?? '') === (b.period ?? '') && a.metric === b.metric;

function toFigure(f: FigureFinding, source: string): Figure {
  return {
    sector: f.sector,
    year: f.year,
    ...(f.period ? { period: f.period } : {}),
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    ...(f.approximate ? { approximate: true } : {}),
    ...(f.derived ? { derived: f.derived } : {}),
    ref: { source, section: f.section, quote: f.quote },
  };
}

/** Whether `printed` is `existing` rounded to the decimals `printed` has (66 for 65,9). */
const isRounding = (printed: number, existing: number) =>
  decimalsOf(printed) < decimalsOf(existing) &&
  Math.abs(Math.round(existing * 10 ** decimalsOf(printed)) / 10 ** decimalsOf(printed) - printed) < 1e-9;

/** The dataset's source with the most figures about `year` (last year's letter), other than `except`. */
function lastYearsSource(data: Dataset, year: number, except: string): string | undefined {
  const counts = new Map<string, number>();
  for (const f of data.figures)
    if (f.year === year && f.ref.source !== except) counts.set(f.ref.source, (counts.get(f.ref.source) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function compareWithDataset(
  reading: LetterReading,
  data: Dataset,
  sourceId: string,
  letterFile: string,
  letterText: string,
): Comparison {
  const existingSource = data.sources.find((s) => s.id === sourceId);
  const source = existingSource ?? proposeSource(sourceId, letterFile, letterText, reading.year);
  const order = new Map<string, number>(data.sectors.map((s, i) => [s.id, i]));
  const rounded = new Set<string>();
  const bySector = new Map<EntityId, Proposal[]>();
  const add = (sector: EntityId, p: Proposal) => bySector.set(sector, [...(bySector.get(sector) ?? []), p]);

  for (const f of reading.figures) {
    const figure = toFigure(f, sourceId);
    const existing = data.figures.find((x) => sameSlot(x, f));
    const base = { id: '', kind: 'figure' as const, sector: f.sector, figure, finding: f };
    if (!existing) {
      add(f.sector, { ...base, status: 'nieuw' });
    } else if (existing.value === f.value || isRounding(f.value, existing.value)) {
      const p: FigureProposal = { ...base, status: 'bevestigt', existing };
      if (existing.value !== f.value) rounded.add(`${f.sector}|${f.year}|${f.metric}`);
      add(f.sector, p);
    } else {
      add(f.sector, { ...base, status: 'wijkt af', existing });
    }
  }
  for (const m of reading.mismatches) {
    if (data.conflicts.some((c) => c.sector === m.sector && c.year === m.year && c.metric === m.metric)) continue;
    const p: ConflictProposal = {
      id: '',
      kind: 'conflict',
      status: 'conflict',
      sector: m.sector,
      conflict: {
        id: `${m.sector}-${m.year}-${m.metric.replace(/_/g, '-')}`,
        sector: m.sector,
        year: m.year,
        metric: m.metric,
        kind: 'percentage_mismatch',
        reported: m.reported,
        other: m.other,
        explanation: `De brief meldt ${nl(m.reported)}%; ${m.how} is ${nl(m.other)}%.`,
        refs: [m.ref],
      },
    };
    add(m.sector, p);
  }
  const known = (v: number, u: string) => data.context.some((c) => c.value === v && c.unit === u);
  const national: NationalProposal[] = reading.national
    .filter((n) => !known(n.value, n.unit))
    .map((n) => ({
      id: '',
      kind: 'national',
      status: 'landelijk',
      fact: {
        id: `${sourceId}-landelijk-${n.year ?? reading.year}-${String(n.value).replace('.', '-')}-${n.unit === '%' ? 'procent' : n.unit}`,
        label: `Landelijk cijfer ${n.year ?? reading.year} (${n.section})`,
        value: n.value,
        unit: n.unit,
        ...(n.year ? { year: n.year } : {}),
        text: `${source.citation}: “${n.quote}”`,
        ref: { source: sourceId, section: n.section, quote: n.quote },
      },
    }));

  const proposals: Proposal[] = [
    ...[...bySector.entries()]
      .sort((a, b) => (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99))
      .flatMap(([, ps]) => ps),
    ...national,
  ];
  proposals.forEach((p, i) => (p.id = `p${i + 1}`));

  const missing: MissingItem[] = [];
  const last = lastYearsSource(data, reading.year - 1, sourceId);
  if (last) {
    const seen = new Set<string>();
    for (const f of data.figures) {
      if (f.ref.source !== last || f.year !== reading.year - 1) continue;
      const k = `${f.sector}|${f.metric}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (!reading.figures.some((x) => x.sector === f.sector && x.metric === f.metric && x.year === reading.year))
        missing.push({ sector: f.sector, metric: f.metric, lastYear: f.year, lastSource: last });
    }
  }
  return { source, sourceIsNew: !existingSource, year: reading.year, proposals, missing, rounded };
}
