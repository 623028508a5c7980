// The HTTP surface: health check, bad bodies (400, 413), unknown routes, and that no response
// body ever carries a stack trace.
import { describe, expect, it } from 'vitest';
import { useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { message } from './activities.js';

const setup = useBotAndConnector();

describe('GET /healthz', () => {
  it('answers 200 with status, dataset version and figure count, and no secrets', async () => {
    const res = await fetch(`${setup.bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    const { dataset } = setup.bot.bot.deps;
    expect(body).toMatchObject({
      status: 'ok',
      mode: 'local',
      datasetVersion: dataset.meta.version,
      figures: dataset.figures.length,
    });
    expect(body.figures).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/password|token|secret/i);
  });
});

describe('POST /api/messages with a bad body', () => {
  // Built while tests are collected, before the connector runs: rejected bodies never reach it.
  const unreachable = 'http://127.0.0.1:9';
  const valid = (serviceUrl = unreachable) => message('realisatie politie 2024?', { serviceUrl });

  it.each([
    ['malformed JSON', { raw: '{"type": "message", ' }],
    ['a JSON string instead of an object', { raw: '"message"' }],
    ['a JSON array', { raw: '[]' }],
    ['an empty object', { raw: '{}' }],
    ['an activity without type', { raw: JSON.stringify({ ...valid(), type: undefined }) }],
    ['an activity with an empty type', { raw: JSON.stringify({ ...valid(), type: '' }) }],
    ['an activity without conversation', { raw: JSON.stringify({ ...valid(), conversation: undefined }) }],
    ['an activity without serviceUrl', { raw: JSON.stringify({ ...valid(), serviceUrl: undefined }) }],
    ['an activity whose serviceUrl is not a URL', { raw: JSON.stringify({ ...valid(), serviceUrl: 'nope' }) }],
  ])('answers 400 to %s', async (_label, init) => {
    const res = await setup.bot.post(undefined, init);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('answers 400 to a body that is not JSON (text/plain)', async () => {
    const res = await fetch(`${setup.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'realisatie politie',
    });
    expect(res.status).toBe(400);
  });

  it('answers 413 to a body over 256 kB, 200 to one just under', async () => {
    const big = { ...valid(), text: 'a'.repeat(300 * 1024) };
    const res = await setup.bot.post(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'Request body too large' });
    const fits = { ...valid(setup.connector.url), text: `realisatie politie 2024? ${'a'.repeat(200 * 1024)}` };
    expect((await setup.bot.post(fits)).status).toBe(200);
  });

  it('still serves normal messages after all that', async () => {
    const activity = valid(setup.connector.url);
    expect((await setup.bot.post(activity)).status).toBe(200);
    const [reply] = await setup.connector.waitForMessages(1, activity.conversation.id);
    expect(shownText(reply!.activity)).toContain('489 fta');
  });
});

describe('other routes', () => {
  it('answers 404 with JSON for an unknown path and for GET /api/messages', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['GET', '/api/messages'],
    ] as const) {
      const res = await fetch(`${setup.bot.url}${path}`, { method });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'Not found' });
    }
  });
});
