// The typing indicator (teams-ai startTypingTimer): when a turn waits longer than a second —
// here a subscription command, which must be saved before it is confirmed, with the state file
// write held up (as by a notify run holding its lock) — Teams gets "typing" before the answer.
// Questions are answered before anything is saved, so fast answers need none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateStore } from '../../src/store/state.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, startConnector } from '../support/connector.js';
import { message } from './activities.js';

let connector: Connector;
let bot: StartedBot;
let slowSaves = false;

beforeAll(async () => {
  connector = await startConnector();
  bot = await startBotServer();
  const store = bot.bot.deps.store as StateStore;
  const save = store.saveConversation.bind(store);
  store.saveConversation = async (c) => {
    if (slowSaves) await new Promise((r) => setTimeout(r, 1_300));
    return save(c);
  };
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('typing indicator', () => {
  it('is sent before an answer that takes more than a second, and stops after it', async () => {
    slowSaves = true;
    const activity = message('abonneer politie', { serviceUrl: connector.url });
    await bot.post(activity);
    slowSaves = false;
    const sent = connector.activities
      .filter((a) => a.conversationId === activity.conversation.id)
      .map((a) => a.activity.type);
    expect(sent[0]).toBe('typing');
    expect(sent[sent.length - 1]).toBe('message');
    expect(sent.filter((t) => t === 'message')).toHaveLength(1);
  });

  it('is not sent for a fast answer, even while saving is slow', async () => {
    slowSaves = true;
    const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
    await bot.post(activity);
    slowSaves = false;
    const sent = connector.activities
      .filter((a) => a.conversationId === activity.conversation.id)
      .map((a) => a.activity.type);
    expect(sent).toEqual(['message']);
  });
});
