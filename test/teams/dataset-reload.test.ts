// A new dataset version while the server runs, over real HTTP: two instances on one state file
// and one data directory (a temp copy of data/). A valid new version (a changed figure and a
// version bump in meta.json) is answered from within seconds, without a restart, and the
// subscribed channel gets the digest once although both instances reload it; a half-written or
// invalid write keeps the old answers, posts nothing and is logged once.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/data/load.js';
import { type Background, startBackground } from '../../src/server.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, startConnector } from '../support/connector.js';
import { botMembership, message } from './activities.js';

const CHANNEL = '19:netwerk-reload@thread.tacv2';
const WAIT_MS = 10_000;

let dir: string;
let connector: Connector;
const bots: StartedBot[] = [];
const background: Background[] = [];

/** Polls until `probe` holds (bounded: fails after WAIT_MS). */
async function eventually(probe: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const until = Date.now() + WAIT_MS;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`not within ${WAIT_MS} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The reply text to a question in a personal chat with instance `i`. */
async function ask(i: number, question: string): Promise<string> {
  const conversationId = `a:reload-${i}-${Math.random().toString(36).slice(2)}`;
  const res = await bots[i]!.post(message(question, { serviceUrl: connector.url, conversationId }));
  expect(res.status).toBe(200);
  return JSON.stringify(connector.messages(conversationId).at(-1)?.activity ?? {});
}

const version = async (i: number) =>
  ((await (await fetch(`${bots[i]!.url}/healthz`)).json()) as { datasetVersion: string }).datasetVersion;
const invalidLogs = (i: number) => bots[i]!.logs.filter((l) => l.includes('is invalid; still answering from'));
const digests = () => connector.messages(CHANNEL);

/** politie 2024: realisatie 489 → 490 fta, with the figures that must move along (inhuur, stijging). */
function figuresWith490(): string {
  const figures = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'figures.json'), 'utf8'));
  const set = (metric: string, value: number, from: string, to: string) => {
    const f = figures.find((x: any) => x.sector === 'politie' && x.year === 2024 && x.metric === metric);
    f.value = value;
    f.ref.quote = f.ref.quote.replace(from, to);
  };
  set('realisatie', 490, '489 fta', '490 fta');
  set('realisatie_inhuur', 62, '61 fta', '62 fta');
  set('stijging_gemeld', 103, '102 banen', '103 banen');
  return JSON.stringify(figures, null, 2);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banenbot-data-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  connector = await startConnector();
  const first = await startBotServer({ env: { DATA_DIR: dir, DATA_RELOAD_SECONDS: '0' } });
  const second = await startBotServer({
    env: { DATA_DIR: dir, DATA_RELOAD_SECONDS: '0', STATE_FILE: first.stateFile },
  });
  bots.push(first, second);
  // The version in data/ was announced before; the channel subscribes to politie.
  await first.bot.deps.store.setLastNotifiedVersion('2025.2');
  await first.post(
    botMembership('membersAdded', { serviceUrl: connector.url, kind: 'channel', conversationId: CHANNEL }),
  );
  await first.post(
    message('abonneer politie', { serviceUrl: connector.url, kind: 'channel', conversationId: CHANNEL, mention: true }),
  );
  for (const bot of bots) background.push(startBackground(bot.bot, { debounceMs: 50 }));
  for (const b of background) await b.notifications.initial;
  connector.reset();
});
afterAll(async () => {
  for (const b of background) b.stop();
  for (const bot of bots) await bot.close();
  await connector?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new dataset version while the server runs', () => {
  it('an invalid write (half-written figures.json with a version bump) keeps the old answers, posts nothing, logs once', async () => {
    expect(await ask(0, 'realisatie politie 2024?')).toContain('489 fta');
    writeFileSync(join(dir, 'figures.json'), figuresWith490().slice(0, 5_000));
    writeFileSync(join(dir, 'meta.json'), '{ "version": "2025.3", "updated": "2026-12-01", "latestYear": 2024 }\n');
    await eventually(() => invalidLogs(0).length > 0 && invalidLogs(1).length > 0, 'both instances log the problem');
    const line = JSON.parse(invalidLogs(0)[0]!);
    expect(line.level).toBe('error');
    expect(line.msg).toContain('still answering from version 2025.2');
    expect(JSON.stringify(line.problems)).toContain('figures.json: invalid JSON');
    // Checked again with the same files: not logged again.
    await background[0]!.reload.check();
    expect(invalidLogs(0)).toHaveLength(1);

    for (const i of [0, 1]) {
      expect(await ask(i, 'realisatie politie 2024?')).toContain('489 fta');
      expect(await version(i)).toBe('2025.2');
    }
    // A schema failure is refused the same way.
    const wrongUnit = JSON.parse(figuresWith490());
    wrongUnit[0].unit = 'uur';
    writeFileSync(join(dir, 'figures.json'), JSON.stringify(wrongUnit, null, 2));
    await eventually(() => invalidLogs(0).length === 2, 'the schema failure is logged');
    expect(invalidLogs(0)[1]).toContain('unit');
    expect(await ask(0, 'realisatie politie 2024?')).toContain('489 fta');
    expect(digests()).toHaveLength(0);
  });

  it('a valid new version: both instances answer from it without a restart, the channel gets one digest', async () => {
    writeFileSync(join(dir, 'figures.json'), figuresWith490());
    await eventually(async () => (await version(0)) === '2025.3' && (await version(1)) === '2025.3', 'both reload');
    for (const i of [0, 1]) {
      const answer = await ask(i, 'realisatie politie 2024?'); // the same question as before: not from the cache
      expect(answer).toContain('490 fta');
      expect(answer).not.toContain('489 fta');
    }
    await eventually(() => digests().length > 0, 'the digest reaches the channel');
    await new Promise((r) => setTimeout(r, 1_500)); // room for a second (wrong) post
    expect(digests()).toHaveLength(1);
    const card = JSON.stringify(digests()[0]!.activity.attachments[0].content);
    expect(card).toContain('Banenafspraak 2024: Politie');
    expect(card).toContain('490 fta');
    for (const { bot } of bots) {
      await bot.deps.store.refresh();
      expect(await bot.deps.store.lastNotifiedVersion()).toBe('2025.3'); // recorded once the run completed
    }
    expect(bots.flatMap((b) => b.logs).filter((l) => l.includes('new version loaded'))).toHaveLength(2);
  });
});
