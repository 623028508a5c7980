// npm run bench:http — banenbot over HTTP against a bare echo bot on the same adapter setup.
//
// Each bot runs in its own child process behind express on loopback: banenbot as `npm start`
// builds it (createServer: edge checks, dedupe, tenant gate, teams-ai Application with
// TeamsAdapter, answers with Adaptive Cards, state store, JSON logs at level info to /dev/null),
// the echo bot as teams-ai Application + TeamsAdapter answering with the text. This process
// drives the load and runs the stand-in Bot Connector (test/support/connector.ts) that receives
// the replies. C conversations run concurrently, each sending its M messages one after another
// (a user waits for the answer before asking the next question). Latency: from the POST until
// the connector received the reply. Rounds alternate between the bots so both see the same
// machine load; the median round per bot is reported, with the bot process's CPU time per
// message (less sensitive than wall time to other load on a shared machine).
//
// Options: --conversations 20 --messages 50 --rounds 5 [--cpu-prof <dir>]
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Application } from '@microsoft/teams-ai';
import express from 'express';
import { pino } from 'pino';
import { parseConfig } from '../src/config.js';
import { formatNumber } from '../src/domain/format.js';
import { createLogger } from '../src/log.js';
import { createServer } from '../src/server.js';
import { createAdapter } from '../src/teams/adapter.js';
import { startConnector } from '../test/support/connector.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '20' },
    messages: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '5' },
    serve: { type: 'string' },
    /** Folder for V8 CPU profiles of the bot processes (node --cpu-prof), to see where time goes. */
    'cpu-prof': { type: 'string' },
  },
});
const CONVERSATIONS = Number(values.conversations);
const MESSAGES = Number(values.messages);
const ROUNDS = Number(values.rounds);

/** Questions users ask, across intents and sectors: 130+ distinct texts. */
const GENERAL = [
  'welke sector scoort het best in 2024?',
  'totaal onderwijs 2024',
  'totaal overheid 2024',
  'welke sectoren haalden hun doel?',
  'welke sectoren daalden?',
  'wat is een fta?',
  'wat is het doelgroepregister?',
  'realisatie Financiën',
  'ministeries 2024',
  'top 3 grootste stijging',
  'Binnenwerk',
  'help',
];
const SECTORS = [
  'politie',
  'defensie',
  'gemeenten',
  'provincies',
  'waterschappen',
  'umc',
  'po',
  'vo',
  'mbo',
  'hbo',
  'wo',
  'rijk',
  'onderzoeksinstellingen',
];
const QUESTIONS = [
  ...GENERAL,
  ...SECTORS.flatMap((s, i) => {
    const other = SECTORS[(i + 1) % SECTORS.length];
    return [
      `realisatie ${s} 2024?`,
      `realisatie ${s} 2023`,
      `hoeveel mist ${s} nog?`,
      `doel ${s} 2024`,
      `ontwikkeling ${s}`,
      `verschil ${s} 2023 2024`,
      `vergelijk ${s} en ${other} 2024`,
      `wat doet ${s} aan begeleiding?`,
    ];
  }),
];

interface Served {
  url: string;
  close(): Promise<void>;
}

function listen(app: express.Express): Promise<Served> {
  return new Promise((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function serveEchoBot(): Promise<Served> {
  const adapter = createAdapter(parseConfig({ NODE_ENV: 'test' }));
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: true });
  app.activity('message', async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  const http = express();
  http.post('/api/messages', express.json({ limit: 256 * 1024 }), (req, res) =>
    adapter.process(req, res, async (context) => {
      await app.run(context);
    }),
  );
  return listen(http);
}

async function serveBanenbot(answerCacheSize: string): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-bench-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    STATE_FILE: join(dir, 'state.json'),
    LOG_LEVEL: 'info',
    ANSWER_CACHE_SIZE: answerCacheSize,
  });
  const log = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const bot = await createServer(config, { log });
  const { url, close } = await bot.listen(0, '127.0.0.1');
  return {
    url,
    close: async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type Kind = 'echo' | 'banenbot' | 'banenbot-uncached';

/** Child process mode (`--serve <kind>`): serve, report the URL, answer CPU-time requests. */
async function serve(kind: Kind): Promise<void> {
  const served = kind === 'echo' ? await serveEchoBot() : await serveBanenbot(kind === 'banenbot' ? '1000' : '0');
  process.on('message', (msg: unknown) => {
    if (msg === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpuMicros: user + system });
    } else if (msg === 'stop') {
      served.close().then(() => process.exit(0));
    }
  });
  process.send!({ url: served.url });
}

interface Target {
  name: string;
  url: string;
  /** CPU time the bot process has used so far, in µs. */
  cpu(): Promise<number>;
  close(): Promise<void>;
}

function startChild(name: string, kind: Kind): Promise<Target> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', kind], {
    execArgv: [
      '--import',
      'tsx',
      ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited: Error | undefined;
  const waiting = new Set<(err: Error) => void>();
  child.once('exit', (code) => {
    exited = new Error(`${name} exited (${code})`);
    for (const fail of waiting) fail(exited);
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(exited);
      const onMessage = (msg: Record<string, unknown>) => {
        if (!(key in msg)) return;
        child.off('message', onMessage);
        waiting.delete(reject);
        resolve(msg[key] as T);
      };
      waiting.add(reject);
      child.on('message', onMessage);
    });
  return next<string>('url').then((url) => ({
    name,
    url,
    cpu: () => {
      const reply = next<number>('cpuMicros');
      child.send('cpu');
      return reply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  }));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

interface RoundResult {
  seconds: number;
  messages: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Bot process CPU time per message, µs. */
  cpuPerMessage: number;
  missing: number;
}

let round = 0;

async function runRound(target: Target, connectorUrl: string, received: Map<string, number>): Promise<RoundResult> {
  round += 1;
  const latencies: number[] = [];
  let missing = 0;
  const conversation = async (c: number) => {
    const conversationId = `a:bench-${round}-${c}`;
    for (let m = 0; m < MESSAGES; m++) {
      const id = `r${round}-c${c}-m${m}`;
      const activity = {
        type: 'message',
        id,
        channelId: 'msteams',
        serviceUrl: connectorUrl,
        from: { id: `29:user-${c}`, aadObjectId: `aad-${c}` },
        recipient: { id: '28:bot', name: 'banenbot' },
        conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant' },
        channelData: { tenant: { id: 'tenant' } },
        text: QUESTIONS[(c * 7 + m * 13 + round) % QUESTIONS.length],
        locale: 'nl-NL',
      };
      const start = performance.now();
      const res = await fetch(`${target.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await res.arrayBuffer();
      const at = received.get(id);
      if (res.status !== 200 || at === undefined) missing += 1;
      else latencies.push(at - start);
    }
  };
  const cpuBefore = await target.cpu();
  const start = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)));
  const seconds = (performance.now() - start) / 1000;
  const cpuPerMessage = ((await target.cpu()) - cpuBefore) / (CONVERSATIONS * MESSAGES);
  latencies.sort((a, b) => a - b);
  const messages = CONVERSATIONS * MESSAGES;
  return {
    seconds,
    messages,
    perSecond: messages / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuPerMessage,
    missing,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const received = new Map<string, number>();
  const connector = await startConnector({
    onRecord: (rec) => {
      if (rec.activity?.type === 'message' && rec.replyToId) received.set(rec.replyToId, performance.now());
    },
  });
  const echo = await startChild('echo bot', 'echo');
  const banenbot = await startChild('banenbot', 'banenbot');
  const uncached = await startChild('banenbot without answer cache', 'banenbot-uncached');
  const targets = [echo, banenbot, uncached];
  const results = new Map<string, RoundResult[]>(targets.map((t) => [t.name, []]));
  try {
    console.log(
      `bench:http — ${CONVERSATIONS} conversations × ${MESSAGES} messages per round, ${ROUNDS} rounds per bot (after a warm-up round each)`,
    );
    for (const t of targets) await runRound(t, connector.url, received); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
        connector.reset();
        const result = await runRound(t, connector.url, received);
        results.get(t.name)!.push(result);
        console.log(
          `  round ${r + 1} ${t.name.padEnd(30)} ${formatNumber(result.perSecond, 0).padStart(6)} msg/s  ` +
            `p50 ${formatNumber(result.p50, 2)} ms  p99 ${formatNumber(result.p99, 2)} ms  ` +
            `cpu ${formatNumber(result.cpuPerMessage, 0)} µs/msg` +
            (result.missing ? `  MISSING REPLIES: ${result.missing}` : ''),
        );
      }
    }
    const summary = targets.map((t) => {
      const rs = results.get(t.name)!;
      return {
        name: t.name,
        perSecond: median(rs.map((x) => x.perSecond)),
        p50: median(rs.map((x) => x.p50)),
        p99: median(rs.map((x) => x.p99)),
        cpu: median(rs.map((x) => x.cpuPerMessage)),
        missing: rs.reduce((n, x) => n + x.missing, 0),
      };
    });
    console.log('\nmedian of rounds:');
    console.log(`  ${'bot'.padEnd(30)}  msg/s    p50 ms    p99 ms  cpu µs/msg  missing`);
    for (const s of summary) {
      console.log(
        `  ${s.name.padEnd(30)} ${formatNumber(s.perSecond, 0).padStart(6)}  ${formatNumber(s.p50, 2).padStart(8)}  ${formatNumber(s.p99, 2).padStart(8)}  ${formatNumber(s.cpu, 0).padStart(10)}  ${String(s.missing).padStart(7)}`,
      );
    }
    const [e, b, u] = summary;
    const share = (x: typeof e) => `${formatNumber((x!.perSecond / e!.perSecond) * 100, 1)}%`;
    const cpuShare = (x: typeof e) => `${formatNumber((e!.cpu / x!.cpu) * 100, 1)}%`;
    const ok = b!.perSecond / e!.perSecond >= 0.8 && summary.every((x) => x.missing === 0);
    console.log(
      `\nthroughput relative to the echo bot (target ≥ 80%): banenbot ${share(b)} ${ok ? 'OK' : 'BELOW TARGET'}; without answer cache ${share(u)}`,
    );
    console.log(
      `CPU capacity (echo CPU/msg ÷ bot CPU/msg): banenbot ${cpuShare(b)}; without answer cache ${cpuShare(u)}`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await echo.close();
    await banenbot.close();
    await uncached.close();
    await connector.close();
  }
}

(values.serve ? serve(values.serve as Kind) : main()).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
