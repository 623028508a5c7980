// npm run bench:start — cold start of the production server, as `npm start` runs it.
//
// Each run spawns `node dist/server.js` (built by `npm run build`, which bench:start runs first)
// with a fresh state file in a temp folder, port 0 and logs at level info, and measures:
//   - start → 200: from spawn until GET /healthz first answers 200 (polled every 10 ms once the
//     server logged its URL), and the CPU time the process used until then (less sensitive than
//     wall time to other load on a shared machine);
//   - RSS after start: the process's resident memory (VmRSS) right after that 200, and 1 s later;
//   - first answer: a Teams message POSTed to /api/messages (local mode) until the stand-in Bot
//     Connector received the reply — the first request loads botbuilder and teams-ai;
//   - RSS after the first answer;
//   - then 30 more questions (different ones, so no answer comes from the cache) one after the
//     other: the median time to the reply and the RSS after them (memory once the bot is in use).
// The server runs with the node flags of `npm start` (package.json), so it measures what
// production runs; `--node-flags "…"` replaces them, to compare.
// The state file already records the dataset version as notified (a normal restart, nothing to
// post), so no notification run loads the SDKs at start. `--tsx` measures `tsx src/server.ts`
// the same way, for comparison. Median and worst of `--runs` (default 5) are printed.
//
// Options: --runs 5 [--tsx] [--node-flags "--max-semi-space-size=4"]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatNumber } from '../src/domain/format.js';
import { startConnector } from '../test/support/connector.js';
import { message } from '../test/teams/activities.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    tsx: { type: 'boolean', default: false },
    'node-flags': { type: 'string' },
  },
});
/** The node flags of `npm start` ("node <flags> dist/server.js"), unless --node-flags says otherwise. */
const startScript = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
  .scripts.start;
const startFlags = /^node\s+(.*?)\s*dist\/server\.js$/.exec(startScript)?.[1];
if (startFlags === undefined) throw new Error(`npm start is not "node … dist/server.js": ${startScript}`);
const nodeFlags = (values['node-flags'] ?? startFlags).split(/\s+/).filter(Boolean);
const QUESTIONS = [
  'realisatie politie 2024?',
  'hoeveel banen heeft defensie gerealiseerd in 2023',
  'tekort gemeenten 2024',
  'ranglijst sectoren 2024',
  'vergelijk politie en defensie 2024',
  'ontwikkeling mbo sinds 2018',
  'totaal overheid 2024',
  'quotum onderwijs 2023',
  'realisatie rijk 2022',
  'welke sector deed het best in 2024',
  'hoeveel fta is 25.000 banen',
  'realisatie universiteiten 2024',
  'tekort provincies 2023',
  'trend waterschappen',
  'realisatie hbo 2024',
  'vergelijk mbo en hbo',
  'hoe staat defensie ervoor',
  'realisatie zorg 2024',
  'wat is de banenafspraak',
  'realisatie umc 2024',
  'tekort rijk 2024',
  'ontwikkeling politie',
  'realisatie onderzoeksinstellingen 2023',
  'realisatie primair onderwijs 2024',
  'ranglijst ministeries 2024',
  'realisatie gemeenten 2021',
  'verschil 2023 en 2024 overheid',
  'realisatie voortgezet onderwijs 2024',
  'hulp',
  'totaal onderwijs 2024',
  'realisatie financiën 2024',
];
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs moet een positief geheel getal zijn');
if (!values.tsx && !existsSync(join(ROOT, 'dist/server.js'))) {
  throw new Error('dist/server.js ontbreekt: draai eerst npm run build (npm run bench:start doet dat zelf).');
}

const rssMb = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
};

/** CPU time (user + system) the process used so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
const cpuMs = async (pid: number) => {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

interface Run {
  startMs: number;
  cpuStartMs: number;
  rssStart: number;
  rssSettled: number;
  firstAnswerMs: number;
  rssAnswered: number;
  /** Median time to the reply of the 30 questions after the first. */
  answerMs: number;
  rssInUse: number;
}

async function once(connectorUrl: string, waitReply: (id: string) => Promise<void>): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-start-'));
  const meta = JSON.parse(await readFile(join(ROOT, 'data/meta.json'), 'utf8')) as { version: string };
  const stateFile = join(dir, 'state.json');
  await writeFile(
    stateFile,
    JSON.stringify({
      version: 1,
      conversations: {},
      subscriptions: {},
      ledger: {},
      notify: { lastVersion: meta.version },
    }),
  );
  const [cmd, args] = values.tsx
    ? ['npx', ['tsx', 'src/server.ts']]
    : [process.execPath, [...nodeFlags, 'dist/server.js']];
  const started = performance.now();
  const child: ChildProcess = spawn(cmd, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', STATE_FILE: stateFile, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /"url":"([^"]+)"[^\n]*"banenbot listening"/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server stopped (${code}) before listening:\n${out}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/healthz`).catch(() => undefined);
      if (res?.status === 200) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const startMs = performance.now() - started;
    // In the tsx case the server is a grandchild; its pid is not ours. RSS is measured for node only.
    const pid = values.tsx ? undefined : child.pid!;
    const rssStart = pid ? await rssMb(pid) : Number.NaN;
    const cpuStartMs = pid ? await cpuMs(pid) : Number.NaN;
    await new Promise((r) => setTimeout(r, 1_000));
    const rssSettled = pid ? await rssMb(pid) : Number.NaN;
    const ask = async (text: string) => {
      const activity = message(text, { serviceUrl: connectorUrl });
      const asked = performance.now();
      await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await waitReply(activity.conversation.id);
      return performance.now() - asked;
    };
    const firstAnswerMs = await ask(QUESTIONS[0]!);
    const rssAnswered = pid ? await rssMb(pid) : Number.NaN;
    const times: number[] = [];
    for (const q of QUESTIONS.slice(1)) times.push(await ask(q));
    const answerMs = median(times);
    const rssInUse = pid ? await rssMb(pid) : Number.NaN;
    return { startMs, cpuStartMs, rssStart, rssSettled, firstAnswerMs, rssAnswered, answerMs, rssInUse };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const connector = await startConnector();
const results: Run[] = [];
try {
  for (let i = 0; i < runs; i++) {
    results.push(
      await once(connector.url, async (id) => {
        await connector.waitForMessages(1, id, 30_000);
      }),
    );
  }
} finally {
  await connector.close();
}

const worst = (xs: number[]) => Math.max(...xs);
const row = (label: string, key: keyof Run, unit: string, digits = 0) => {
  const xs = results.map((r) => r[key]);
  if (xs.some(Number.isNaN)) return `${label.padEnd(34)} (niet gemeten bij --tsx)`;
  return `${label.padEnd(34)} mediaan ${formatNumber(median(xs), digits)} ${unit}, slechtste ${formatNumber(worst(xs), digits)} ${unit}`;
};
process.stdout.write(
  [
    `Koude start van ${values.tsx ? 'tsx src/server.ts' : ['node', ...nodeFlags, 'dist/server.js'].join(' ')}, ${runs} runs (node ${process.version})`,
    row('start tot 200 op /healthz', 'startMs', 'ms'),
    row('CPU-tijd tot die 200', 'cpuStartMs', 'ms'),
    row('RSS direct na de start', 'rssStart', 'MB', 1),
    row('RSS 1 s na de start', 'rssSettled', 'MB', 1),
    row('eerste antwoord (laadt de SDK’s)', 'firstAnswerMs', 'ms'),
    row('RSS na het eerste antwoord', 'rssAnswered', 'MB', 1),
    row(`daarna ${QUESTIONS.length - 1} vragen: antwoord`, 'answerMs', 'ms', 1),
    row(`RSS na die ${QUESTIONS.length - 1} vragen`, 'rssInUse', 'MB', 1),
    '',
  ].join('\n'),
);
