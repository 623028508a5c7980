// `npm run build` + `npm start`: the compiled server (plain node, no tsx) starts, answers /healthz
// before botbuilder is loaded, answers a Teams message (which loads it), and refuses production
// without credentials with a clear message.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connector, startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { message } from '../teams/activities.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let connector: Connector;
/** `npm start` is "node <flags> dist/server.js": the flags production runs with. */
const START = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
  .start;
const NODE_ARGS = START.split(/\s+/).slice(1);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banenbot-build-'));
  connector = await startConnector();
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
    },
  );
}, 180_000);
afterAll(async () => {
  await connector?.close();
  await rm(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, NODE_ARGS, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', STATE_FILE: join(dir, 'state.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

describe('npm start (node dist/server.js)', () => {
  it('is node running dist/server.js', () => {
    expect(START).toMatch(/^node (--[a-z-]+=\d+ )*dist\/server\.js$/);
  });

  it('serves /healthz, then a Teams message, without tsx', async () => {
    const { child, output } = start({ LOG_LEVEL: 'info' });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /"url":"([^"]+)"/.exec(output());
          if (m) {
            clearInterval(timer);
            resolve(m[1]!);
          }
        }, 20);
        child.once('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`exited ${code}: ${output()}`));
        });
      });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', mode: 'local' });
      const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(200);
      const [reply] = await connector.waitForMessages(1, activity.conversation.id, 30_000);
      expect(shownText(reply!.activity)).toContain('489 fta');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('refuses production without credentials: exit code 1 and one clear line', async () => {
    const { child, output } = start({ NODE_ENV: 'production' });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output()).toContain('NODE_ENV=production zonder BOT_ID en BOT_PASSWORD');
    expect(output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
