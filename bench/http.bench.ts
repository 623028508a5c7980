// npm run bench:http — banenbot over HTTP against a bare echo bot on the same adapter setup.
//
// Both bots run in this process behind express on loopback: banenbot as `npm start` builds it
// (createServer: edge checks, dedupe, tenant gate, teams-ai Application with TeamsAdapter,
// answers with Adaptive Cards, state store, JSON logs at level info to /dev/null), the echo bot
// as teams-ai Application + TeamsAdapter answering with the text. Replies go to the stand-in
// Bot Connector (test/support/connector.ts). C conversations run concurrently, each sending its
// M messages one after another (a user waits for the answer before asking the next question).
// Latency: from the POST until the connector received the reply. Rounds alternate between the
// bots so both see the same machine load; the median round per bot is reported.
//
// Options: --conversations 20 --messages 50 --rounds 3
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import { pino } from 'pino';
import { Application } from '@microsoft/teams-ai';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { createServer } from '../src/server.js';
import { createAdapter } from '../src/teams/adapter.js';
import { formatNumber } from '../src/domain/format.js';
import { startConnector } from '../test/support/connector.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '20' },
    messages: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
  },
});
const CONVERSATIONS = Number(values.conversations);
const MESSAGES = Number(values.messages);
const ROUNDS = Number(values.rounds);

/** Questions a user asks, across intents (lookups, comparisons, rankings, trends, help). */
const QUESTIONS = [
  'realisatie politie 2024?',
  'hoeveel mist de politie nog?',
  'vergelijk politie en defensie 2024',
  'welke sector scoort het best in 2024?',
  'ontwikkeling gemeenten',
  'doel umc 2023',
  'totaal onderwijs 2024',
  'welke sectoren haalden hun doel?',
  'verschil mbo 2023 2024',
  'wat is een fta?',
  'realisatie Financiën',
  'help',
];

interface Target {
  name: string;
  url: string;
  close(): Promise<void>;
}

function listen(app: express.Express): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

async function startEchoBot(): Promise<Target> {
  const adapter = createAdapter(parseConfig({ NODE_ENV: 'test' }));
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: true });
  app.activity('message', async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  const http = express();
  http.post('/api/messages', express.json({ limit: 256 * 1024 }), (req, res) =>
    adapter.process(req, res, async (context) => {
      await app.run(context);
    }));
  return { name: 'echo bot', ...(await listen(http)) };
}

async function startBanenbot(): Promise<Target & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-bench-'));
  const config = parseConfig({ NODE_ENV: 'test', STATE_FILE: join(dir, 'state.json'), LOG_LEVEL: 'info' });
  const log = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const bot = await createServer(config, { log });
  const { url, close } = await bot.listen(0, '127.0.0.1');
  return {
    name: 'banenbot',
    url,
    dir,
    close: async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
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
        text: QUESTIONS[(c + m) % QUESTIONS.length],
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
  const start = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const messages = CONVERSATIONS * MESSAGES;
  return { seconds, messages, perSecond: messages / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), missing };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const received = new Map<string, number>();
  const connector = await startConnector({
    onRecord: (rec) => {
      if (rec.activity?.type === 'message' && rec.replyToId) received.set(rec.replyToId, performance.now());
    },
  });
  const echo = await startEchoBot();
  const banenbot = await startBanenbot();
  const targets = [echo, banenbot];
  const results = new Map<string, RoundResult[]>(targets.map((t) => [t.name, []]));
  try {
    console.log(`bench:http — ${CONVERSATIONS} conversations × ${MESSAGES} messages per round, ${ROUNDS} rounds per bot (after a warm-up round each)`);
    for (const t of targets) await runRound(t, connector.url, received); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
        connector.reset();
        const result = await runRound(t, connector.url, received);
        results.get(t.name)!.push(result);
        console.log(
          `  round ${r + 1} ${t.name.padEnd(9)} ${formatNumber(result.perSecond, 0).padStart(6)} msg/s  ` +
          `p50 ${formatNumber(result.p50, 2)} ms  p99 ${formatNumber(result.p99, 2)} ms` +
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
        missing: rs.reduce((n, x) => n + x.missing, 0),
      };
    });
    console.log('\nmedian of rounds:');
    console.log('  bot        msg/s    p50 ms    p99 ms  missing');
    for (const s of summary) {
      console.log(
        `  ${s.name.padEnd(9)} ${formatNumber(s.perSecond, 0).padStart(6)}  ${formatNumber(s.p50, 2).padStart(8)}  ${formatNumber(s.p99, 2).padStart(8)}  ${String(s.missing).padStart(7)}`,
      );
    }
    const [e, b] = summary;
    const ratio = (b!.perSecond / e!.perSecond) * 100;
    const ok = ratio >= 80 && summary.every((s) => s.missing === 0);
    console.log(`\nbanenbot throughput = ${formatNumber(ratio, 1)}% of the echo bot (target ≥ 80%): ${ok ? 'OK' : 'BELOW TARGET'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await echo.close();
    await banenbot.close();
    await connector.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
