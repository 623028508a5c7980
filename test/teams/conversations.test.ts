// Messages over real HTTP: activities POSTed to /api/messages, replies read from the stand-in
// Bot Connector. Personal chat, channels with and without @mention, retries, long messages.
import { describe, expect, it } from 'vitest';
import { type Answerer, createAnswerer } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';
import { startBotServer, useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { message } from './activities.js';

const setup = useBotAndConnector();

const cardOf = (a: { activity: { attachments?: { contentType: string; content: unknown }[] } }) =>
  a.activity.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content as
    | { type: string; body: unknown[] }
    | undefined;

describe('personal chat', () => {
  it('answers "realisatie politie 2024?" with the figures in text and card, as a reply', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: setup.connector.url });
    const res = await setup.bot.post(activity);
    expect(res.status).toBe(200);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(reply!.replyToId).toBe(activity.id);
    expect(shownText(reply!.activity)).toContain('489 fta');
    expect(shownText(reply!.activity)).toContain('68,4%');
    expect(reply!.activity.locale).toBe('nl-NL');
    const card = cardOf(reply!);
    expect(card?.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card)).toContain('489 fta');
  });

  it('says which sector it does not know and suggests one ("Bedoelt u …")', async () => {
    const activity = message('realisatie poliite 2024', { serviceUrl: setup.connector.url });
    await setup.bot.post(activity);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(shownText(reply!.activity)).toMatch(/Ik ken de sector "poliite" niet\. Bedoelt u .*politie/);
    // The suggestion is a button that asks again with the right sector.
    expect(JSON.stringify(reply!.activity.attachments)).toContain('"sector":"politie"');
  });

  it('answers a repeated activity id (Teams retry) only once', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: setup.connector.url });
    const [a, b] = await Promise.all([setup.bot.post(activity), setup.bot.post(activity)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const third = await setup.bot.post(activity);
    expect(third.status).toBe(200);
    // A later message in the same conversation proves the repeats were processed (and dropped).
    const next = message('realisatie politie 2023?', {
      serviceUrl: setup.connector.url,
      conversationId: activity.conversation.id,
    });
    await setup.bot.post(next);
    await setup.connector.waitFor(() => setup.connector.messages().some((m) => m.replyToId === next.id));
    expect(setup.connector.messages(activity.conversation.id).filter((m) => m.replyToId === activity.id)).toHaveLength(
      1,
    );
  });

  it('reads at most MAX_MESSAGE_LENGTH characters of a very long message and still answers', async () => {
    const real = createAnswerer(loadDataset());
    const asked: string[] = [];
    const recording: Answerer = { ...real, respond: (q, c) => (asked.push(q), real.respond(q, c)) };
    const short = await startBotServer({ env: { MAX_MESSAGE_LENGTH: '40' }, overrides: { answerer: recording } });
    try {
      const activity = message(`realisatie politie 2024? ${'bla '.repeat(5_000)}`, { serviceUrl: setup.connector.url });
      expect((await short.post(activity)).status).toBe(200);
      expect(asked).toEqual([`realisatie politie 2024? ${'bla '.repeat(5_000)}`.slice(0, 40)]);
      const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
      expect(shownText(reply!.activity)).toContain('489 fta');
    } finally {
      await short.close();
    }
  });
});

describe('channels and group chats', () => {
  it('answers "<at>banenbot</at> realisatie politie 2024?" in a channel, in the thread', async () => {
    const conversationId = '19:chan@thread.tacv2;messageid=1700000000001';
    const activity = message('realisatie politie 2024?', {
      serviceUrl: setup.connector.url,
      kind: 'channel',
      conversationId,
      mention: true,
    });
    expect(activity.text).toBe('<at>banenbot</at> realisatie politie 2024?');
    await setup.bot.post(activity);
    const [reply] = await setup.connector.waitForMessages(1, conversationId);
    expect(shownText(reply!.activity)).toContain('489 fta');
    expect(shownText(reply!.activity)).toContain('68,4%');
    expect(reply!.replyToId).toBe(activity.id);
  });

  it('answers an @mention in a group chat', async () => {
    const activity = message('realisatie politie 2024?', {
      serviceUrl: setup.connector.url,
      kind: 'groupChat',
      mention: true,
    });
    await setup.bot.post(activity);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(shownText(reply!.activity)).toContain('489 fta');
  });

  it('stays silent in a channel when not @mentioned', async () => {
    const silent = message('realisatie politie 2024?', { serviceUrl: setup.connector.url, kind: 'channel' });
    const res = await setup.bot.post(silent);
    expect(res.status).toBe(200);
    // The bot answers before its HTTP response ends, so a reply would be there by now; the
    // mentioned message after it shows the bot was listening.
    const addressed = message('realisatie politie 2024?', {
      serviceUrl: setup.connector.url,
      kind: 'channel',
      mention: true,
    });
    await setup.bot.post(addressed);
    await setup.connector.waitForMessages(1, addressed.conversation.id);
    expect(setup.connector.messages(silent.conversation.id)).toHaveLength(0);
  });
});
