// Two bot instances behind one endpoint, sharing one Azure table (Azurite), as a load balancer
// would route: a follow-up question reaching the other instance keeps its context, a
// subscription made through one is what a notify run on the other posts (once), and a change
// made through the second is seen by the first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NotifyReport } from '../../src/notify/report.js';
import { type Azurite, startAzurite } from '../support/azurite.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { botMembership, message } from './activities.js';

const TOKEN = 'notify-token-for-tests-0123456789';
const CHANNEL = '19:interdepartementaal-netwerk@thread.tacv2';
const CHAT = 'a:personal-chat-two-instances';

let azurite: Azurite;
let connector: Connector;
let first: StartedBot;
let second: StartedBot;

beforeAll(async () => {
  azurite = await startAzurite();
  connector = await startConnector();
  const env = {
    STATE_STORE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_TABLE: azurite.tableName(),
    NOTIFY_TOKEN: TOKEN,
  };
  first = await startBotServer({ env });
  second = await startBotServer({ env });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await connector?.close();
  await azurite?.close();
});

const say = async (bot: StartedBot, text: string, conversationId: string, kind: 'personal' | 'channel') => {
  const before = connector.messages(conversationId).length;
  const res = await bot.post(
    message(text, { serviceUrl: connector.url, kind, conversationId, mention: kind === 'channel' }),
  );
  expect(res.status).toBe(200);
  const replies = await connector.waitForMessages(before + 1, conversationId);
  return shownText(replies.at(-1)!.activity);
};

it('a follow-up answered by the other instance keeps the conversation context', async () => {
  expect(await say(first, 'tekort politie 2023', CHAT, 'personal')).toContain('Politie 2023: nog 326 fta');
  // Only the context makes this "Defensie · 2023 · tekort" (alone it is Defensie's latest realisatie).
  const followUp = await say(second, 'en defensie?', CHAT, 'personal');
  expect(followUp).toContain('Defensie · 2023 · tekort');
  expect(followUp).toContain('Defensie 2023: nog 313,5 fta');
  const compare = await say(first, 'vergelijk ze', CHAT, 'personal');
  expect(compare).toContain('Politie');
  expect(compare).toContain('Defensie');
});

it('subscribed through one instance, notified by the other: one card; stopped through the other', async () => {
  await first.post(
    botMembership('membersAdded', { serviceUrl: connector.url, kind: 'channel', conversationId: CHANNEL }),
  );
  await connector.waitForMessages(1, CHANNEL);
  expect(await say(first, 'abonneer politie', CHANNEL, 'channel')).toContain('Abonnement ingesteld');

  const notify = async (bot: StartedBot) => {
    const res = await fetch(`${bot.url}/api/notify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ sectors: ['politie'] }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { report: NotifyReport }).report;
  };
  const before = connector.messages(CHANNEL).length;
  const report = await notify(second);
  expect(report.sent).toBe(1);
  expect(connector.messages(CHANNEL)).toHaveLength(before + 1);
  expect(JSON.stringify(connector.messages(CHANNEL).at(-1)!.activity.attachments)).toContain('489');
  // The same update again, through the first instance: the shared ledger says it was sent.
  const again = await notify(first);
  expect(again.sent).toBe(0);
  expect(again.skipped).toBe(1);
  expect(connector.messages(CHANNEL)).toHaveLength(before + 1);

  expect(await say(second, 'afmelden', CHANNEL, 'channel')).toContain('geen updates');
  expect(await say(first, 'abonnementen', CHANNEL, 'channel')).not.toContain('Politie');
});
