// The figures export: CSV (RFC 4180, CRLF, BOM only in files) and JSON with the same rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, type ExportRow, exportRows, toCsv, toJson } from '../../src/data/export.js';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/data/load.js';

const ROOT = join(DEFAULT_DATA_DIR, '..');
const data = loadDataset();
const tmp = mkdtempSync(join(tmpdir(), 'banenbot-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'export', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const csvOut = cli('--csv');
const jsonOut = cli('--json');

describe('export --csv', () => {
  it('starts with the fixed header, no BOM on stdout, exit 0', () => {
    expect(csvOut.code).toBe(0);
    expect(
      csvOut.stdout.startsWith('sector,year,metric,value,unit,approximate,source,period,derived,section,citation\r\n'),
    ).toBe(true);
  });

  it('writes exact rows: dot decimals, percentages as numbers, approximate true/false, source id', () => {
    const lines = csvOut.stdout.split('\r\n');
    const starts = (prefix: string) => lines.filter((l) => l.startsWith(`${prefix},`));
    expect(starts('politie,2024,realisatie,489,fta,false,kst-34352-348')).toHaveLength(1);
    expect(starts('politie,2024,percentage,68.4,%,false,kst-34352-348')).toHaveLength(1);
    expect(starts('defensie,2023,realisatie,508.5,fta,false,kst-34352-328')).toHaveLength(1);
    expect(starts('mbo,2024,realisatie,706,fta,true,kst-34352-348')).toHaveLength(1);
    expect(starts('gemeenten,2024,quotumpercentage,2.76,%,false,kst-34352-348')).toHaveLength(1);
    expect(starts('rijk,2020,realisatie,2663,banen,false,kamerbrief-2021')).toHaveLength(1);
    expect(lines).toContain(
      'fin,2024,percentage,107,%,false,kst-34352-348,2024Q4,,"Bijlage 1, Tabel 1 (2024Q4) — Financiën",Kamerstuk 34 352 nr. 348',
    );
  });

  it('quotes fields with a comma or a double quote (RFC 4180)', () => {
    const ezk = csvOut.stdout
      .split('\r\n')
      .find((l) => l.startsWith('ezk,2024,inleen,0,fta,false,kst-34352-348,2024Q4,'));
    expect(ezk).toBe(
      'ezk,2024,inleen,0,fta,false,kst-34352-348,2024Q4,"OCR ""(]""; 237 + 130 = 367 (totaal), dus inleen 0","Bijlage 1, Tabel 1 (2024Q4) — EZK",Kamerstuk 34 352 nr. 348',
    );
    const row: ExportRow = {
      sector: 'po',
      year: 2024,
      metric: 'doel',
      value: 1.5,
      unit: 'fta',
      approximate: false,
      source: 's',
      period: '',
      derived: 'a "b", c\nd',
      section: 'x',
      citation: 'y',
    };
    expect(toCsv([row]).split('\r\n')[1]).toBe('po,2024,doel,1.5,fta,false,s,,"a ""b"", c\nd",x,y');
  });

  it('ends every record with CRLF and has one row per figure', () => {
    expect(csvOut.stdout.endsWith('\r\n')).toBe(true);
    expect(csvOut.stdout.replace(/\r\n/g, '').includes('\r')).toBe(false);
    const records = parse(csvOut.stdout, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(data.figures.length);
    expect(Object.keys(records[0]!)).toEqual([...EXPORT_COLUMNS]);
  });
});

describe('export --json', () => {
  it('holds the same rows as the CSV', () => {
    expect(jsonOut.code).toBe(0);
    const json = JSON.parse(jsonOut.stdout) as ExportRow[];
    const csv = parse(csvOut.stdout, { columns: true }) as Record<string, string>[];
    expect(json).toHaveLength(csv.length);
    expect(json.map((r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, String(r[c])])))).toEqual(csv);
  });

  it('keeps numbers and booleans typed', () => {
    const json = JSON.parse(jsonOut.stdout) as ExportRow[];
    expect(json.find((r) => r.sector === 'mbo' && r.year === 2023 && r.metric === 'doel')).toMatchObject({
      value: 1900,
      unit: 'fta',
      approximate: true,
      source: 'kst-34352-328',
    });
    expect(json.find((r) => r.sector === 'hcvs' && r.metric === 'realisatie')).toMatchObject({
      value: 77,
      period: '2024Q4',
      derived: expect.stringContaining('58 + 14 + 5 = 77'),
    });
    expect(toJson(exportRows(data))).toBe(jsonOut.stdout);
  });
});

describe('export --out', () => {
  it('writes the CSV to a file with a UTF-8 BOM and says where on stderr', () => {
    const file = join(tmp, 'cijfers.csv');
    const r = cli('--csv', '--out', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${data.figures.length} cijfers geschreven naar ${file}`);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(csvOut.stdout);
  });

  it('writes JSON to a file without a BOM', () => {
    const file = join(tmp, 'cijfers.json');
    expect(cli('--json', '--out', file).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(jsonOut.stdout);
  });
});

describe('export without a format', () => {
  it('prints a Dutch usage message and exits 2', () => {
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Kies precies één formaat: --csv of --json.');
    expect(none.stderr).toContain('Gebruik: npm run --silent export -- (--csv | --json)');
    expect(none.stdout).toBe('');
    expect(cli('--csv', '--json').code).toBe(2);
    expect(cli('--xls').stderr).toContain('Onbekende of onvolledige optie');
  });
});
