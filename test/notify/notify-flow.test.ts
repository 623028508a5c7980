// Channel updates end to end over real HTTP: the bot is installed in channels and a group chat,
// people subscribe with "abonneer …", POST /api/notify posts the digest once per subscribed
// conversation (the right sectors, the right figures), never twice, through 429 storms and
// 5xx answers; 403 and uninstall forget the conversation.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotifyReport } from '../../src/notify/report.js';
import { notifyRoute } from '../../src/teams/http/notify-route.js';
import { notifierFor } from '../../src/teams/proactive/notifier.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, type ConnectorFault, type ConnectorRequest, startConnector } from '../support/connector.js';
import { startFanoutConnector } from '../support/fanout-connector.js';
import { botMembership, message } from '../teams/activities.js';

const TOKEN = 'notify-token-for-tests-0123456789';
const A = '19:netwerk-banenafspraak@thread.tacv2';
const B = '19:mbo-raad@thread.tacv2';
const C = '19:niet-geabonneerd@thread.tacv2';
const G = '19:groepschat@thread.v2';

let connector: Connector;
let bot: StartedBot;
let fault: ((r: ConnectorRequest) => ConnectorFault | undefined) | undefined;

const cardText = (a: { activity: any }) => JSON.stringify(a.activity.attachments?.[0]?.content ?? {});
const lastCard = (conversationId: string) => cardText(connector.messages(conversationId).at(-1)!);

async function notify(
  body: unknown = {},
  headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
): Promise<Response> {
  return fetch(`${bot.url}/api/notify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function report(body: unknown = {}): Promise<NotifyReport> {
  const res = await notify(body);
  expect(res.status).toBe(200);
  return ((await res.json()) as { report: NotifyReport }).report;
}

const say = (text: string, conversationId: string, kind: 'channel' | 'groupChat' = 'channel') =>
  bot.post(message(text, { serviceUrl: connector.url, kind, conversationId, mention: true }));

beforeAll(async () => {
  connector = await startConnector({ fault: (r) => fault?.(r) });
  bot = await startBotServer({ env: { NOTIFY_TOKEN: TOKEN } });
  // Short retry delays (the route shares this notifier: one per state store).
  notifierFor({ ...bot.bot.deps, adapter: bot.bot.adapter }, { retry: { baseDelayMs: 2, maxDelayMs: 10 } });
  for (const [id, kind] of [
    [A, 'channel'],
    [B, 'channel'],
    [C, 'channel'],
    [G, 'groupChat'],
  ] as const) {
    await bot.post(botMembership('membersAdded', { serviceUrl: connector.url, kind, conversationId: id }));
  }
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('subscriptions and channel updates', () => {
  it('install → subscribe → notify: one card per subscribed conversation, with its sectors and figures; never twice', async () => {
    await say('abonneer politie, mbo', A);
    expect(lastCard(A)).toContain('Abonnement ingesteld');
    expect(lastCard(A)).toContain('Politie en Middelbaar beroepsonderwijs');
    await say('abonneer', B);
    expect(lastCard(B)).toContain('alle sectoren');
    await say('abonneer politie', G, 'groupChat');
    await say('afmelden', G, 'groupChat');
    expect(lastCard(G)).toContain('Deze groepschat krijgt geen updates over de banenafspraak meer.');
    await say('abonnementen', A);
    expect(lastCard(A)).toContain('Politie, mbo');

    connector.reset();
    const first = await report();
    expect(first).toMatchObject({ year: 2024, planned: 2, sent: 2, updated: 0, skipped: 0, failed: [] });

    expect(connector.messages(A)).toHaveLength(1);
    const a = lastCard(A);
    for (const fragment of [
      'Banenafspraak 2024: Politie en Middelbaar beroepsonderwijs',
      '713 fta',
      '489 fta',
      '68,4%',
      '+102 fta (+14,1 procentpunt)',
      'Nee, nog 224 fta te gaan',
      'circa 706 fta',
      'circa 1.929 fta',
      'Kamerstuk 34 352 nr. 348',
    ]) {
      expect(a).toContain(fragment);
    }
    expect(a).not.toContain('Gemeenten');
    expect(a).toContain('"type":"Action.Execute"'); // a follow-up button

    expect(connector.messages(B)).toHaveLength(1);
    const b = lastCard(B);
    for (const fragment of [
      'stand per sector',
      'Gemeenten',
      '6.051 fta',
      'Ja, 511 fta boven het doel',
      'In 2024 haalde 1 van de 13 sectoren het doel: de gemeenten.',
    ]) {
      expect(b).toContain(fragment);
    }
    expect(b).toContain('Realisatiepercentage 2024 (100% is het doel)'); // the chart's text equivalent

    expect(connector.messages(C)).toHaveLength(0);
    expect(connector.messages(G)).toHaveLength(0);

    const again = await report();
    expect(again).toMatchObject({ sent: 0, updated: 0, skipped: 2, failed: [] });
    expect(connector.messages()).toHaveLength(2);
  });

  it('429 storms and 5xx answers: everything delivered, nothing duplicated', async () => {
    connector.reset();
    const attempts = new Map<string, number>();
    fault = (r) => {
      if (r.method !== 'POST') return undefined;
      const n = (attempts.get(r.conversationId) ?? 0) + 1;
      attempts.set(r.conversationId, n);
      return (
        [
          { status: 429, retryAfter: 0 },
          { status: 502 },
          { status: 429, retryAfter: 0 },
          { status: 504 },
        ] as ConnectorFault[]
      )[n - 1];
    };
    try {
      const r = await report({ year: 2023 });
      // 502/504 are retried (Microsoft's guidance) but a gateway may have passed the post on:
      // delivered after one, each post is counted as a possible duplicate.
      expect(r).toMatchObject({ sent: 2, failed: [], uncertain: [], requests: 10, possibleDuplicates: 2 });
      expect(connector.messages(A)).toHaveLength(1);
      expect(connector.messages(B)).toHaveLength(1);
      expect(lastCard(A)).toContain('Banenafspraak 2023');
    } finally {
      fault = undefined;
    }
  });

  it('gives up on a conversation after a bound, records why, and still delivers to the others', async () => {
    connector.reset();
    fault = (r) => (r.conversationId === A ? { status: 502 } : undefined);
    try {
      const r = await report({ message: 'Proef met een kapotte verbinding.' });
      expect(r.sent).toBe(1);
      expect(r.failed).toEqual([]);
      // Seven 502s from a gateway: any of them may have been passed on, so A is onzeker, not "failed".
      expect(r.uncertain).toEqual([
        { target: A, reason: '502 ongeldig antwoord van de dienst, opgegeven na 7 pogingen', attempts: 7 },
      ]);
      expect(connector.messages(B)).toHaveLength(1);
      expect(lastCard(B)).toContain('Proef met een kapotte verbinding.');
    } finally {
      fault = undefined;
    }
    // The next run of the same update delivers what failed, and only that.
    connector.reset();
    const retry = await report({ message: 'Proef met een kapotte verbinding.' });
    expect(retry).toMatchObject({ sent: 1, skipped: 1, failed: [], uncertain: [], possibleDuplicates: 1 });
    expect(connector.messages(A)).toHaveLength(1);
    expect(connector.messages(B)).toHaveLength(0);
  });

  it('only the removal error codes set a conversation aside (recoverable); a bare 403/404 keeps it; uninstall forgets', async () => {
    const D = '19:verwijderd@thread.tacv2';
    const E = '19:verwijderd-via-uninstall@thread.tacv2';
    const F = '19:geweigerd-zonder-code@thread.tacv2';
    const N = '19:gesprek-weg@thread.tacv2';
    for (const id of [D, E, F, N]) {
      await bot.post(botMembership('membersAdded', { serviceUrl: connector.url, kind: 'channel', conversationId: id }));
      await say('abonneer politie', id);
    }
    await bot.post(botMembership('membersRemoved', { serviceUrl: connector.url, kind: 'channel', conversationId: E }));
    connector.reset();
    fault = (r) =>
      r.conversationId === D
        ? { status: 403, code: 'BotNotInConversationRoster' }
        : r.conversationId === N
          ? { status: 404, code: 'ConversationNotFound' }
          : r.conversationId === F
            ? { status: 403, code: 'Forbidden' }
            : undefined;
    let r: NotifyReport;
    try {
      r = await report({ message: 'Proef 403.' });
    } finally {
      fault = undefined;
    }
    expect(r.planned).toBe(5); // A, B, D, F, N: E was uninstalled
    expect([...r.removed].sort()).toEqual([D, N].sort());
    expect(r.removedRetentionDays).toBe(30);
    expect(r.failed).toEqual(
      expect.arrayContaining([
        { target: D, reason: '403 bot niet (meer) in het gesprek (BotNotInConversationRoster)', attempts: 1 },
        { target: N, reason: '404 bot niet (meer) in het gesprek (ConversationNotFound)', attempts: 1 },
        { target: F, reason: '403 geweigerd (Forbidden)', attempts: 1 },
      ]),
    );
    const onDisk = JSON.parse(await readFile(bot.stateFile, 'utf8'));
    // Set aside, not deleted: conversation and subscription are still there, with removedAt.
    expect(onDisk.conversations[D].removedAt).toEqual(expect.any(String));
    expect(onDisk.subscriptions[D].sectors).toEqual(['politie']);
    expect(onDisk.conversations[F].removedAt).toBeUndefined();
    expect(onDisk.subscriptions[F]).toBeDefined();
    expect(onDisk.conversations).not.toHaveProperty([E]);
    expect(connector.messages(E)).toHaveLength(0);

    // Not posted to while set aside; F (a bare 403) is tried again.
    connector.reset();
    const next = await report({ message: 'Proef 403.' });
    expect(next.planned).toBe(3);
    expect(connector.messages(D)).toHaveLength(0);
    expect(connector.messages(F)).toHaveLength(1);

    // A message in D (the bot is back) restores it with its subscription.
    await say('realisatie politie 2024?', D);
    expect((await bot.bot.deps.store.getConversation(D))?.removedAt).toBeUndefined();
    connector.reset();
    const restored = await report({ message: 'Proef 403.' });
    expect(restored.planned).toBe(4);
    expect(connector.messages(D)).toHaveLength(1);
  });
});

describe('POST /api/notify', () => {
  it('answers 401 without the right bearer token', async () => {
    expect((await notify({}, {})).status).toBe(401);
    expect((await notify({}, { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
    expect((await notify({}, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await notify({}, { authorization: 'Bearer ' })).status).toBe(401);
  });

  it.each([
    [{ year: '2024' }, 'year'],
    [{ sectors: 'politie' }, 'sectors'],
    [{ colour: 'red' }, 'colour'],
    [{ sectors: ['politei'] }, 'bedoelt u politie'],
    [{ year: 2030 }, 'Geen cijfers over 2030'],
  ])('answers 400 with the reason for %j', async (body, reason) => {
    const res = await notify(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain(reason);
  });

  it('a dry run reports without posting', async () => {
    connector.reset();
    const r = await report({ year: 2024, sectors: ['Politie'], dryRun: true, message: 'Nog niet versturen.' });
    // A (politie, mbo), B (all), D and F (politie); N is set aside (bot removed there).
    expect(r).toMatchObject({ dryRun: true, sent: 4, sectors: ['politie'] });
    expect(connector.messages()).toHaveLength(0);
  });

  it('answers 202 when the run takes longer than it waits, and the run completes', async () => {
    const slow = await startFanoutConnector({ delayMs: 300 });
    const W = '19:wo-kanaal@thread.tacv2';
    const deps = { ...bot.bot.deps, adapter: bot.bot.adapter };
    await deps.store.saveConversation({
      id: W,
      kind: 'channel',
      reference: { channelId: 'msteams', serviceUrl: slow.url, conversation: { id: W }, bot: { id: '28:bot' } },
    });
    await deps.store.subscribe(W, ['wo']);
    const app = express()
      .use(express.json())
      .post('/api/notify', notifyRoute(deps, { waitMs: 50 }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ sectors: ['universiteiten'] }),
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ status: 'accepted' });
      // The run goes on: the next one (queued behind it) finds the post done.
      const after = await notifierFor(deps).run({ year: 2024, sectors: ['wo'] });
      expect(after).toMatchObject({ sent: 0, skipped: 2 }); // the wo channel and B (all sectors)
      expect(slow.posts.get(W)).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
      await slow.close();
    }
  });

  it('limits failed attempts per address: the 11th wrong token within 15 minutes blocks it (429), the right one too', async () => {
    const guarded = await startBotServer({ env: { NOTIFY_TOKEN: TOKEN } });
    const call = (token: string) =>
      fetch(`${guarded.url}/api/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ dryRun: true }),
      });
    try {
      for (let i = 0; i < 5; i++) expect((await call(`guess-${i}`)).status).toBe(401);
      expect((await call(TOKEN)).status).toBe(200); // a success clears the count
      for (let i = 0; i < 10; i++) expect((await call(`guess-${i}`)).status).toBe(401);
      const blocked = await call('guess-10');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
      expect(((await blocked.json()) as { error: string }).error).toContain('Te veel mislukte pogingen');
      expect((await call(TOKEN)).status).toBe(429); // blocked: guessing learns nothing
    } finally {
      await guarded.close();
    }
  });

  it('does not exist (404) when NOTIFY_TOKEN is not set', async () => {
    const plain = await startBotServer();
    try {
      const res = await fetch(`${plain.url}/api/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: '{}',
      });
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
