// `npm run bench:fanout -- --store azure --instances 2 --channels 10000`: several bot processes
// (bench/fanout-instance.ts) share one state store (Azure Table Storage on Azurite, started here,
// or one state file) and all start the same update at once, as servers do after a new dataset
// version; one holds the notify lock and posts. Midway the holder is killed (SIGKILL) and
// restarted: another instance takes the lock over after its expiry and completes the update.
// Reports wall time against the rate-limit bound (channels / 50 per s; target ≤ 1,1×), posts per
// channel (exactly one), duplicates and losses, and which instance did what.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config.js';
import { formatNumber } from '../src/domain/format.js';
import type { NotifyReport } from '../src/notify/report.js';
import { DEFAULT_NOTIFY_LOCK } from '../src/store/notify-lock.js';
import { openStateStore } from '../src/store/open-store.js';
import type { LockRecord } from '../src/store/state-schema.js';
import { type Azurite, startAzurite } from '../test/support/azurite.js';
import { startFanoutConnector } from '../test/support/fanout-connector.js';
import type { summarise } from './store-probe.js';

export interface InstancesOptions {
  store: 'file' | 'azure';
  instances: number;
  channels: number;
  /** Share of posts done when the lock holder is killed (0 = no kill). */
  killAt: number;
  inject429: number;
  /** Azurite without saving its database to disk (--inMemoryPersistence). */
  azuriteInMemory?: boolean;
}

const RATE = 50;
/**
 * The server's lock timing (a killed holder's lock passes on after 10 s), except that the waiting
 * instances wait as long as the run takes, so one of them completes it.
 */
const LOCK = { ...DEFAULT_NOTIFY_LOCK, waitMs: 30 * 60_000 };

interface Child {
  name: string;
  proc: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    out?: { ms: number; report: NotifyReport | null; store?: ReturnType<typeof summarise> };
  }>;
}

export async function runInstances(opts: InstancesOptions): Promise<number> {
  const n = (v: number, d = 0) => formatNumber(v, d);
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-fanout-'));
  let azurite: Azurite | undefined;
  const connector = await startFanoutConnector({ globalPerSecond: RATE, inject429: opts.inject429, seed: 7 });
  const children: Child[] = [];
  try {
    const env: Record<string, string> = { NODE_ENV: 'test', LOG_LEVEL: 'silent', BOT_ID: '', BOT_PASSWORD: '' };
    if (opts.store === 'azure') {
      azurite = await startAzurite({ inMemory: opts.azuriteInMemory ?? false });
      Object.assign(env, {
        STATE_STORE: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_TABLE: azurite.tableName(),
      });
    } else Object.assign(env, { STATE_STORE: 'file', STATE_FILE: join(dir, 'state.json') });
    const store = await openStateStore(parseConfig(env));

    // Seeded with the backend's group-committed writes (records as saveConversation/subscribe write them).
    const seed0 = performance.now();
    const now = new Date().toISOString();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < opts.channels; i++) {
      const id = `19:bench-${i}@thread.tacv2`;
      const reference = {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id, conversationType: 'channel', tenantId: 'bench-tenant' },
        bot: { id: '28:bench-bot' },
      };
      const conversation = { id, kind: 'channel', tenantId: 'bench-tenant', reference, welcomed: true, updatedAt: now };
      writes.push(store.backend.put('conversation', id, conversation));
      writes.push(
        store.backend.put('subscription', id, { conversationId: id, sectors: [], createdAt: now, updatedAt: now }),
      );
    }
    await Promise.all(writes);
    const seedSeconds = (performance.now() - seed0) / 1000;

    const start = (name: string): Child => {
      // FANOUT_NODE_ARGS: extra node flags for the instances (e.g. --cpu-prof, to see where their time goes).
      const nodeArgs = (process.env.FANOUT_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
      const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/fanout-instance.ts'], {
        env: { ...process.env, ...env, FANOUT_LOCK: JSON.stringify(LOCK) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      proc.stdout!.on('data', (d) => {
        stdout += String(d);
      });
      const done = new Promise<Awaited<Child['done']>>((resolve) =>
        proc.on('close', (code, signal) => {
          const line = stdout.trim().split('\n').pop();
          resolve({ code, signal, ...(line ? { out: JSON.parse(line) } : {}) });
        }),
      );
      const child = { name, proc, done };
      children.push(child);
      return child;
    };

    const t0 = performance.now();
    const epoch0 = Date.now();
    /** Posts committed by the connector at the end of each second of the run. */
    const perSecond: number[] = [];
    let firstPost: number | undefined;
    let lastPost: number | undefined;
    let seen = 0;
    let killed: { name: string; at: number; posts: number } | undefined;
    let longestPause = 0;
    const monitor = setInterval(() => {
      const posts = connector.stats.committed;
      perSecond[Math.floor((performance.now() - t0) / 1000)] = posts;
      if (posts > seen) {
        firstPost ??= performance.now();
        if (lastPost !== undefined) longestPause = Math.max(longestPause, (performance.now() - lastPost) / 1000);
        lastPost = performance.now();
        seen = posts;
      }
    }, 20);
    for (let i = 1; i <= opts.instances; i++) start(`instance ${i}`);
    let restarted: Child | undefined;
    if (opts.killAt > 0) {
      while (connector.posts.size < opts.channels * opts.killAt) await new Promise((r) => setTimeout(r, 100));
      await store.refresh(); // the file backend reads from memory: take what the instances wrote
      const lock = await store.backend.get<LockRecord>('lock', 'notify');
      const pid = Number(lock?.holder.split(':')[1]);
      const holder = children.find((c) => c.proc.pid === pid);
      if (!holder) throw new Error(`lock holder ${lock?.holder} is not one of the instances`);
      holder.proc.kill('SIGKILL');
      killed = { name: holder.name, at: (performance.now() - t0) / 1000, posts: connector.stats.committed };
      restarted = start(`${holder.name} (herstart)`);
    }
    const results = await Promise.all(children.map(async (c) => ({ name: c.name, ...(await c.done) })));
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(monitor);
    const postingSeconds = firstPost && lastPost ? (lastPost - firstPost) / 1000 : Number.NaN;

    const counts = [...connector.posts.values()];
    const duplicates = counts.reduce((sum, c) => sum + Math.max(0, c - 1), 0);
    const exactlyOnce = counts.filter((c) => c === 1).length;
    const losses = opts.channels - connector.posts.size;
    await store.refresh();
    const ledger = await store.listLedger();
    const sentInLedger = ledger.filter((e) => e.status === 'sent').length;
    // A channel without a post is a silent loss unless the ledger says 'uncertain' (reported as
    // onzeker; the next start of a server sends it) or 'failed'/'pending' (sent by the next run).
    const status = new Map(ledger.map((e) => [e.target, e.status]));
    const missing = Array.from({ length: opts.channels }, (_, i) => `19:bench-${i}@thread.tacv2`).filter(
      (id) => !connector.posts.has(id),
    );
    const reported = missing.filter((id) => status.get(id) !== undefined && status.get(id) !== 'sent');
    const bound = opts.channels / RATE;
    const requestBound = connector.stats.requests / RATE;

    console.log(
      `Fan-out naar ${n(opts.channels)} kanalen, ${opts.instances} instanties op één ${opts.store === 'azure' ? 'Azure-tabel (Azurite)' : 'statusbestand'}` +
        ` (stand-in connector: ${RATE}/s per app, 7/s en 60/30 s per gesprek, ${n(opts.inject429 * 100)}% willekeurige 429's)`,
    );
    console.log(`  vullen van de opslag:   ${n(seedSeconds, 1)} s (${n(opts.channels * 2)} records)`);
    if (killed) {
      console.log(
        `  gedood (SIGKILL):       ${killed.name} na ${n(killed.at, 1)} s, bij ${n(killed.posts)} geplaatste kaarten; meteen herstart`,
      );
    }
    for (const r of results) {
      const rep = r.out?.report;
      const stopped = rep?.interrupted ? `, onderbroken (vergrendeling kwijt) ${n(rep.interrupted)}` : '';
      const what = r.signal
        ? `gestopt door ${r.signal}`
        : rep
          ? `deed de update: verstuurd ${n(rep.sent)}, al verstuurd ${n(rep.skipped)}, opnieuw na onderbreking ${n(rep.recovered)}, mogelijk dubbel ${n(rep.possibleDuplicates)}, onzeker ${n(rep.uncertain.length)}, mislukt ${n(rep.failed.length)}${stopped}`
          : 'niets te doen (de update was al voltooid)';
      console.log(`  ${r.name.padEnd(22)}  ${what}${r.out ? ` (${n(r.out.ms / 1000, 1)} s)` : ''}`);
      const reasons = [...new Set(rep?.uncertain.map((u) => u.reason) ?? [])];
      if (reasons.length) console.log(`    onzeker omdat: ${reasons.slice(0, 3).join('; ')}`);
    }
    const gap = killed ? longestPause : undefined;
    console.log(
      `  wandkloktijd:           ${n(postingSeconds, 1)} s van eerste tot laatste post` +
        (gap !== undefined
          ? ` (langste stilstand ${n(gap, 1)} s: na het doden verloopt de vergrendeling en neemt een ander het over)`
          : '') +
        `; ${n(seconds, 1)} s met het starten van de processen`,
    );
    console.log(
      `  rate-limit-grens:       ${n(bound, 1)} s (${n(opts.channels)} posts à ${RATE}/s)  →  ${n(postingSeconds / bound, 2)}× (doel ≤ 1,1×); met opstarten ${n(seconds / bound, 2)}×`,
    );
    console.log(
      `  ondergrens per verzoek: ${n(requestBound, 1)} s (${n(connector.stats.requests)} verzoeken, 429 door limiet ${n(connector.stats.limited)}, willekeurig ${n(connector.stats.injected)})  →  ${n(postingSeconds / requestBound, 2)}×`,
    );
    console.log(`  precies één post:       ${n(exactlyOnce)} van ${n(opts.channels)} kanalen`);
    console.log(`  dubbel:                 ${n(duplicates)}`);
    console.log(
      `  verloren:               ${n(losses)}` +
        (losses
          ? ` (${n(reported.length)} daarvan in het verzendlog als ${[...new Set(reported.map((id) => status.get(id)))].join('/')}: gemeld, de volgende start verstuurt ze; stil verloren ${n(losses - reported.length)})`
          : ''),
    );
    console.log(`  verzendlog 'sent':      ${n(sentInLedger)} van ${n(ledger.length)}`);
    // Where the time goes: posts per second over the run (5-second steps) and each instance's store calls.
    const rates: string[] = [];
    let prev = 0;
    for (let s = 4; s < perSecond.length + 4; s += 5) {
      const at = perSecond.slice(0, s + 1).reduce((last, v) => v ?? last, prev);
      rates.push(n((at - prev) / 5));
      prev = at;
    }
    console.log(`  posts/s per 5 s:        ${rates.join(' ')}`);
    for (const r of results) {
      const st = r.out?.store;
      if (!st) continue;
      const ops = Object.entries(st.ops)
        .map(([k, v]) => `${k} ${n(v.calls)}× (gem. ${n(v.avgMs)} ms, max ${n(v.maxMs)} ms)`)
        .join('; ');
      console.log(`  opslag ${r.name}: ${ops}`);
      console.log(
        `    verzendlog-put: p50 ${n(st.ledgerPut.p50)} ms, p90 ${n(st.ledgerPut.p90)} ms, p99 ${n(st.ledgerPut.p99)} ms, max ${n(st.ledgerPut.max)} ms; lijsten: ` +
          st.listings.map((l) => `${l.kind} op ${n((l.at - epoch0) / 1000, 1)} s (${n(l.ms)} ms)`).join(', '),
      );
    }
    void restarted;
    await store.close();
    return losses - reported.length || results.every((r) => !r.out?.report) ? 1 : 0;
  } finally {
    for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
    await connector.close();
    await azurite?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
