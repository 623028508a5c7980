// The per-sector "Cijfermatige realisatie" table: a row of years (or the year in the heading)
// and the rows Doel, Realisatie and Realisatiepercentage, one value per year, each with its unit
// and optional qualifier ("+/- 1.900 fta"). Values may wrap onto the next line ("Realisatie
// 508,5 ⏎ fta") or be separated by a footnote; each row is read on its own.
import type { EntityId, Unit } from '../../domain/model.js';
import { parseDutchNumber, QUALIFIER_RE } from './numbers.js';
import { normalise, type Section } from './read-letter.js';
import type { Candidate } from './types.js';

const ROWS: { re: RegExp; metric: string; percent: boolean }[] = [
  { re: /^(Doel(?:stelling)?)\b\s*(.*)$/, metric: 'doel', percent: false },
  { re: /^(Realisatiepercentage|Realisatie %|Percentage)(?=\s|$)\s*(.*)$/, metric: 'percentage', percent: true },
  { re: /^(Realisatie)\b\s*(.*)$/, metric: 'realisatie', percent: false },
];

const VALUE =
  /((?:\+\/-|\+\/–|±|circa|ca\.|ongeveer)\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(fta|banen|%)/gy;

/** Parse "5.637 fta 5.994 fta" (only values, nothing else) into values; undefined if it is prose. */
function parseValues(
  text: string,
  percent: boolean,
): { value: number; unit: Unit; approximate: boolean }[] | undefined {
  const out: { value: number; unit: Unit; approximate: boolean }[] = [];
  const t = text.trim();
  VALUE.lastIndex = 0;
  let pos = 0;
  while (pos < t.length) {
    VALUE.lastIndex = pos;
    const m = VALUE.exec(t);
    if (!m) return undefined;
    const value = parseDutchNumber(m[2]!);
    const unit = m[3] as Unit;
    if (value === undefined || (unit === '%') !== percent) return undefined;
    out.push({ value, unit, approximate: !!m[1] && QUALIFIER_RE.test(m[1]) });
    pos = VALUE.lastIndex;
    while (t[pos] === ' ') pos++;
  }
  return out.length ? out : undefined;
}

export interface TableReading {
  candidates: Candidate[];
  /** Line indexes (within the section) that belong to the table, so sentences skip them. */
  consumed: Set<number>;
}

/** Read the figure table of a sector section, if it has one. */
export function readSectorTable(section: Section, fallbackYear: number): TableReading {
  const consumed = new Set<number>();
  const candidates: Candidate[] = [];
  if (!section.sector || section.bijlage) return { candidates, consumed };
  let years: number[] | undefined;
  const lines = section.lines;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/\s+/g, ' ').trim();
    if (/^(20\d\d)( 20\d\d)+$/.test(t)) {
      years = t.split(' ').map(Number);
      consumed.add(i);
      continue;
    }
    const row = ROWS.find((r) => r.re.test(t));
    if (!row) continue;
    // Gather the row's text: this line and following lines that only continue it ("fta").
    const parts = [t];
    const used = [i];
    let values = parseValues(t.replace(row.re, '$2'), row.percent);
    for (let j = i + 1; !values && j < Math.min(lines.length, i + 4); j++) {
      const n = lines[j]!.replace(/\s+/g, ' ').trim();
      if (n && !/^(fta|banen|%)$/.test(n)) break;
      parts.push(n);
      used.push(j);
      values = parseValues(parts.join(' ').replace(row.re, '$2'), row.percent);
    }
    if (!values) continue;
    const ys = years ?? [section.year ?? fallbackYear];
    // Values align with the last years of the header.
    const aligned = ys.slice(Math.max(0, ys.length - values.length));
    if (aligned.length !== values.length) continue;
    for (const u of used) consumed.add(u);
    const quote = normalise(parts.join(' '));
    values.forEach((v, k) => {
      candidates.push({
        sector: section.sector as EntityId,
        year: aligned[k]!,
        metric: row.metric,
        value: v.value,
        unit: v.unit,
        ...(v.approximate ? { approximate: true } : {}),
        section: section.label,
        quote,
        origin: 'tabel',
      });
    });
  }
  return { candidates, consumed };
}
