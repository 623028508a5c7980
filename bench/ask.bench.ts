// npm run bench — the answer pipeline in one process: parse → compute → text → card
// (Answerer.ask), over a varied set of questions across all intents, each run many times.
// Prints median and p99 per question (µs), the overall median and p99, and the throughput of
// `ask --jsonl` for 500 questions in a fresh process (start-up included) and in-process.
// Targets: median < 0.2 ms, p99 < 2 ms per question; 500 questions via --jsonl well under 10 s.
// Each timed ask does the whole work again: nothing is cached per question or per query, so a
// repeated question is parsed, computed, worded and built into a card anew (passage retrieval
// included). The warm-up only lets the JIT compile (and builds the passage index once). What is
// shared between questions is made once per dataset when the answerer is created (figure index,
// names, citation texts), as in the server; the only memos are of pure helpers (normalize's last
// three texts, read by several NLU readers of one question, and each card property name's bytes).
// Also the follow-up resolution step (src/nlu/follow-up.ts): reading a question in a conversation
// (previous query, "wij") against reading it alone, for the question set and typical follow-ups
// after several previous questions. Target: it adds < 20 µs median per question.
//
// Options: --iterations 200 (runs per question) --jsonl 500 (questions for the jsonl run)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { focusOf } from '../src/answers/conversation.js';
import { createAnswerer } from '../src/answers/index.js';
import { createKit } from '../src/answers/kit.js';
import { loadDataset } from '../src/data/load.js';
import { formatNumber } from '../src/domain/format.js';
import type { Dataset } from '../src/domain/model.js';
import { createResolver, type Query } from '../src/nlu/index.js';
import { FOLLOW_UPS as COMMON_FOLLOW_UPS } from '../test/support/follow-ups.js';

const { values } = parseArgs({
  options: { iterations: { type: 'string', default: '200' }, jsonl: { type: 'string', default: '500' } },
});
const ITERATIONS = Number(values.iterations);
const JSONL_COUNT = Number(values.jsonl);
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const SECTORS = [
  'rijk',
  'defensie',
  'gemeenten',
  'provincies',
  'waterschappen',
  'politie',
  "umc's",
  'po',
  'vo',
  'mbo',
  'hbo',
  'universiteiten',
  'onderzoeksinstellingen',
];
const MINISTRIES = ['Financiën', 'JenV', 'BZK', 'OCW', 'Rechtspraak', 'SZW'];

/** The question set: templates over sectors plus hand-written questions for every intent. */
const QUESTIONS: string[] = [
  ...new Set([
    ...SECTORS.map((s) => `realisatie ${s} 2024?`),
    ...SECTORS.map((s) => `doel ${s} 2023`),
    ...SECTORS.map((s) => `hoeveel mist ${s} nog?`),
    ...SECTORS.map((s) => `ontwikkeling ${s}`),
    ...SECTORS.map((s) => `hoeveel is ${s} gestegen?`),
    ...SECTORS.slice(0, 7).map((s) => `wanneer haalt ${s} het doel bij dit tempo?`),
    ...MINISTRIES.map((m) => `realisatie ${m}`),
    'vergelijk politie en defensie 2024',
    'po vs vo',
    'vergelijk alle onderwijssectoren',
    'politie 2023 en 2024',
    'vergelijk gemeenten en provincies',
    'vergelijk hbo en wo in 2023 en 2024',
    'rijk vs gemeenten',
    'welke sector scoort het best in 2024?',
    'top 3',
    'welke sector scoort het slechtst?',
    'welk ministerie scoort het hoogst?',
    'grootste stijging',
    'grootste tekort',
    'welke onderwijssector scoort het best?',
    'top 5 ministeries',
    'welke sectoren haalden hun doel in 2024?',
    'welke sectoren haalden het doel niet?',
    'welke sectoren daalden?',
    'welke onderwijssectoren zijn gestegen?',
    'welke ministeries haalden hun doel?',
    'totaal overheid 2024',
    'hoeveel banen in het onderwijs samen?',
    'totaal alle sectoren',
    'totaal ministeries',
    'defensie met sroi',
    'vo inclusief inkoop 2024',
    'po inclusief inkoop',
    'hbo inclusief inkoop',
    'binnenwerk',
    'wat is een fta?',
    'doelgroepregister',
    'wat is het doel van de overheid?',
    'wat is het quotum?',
    'welke bronnen gebruik je?',
    'wat is de banenafspraak?',
    'wat doet de politie aan begeleiding?',
    'waarom lukt het niet in het onderwijs?',
    'wat doen andere sectoren aan begeleiding?',
    'knelpunten bij de umc’s',
    'aanpak rijk',
    // Questions the sources answer in prose: passage retrieval (src/data/passages.ts).
    'wat is Emma at Work?',
    'tellen sroi-banen mee?',
    'waarom daalde het vo in 2024?',
    'wat zegt de bron over jobcoaching?',
    'abonneer politie',
    'mijn abonnementen',
    'stop abonnement',
    'help',
    'hallo',
    'dank je',
    'blabla',
    'realisatie plopsaland',
    'funderend onderwijs',
    'realisatie politie 2030',
    '',
  ]),
];

/** Follow-ups as people type them after a question. */
const FOLLOW_UPS = [...COMMON_FOLLOW_UPS, 'en 2022?'];

/** Previous questions the follow-ups are read after. */
const PREVIOUS: Query[] = [
  { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
  { intent: 'gap', sector: 'defensie', year: 2023 },
  { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2024 },
  { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] },
  { intent: 'trend', sector: 'rijk', from: 2019, to: 2024 },
];

/** Median over questions of (median time with a conversation − median time alone), in ns. */
function resolutionBench(dataset: Dataset, iterations: number) {
  const resolve = createResolver(dataset.sectors, { years: [...new Set(dataset.figures.map((f) => f.year))] });
  const kit = createKit(dataset);
  const questions = [...QUESTIONS, ...FOLLOW_UPS];
  const cases = questions.flatMap((q) => PREVIOUS.map((previous) => ({ q, previous })));
  const stateOf = (previous: Query) => ({ previous, speaksFor: 'mbo' as const, focus: () => focusOf(kit, previous) });
  for (let i = 0; i < 10; i++) for (const c of cases) resolve(c.q, stateOf(c.previous)), resolve(c.q);
  const added: number[] = [];
  const followUpAdded: number[] = [];
  for (const c of cases) {
    const alone: number[] = [];
    const inContext: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const state = stateOf(c.previous);
      let t0 = process.hrtime.bigint();
      resolve(c.q);
      alone.push(Number(process.hrtime.bigint() - t0));
      t0 = process.hrtime.bigint();
      resolve(c.q, state);
      inContext.push(Number(process.hrtime.bigint() - t0));
    }
    alone.sort((a, b) => a - b);
    inContext.sort((a, b) => a - b);
    const d = quantile(inContext, 0.5) - quantile(alone, 0.5);
    added.push(d);
    if (FOLLOW_UPS.includes(c.q)) followUpAdded.push(d);
  }
  added.sort((a, b) => a - b);
  followUpAdded.sort((a, b) => a - b);
  return {
    cases: cases.length,
    median: quantile(added, 0.5),
    p99: quantile(added, 0.99),
    followUpMedian: quantile(followUpAdded, 0.5),
    followUpP99: quantile(followUpAdded, 0.99),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const us = (ns: number) => formatNumber(ns / 1000, 1);

async function jsonlRun(questions: string[]): Promise<{ ms: number; lines: number }> {
  const start = process.hrtime.bigint();
  const child = spawn('npx', ['tsx', 'src/cli.ts', 'ask', '--jsonl'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stdin.end(`${questions.join('\n')}\n`);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`ask --jsonl exited ${code}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, lines: out.split('\n').filter(Boolean).length };
}

async function main(): Promise<void> {
  const dataset = loadDataset();
  const answerer = createAnswerer(dataset);
  const intents = new Set<string>();
  for (const q of QUESTIONS) intents.add(answerer.ask(q).intent);
  // Warm-up: JIT and caches, as in a running server.
  for (let i = 0; i < 20; i++) for (const q of QUESTIONS) answerer.ask(q);

  const times = new Map<string, number[]>(QUESTIONS.map((q) => [q, []]));
  const all: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    for (const q of QUESTIONS) {
      const t0 = process.hrtime.bigint();
      answerer.ask(q);
      const ns = Number(process.hrtime.bigint() - t0);
      times.get(q)!.push(ns);
      all.push(ns);
    }
  }
  const rows = QUESTIONS.map((q) => {
    const s = times.get(q)!.sort((a, b) => a - b);
    return { q, median: quantile(s, 0.5), p99: quantile(s, 0.99) };
  }).sort((a, b) => b.p99 - a.p99);

  console.log(
    `ask: ${QUESTIONS.length} distinct questions, ${intents.size} intents, ${ITERATIONS} runs each (parse → compute → text → card)\n`,
  );
  console.log('median µs   p99 µs   question');
  for (const r of rows) console.log(`${us(r.median).padStart(8)} ${us(r.p99).padStart(8)}   ${JSON.stringify(r.q)}`);
  all.sort((a, b) => a - b);
  const median = quantile(all, 0.5);
  const p99 = quantile(all, 0.99);
  console.log(`\nall questions: median ${us(median)} µs, p99 ${us(p99)} µs, max ${us(all[all.length - 1]!)} µs`);
  console.log(
    `targets: median < 200 µs ${median < 200_000 ? 'OK' : 'MISSED'}, p99 < 2.000 µs ${p99 < 2_000_000 ? 'OK' : 'MISSED'}`,
  );

  const res = resolutionBench(dataset, Math.max(20, Math.round(ITERATIONS / 4)));
  console.log(
    `\nfollow-up resolution (${res.cases} question × previous-question pairs): adds median ${us(res.median)} µs, p99 ${us(res.p99)} µs per question; follow-ups only: median ${us(res.followUpMedian)} µs, p99 ${us(res.followUpP99)} µs`,
  );
  console.log(`target: adds < 20 µs median ${res.median < 20_000 ? 'OK' : 'MISSED'}`);

  const batch = Array.from({ length: JSONL_COUNT }, (_, i) => QUESTIONS[i % QUESTIONS.length]!);
  const t0 = process.hrtime.bigint();
  for (const q of batch) JSON.stringify(answerer.ask(q));
  const inProcessMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const run = await jsonlRun(batch);
  console.log(
    `\njsonl, ${JSONL_COUNT} questions: ${formatNumber(run.ms, 0)} ms in a fresh process (start-up and dataset load included, ${run.lines} lines), ${formatNumber(inProcessMs, 1)} ms of answering in-process`,
  );
  console.log(`target: well under 10.000 ms ${run.ms < 10_000 ? 'OK' : 'MISSED'}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
