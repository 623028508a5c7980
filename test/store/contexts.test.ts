// Follow-up contexts in the state store: kept across a restart, shared by two stores on one file,
// replaced and deleted by key, removed with their conversation (and its channel threads), and
// holding only what the contract allows (query, speaksFor, at). A state file from before contexts
// existed still opens.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/store/state.js';

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'banenbot-ctx-')), 'state.json');
}

const query = { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 };
const at = '2026-01-01T10:00:00.000Z';
const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' });

describe('StateStore contexts', () => {
  it('keeps a context across a restart and replaces it on the next put', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file);
    expect(await store.getContext('a:1')).toBeUndefined();
    await store.putContext('a:1', { query, at });
    expect(await (await StateStore.open(file)).getContext('a:1')).toEqual({ query, at });
    await store.putContext('a:1', { query: { intent: 'gap', sector: 'defensie', year: 2023 }, speaksFor: 'mbo', at });
    const reopened = await StateStore.open(file);
    expect(await reopened.getContext('a:1')).toEqual({
      query: { intent: 'gap', sector: 'defensie', year: 2023 },
      speaksFor: 'mbo',
      at,
    });
    // On disk: only the resolved query, the sector and the time.
    const onDisk = JSON.parse(await readFile(file, 'utf8')).contexts['a:1'];
    expect(Object.keys(onDisk).sort()).toEqual(['at', 'query', 'speaksFor']);
  });

  it('a context written by one store is read by another on the same file (two instances)', async () => {
    const file = await tempFile();
    const one = await StateStore.open(file);
    const two = await StateStore.open(file);
    await one.putContext('a:2', { query, at });
    await two.refresh();
    expect(await two.getContext('a:2')).toEqual({ query, at });
  });

  it('deleteContext removes one key; removeConversation removes the id and its threads, not other ids', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file);
    const channel = '19:chan@thread.tacv2';
    await store.saveConversation({ id: channel, kind: 'channel', reference: ref(channel) });
    await store.putContext(channel, { speaksFor: 'politie', at });
    await store.putContext(`${channel};messageid=1`, { query, at });
    await store.putContext(`${channel};messageid=2`, { query, at });
    await store.putContext('19:chan@thread.tacv2x;messageid=1', { query, at });
    await store.putContext('a:other', { query, at });
    await store.deleteContext('a:other');
    expect(await store.getContext('a:other')).toBeUndefined();
    await store.removeConversation(channel);
    const reopened = await StateStore.open(file);
    expect(await reopened.getContext(channel)).toBeUndefined();
    expect(await reopened.getContext(`${channel};messageid=1`)).toBeUndefined();
    expect(await reopened.getContext(`${channel};messageid=2`)).toBeUndefined();
    expect(await reopened.getContext('19:chan@thread.tacv2x;messageid=1')).toEqual({ query, at });
  });

  it('removeConversation also clears contexts of a conversation that was never stored', async () => {
    const store = await StateStore.open(await tempFile());
    await store.putContext('a:ghost', { query, at });
    await store.removeConversation('a:ghost');
    expect(await store.getContext('a:ghost')).toBeUndefined();
  });

  it('opens a state file written before contexts existed', async () => {
    const file = await tempFile();
    await writeFile(
      file,
      JSON.stringify({ version: 1, conversations: {}, subscriptions: {}, ledger: {}, notify: {} }),
      'utf8',
    );
    const store = await StateStore.open(file);
    expect(await store.getContext('a:1')).toBeUndefined();
    await store.putContext('a:1', { query, at });
    expect(JSON.parse(await readFile(file, 'utf8')).contexts['a:1'].at).toBe(at);
  });
});
