// Starts banenbot and the Microsoft 365 Agents Playground (the local Teams-like client) and
// stops them again. Shared by `npm run dev` (scripts/dev.ts), the browser end-to-end test and
// scripts/screenshot.ts, so all three run the pair the same way.
//
// Every process runs in its own process group (detached), so stopping kills the whole tree
// (tsx starts a second node process); groups still alive when this process exits are killed
// on the way out, so a crashed test leaves nothing behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const PLAYGROUND_CLI = join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

/** The bot's name in the Playground (what you pick after typing @ in the channel). */
export const BOT_NAME = 'Banenbot';
/** Fixed ids of the simulated conversations (see playgroundConfig). */
export const PERSONAL_CHAT_ID = 'banenbot-persoonlijk';
export const GROUP_CHAT_ID = 'banenbot-groepschat';
export const GROUP_CHAT_NAME = 'Groepschat Banenafspraak';
export const TEAM_ID = 'team-id';
export const TEAM_NAME = 'Team Banenafspraak';

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone: nothing left to stop.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) killGroup(child, 'SIGKILL');
  });
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** The last 64 KB of stdout and stderr, for error messages. */
  output(): string;
  /** Resolves when the process has exited: its exit code, or null after a signal. */
  exited: Promise<number | null>;
  /** Sends `signal` to the process group, SIGKILL after `graceMs`; resolves once it is gone. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called with every output line (e.g. to print it with a prefix); output is kept either way. */
  onLine?: (line: string) => void;
}

/** Spawns `command` in its own process group and keeps its output. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: StartOptions = {},
): ManagedProcess {
  installExitHook();
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let buffer = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    buffer = (buffer + text).slice(-65_536);
    if (options.onLine) {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line.replace(/\r$/, ''));
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (err) => {
      buffer += `\n${err.message}`;
      live.delete(child);
      resolve(1);
    });
    child.on('exit', (code) => {
      live.delete(child);
      // Members of the group may outlive the leader (tsx's inner node): take them along.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Nothing left in the group.
        }
      }
      resolve(code);
    });
  });
  return {
    name,
    child,
    output: () => buffer,
    exited,
    async stop(signal = 'SIGTERM', graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, signal);
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something already accepts connections on 127.0.0.1:`port`. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits for `ready`; rejects with the process output when the process exits first or
 * `timeoutMs` passes.
 */
async function untilReady<T>(proc: ManagedProcess, ready: Promise<T>, what: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${proc.name}: ${what} niet binnen ${timeoutMs / 1000} s.\n--- uitvoer ${proc.name} ---\n${proc.output()}`,
          ),
        ),
      timeoutMs,
    );
    void proc.exited.then((code) =>
      reject(
        new Error(
          `${proc.name} stopte (exitcode ${code}) voordat ${what}.\n--- uitvoer ${proc.name} ---\n${proc.output()}`,
        ),
      ),
    );
  });
  try {
    return await Promise.race([ready, failed]);
  } finally {
    clearTimeout(timer);
  }
}

export interface BotOptions extends StartOptions {
  port: number;
  /** Server entry point, relative to the repository; default src/server.ts. */
  entry?: string;
  /** lowdb state file; give tests a temp file. */
  stateFile?: string;
  timeoutMs?: number;
}

/**
 * Starts `tsx src/server.ts` (or `entry`) in local mode (no Bot Framework credentials, loopback only) and
 * waits until it answers HTTP on `port`.
 */
export async function startBot(options: BotOptions): Promise<ManagedProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: 'development',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    BOT_ID: '',
    BOT_PASSWORD: '',
  };
  if (options.stateFile) env.STATE_FILE = options.stateFile;
  // Otherwise the readiness check below would happily talk to whatever already listens there.
  if (await portInUse(options.port)) {
    throw new Error(
      `Poort ${options.port} is al in gebruik (draait de bot al, bijv. via npm start?). Kies een andere met --port of PORT.`,
    );
  }
  const bot = startProcess('bot', process.execPath, [TSX_CLI, options.entry ?? 'src/server.ts'], { ...options, env });
  const ready = (async () => {
    while (bot.child.exitCode === null && bot.child.signalCode === null) {
      try {
        // Any HTTP answer means the server listens (/healthz is 200 when TEAMS-CORE's server runs).
        await fetch(`http://127.0.0.1:${options.port}/healthz`, { signal: AbortSignal.timeout(2_000) });
        return;
      } catch {
        await sleep(250);
      }
    }
  })();
  try {
    await untilReady(bot, ready, 'de bot antwoordde op poort ' + options.port, options.timeoutMs ?? 60_000);
  } catch (err) {
    await bot.stop('SIGKILL');
    throw err;
  }
  return bot;
}

/**
 * The Playground's mock tenant as YAML (JSON is valid YAML): banenbot under its own name,
 * Dutch colleagues, fixed conversation ids, a team with a General and a second channel.
 * The Playground's config schema (0.1.1) wants exactly five users and at most one extra channel.
 */
export function playgroundConfig(): string {
  const user = (n: number, given: string, surname: string, mail: string) => ({
    id: `user-id-${n}`,
    name: `${given} ${surname}`,
    userPrincipleName: `${mail}@example.com`,
    aadObjectId: `00000000-0000-0000-0000-00000000002${n}`,
    givenName: given,
    surname,
    email: `${mail}@example.com`,
  });
  const config = {
    version: '0.1.1',
    tenantId: '00000000-0000-0000-0000-0000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: BOT_NAME },
    currentUser: user(0, 'Sanne', 'de Vries', 'sanne.devries'),
    users: [
      user(1, 'Daan', 'Jansen', 'daan.jansen'),
      user(2, 'Fatima', 'El Amrani', 'fatima.elamrani'),
      user(3, 'Pieter', 'Bakker', 'pieter.bakker'),
      user(4, 'Noor', 'Visser', 'noor.visser'),
      user(5, 'Joris', 'Smit', 'joris.smit'),
    ],
    personalChat: { id: PERSONAL_CHAT_ID },
    groupChat: { id: GROUP_CHAT_ID, name: GROUP_CHAT_NAME },
    team: {
      id: TEAM_ID,
      name: TEAM_NAME,
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: 'kanaal-monitoring-id', name: 'Monitoring' }],
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export interface PlaygroundOptions extends StartOptions {
  botPort: number;
  /** Preferred port; the Playground picks a random one when it is taken. */
  port: number;
  /** Folder for the Playground's config file (.m365agentsplayground.yml) and its log. */
  workDir: string;
  timeoutMs?: number;
}

export interface RunningPlayground extends ManagedProcess {
  /** The URL to open in a browser, e.g. http://localhost:56150. */
  url: string;
  port: number;
  /** The Playground's own log (it reports start-up errors there, not on stdout). */
  logFile: string;
}

/** Starts the Agents Playground (Teams channel) against the bot and waits until it listens. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(options.workDir, { recursive: true });
  const configPath = join(options.workDir, '.m365agentsplayground.yml');
  writeFileSync(configPath, playgroundConfig());
  const logFile = join(options.workDir, 'm365agentsplayground.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
  };
  const args = [
    PLAYGROUND_CLI,
    '-e',
    `http://127.0.0.1:${options.botPort}/api/messages`,
    '-c',
    'msteams',
    '--disable-telemetry',
    '-p',
    String(options.port),
  ];
  let announce: (port: number) => void = () => {};
  const listening = new Promise<number>((resolve) => {
    announce = resolve;
  });
  const onLine = (line: string) => {
    const m = /Listening on (\d+)/.exec(line);
    if (m) announce(Number(m[1]));
    options.onLine?.(line);
  };
  const proc = startProcess('playground', process.execPath, args, { env, cwd: options.workDir, onLine });
  let port: number;
  try {
    port = await untilReady(proc, listening, 'de Playground luisterde', options.timeoutMs ?? 60_000);
  } catch (err) {
    await proc.stop('SIGKILL');
    throw err;
  }
  return Object.assign(proc, { url: `http://localhost:${port}`, port, logFile });
}

export interface LocalTeams {
  bot: ManagedProcess;
  playground: RunningPlayground;
  url: string;
  /** Stops both (Playground first, then the bot). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Bot + Playground, as `npm run dev` runs them. Stops the bot again if the Playground fails. */
export async function startLocalTeams(options: {
  botPort: number;
  playgroundPort: number;
  workDir: string;
  stateFile?: string;
  entry?: string;
  env?: NodeJS.ProcessEnv;
  onLine?: (source: 'bot' | 'playground', line: string) => void;
}): Promise<LocalTeams> {
  const onLine = options.onLine;
  const bot = await startBot({
    port: options.botPort,
    entry: options.entry,
    stateFile: options.stateFile,
    env: options.env,
    onLine: onLine && ((line) => onLine('bot', line)),
  });
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({
      botPort: options.botPort,
      port: options.playgroundPort,
      workDir: options.workDir,
      env: options.env,
      onLine: onLine && ((line) => onLine('playground', line)),
    });
  } catch (err) {
    await bot.stop();
    throw err;
  }
  return {
    bot,
    playground,
    url: playground.url,
    async stop(signal = 'SIGTERM') {
      await Promise.all([playground.stop(signal), bot.stop(signal)]);
    },
  };
}
