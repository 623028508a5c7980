// Answering never depends on saving state: with a state store that cannot write, a new
// conversation still gets its answer (not "Er ging iets mis"), a card button and an install
// still get theirs, the failure is logged, and GET /healthz reports the store failing (503).
// Also: only the known, bounded fields of an activity are stored (a deeply nested request does
// not grow the state file).
import { rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBotServer } from '../support/bot-server.js';
import { startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { cardAction, installationUpdate, message } from './activities.js';

const logLines = (logs: string[]) => logs.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a state store that cannot save', () => {
  it('still answers new conversations, buttons and installs; /healthz answers 503', async () => {
    const connector = await startConnector();
    const bot = await startBotServer();
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      // The state folder becomes a plain file: every write of the store fails (ENOTDIR/EEXIST).
      const dir = dirname(bot.stateFile);
      await rm(dir, { recursive: true, force: true });
      await writeFile(dir, 'not a folder');

      const first = message('realisatie politie 2024?', { serviceUrl: connector.url });
      expect((await bot.post(first)).status).toBe(200);
      const [reply] = await connector.waitForMessages(1, first.conversation.id);
      expect(shownText(reply!.activity)).toContain('489 fta');
      expect(shownText(reply!.activity)).not.toContain('Er ging iets mis');

      // Once the store is known to be failing, later conversations are answered just the same.
      const second = message('doel gemeenten 2023', { serviceUrl: connector.url });
      await bot.post(second);
      const [reply2] = await connector.waitForMessages(1, second.conversation.id);
      expect(shownText(reply2!.activity)).not.toContain('Er ging iets mis');
      expect(shownText(reply2!.activity)).toContain('fta');

      const button = cardAction(
        { action: 'query', query: { intent: 'lookup', sector: 'politie', year: 2024, metric: 'realisatie' } },
        { serviceUrl: connector.url },
      );
      await bot.post(button);
      const [reply3] = await connector.waitForMessages(1, button.conversation.id);
      expect(shownText(reply3!.activity)).toContain('489 fta');

      const install = installationUpdate('add', { serviceUrl: connector.url });
      await bot.post(install);
      const [welcome] = await connector.waitForMessages(1, install.conversation.id);
      expect(welcome!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');

      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(503);
      const body = (await health.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'failing', store: 'failing' });
      expect(JSON.stringify(body)).not.toContain(bot.stateFile); // the reason goes to the log only

      const lines = logLines(bot.logs);
      expect(lines.some((l) => l.msg === 'handling the activity failed')).toBe(false);
      expect(
        lines.filter((l) => l.level === 'error' && String(l.msg).startsWith('conversation could not be saved')).length,
      ).toBeGreaterThan(0);
      expect(lines.filter((l) => l.msg === 'healthz: state store failing')).toHaveLength(1);
      await rm(dir, { force: true });
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe('what is stored from an activity', () => {
  it('keeps only the known fields of the reference; a deeply nested 24 KB request adds no bulk', async () => {
    const connector = await startConnector();
    const bot = await startBotServer();
    try {
      let nested: Record<string, unknown> = { leaf: 'x'.repeat(50) };
      for (let i = 0; i < 300; i++) nested = { [`k${i}`]: nested, pad: 'y'.repeat(20) };
      const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
      const hostile = {
        ...activity,
        locale: 'nl-NL',
        from: { ...activity.from, extra: nested },
        recipient: { ...activity.recipient, extra: nested },
        conversation: { ...activity.conversation, name: 'Geheim overleg', extra: nested },
        channelData: { ...activity.channelData, extra: nested },
        extra: nested,
      };
      const raw = JSON.stringify(hostile);
      expect(raw.length).toBeGreaterThan(20_000);
      await bot.post(undefined, { raw });
      const [reply] = await connector.waitForMessages(1, activity.conversation.id);
      expect(shownText(reply!.activity)).toContain('489 fta');
      const stored = await bot.bot.deps.store.getConversation(activity.conversation.id);
      expect(stored?.reference).toEqual({
        channelId: 'msteams',
        serviceUrl: connector.url,
        locale: 'nl-NL',
        bot: { id: activity.recipient.id },
        user: { id: activity.from.id },
        conversation: {
          id: activity.conversation.id,
          conversationType: 'personal',
          tenantId: activity.conversation.tenantId,
        },
      });
      expect((await stat(bot.stateFile)).size).toBeLessThan(2_000);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('stores nothing from a reference with an oversized field, and still answers', async () => {
    const connector = await startConnector();
    const bot = await startBotServer();
    try {
      const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
      const res = await bot.post({ ...activity, locale: 'nl-NL'.padEnd(5_000, 'x') });
      expect(res.status).toBe(200);
      const [reply] = await connector.waitForMessages(1, activity.conversation.id);
      expect(shownText(reply!.activity)).toContain('489 fta');
      expect(await bot.bot.deps.store.getConversation(activity.conversation.id)).toBeUndefined();
      expect(logLines(bot.logs).some((l) => String(l.msg).startsWith('conversation reference refused'))).toBe(true);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
