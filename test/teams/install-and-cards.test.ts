// Install/uninstall events and card buttons over real HTTP: one welcome per conversation,
// conversation references kept in the state file, Action.Submit answered or politely refused.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { botMembership, cardAction, installationUpdate, message } from './activities.js';

const setup = useBotAndConnector();

const conversationsOnDisk = async () =>
  (
    JSON.parse(await readFile(setup.bot.stateFile, 'utf8')) as {
      conversations: Record<string, { kind: string; welcomed: boolean; reference: Record<string, unknown> }>;
    }
  ).conversations;

describe('install', () => {
  it('welcomes a personal chat once, even when Teams announces the install twice and it is installed again', async () => {
    const o = { serviceUrl: setup.connector.url, conversationId: 'a:personal-install-1' };
    expect((await setup.bot.post(installationUpdate('add', o))).status).toBe(200);
    await setup.bot.post(botMembership('membersAdded', o));
    await setup.bot.post(installationUpdate('add', o));
    const welcomes = setup.connector.messages('a:personal-install-1');
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]!.activity.locale).toBe('nl-NL');
    expect(welcomes[0]!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const stored = (await conversationsOnDisk())['a:personal-install-1'];
    expect(stored).toMatchObject({ kind: 'personal', welcomed: true });
    expect(stored!.reference).toMatchObject({
      serviceUrl: setup.connector.url,
      conversation: { id: 'a:personal-install-1' },
    });
    // No names in the state file.
    expect(JSON.stringify(stored)).not.toContain('Test Gebruiker');
  });

  it('welcomes once when Teams sends installationUpdate and conversationUpdate at the same moment', async () => {
    const o = { serviceUrl: setup.connector.url, conversationId: 'a:personal-install-race' };
    const statuses = await Promise.all([
      setup.bot.post(installationUpdate('add', o)),
      setup.bot.post(botMembership('membersAdded', o)),
    ]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    expect(setup.connector.messages('a:personal-install-race')).toHaveLength(1);
  });

  it('welcomes a team once when the bot is added to it', async () => {
    const o = {
      serviceUrl: setup.connector.url,
      kind: 'channel' as const,
      conversationId: '19:team-general@thread.tacv2',
    };
    await setup.bot.post(botMembership('membersAdded', o));
    await setup.bot.post(botMembership('membersAdded', o));
    expect(setup.connector.messages('19:team-general@thread.tacv2')).toHaveLength(1);
    expect((await conversationsOnDisk())['19:team-general@thread.tacv2']).toMatchObject({
      kind: 'channel',
      welcomed: true,
    });
  });

  it('ignores other members joining a conversation', async () => {
    const o = {
      serviceUrl: setup.connector.url,
      kind: 'groupChat' as const,
      conversationId: '19:group-join@thread.v2',
    };
    await setup.bot.post({ ...botMembership('membersAdded', o), membersAdded: [{ id: '29:someone-else' }] });
    expect(setup.connector.messages('19:group-join@thread.v2')).toHaveLength(0);
  });

  it('forgets the conversation when the bot is uninstalled', async () => {
    const o = { serviceUrl: setup.connector.url, conversationId: 'a:personal-uninstall' };
    await setup.bot.post(installationUpdate('add', o));
    expect(await conversationsOnDisk()).toHaveProperty(['a:personal-uninstall']);
    await setup.bot.post(installationUpdate('remove', o));
    expect(await conversationsOnDisk()).not.toHaveProperty(['a:personal-uninstall']);
    const team = {
      serviceUrl: setup.connector.url,
      kind: 'channel' as const,
      conversationId: '19:team-gone@thread.tacv2',
    };
    await setup.bot.post(botMembership('membersAdded', team));
    await setup.bot.post(botMembership('membersRemoved', team));
    expect(await conversationsOnDisk()).not.toHaveProperty(['19:team-gone@thread.tacv2']);
    expect(setup.connector.messages('a:personal-uninstall')).toHaveLength(1); // the welcome, nothing after
  });

  it('stores a channel by its channel id, not by the thread a message came from', async () => {
    const conversationId = '19:chan-store@thread.tacv2;messageid=1700000000555';
    await setup.bot.post(
      message('realisatie politie 2024?', {
        serviceUrl: setup.connector.url,
        kind: 'channel',
        conversationId,
        mention: true,
      }),
    );
    const stored = (await conversationsOnDisk())['19:chan-store@thread.tacv2'];
    expect(stored).toMatchObject({
      kind: 'channel',
      reference: { conversation: { id: '19:chan-store@thread.tacv2' } },
    });
    expect(stored!.reference).not.toHaveProperty('activityId');
    expect(stored!.reference).not.toHaveProperty('user');
  });

  it('writes a conversation once: further messages with the same reference leave it as it was', async () => {
    // A channel: its reference has no user (an undefined field that the stored copy leaves out).
    const thread = '19:chan-same@thread.tacv2;messageid=1700000000777';
    const o = { serviceUrl: setup.connector.url, kind: 'channel' as const, conversationId: thread, mention: true };
    const stored = async () =>
      (await conversationsOnDisk())['19:chan-same@thread.tacv2'] as
        | { updatedAt?: string; reference: Record<string, unknown> }
        | undefined;
    await setup.bot.post(message('realisatie politie 2024?', o));
    const first = await stored();
    expect(first?.updatedAt).toBeTruthy();
    await setup.bot.post(message('realisatie defensie 2024?', o));
    await setup.bot.post(message('help', o));
    expect(setup.connector.messages(thread)).toHaveLength(3);
    expect(await stored()).toEqual(first);
    // A reference that changed (here the locale) is written.
    await setup.bot.post({ ...message('help', o), locale: 'en-US' });
    expect((await stored())!.reference).toMatchObject({ locale: 'en-US' });
  });
});

describe('card buttons (Action.Submit)', () => {
  it('answers a follow-up button with the query it carries', async () => {
    const value = { action: 'query', query: { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' } };
    const activity = cardAction(value, { serviceUrl: setup.connector.url });
    expect((await setup.bot.post(activity)).status).toBe(200);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(shownText(reply!.activity)).toContain('489 fta');
    expect(shownText(reply!.activity)).toContain('68,4%');
  });

  it('answers "Andere sector…" with the picked sector in place of the card\'s', async () => {
    const value = {
      action: 'pick-sector',
      query: { intent: 'lookup', sector: 'defensie', year: 2024, metric: 'alles' },
      sector: 'politie',
    };
    const activity = cardAction(value, { serviceUrl: setup.connector.url, kind: 'channel' });
    await setup.bot.post(activity);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(shownText(reply!.activity)).toContain('489 fta');
  });

  it('answers a button whose press also carries text (Teams messageBack) by its data, in a channel without mention', async () => {
    const value = {
      action: 'query',
      query: { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' },
      msteams: { type: 'messageBack' },
    };
    const activity = {
      ...cardAction(value, { serviceUrl: setup.connector.url, kind: 'channel' }),
      text: 'Toon politie',
    };
    await setup.bot.post(activity);
    const replies = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(replies).toHaveLength(1);
    expect(shownText(replies[0]!.activity)).toContain('489 fta');
  });

  it.each([
    ['an unknown action', { action: 'explode' }],
    ['a query that no longer validates', { action: 'query', query: { intent: 'lookup', sector: 'brandweer' } }],
    [
      'a picked sector that does not exist',
      { action: 'pick-sector', query: { intent: 'lookup', sector: 'politie' }, sector: 'mars' },
    ],
    ['no data at all', {}],
  ])('answers %s with a friendly Dutch message', async (_label, value) => {
    const activity = cardAction(value, { serviceUrl: setup.connector.url });
    expect((await setup.bot.post(activity)).status).toBe(200);
    const replies = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/^Deze knop werkt niet meer\./);
  });
});
