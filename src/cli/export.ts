// `npm run --silent export -- --csv | --json [--out <file>] [--dir <path>]`: every figure as
// CSV or JSON (see src/data/export.ts for the format). Without --out the text goes to stdout
// (no BOM); with --out it goes to the file (CSV with a UTF-8 BOM for Excel) and stderr says
// where. Bad arguments: a Dutch usage message and exit code 2.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRows, toCsv, toJson } from '../data/export.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../data/load.js';

const USAGE = [
  'Gebruik: npm run --silent export -- (--csv | --json) [--out <bestand>] [--dir <map met de dataset>]',
  '  --csv     alle cijfers als CSV (kolommen sector,year,metric,value,unit,approximate,source,…)',
  '  --json    dezelfde rijen als JSON-array',
  '  --out     schrijf naar dit bestand in plaats van naar het scherm (CSV met BOM, voor Excel)',
  '',
].join('\n');

export async function run(argv: string[]): Promise<number> {
  let values: { csv?: boolean; json?: boolean; out?: string; dir?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        csv: { type: 'boolean' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        dir: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`Onbekende of onvolledige optie: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.csv === values.json) {
    process.stderr.write(`Kies precies één formaat: --csv of --json.\n${USAGE}`);
    return 2;
  }

  let rows;
  try {
    rows = exportRows(loadDataset(values.dir ?? DEFAULT_DATA_DIR));
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  if (!values.out) {
    process.stdout.write(values.csv ? toCsv(rows) : toJson(rows));
    return 0;
  }
  const file = resolve(values.out);
  try {
    writeFileSync(file, values.csv ? toCsv(rows, { bom: true }) : toJson(rows));
  } catch (err) {
    process.stderr.write(
      `Kan ${file} niet schrijven: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`,
    );
    return 1;
  }
  process.stderr.write(
    `${rows.length} cijfers geschreven naar ${file} (${values.csv ? 'CSV, UTF-8 met BOM' : 'JSON'}).\n`,
  );
  return 0;
}
