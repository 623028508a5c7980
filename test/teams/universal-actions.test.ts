// Teams-native replies over real HTTP, with the stand-in Bot Connector: one message per answer
// (the card, a short summary and the cited source), and Action.Execute buttons answered in the
// invoke response with the card that takes the pressed card's place.
import { describe, expect, it } from 'vitest';
import { useBotAndConnector } from '../support/bot-server.js';
import { cardsOf, shownText } from '../support/shown-text.js';
import { validateCard } from '../support/validate-card.js';
import { cardExecute, installationUpdate, message } from './activities.js';

const setup = useBotAndConnector();

const CARD = 'application/vnd.microsoft.card.adaptive';
const politie2024 = { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' };

async function execute(verb: string, data: unknown, o: Partial<Parameters<typeof cardExecute>[2]> = {}) {
  const activity = cardExecute(verb, data, { serviceUrl: setup.connector.url, ...o });
  const res = await setup.bot.post(activity);
  return { activity, status: res.status, body: (await res.json()) as { statusCode: number; type: string; value: any } };
}

describe('one message per answer', () => {
  it('"realisatie politie 2024?": one message with one card, a summary, the source line with [1] and its citation', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: setup.connector.url });
    await setup.bot.post(activity);
    await setup.connector.waitForMessages(1, activity.conversation.id);
    // Give a second message (the old text-then-card pair) the chance to arrive.
    await new Promise((r) => setTimeout(r, 200));
    const replies = setup.connector.messages(activity.conversation.id);
    expect(replies).toHaveLength(1);
    const reply = replies[0]!.activity;
    expect(reply.attachments).toHaveLength(1);
    expect(reply.attachments[0].contentType).toBe(CARD);
    expect(validateCard(reply.attachments[0].content)).toEqual([]);
    // The sentences are in the card only; the text is the cited source.
    expect(reply.text).toBe('Bron: Kamerstuk 34 352 nr. 348 [1]');
    expect(reply.summary).toBe('Realisatie politie 2024: 489 fta, dat is 68,4% van het doel van 713 fta.');
    expect(reply.speak).toContain('489 fta');
    expect(shownText(reply)).toContain('68,4%');
    const entities = reply.entities.filter((e: { type: string }) => e.type === 'https://schema.org/Message');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      '@type': 'Message',
      '@context': 'https://schema.org',
      citation: [
        {
          '@type': 'Claim',
          position: 1,
          appearance: {
            '@type': 'DigitalDocument',
            name: 'Kamerstuk 34 352 nr. 348',
            url: 'https://zoek.officielebekendmakingen.nl/kst-34352-348.html',
          },
        },
      ],
    });
    const abstract: string = entities[0].citation[0].appearance.abstract;
    // The quoted sentence and its section, then the document's title, within Teams' 160 characters.
    expect(abstract).toMatch(/^‘[^’]*489[^’]*’ \(Politie[^)]*\)\. Brief van de Minister/);
    expect(abstract.length).toBeLessThanOrEqual(160);
    // Not AI-generated: no AI label.
    expect(JSON.stringify(reply)).not.toContain('AIGeneratedContent');
  });

  it('an answer from several sources numbers each one once', async () => {
    const activity = message('ontwikkeling politie', { serviceUrl: setup.connector.url });
    await setup.bot.post(activity);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    const citations = reply!.activity.entities.find((e: { type: string }) => e.type === 'https://schema.org/Message')
      .citation as { position: number; appearance: { name: string } }[];
    expect(citations.length).toBeGreaterThan(1);
    expect(citations.map((c) => c.position)).toEqual(citations.map((_, i) => i + 1));
    expect(new Set(citations.map((c) => c.appearance.name)).size).toBe(citations.length);
    for (const c of citations) expect(reply!.activity.text).toContain(`${c.appearance.name} [${c.position}]`);
  });

  it('the welcome is one card: greets once, no message text, a summary for the notification', async () => {
    const install = installationUpdate('add', { serviceUrl: setup.connector.url });
    await setup.bot.post(install);
    await setup.connector.waitForMessages(1, install.conversation.id);
    await new Promise((r) => setTimeout(r, 200));
    const replies = setup.connector.messages(install.conversation.id);
    expect(replies).toHaveLength(1);
    const welcome = replies[0]!.activity;
    expect(welcome.text).toBeUndefined();
    expect(welcome.summary).toMatch(/^Ik beantwoord vragen over de banenafspraak/);
    expect(cardsOf(welcome)).toHaveLength(1);
    expect(shownText(welcome).match(/Hallo|Welkom/g)).toEqual(['Welkom']);
  });
});

describe('Action.Execute buttons (adaptiveCard/action)', () => {
  it('a follow-up button is answered in the invoke response with the new card, and nothing is posted', async () => {
    const { status, body, activity } = await execute('query', { action: 'query', query: politie2024 });
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe(CARD);
    expect(body.value.type).toBe('AdaptiveCard');
    expect(validateCard(body.value)).toEqual([]);
    const text = shownText({ attachments: [{ contentType: CARD, content: body.value }] });
    expect(text).toContain('489 fta');
    expect(text).toContain('713 fta');
    expect(text).toContain('68,4%');
    // The new card's own buttons are Action.Execute again.
    expect(JSON.stringify(body.value)).toContain('"type":"Action.Execute"');
    expect(JSON.stringify(body.value)).not.toContain('Action.Submit');
    await new Promise((r) => setTimeout(r, 100));
    expect(setup.connector.messages(activity.conversation.id)).toEqual([]);
  });

  it('"Toon tekort" (gap) returns the gap card: 224 fta for politie 2024', async () => {
    const { body } = await execute('query', {
      action: 'query',
      query: { intent: 'gap', sector: 'politie', year: 2024 },
    });
    const text = shownText({ attachments: [{ contentType: CARD, content: body.value }] });
    expect(text).toContain('224 fta');
  });

  it('"Andere sector…" → Toon: the data with the chosen sector gives that sector\'s card, in a channel too', async () => {
    const { body } = await execute(
      'pick-sector',
      { action: 'pick-sector', query: politie2024, sector: 'defensie' },
      { kind: 'channel', conversationId: '19:chan-exec@thread.tacv2;messageid=17' },
    );
    expect(body.type).toBe(CARD);
    const text = shownText({ attachments: [{ contentType: CARD, content: body.value }] });
    expect(text).toContain('595,4 fta');
    expect(text).toContain('66,2%');
  });

  it.each([
    ['an unknown verb', 'explode', { action: 'explode' }],
    ['data that no longer validates', 'query', { action: 'query', query: { intent: 'lookup', sector: 'brandweer' } }],
    ['a pick without a chosen sector', 'pick-sector', { action: 'pick-sector', query: politie2024 }],
    ['no data at all', 'query', undefined],
  ])('%s gets a short Dutch message instead of a card', async (_label, verb, data) => {
    const { status, body } = await execute(verb, data);
    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringMatching(/^Deze knop werkt niet meer\./),
    });
  });

  it('a subscription button changes the subscription and answers with the confirmation card', async () => {
    const conversationId = 'a:conv-exec-subscribe';
    const subscribed = await execute(
      'query',
      { action: 'query', query: { intent: 'subscribe', sectors: ['politie'] } },
      { conversationId },
    );
    const text = shownText({ attachments: [{ contentType: CARD, content: subscribed.body.value }] });
    expect(text).toContain('Je krijgt voortaan in deze chat een overzicht van Politie');
    const status = await execute('query', { action: 'query', query: { intent: 'subscriptions' } }, { conversationId });
    expect(shownText({ attachments: [{ contentType: CARD, content: status.body.value }] })).toContain(
      'Sectoren: Politie',
    );
  });
});
