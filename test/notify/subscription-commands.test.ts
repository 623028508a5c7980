// "abonneer", "abonnementen", "afmelden" as people type them, with and without ADMIN_IDS, in a
// channel and in a personal chat (where a subscription is that person's own).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { cardAction, message, USER } from '../teams/activities.js';

let connector: Connector;
let bot: StartedBot | undefined;

beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  connector.reset();
});

const card = (conversationId: string) =>
  JSON.stringify(connector.messages(conversationId).at(-1)?.activity.attachments?.[0]?.content ?? {});
const text = (conversationId: string) => shownText(connector.messages(conversationId).at(-1)?.activity ?? {});

async function say(words: string, conversationId: string, kind: 'channel' | 'personal' = 'channel', from = USER) {
  const activity = {
    ...message(words, { serviceUrl: connector.url, kind, conversationId, mention: kind === 'channel' }),
    from,
  };
  expect((await bot!.post(activity)).status).toBe(200);
}

describe('subscription commands', () => {
  it('with ADMIN_IDS set, others get a polite refusal and nothing changes; everyone sees the subscription', async () => {
    bot = await startBotServer({ env: { ADMIN_IDS: 'aaaaaaaa-0000-0000-0000-00000000000a' } });
    const chan = '19:admin-only@thread.tacv2';
    await say('abonneer politie', chan);
    expect(card(chan)).toContain('Alleen beheerders van Banenbot kunnen het abonnement van dit kanaal wijzigen.');
    expect(await bot.bot.deps.store.getSubscription(chan)).toBeUndefined();
    await say('afmelden', chan);
    expect(card(chan)).toContain('Alleen voor beheerders');
    await say('abonnementen', chan);
    expect(card(chan)).toContain('Dit kanaal heeft geen abonnement');

    // The admin may.
    await say('abonneer politie', chan, 'channel', { ...USER, aadObjectId: 'aaaaaaaa-0000-0000-0000-00000000000a' });
    expect(card(chan)).toContain('Abonnement ingesteld');
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie']);
    // Others still may not stop it.
    await say('afmelden', chan);
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie']);
  });

  it('understands aliases and typos as in questions, and changing a subscription says what it was', async () => {
    bot = await startBotServer();
    const chan = '19:aliases@thread.tacv2';
    await say('abonneer universiteiten en basisonderwijs', chan);
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors.sort()).toEqual(['po', 'wo']);
    await say('abonneer polietie', chan);
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie']);
    expect(card(chan)).toContain('Abonnement gewijzigd');
    expect(text(chan)).toContain('Dit kanaal krijgt voortaan een overzicht van Politie');
  });

  it('in a personal chat the subscription is that person’s own (ADMIN_IDS does not apply); the card buttons work', async () => {
    bot = await startBotServer({ env: { ADMIN_IDS: 'aaaaaaaa-0000-0000-0000-00000000000a' } });
    const chat = 'a:personal-subscriber';
    await say('abonneer mbo', chat, 'personal');
    expect(text(chat)).toContain('Je krijgt voortaan in deze chat een overzicht van Middelbaar beroepsonderwijs');
    expect((await bot.bot.deps.store.getSubscription(chat))?.sectors).toEqual(['mbo']);
    // The "Afmelden" button on the confirmation card.
    await bot.post(
      cardAction(
        { action: 'query', query: { intent: 'unsubscribe' } },
        { serviceUrl: connector.url, conversationId: chat },
      ),
    );
    expect(text(chat)).toContain('Je krijgt geen updates over de banenafspraak meer.');
    expect(await bot.bot.deps.store.getSubscription(chat)).toBeUndefined();
    await say('afmelden', chat, 'personal');
    expect(text(chat)).toContain('Je hebt geen abonnement; er is niets veranderd.');
  });

  it('"abonneer brandweer" names brandweer as unknown and changes nothing; "afmelden mbo" removes mbo only; "afmelden" stops all', async () => {
    bot = await startBotServer();
    const chan = '19:partial@thread.tacv2';
    await say('abonneer politie, mbo', chan);
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie', 'mbo']);

    await say('abonneer brandweer', chan);
    expect(text(chan)).toContain('Ik ken de sector "brandweer" niet; het abonnement is niet gewijzigd.');
    expect(text(chan)).toContain('Dit kanaal krijgt een overzicht van Politie en Middelbaar beroepsonderwijs');
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie', 'mbo']);

    await say('abonneer politie, brandweer', chan);
    expect(text(chan)).toContain('Ik ken de sector "brandweer" niet');
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie', 'mbo']);

    await say('afmelden hbo', chan);
    expect(text(chan)).toContain('Hoger beroepsonderwijs zit niet in het abonnement; er is niets veranderd.');
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie', 'mbo']);

    await say('afmelden mbo', chan);
    expect(text(chan)).toContain('Dit kanaal krijgt geen updates meer over Middelbaar beroepsonderwijs.');
    expect(text(chan)).toContain('Wat blijft: een overzicht van Politie');
    expect((await bot.bot.deps.store.getSubscription(chan))?.sectors).toEqual(['politie']);

    await say('afmelden', chan);
    expect(text(chan)).toContain('Dit kanaal krijgt geen updates over de banenafspraak meer.');
    expect(await bot.bot.deps.store.getSubscription(chan)).toBeUndefined();
  });

  it('"afmelden mbo" on a subscription to all sectors keeps every other sector', async () => {
    bot = await startBotServer();
    const chat = 'a:all-but-mbo';
    await say('abonneer', chat, 'personal');
    expect((await bot.bot.deps.store.getSubscription(chat))?.sectors).toEqual([]);
    await say('afmelden mbo', chat, 'personal');
    const left = (await bot.bot.deps.store.getSubscription(chat))?.sectors ?? [];
    expect(left).not.toContain('mbo');
    expect(left).toContain('politie');
    expect(left).toHaveLength(bot.bot.deps.dataset.sectors.filter((s) => s.kind === 'sector').length - 1);
    expect(text(chat)).toContain('Je krijgt in deze chat geen updates meer over Middelbaar beroepsonderwijs.');
  });
});
