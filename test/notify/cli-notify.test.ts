// `npm run notify` as a process: killed in the middle of a run and started again it completes
// without posting anything twice; it refuses a corrupt state file and leaves it byte-identical;
// it registers webhooks and shows what a dry run would do.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createServer } from '../../src/server.js';
import { StateFileError, StateStore } from '../../src/store/state.js';
import { type FanoutConnector, startFanoutConnector } from '../support/fanout-connector.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function startCli(args: string[], stateFile: string): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'notify', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      STATE_FILE: stateFile,
      LOG_LEVEL: 'warn',
      BOT_ID: '',
      BOT_PASSWORD: '',
      NOTIFY_CRON: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

const cli = (args: string[], stateFile: string) => startCli(args, stateFile).done;

async function tempState(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'banenbot-cli-')), 'state.json');
}

async function subscribeChannels(stateFile: string, serviceUrl: string, n: number): Promise<string[]> {
  const store = await StateStore.open(stateFile);
  const ids = Array.from({ length: n }, (_, i) => `19:kanaal-${i}@thread.tacv2`);
  for (const id of ids) {
    await store.saveConversation({
      id,
      kind: 'channel',
      reference: {
        channelId: 'msteams',
        serviceUrl,
        conversation: { id, conversationType: 'channel' },
        bot: { id: '28:bot' },
      },
    });
    await store.subscribe(id, ['politie']);
  }
  return ids;
}

let connector: FanoutConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

describe('npm run notify', () => {
  it('killed mid-run and run again: completes, and nothing is posted twice', async () => {
    // A slow service, one request at a time: every request is held 500 ms before it is accepted.
    connector = await startFanoutConnector({ delayMs: 500, serial: true });
    const stateFile = await tempState();
    const ids = await subscribeChannels(stateFile, connector.url, 8);

    const first = startCli([], stateFile);
    // Kill (SIGKILL, no clean-up) once a few posts are done and recorded, while the next is in flight.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(async () => {
        const c = connector!;
        const held = c.holding();
        if (c.stats.committed < 3 || !held.count || Date.now() - held.since! > 250) return;
        let sent = 0;
        try {
          const state = JSON.parse(await readFile(stateFile, 'utf8'));
          sent = Object.values(state.ledger as Record<string, { status: string }>).filter(
            (e) => e.status === 'sent',
          ).length;
        } catch {
          return;
        }
        if (sent !== c.stats.committed || c.holding().count === 0) return;
        clearInterval(timer);
        first.child.kill('SIGKILL');
        resolve();
      }, 15);
      first.done.then(() => {
        clearInterval(timer);
        reject(new Error('the first run ended before it could be killed'));
      });
    });
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const postedBefore = [...connector.posts.values()].reduce((a, b) => a + b, 0);
    expect(postedBefore).toBeGreaterThanOrEqual(3);
    expect(postedBefore).toBeLessThan(ids.length);

    const second = await cli([], stateFile);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Verstuurd: ${ids.length - postedBefore}`);
    expect(second.stdout).toContain(`Overgeslagen (al verstuurd): ${postedBefore}`);
    expect(second.stdout).toContain('Hersteld na een onderbroken run');
    for (const id of ids) expect(connector.posts.get(id)).toBe(1);

    const third = await cli([], stateFile);
    expect(third.stdout).toContain(`Overgeslagen (al verstuurd): ${ids.length}`);
    for (const id of ids) expect(connector.posts.get(id)).toBe(1);
  }, 90_000);

  it('stopped with SIGTERM: finishes what is on the wire, sends nothing new, leaves nothing ambiguous', async () => {
    connector = await startFanoutConnector({ delayMs: 200 });
    const stateFile = await tempState();
    const ids = await subscribeChannels(stateFile, connector.url, 150); // 3 s of requests at 50/s
    const first = startCli([], stateFile);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (connector!.stats.committed < 5) return;
        clearInterval(timer);
        first.child.kill('SIGTERM');
        resolve();
      }, 10);
    });
    const stopped = await first.done;
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('Niet meer geprobeerd (run gestopt)');
    const sentBefore = [...connector.posts.values()].reduce((a, b) => a + b, 0);
    expect(stopped.stdout).toContain(`Verstuurd: ${sentBefore}`);
    expect(sentBefore).toBeLessThan(ids.length);

    const second = await cli([], stateFile);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Verstuurd: ${ids.length - sentBefore}`);
    expect(second.stdout).not.toContain('Hersteld');
    for (const id of ids) expect(connector.posts.get(id)).toBe(1);
  }, 60_000);

  it('refuses a corrupt state file and leaves it byte-identical (the server does too)', async () => {
    const stateFile = await tempState();
    const corrupt = '{"version":1,"conversations":{"19:x@thread.tacv2":{"id":';
    await writeFile(stateFile, corrupt);
    const run = await cli([], stateFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(stateFile);
    expect(run.stderr).toContain('laat het bestand ongemoeid');
    expect(await readFile(stateFile, 'utf8')).toBe(corrupt);

    const started = createServer(parseConfig({ NODE_ENV: 'test', STATE_FILE: stateFile }), { log: silentLogger() });
    await expect(started).rejects.toBeInstanceOf(StateFileError);
    expect(await readFile(stateFile, 'utf8')).toBe(corrupt);
  }, 30_000);

  it('adds, lists and removes webhooks; a dry run shows what would happen and posts nothing', async () => {
    connector = await startFanoutConnector();
    const stateFile = await tempState();
    await subscribeChannels(stateFile, connector.url, 2);

    const added = await cli(
      [
        '--add-webhook',
        'https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual',
        '--name',
        'Netwerk Banenafspraak',
        '--sectors',
        'Rijk,defensie',
      ],
      stateFile,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(
      'Webhook "Netwerk Banenafspraak" toegevoegd als webhook:netwerk-banenafspraak: updates over Rijk, Defensie.',
    );
    expect((await cli(['--add-webhook', 'http://example.org/hook'], stateFile)).stderr).toContain('https://');
    expect(
      (await cli(['--add-webhook', 'https://example.org/hook', '--sectors', 'polisie'], stateFile)).stderr,
    ).toContain('bedoelt u politie');

    const listed = await cli(['--list'], stateFile);
    expect(listed.stdout).toContain('webhook:netwerk-banenafspraak (webhook "Netwerk Banenafspraak"): Rijk, Defensie');
    expect(listed.stdout).toContain('19:kanaal-0@thread.tacv2 (channel): Politie');

    const dry = await cli(['--dry-run', '--year', '2024'], stateFile);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Proefrun (er is niets verstuurd): 2024, alle sectoren');
    expect(dry.stdout).toContain('Zou versturen: 3');
    expect(connector.stats.requests).toBe(0);

    const removed = await cli(['--remove-webhook', 'Netwerk Banenafspraak'], stateFile);
    expect(removed.stdout).toContain('Webhook webhook:netwerk-banenafspraak verwijderd');
    expect((await cli(['--list'], stateFile)).stdout).not.toContain('webhook:');

    const bad = await cli(['--year', 'vorig'], stateFile);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year moet een jaartal zijn');
  }, 150_000); // nine CLI starts: slow on a loaded 2-core machine
});
