// A Bot Connector that takes a reply and never answers: the turn ends after CONNECTOR_TIMEOUT_MS
// (the HTTP request to /api/messages with it) instead of hanging, and the failure is logged.
import { describe, expect, it } from 'vitest';
import { startBotServer } from '../support/bot-server.js';
import { startConnector } from '../support/connector.js';
import { message } from './activities.js';

describe('a connector that never answers a reply', () => {
  it('does not hold the turn: POST /api/messages returns within the time-outs and the failure is logged', async () => {
    const connector = await startConnector({ fault: (r) => (r.method === 'POST' ? { drop: 'hang' } : undefined) });
    const bot = await startBotServer({ env: { CONNECTOR_TIMEOUT_MS: '300' } });
    try {
      const started = Date.now();
      const res = await bot.post(message('realisatie politie 2024?', { serviceUrl: connector.url }));
      const took = Date.now() - started;
      expect(res.status).toBe(200);
      // The answer and the apology that follows it each wait one time-out at most.
      expect(took).toBeLessThan(5_000);
      const lines = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.some((l) => l.msg === 'handling the activity failed')).toBe(true);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
