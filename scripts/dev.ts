// `npm run dev`: banenbot plus the Microsoft 365 Agents Playground, a Teams-like client in the
// browser. No Azure account, no tunnel, no Teams tenant: the bot runs in local mode (no Bot
// Framework credentials, loopback only) and the Playground plays Teams, with a personal chat,
// a group chat and a team channel.
//
//   npm run dev                              bot on PORT (default 3978), Playground on 56150
//   npm run dev -- --port 4000 --playground-port 56200
//
// Ctrl-C stops both. If either stops by itself, the other is stopped too and the exit code
// is non-zero. Logs of both appear here, prefixed [bot] and [playground]; the Playground also
// keeps its own log and config in devTools/ (git-ignored).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import {
  BOT_NAME,
  GROUP_CHAT_NAME,
  type LocalTeams,
  ROOT,
  startLocalTeams,
  TEAM_NAME,
} from '../test/support/playground.js';

const USAGE = `Gebruik: npm run dev -- [--port <bot-poort>] [--playground-port <poort>] [--server <bestand>]
  --port             poort van de bot (standaard PORT uit .env, anders 3978)
  --playground-port  poort van de Playground (standaard 56150; bezet: een willekeurige vrije)
  --server           server-bestand (standaard src/server.ts)
`;

function parsePort(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new Error(`${name} moet een poortnummer van 1 tot en met 65535 zijn, niet "${value}".`);
  return n;
}

/** The last lines of a log file ('' when unreadable). */
function logTail(file: string, lines = 8): string {
  try {
    return `${readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}\n`;
  } catch {
    return '';
  }
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'playground-port': { type: 'string' },
        server: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  dotenv.config({ quiet: true, path: join(ROOT, '.env') });
  let botPort: number;
  let playgroundPort: number;
  try {
    botPort = parsePort(values.port ?? process.env.PORT, '--port / PORT', 3978);
    playgroundPort = parsePort(values['playground-port'], '--playground-port', 56150);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }

  const print = (source: 'bot' | 'playground', line: string) => {
    if (line.trim()) process.stdout.write(`[${source}] ${line}\n`);
  };
  process.stdout.write(`Banenbot starten op poort ${botPort} (lokale modus, zonder Azure-account)…\n`);

  let teams: LocalTeams | undefined;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // Second Ctrl-C: no more waiting.
      void teams?.stop('SIGKILL');
      return;
    }
    stopping = true;
    process.stdout.write('\nStoppen…\n');
    void teams?.stop(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    teams = await startLocalTeams({
      botPort,
      playgroundPort,
      workDir: join(ROOT, 'devTools'),
      entry: values.server,
      onLine: print,
    });
  } catch (err) {
    // The output of bot and Playground is already on screen: the first line says what failed.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Starten mislukt: ${message.split('\n--- uitvoer')[0]}\n`);
    return 1;
  }
  if (stopping) {
    await teams.stop('SIGINT');
    return 0;
  }

  process.stdout.write(
    [
      '',
      `Open ${teams.url} in uw browser om met ${BOT_NAME} te chatten:`,
      '  - Personal Chat: uw persoonlijke chat met de bot;',
      `  - ${GROUP_CHAT_NAME}: een groepschat met collega's (noem de bot daar met @${BOT_NAME});`,
      `  - Teams Channel › General (${TEAM_NAME}): een teamkanaal; ook daar @${BOT_NAME} noemen.`,
      'Probeer bijvoorbeeld "realisatie politie 2024?" of "vergelijk politie en defensie 2024".',
      'Stoppen: Ctrl-C.',
      '',
    ].join('\n'),
  );

  const running = teams;
  const first = await Promise.race([
    running.bot.exited.then((code) => ({ name: 'De bot', code })),
    running.playground.exited.then((code) => ({ name: 'De Playground', code })),
  ]);
  if (stopping) {
    await running.stop('SIGINT');
    process.stdout.write('Gestopt.\n');
    return 0;
  }
  process.stderr.write(
    `${first.name} is onverwacht gestopt (exitcode ${first.code ?? 'signaal'}); de andere wordt ook gestopt.\n`,
  );
  if (first.name === 'De Playground')
    process.stderr.write(
      `Zie het logboek van de Playground: ${running.playground.logFile}\n${logTail(running.playground.logFile)}`,
    );
  await running.stop();
  return first.code ? first.code : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
