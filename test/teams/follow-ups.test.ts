// Follow-up questions over real HTTP with the stand-in connector: the context belongs to one
// conversation (a channel thread has its own), a button or picker sets it like a typed question,
// it expires after CONTEXT_TTL_MINUTES, it survives a restart, "wij" is per channel, it is
// stored without message text or names, deleted with the conversation, and a failed save never
// costs the answer.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/store/state.js';
import { startBotServer, useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { botMembership, cardAction, type Kind, message } from './activities.js';

const setup = useBotAndConnector();

let n = 0;
const ids = {
  personal: () => `a:follow-${Date.now().toString(36)}-${++n}`,
  channel: () => `19:follow-${Date.now().toString(36)}-${++n}@thread.tacv2`,
};

const cardText = (a: { activity: { attachments?: { content: unknown }[] } }) =>
  JSON.stringify(a.activity.attachments?.[0]?.content ?? {});

/** Sends one message in a conversation and returns the bot's reply to it. */
async function say(text: string, conversationId: string, kind: Kind = 'personal', post = setup.bot.post) {
  const activity = message(text, {
    serviceUrl: setup.connector.url,
    conversationId,
    kind,
    mention: kind !== 'personal',
  });
  expect((await post(activity)).status).toBe(200);
  await setup.connector.waitFor(() => setup.connector.messages().some((m) => m.replyToId === activity.id));
  return setup.connector.messages().find((m) => m.replyToId === activity.id)!;
}

async function click(value: unknown, conversationId: string, kind: Kind = 'personal') {
  const activity = cardAction(value, { serviceUrl: setup.connector.url, conversationId, kind });
  expect((await setup.bot.post(activity)).status).toBe(200);
  await setup.connector.waitFor(() => setup.connector.messages().some((m) => m.replyToId === activity.id));
  return setup.connector.messages().find((m) => m.replyToId === activity.id)!;
}

describe('follow-ups in each kind of conversation', () => {
  it('personal chat: "en in 2023?", "hoeveel mist die nog?", "en defensie?" with the resolved heading', async () => {
    const conv = ids.personal();
    expect(shownText((await say('realisatie politie 2024?', conv)).activity)).toContain('489 fta');
    const y2023 = await say('en in 2023?', conv);
    expect(shownText(y2023.activity)).toContain(
      'Realisatie politie 2023: 387 fta, dat is 54,3% van het doel van 713 fta.',
    );
    expect(cardText(y2023)).toContain('Politie · 2023 · realisatie');
    const gap = await say('hoeveel mist die nog?', conv);
    expect(shownText(gap.activity)).toContain('Politie 2023: nog 326 fta tekort om het doel van 713 fta te halen');
    expect(cardText(gap)).toContain('Politie · 2023 · tekort');
    const defensie = await say('en defensie?', conv);
    expect(cardText(defensie)).toContain('Defensie · 2023 · tekort');
  });

  it('a follow-up sent as soon as the reply arrives (before the first request has ended) finds the context', async () => {
    const conv = ids.personal();
    const first = message('tekort defensie 2023', { serviceUrl: setup.connector.url, conversationId: conv });
    const pending = setup.bot.post(first);
    await setup.connector.waitFor(() => setup.connector.messages().some((m) => m.replyToId === first.id));
    const next = await say('en de politie?', conv);
    expect(shownText(next.activity)).toContain('Politie 2023: nog 326 fta tekort');
    expect((await pending).status).toBe(200);
  });

  it('group chat (@mention): "en de politie?" keeps the operation and year', async () => {
    const conv = `19:group-${++n}@thread.v2`;
    await say('tekort defensie 2023', conv, 'groupChat');
    const reply = await say('en de politie?', conv, 'groupChat');
    expect(shownText(reply.activity)).toContain('Politie 2023: nog 326 fta tekort');
  });

  it('channel threads have their own context; the channel itself keeps none', async () => {
    const channel = ids.channel();
    const threadA = `${channel};messageid=1001`;
    const threadB = `${channel};messageid=1002`;
    await say('realisatie politie 2024', threadA, 'channel');
    await say('tekort defensie 2023', threadB, 'channel');
    const a = await say('en in 2023?', threadA, 'channel');
    expect(shownText(a.activity)).toContain('Realisatie politie 2023: 387 fta');
    const b = await say('en in 2024?', threadB, 'channel');
    expect(cardText(b)).toContain('Defensie · 2024 · tekort');
    const newThread = await say('en in 2023?', `${channel};messageid=1003`, 'channel');
    expect(shownText(newThread.activity)).toContain('Welke sector bedoelt u met 2023?');
  });

  it('no leak between two conversations: a first follow-up asks back, with buttons', async () => {
    await say('realisatie politie 2024?', ids.personal());
    const other = await say('en in 2023?', ids.personal());
    expect(shownText(other.activity)).toContain('Welke sector bedoelt u met 2023?');
    expect(shownText(other.activity)).not.toMatch(/politie/i);
    expect(cardText(other)).toContain('"query":{"intent":"lookup","sector":"rijk","metric":"alles","year":2023}');
  });
});

describe('buttons and pickers set the context', () => {
  it('a follow-up button, then "en in 2024?"', async () => {
    const conv = ids.personal();
    await click({ action: 'query', query: { intent: 'gap', sector: 'defensie', year: 2023 } }, conv);
    const reply = await say('en in 2024?', conv);
    expect(cardText(reply)).toContain('Defensie · 2024 · tekort');
  });

  it('a sector picked in the "Andere sector…" list, then "en het tekort?"', async () => {
    const conv = ids.personal();
    const value = {
      action: 'pick-sector',
      query: { intent: 'lookup', sector: 'defensie', year: 2023, metric: 'alles' },
      sector: 'politie',
    };
    await click(value, conv);
    const reply = await say('en het tekort?', conv);
    expect(shownText(reply.activity)).toContain('Politie 2023: nog 326 fta tekort');
  });

  it('the ask-back button answers with the year asked, and that becomes the context', async () => {
    const conv = ids.personal();
    await say('en in 2023?', conv);
    await click({ action: 'query', query: { intent: 'lookup', sector: 'politie', metric: 'alles', year: 2023 } }, conv);
    const reply = await say('en het tekort?', conv);
    expect(shownText(reply.activity)).toContain('Politie 2023: nog 326 fta tekort');
  });
});

describe('lifetime of a context', () => {
  it('expires after CONTEXT_TTL_MINUTES (default 30) of silence', async () => {
    const { store } = setup.bot.bot.deps;
    const query = { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 };
    const old = ids.personal();
    await store.putContext(old, { query, at: new Date(Date.now() - 31 * 60_000).toISOString() });
    expect(shownText((await say('en in 2023?', old)).activity)).toContain('Welke sector bedoelt u met 2023?');
    const recent = ids.personal();
    await store.putContext(recent, { query, at: new Date(Date.now() - 29 * 60_000).toISOString() });
    expect(shownText((await say('en in 2023?', recent)).activity)).toContain('Realisatie politie 2023: 387 fta');
  });

  it('survives a restart in the middle of a dialogue (same state file)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banenbot-restart-'));
    const env = { STATE_FILE: join(dir, 'state.json') };
    const conv = ids.personal();
    try {
      const first = await startBotServer({ env });
      await say('realisatie politie 2024?', conv, 'personal', first.post);
      await first.close();
      const second = await startBotServer({ env });
      try {
        const reply = await say('en in 2023?', conv, 'personal', second.post);
        expect(shownText(reply.activity)).toContain('Realisatie politie 2023: 387 fta');
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is stored without message text or names, and deleted with the conversation (threads included)', async () => {
    const channel = ids.channel();
    const thread = `${channel};messageid=2001`;
    await say('dit kanaal gaat over politie', thread, 'channel');
    await say('hoeveel mist die nog in 2023?', thread, 'channel');
    const state = JSON.parse(await readFile(setup.bot.stateFile, 'utf8'));
    const stored = JSON.stringify([state.contexts[channel], state.contexts[thread]]);
    expect(state.contexts[channel]).toMatchObject({ speaksFor: 'politie' });
    expect(Object.keys(state.contexts[thread]).sort()).toEqual(['at', 'query']);
    expect(stored).not.toMatch(/hoeveel|kanaal|Test Gebruiker|29:user/);
    await setup.bot.post(
      botMembership('membersRemoved', { serviceUrl: setup.connector.url, conversationId: thread, kind: 'channel' }),
    );
    const { store } = setup.bot.bot.deps;
    expect(await store.getContext(thread)).toBeUndefined();
    expect(await store.getContext(channel)).toBeUndefined();
  });

  it('a context that cannot be saved is logged, and the answer is sent anyway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banenbot-nosave-'));
    const store = await StateStore.open(join(dir, 'state.json'));
    store.putContext = async () => {
      throw new Error('disk full');
    };
    const bot = await startBotServer({ overrides: { store } });
    try {
      const conv = ids.personal();
      const reply = await say('realisatie politie 2024?', conv, 'personal', bot.post);
      expect(shownText(reply.activity)).toContain('489 fta');
      await setup.connector.waitFor(() => bot.logs.some((l) => l.includes('conversation context not saved')));
      expect(bot.logs.join('\n')).not.toContain('realisatie politie');
    } finally {
      await bot.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('"wij" in a channel', () => {
  it('declared in one thread, used in another: "ons tekort", "hoe doen wij het t.o.v. defensie?"', async () => {
    const channel = ids.channel();
    const declared = await say('dit kanaal gaat over politie', `${channel};messageid=3001`, 'channel');
    expect(shownText(declared.activity)).toContain('Genoteerd: in dit gesprek staat "wij" en "ons" voor politie.');
    const gap = await say('ons tekort in 2023', `${channel};messageid=3002`, 'channel');
    expect(shownText(gap.activity)).toContain('Politie 2023: nog 326 fta tekort');
    const compare = await say('hoe doen wij het t.o.v. defensie?', `${channel};messageid=3003`, 'channel');
    expect(cardText(compare)).toContain('Politie, Defensie');
  });

  it('a channel subscribed to one sector reads "wij" as it and asks to confirm; the button confirms', async () => {
    const channel = ids.channel();
    await say('abonneer mbo', channel, 'channel');
    const assumed = await say('ons tekort', `${channel};messageid=4001`, 'channel');
    expect(shownText(assumed.activity)).toContain('Ik lees "wij" als middelbaar beroepsonderwijs');
    expect(cardText(assumed)).toContain('"intent":"speaks_for","sector":"mbo"');
    await click(
      { action: 'query', query: { intent: 'speaks_for', sector: 'mbo' } },
      `${channel};messageid=4001`,
      'channel',
    );
    expect((await setup.bot.bot.deps.store.getContext(channel))?.speaksFor).toBe('mbo');
    const after = await say('ons tekort', `${channel};messageid=4002`, 'channel');
    expect(shownText(after.activity)).not.toContain('Ik lees "wij"');
  });

  it('without a known "wij": asks which sector; the sector picked (button or typed) is "wij" from then on', async () => {
    const conv = ids.personal();
    const reply = await say('ons tekort', conv);
    expect(shownText(reply.activity)).toContain('Voor welke sector spreekt u?');
    const picked = await click({ action: 'query', query: { intent: 'gap', sector: 'defensie' } }, conv);
    expect(shownText(picked.activity)).toMatch(/Defensie 2024: nog .* fta tekort/);
    expect((await setup.bot.bot.deps.store.getContext(conv))?.speaksFor).toBe('defensie');
    const typed = ids.personal();
    await say('hoe doen wij het t.o.v. het hbo?', typed);
    const compared = await say('het mbo', typed);
    expect(cardText(compared)).toContain('Hoger beroepsonderwijs, Middelbaar beroepsonderwijs');
    expect(shownText((await say('onze realisatie in 2023', typed)).activity)).toMatch(/middelbaar beroepsonderwijs/i);
  });
});
