// Every figure as a flat row, for spreadsheets (CSV) and scripts (JSON). The first seven
// columns are fixed: sector,year,metric,value,unit,approximate,source; more follow after them.
//
// CSV format: RFC 4180 via csv-stringify — comma separator, a field is quoted when it holds a
// comma, a double quote or a line break (quotes doubled inside), and every record (the header
// too) ends in CRLF, on stdout and in files alike. Values use a dot decimal (508.5, 68.4),
// never thousands separators; `approximate` is true/false; empty optional fields stay empty.
// A UTF-8 byte order mark is added only on request (the CLI does so for --out files, so Excel
// reads "’" and "—" correctly); stdout never gets one.
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../domain/model.js';

export const EXPORT_COLUMNS = [
  'sector',
  'year',
  'metric',
  'value',
  'unit',
  'approximate',
  'source',
  'period',
  'derived',
  'section',
  'citation',
] as const;

export interface ExportRow {
  sector: string;
  year: number;
  metric: string;
  /** As stored: dot decimal, percentages as numbers (68.4). */
  value: number;
  unit: string;
  approximate: boolean;
  /** Source id, e.g. "kst-34352-348". */
  source: string;
  /** "" when the figure is for the whole year. */
  period: string;
  /** Why the value was reconstructed; "" when read as printed. */
  derived: string;
  section: string;
  /** How the source is cited, e.g. "Kamerstuk 34 352 nr. 348". */
  citation: string;
}

/** One row per figure, in dataset order. */
export function exportRows(data: Dataset): ExportRow[] {
  const citations = new Map(data.sources.map((s) => [s.id, s.citation]));
  return data.figures.map((f) => ({
    sector: f.sector,
    year: f.year,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    approximate: f.approximate === true,
    source: f.ref.source,
    period: f.period ?? '',
    derived: f.derived ?? '',
    section: f.ref.section,
    citation: citations.get(f.ref.source) ?? '',
  }));
}

/** The rows as CSV text (header first, CRLF line ends), optionally with a UTF-8 BOM. */
export function toCsv(rows: readonly ExportRow[], options: { bom?: boolean } = {}): string {
  return stringify(rows as ExportRow[], {
    header: true,
    columns: [...EXPORT_COLUMNS],
    record_delimiter: 'windows',
    bom: options.bom === true,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v) => String(v),
    },
  });
}

/** The rows as a JSON array (two-space indented, newline at the end). */
export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
