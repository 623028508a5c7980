// Who may talk to the bot: authentication when credentials are configured, allowed tenants,
// the production start refusal, and what errors and logs reveal.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answers/index.js';
import { createLogger } from '../../src/log.js';
import { type Authenticates, BotAuthenticator, tokenKeyId } from '../../src/teams/http/bot-auth.js';
import { type StartedBot, startBotServer } from '../support/bot-server.js';
import { type Connector, startConnector } from '../support/connector.js';
import { shownText } from '../support/shown-text.js';
import { installationUpdate, message } from './activities.js';

const BOT_APP_ID = '11111111-2222-3333-4444-555555555555';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let connector: Connector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});
beforeEach(() => connector.reset());

describe('with bot credentials configured', () => {
  let bot: StartedBot;
  beforeAll(async () => {
    bot = await startBotServer({
      env: { BOT_ID: BOT_APP_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: 'tenant-allowed' },
    });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it.each([
    ['no Authorization header', undefined],
    ['a token that is not a JWT', 'Bearer abc.def.ghi'],
    ['a non-bearer scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers 401 to a request with %s, with a short body and no reply', async (_label, authorization) => {
    const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
    const res = await bot.post(activity, { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Unauthorized' });
    expect(connector.requests).toBe(0);
  });

  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  /** A well-formed Bot Framework-looking token, not signed by Microsoft: verifying it needs the signing keys. */
  const forged = (kid = 'forged-key') => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: 'https://api.botframework.com', aud: BOT_APP_ID, exp: now + 3600, nbf: now - 10 };
    return `Bearer ${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(payload)}.${b64('not-a-signature')}`;
  };

  it('answers 401 to forged tokens while the signing keys cannot be fetched, logs that once, and does not fetch per request', async () => {
    const adapter = bot.bot.adapter;
    const real = adapter.authenticate.bind(adapter);
    let calls = 0;
    adapter.authenticate = (header, activity) => {
      calls += 1;
      return real(header, activity);
    };
    try {
      for (const kid of ['k1', 'k2', 'k1', 'k3', 'k4']) {
        const res = await bot.post(message('realisatie politie 2024?', { serviceUrl: connector.url }), {
          headers: { authorization: forged(kid) },
        });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: 'Unauthorized' });
      }
    } finally {
      adapter.authenticate = real;
    }
    expect(calls).toBe(1); // the metadata (signing keys) fetched once, not five times
    const lines = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.filter((l) => String(l.msg).includes('signing keys (OpenID metadata) could not be fetched')),
    ).toHaveLength(1);
    expect(lines.some((l) => l.level === 'error' && l.msg === 'processing the request failed')).toBe(false);
    expect(connector.requests).toBe(0);
  });

  it.each([
    ['an empty object', '{}'],
    ['an activity without conversation', JSON.stringify({ type: 'message', channelId: 'msteams' })],
    ['a JSON array', '[]'],
  ])('authenticates before it looks at the body: %s without a valid token is 401, not 400', async (_label, raw) => {
    for (const headers of [{}, { authorization: forged() }] as Record<string, string>[]) {
      const res = await bot.post(undefined, { raw, headers });
      expect(res.status).toBe(401);
      expect(JSON.stringify(await res.json())).not.toMatch(/conversation|serviceUrl|type/);
    }
  });

  it('reports authenticated mode on /healthz', async () => {
    const body = (await (await fetch(`${bot.url}/healthz`)).json()) as Record<string, unknown>;
    expect(body.mode).toBe('authenticated');
    expect(JSON.stringify(body)).not.toContain('not-a-real-secret');
  });
});

describe('the signing-key negative cache', () => {
  const quiet = createLogger({ level: 'silent' });
  const token = (kid: string) =>
    `Bearer ${Buffer.from(JSON.stringify({ alg: 'RS256', kid })).toString('base64url')}.e30.c2ln`;

  it('lets tokens of an already verified key through while the metadata is down, refuses others without asking again, and retries after the window', async () => {
    let now = 0;
    let metadataDown = false;
    const asked: string[] = [];
    const adapter: Authenticates = {
      async authenticate(header) {
        asked.push(tokenKeyId(header) ?? '');
        if (metadataDown && tokenKeyId(header) !== 'teams-key') throw new Error('getaddrinfo ENOTFOUND');
        return {} as never;
      },
    };
    const auth = new BotAuthenticator(adapter, quiet, { negativeCacheMs: 30_000, now: () => now });
    expect((await auth.authenticate(token('teams-key'), {})).ok).toBe(true);
    metadataDown = true;
    expect((await auth.authenticate(token('other'), {})).ok).toBe(false);
    now = 10_000;
    expect((await auth.authenticate(token('other'), {})).ok).toBe(false);
    expect((await auth.authenticate(token('teams-key'), {})).ok).toBe(true);
    expect(asked).toEqual(['teams-key', 'other', 'teams-key']);
    now = 31_000;
    metadataDown = false;
    expect((await auth.authenticate(token('other'), {})).ok).toBe(true);
    expect(asked).toHaveLength(4);
  });
});

describe('ALLOWED_TENANTS', () => {
  let bot: StartedBot;
  beforeAll(async () => {
    bot = await startBotServer({ env: { ALLOWED_TENANTS: 'tenant-allowed, tenant-other' } });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('answers an allowed tenant normally', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: connector.url, tenantId: 'tenant-other' });
    await bot.post(activity);
    expect(shownText(connector.messages(activity.conversation.id)[0]!.activity)).toContain('489 fta');
  });

  it('gives another tenant one polite Dutch refusal, no answer and no stored state', async () => {
    const o = { serviceUrl: connector.url, tenantId: 'tenant-foreign', conversationId: 'a:foreign-1' };
    const ask = message('realisatie politie 2024?', o);
    expect((await bot.post(ask)).status).toBe(200);
    await bot.post(ask); // a retry of the same activity: still one refusal
    const replies = connector.messages('a:foreign-1');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/^Banenbot is niet beschikbaar voor uw organisatie\./);
    expect(replies[0]!.activity.attachments ?? []).toHaveLength(0);
    expect(replies[0]!.activity.text).not.toContain('489');
    expect(await bot.bot.deps.store.getConversation('a:foreign-1')).toBeUndefined();
  });

  it('refuses an install from another tenant without welcoming or storing it', async () => {
    const o = { serviceUrl: connector.url, tenantId: 'tenant-foreign', conversationId: 'a:foreign-install' };
    await bot.post(installationUpdate('add', o));
    const replies = connector.messages('a:foreign-install');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/^Banenbot is niet beschikbaar/);
    expect(await bot.bot.deps.store.getConversation('a:foreign-install')).toBeUndefined();
  });

  it('treats an activity without any tenant as not allowed', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: connector.url, tenantId: '' });
    await bot.post(activity);
    expect(connector.messages(activity.conversation.id)[0]?.activity.text).toMatch(/^Banenbot is niet beschikbaar/);
  });
});

describe('when answering fails', () => {
  let bot: StartedBot;
  const failing: Answerer = {
    ask: () => {
      throw new Error('secret internal detail at /srv/app.js:12');
    },
    respond: () => {
      throw new Error('secret internal detail at /srv/app.js:12');
    },
    confirmSubscription: () => {
      throw new Error('secret internal detail');
    },
    answer: () => {
      throw new Error('secret internal detail');
    },
    welcome: () => {
      throw new Error('secret internal detail');
    },
    digest: () => {
      throw new Error('secret internal detail');
    },
  };
  beforeAll(async () => {
    bot = await startBotServer({ overrides: { answerer: failing } });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('tells the user calmly in Dutch, answers HTTP 200, and logs the error with its ids', async () => {
    const activity = message('realisatie politie 2024?', { serviceUrl: connector.url });
    expect((await bot.post(activity)).status).toBe(200);
    const replies = connector.messages(activity.conversation.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.activity.text).toMatch(/^Er ging iets mis bij het beantwoorden van uw vraag\./);
    expect(replies[0]!.activity.text).not.toContain('secret');
    const errorLine = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 'error');
    expect(errorLine).toMatchObject({ activityId: activity.id, msg: 'handling the activity failed' });
    expect(JSON.stringify(errorLine)).toContain('secret internal detail');
  });
});

describe('logs', () => {
  it('are JSON lines with ids, without message text or user names (unless LOG_DEBUG_CONTENT)', async () => {
    const quiet = await startBotServer();
    const verbose = await startBotServer({ env: { LOG_DEBUG_CONTENT: 'true' } });
    try {
      const question = 'realisatie politie 2024 vertrouwelijk?';
      const a = message(question, { serviceUrl: connector.url });
      await quiet.post(a);
      await verbose.post(message(question, { serviceUrl: connector.url }));
      expect(quiet.logs.length).toBeGreaterThan(0);
      const lines = quiet.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.find((l) => l.msg === 'answered')).toMatchObject({
        activityId: a.id,
        kind: 'personal',
        intent: 'lookup',
      });
      const all = quiet.logs.join('\n');
      expect(all).not.toContain('vertrouwelijk');
      expect(all).not.toContain('Test Gebruiker');
      expect(all).not.toContain(a.conversation.id); // conversation ids are hashed
      expect(verbose.logs.join('\n')).toContain('vertrouwelijk');
    } finally {
      await quiet.close();
      await verbose.close();
    }
  });
});

describe('npm start in production without credentials', () => {
  it('refuses to start: non-zero exit and a clear message', async () => {
    const child = spawn('npx', ['tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PORT: '0',
        BOT_ID: '',
        BOT_PASSWORD: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('NODE_ENV=production zonder BOT_ID en BOT_PASSWORD');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
