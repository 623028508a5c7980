// Honest delivery over real HTTP: the Bot Connector has no idempotency key, so a post whose answer
// was lost (time-out, connection reset, 500/503 after the post was taken) may have arrived. Such
// posts are "onzeker" in the ledger and the report, not retried blindly; the next run sends them
// again (at-least-once) and counts every post that may now be there twice. Never a silent
// duplicate: each conversation that got a post twice is counted. A connector that never answers
// does not stall the run (CONNECTOR_TIMEOUT_MS).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotifyReport } from '../../src/notify/report.js';
import { notifierFor } from '../../src/teams/proactive/notifier.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, type ConnectorFault, type ConnectorRequest, startConnector } from '../support/connector.js';
import { botMembership, message } from '../teams/activities.js';

const TIMEOUT_MS = 400;
const OK = ['19:ok-1@thread.tacv2', '19:ok-2@thread.tacv2'];
const RESET = '19:reset-na-afleveren@thread.tacv2';
const E500 = '19:500-na-afleveren@thread.tacv2';
const HANG = '19:geen-antwoord@thread.tacv2';
const E503 = '19:503@thread.tacv2';
const ALL = [...OK, RESET, E500, HANG, E503];

let connector: Connector;
let bot: StartedBot;
let fault: ((r: ConnectorRequest) => ConnectorFault | undefined) | undefined;

const run = (body: Record<string, unknown>) => notifierFor({ ...bot.bot.deps, adapter: bot.bot.adapter }).run(body);

beforeAll(async () => {
  connector = await startConnector({ fault: (r) => fault?.(r) });
  bot = await startBotServer({ env: { CONNECTOR_TIMEOUT_MS: String(TIMEOUT_MS) } });
  notifierFor({ ...bot.bot.deps, adapter: bot.bot.adapter }, { retry: { baseDelayMs: 2, maxDelayMs: 10 } });
  for (const id of ALL) {
    const o = { serviceUrl: connector.url, kind: 'channel' as const, conversationId: id };
    await bot.post(botMembership('membersAdded', o));
    await bot.post(message('abonneer politie', { ...o, mention: true }));
  }
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('lost answers', () => {
  it('are onzeker (not sent, not retried), counted; the next run re-sends them and counts every possible duplicate', async () => {
    connector.reset();
    fault = (r) => {
      if (r.method !== 'POST') return undefined;
      if (r.conversationId === RESET) return { deliver: true, drop: 'reset' };
      if (r.conversationId === E500) return { deliver: true, status: 500 };
      if (r.conversationId === HANG) return { deliver: true, drop: 'hang' };
      if (r.conversationId === E503) return { status: 503 };
      return undefined;
    };
    const started = Date.now();
    let first: NotifyReport;
    try {
      first = await run({ year: 2024, message: 'Proef met verloren antwoorden.' });
    } finally {
      fault = undefined;
    }
    // The hanging connector cost one time-out, not the run.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);
    expect(first.sent).toBe(2);
    expect(first.failed).toEqual([]);
    expect(first.uncertain.map((u) => u.target).sort()).toEqual([RESET, E500, HANG, E503].sort());
    const reasons = Object.fromEntries(first.uncertain.map((u) => [u.target, u.reason]));
    expect(reasons[HANG]).toBe('time-out: geen antwoord binnen de wachttijd');
    expect(reasons[E500]).toBe('500 fout bij de dienst');
    expect(reasons[E503]).toBe('503 dienst niet beschikbaar');
    expect(reasons[RESET]).toMatch(/^netwerkfout/);
    // One request each: a lost answer is not retried at once.
    expect(first.uncertain.every((u) => u.attempts === 1)).toBe(true);
    expect(first.requests).toBe(6);

    const onDisk = JSON.parse(await readFile(bot.stateFile, 'utf8'));
    const statusOf = (id: string) =>
      (Object.values(onDisk.ledger) as { target: string; update: string; status: string }[]).find(
        (e) => e.target === id && e.update === first.update,
      )?.status;
    for (const id of [RESET, E500, HANG, E503]) expect(statusOf(id)).toBe('uncertain');
    for (const id of OK) expect(statusOf(id)).toBe('sent');

    // Delivered in fact: the three whose answer was lost after the post was taken.
    for (const id of [...OK, RESET, E500, HANG]) expect(connector.messages(id)).toHaveLength(1);
    expect(connector.messages(E503)).toHaveLength(0);

    // The next run of the same update: at-least-once, and every possible duplicate counted.
    const second = await run({ year: 2024, message: 'Proef met verloren antwoorden.' });
    expect(second).toMatchObject({ sent: 4, skipped: 2, uncertain: [], failed: [], possibleDuplicates: 4 });
    const twice = ALL.filter((id) => connector.messages(id).length > 1);
    expect(twice.sort()).toEqual([RESET, E500, HANG].sort());
    // Never claims more than it measured, never hides a duplicate: measured duplicates ≤ counted.
    expect(twice.length).toBeLessThanOrEqual(second.possibleDuplicates);
    for (const id of ALL) expect(connector.messages(id).length).toBeGreaterThanOrEqual(1);

    const third = await run({ year: 2024, message: 'Proef met verloren antwoorden.' });
    expect(third).toMatchObject({ sent: 0, skipped: 6, possibleDuplicates: 0 });
  });

  it('a throttled post (429) is retried and not counted as a possible duplicate', async () => {
    connector.reset();
    const seen = new Map<string, number>();
    fault = (r) => {
      if (r.method !== 'POST') return undefined;
      const n = (seen.get(r.conversationId) ?? 0) + 1;
      seen.set(r.conversationId, n);
      return n === 1 ? { status: 429, retryAfter: 0 } : undefined;
    };
    try {
      const r = await run({ year: 2023, sectors: ['politie'], message: 'Proef 429.' });
      expect(r).toMatchObject({ sent: 6, uncertain: [], failed: [], possibleDuplicates: 0 });
    } finally {
      fault = undefined;
    }
    for (const id of ALL) expect(connector.messages(id)).toHaveLength(1);
  });

  it('an automatic run (new dataset version) with onzekere posts is completed by the next start', async () => {
    const deps = { ...bot.bot.deps, adapter: bot.bot.adapter };
    const notifier = notifierFor(deps);
    const version = bot.bot.deps.dataset.meta.version;
    expect(await bot.bot.deps.store.lastNotifiedVersion()).not.toBe(version);
    connector.reset();
    fault = (r) => (r.conversationId === E503 ? { status: 503 } : undefined);
    let first: NotifyReport | undefined;
    try {
      first = await notifier.notifyIfNewVersion();
    } finally {
      fault = undefined;
    }
    expect(first?.uncertain.map((u) => u.target)).toEqual([E503]);
    expect(await bot.bot.deps.store.lastNotifiedVersion()).not.toBe(version);
    const second = await notifier.notifyIfNewVersion();
    expect(second).toMatchObject({ sent: 1, skipped: 5, uncertain: [], possibleDuplicates: 1 });
    expect(await bot.bot.deps.store.lastNotifiedVersion()).toBe(version);
    expect(await notifier.notifyIfNewVersion()).toBeUndefined();
  });

  it('the report says it in Dutch', async () => {
    const { formatReport } = await import('../../src/notify/report.js');
    connector.reset();
    fault = (r) => (r.conversationId === E503 ? { status: 503 } : undefined);
    let r: NotifyReport;
    try {
      r = await run({ year: 2022, message: 'Proef rapport.' });
    } finally {
      fault = undefined;
    }
    const text = formatReport(r);
    expect(text).toContain('Onzeker (antwoord verloren, mogelijk wel afgeleverd): 1');
    expect(text).toContain(
      `${E503}: 503 dienst niet beschikbaar; de volgende run van deze update verstuurt het opnieuw`,
    );
    const again = formatReport(await run({ year: 2022, message: 'Proef rapport.' }));
    expect(again).toContain('Mogelijk dubbel afgeleverd (opnieuw verstuurd na een onzekere poging): 1');
  });
});
