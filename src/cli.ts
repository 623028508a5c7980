#!/usr/bin/env node
// Command-line entry point: `tsx src/cli.ts <command> [args]`. Wiring only: each command
// lives in src/cli/<command>.ts and exports `run(argv): Promise<number>` (the exit code).
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  'data-check': () => import('./cli/data-check.js'),
  export: () => import('./cli/export.js'),
  ask: () => import('./cli/ask.js'),
  notify: () => import('./cli/notify.js'),
  ingest: () => import('./cli/ingest.js'),
};

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2);
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`Gebruik: cli <${Object.keys(COMMANDS).join('|')}> [opties]\n`);
    return 2;
  }
  return (await load()).run(argv);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
