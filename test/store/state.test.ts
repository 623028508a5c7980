// The state store: conversations, subscriptions and the ledger survive a restart; a corrupt
// file stops start-up and stays byte-identical; two processes sharing the file lose nothing.
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateFileError, StateStore } from '../../src/store/state.js';

async function tempFile(name = 'state.json'): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'banenbot-state-')), name);
}

const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' });

describe('StateStore', () => {
  it('creates a missing file (and its folder) and keeps conversations across a restart', async () => {
    const file = join(await tempFile('x'), '..', 'nested', 'state.json');
    const store = await StateStore.open(file);
    await store.saveConversation({ id: 'c1', kind: 'channel', tenantId: 't1', reference: ref('c1') });
    const reopened = await StateStore.open(file);
    expect(await reopened.getConversation('c1')).toMatchObject({
      id: 'c1',
      kind: 'channel',
      tenantId: 't1',
      welcomed: false,
      reference: ref('c1'),
    });
    expect(JSON.parse(await readFile(file, 'utf8')).conversations.c1.id).toBe('c1');
  });

  it('welcomes once, and saving the conversation again keeps that', async () => {
    const store = await StateStore.open(await tempFile());
    await store.saveConversation({ id: 'c1', kind: 'personal', reference: ref('c1') });
    expect(await store.markWelcomed('c1')).toBe(true);
    expect(await store.markWelcomed('c1')).toBe(false);
    await store.saveConversation({
      id: 'c1',
      kind: 'personal',
      reference: { ...ref('c1'), serviceUrl: 'http://127.0.0.1:2' },
    });
    const again = await StateStore.open(store.file!);
    expect(await again.getConversation('c1')).toMatchObject({
      welcomed: true,
      reference: { serviceUrl: 'http://127.0.0.1:2' },
    });
    expect(await again.markWelcomed('c1')).toBe(false);
  });

  it('saving an unchanged conversation writes nothing (undefined fields count as absent, as in JSON)', async () => {
    const store = await StateStore.open(await tempFile());
    await store.saveConversation({
      id: 'c1',
      kind: 'personal',
      tenantId: 't1',
      reference: { ...ref('c1'), user: { id: '29:u', aadObjectId: undefined } },
    });
    const before = await stat(store.file!);
    const saved = await store.getConversation('c1');
    expect(saved!.reference).toEqual({ ...ref('c1'), user: { id: '29:u' } });
    expect(JSON.parse(await readFile(store.file!, 'utf8')).conversations.c1.reference.user).toEqual({ id: '29:u' });

    await store.saveConversation({
      id: 'c1',
      kind: 'personal',
      tenantId: 't1',
      reference: { locale: undefined, ...ref('c1'), user: { id: '29:u' } },
    });
    const after = await stat(store.file!);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await store.getConversation('c1')).toEqual(saved);

    // Any real difference is written: a new field, a changed nested value, another kind.
    for (const [kind, reference] of [
      ['personal', { ...ref('c1'), user: { id: '29:u' }, locale: 'nl-NL' }],
      ['personal', { ...ref('c1'), user: { id: '29:u', aadObjectId: 'aad' }, locale: 'nl-NL' }],
      ['groupChat', { ...ref('c1'), user: { id: '29:u', aadObjectId: 'aad' }, locale: 'nl-NL' }],
    ] as const) {
      const previous = await stat(store.file!);
      await store.saveConversation({ id: 'c1', kind, tenantId: 't1', reference });
      expect((await stat(store.file!)).ino).not.toBe(previous.ino);
      expect(await (await StateStore.open(store.file!)).getConversation('c1')).toMatchObject({ kind, reference });
    }
  });

  it('removing a conversation removes its subscription too', async () => {
    const store = await StateStore.open(await tempFile());
    await store.saveConversation({ id: 'c1', kind: 'channel', reference: ref('c1') });
    await store.subscribe('c1', ['politie', 'mbo', 'politie']);
    expect((await store.getSubscription('c1'))?.sectors).toEqual(['politie', 'mbo']);
    await store.removeConversation('c1');
    const again = await StateStore.open(store.file!);
    expect(await again.getConversation('c1')).toBeUndefined();
    expect(await again.getSubscription('c1')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"version": 1, "conversations": {'],
    ['empty', ''],
    ['null', 'null'],
    [
      'valid JSON, wrong shape',
      JSON.stringify({ version: 1, conversations: [], subscriptions: {}, ledger: {}, notify: {} }),
    ],
  ])('refuses a corrupt file (%s) and leaves it byte-identical', async (_what, content) => {
    const file = await tempFile();
    await writeFile(file, content);
    const before = await readFile(file);
    const err = await StateStore.open(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain('ongemoeid');
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('writes atomically: after many concurrent changes the file is complete and no temp file is left', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file);
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        store.putLedgerEntry({
          key: `u>c${i}`,
          update: 'u',
          target: `c${i}`,
          status: 'sent',
          contentHash: 'h',
          attempts: 1,
          updatedAt: new Date().toISOString(),
        }),
      ),
    );
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(onDisk.ledger)).toHaveLength(300);
    const names = await readdir(join(file, '..'));
    expect(names.filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
  });

  it('two processes sharing the file (two stores) keep each other’s changes', async () => {
    const file = await tempFile();
    const server = await StateStore.open(file);
    const cli = await StateStore.open(file);
    await server.saveConversation({ id: 'a', kind: 'channel', reference: ref('a') });
    await cli.putLedgerEntry({
      key: 'u>a',
      update: 'u',
      target: 'a',
      status: 'sent',
      contentHash: 'h',
      attempts: 1,
      updatedAt: 'x',
    });
    await server.saveConversation({ id: 'b', kind: 'groupChat', reference: ref('b') });
    const again = await StateStore.open(file);
    expect((await again.listConversations()).map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect((await again.getLedgerEntry('u>a'))?.status).toBe('sent');
    // The CLI's store sees the server's conversations after a refresh.
    await cli.refresh();
    expect((await cli.getConversation('b'))?.kind).toBe('groupChat');
  });

  it('a file corrupted while running is never overwritten; once it is restored, the changes made meanwhile are written', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file, { retryMs: 60_000 });
    await store.saveConversation({ id: 'a', kind: 'channel', reference: ref('a') });
    const good = await readFile(file, 'utf8');
    await writeFile(file, 'garbage');
    await expect(store.saveConversation({ id: 'b', kind: 'channel', reference: ref('b') })).rejects.toBeInstanceOf(
      StateFileError,
    );
    await expect(store.subscribe('a', [])).rejects.toBeInstanceOf(StateFileError);
    expect(await readFile(file, 'utf8')).toBe('garbage');
    expect(store.health()).toMatchObject({ ok: false, reason: expect.stringContaining('geen geldige JSON') });
    // The operator restores the file: the next change writes everything still pending.
    await writeFile(file, good);
    await store.saveConversation({ id: 'c', kind: 'personal', reference: ref('c') });
    expect(store.health()).toEqual({ ok: true });
    const again = await StateStore.open(file);
    expect((await again.listConversations()).map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
    expect(await again.getSubscription('a')).toMatchObject({ sectors: [] });
  });

  it('registers and removes webhook targets by name', async () => {
    const store = await StateStore.open(await tempFile());
    const id = await store.addWebhook({
      name: 'MBO Raad contactpersonen',
      url: 'https://example.org/hook',
      sectors: ['mbo'],
    });
    expect(id).toBe('webhook:mbo-raad-contactpersonen');
    expect(await store.getConversation(id)).toMatchObject({
      kind: 'channel',
      webhookUrl: 'https://example.org/hook',
      name: 'MBO Raad contactpersonen',
    });
    expect((await store.getSubscription(id))?.sectors).toEqual(['mbo']);
    expect(await store.removeWebhook('MBO Raad contactpersonen')).toBe(id);
    expect(await store.getSubscription(id)).toBeUndefined();
    expect(await store.removeWebhook('onbekend')).toBeUndefined();
  });
});
