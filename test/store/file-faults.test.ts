// Faults of the state file that an operator runs into: a write that fails (the disk is full or
// unusable for a while) must not cripple the store; a restart with the file gone must not come up
// empty in production; a read-only location is reported in one Dutch line, at once.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { openStateStore } from '../../src/store/open-store.js';
import { StateFileMissingError, StateFolderError, StateStore } from '../../src/store/state.js';

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'banenbot-faults-')), 'state.json');
}
const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' });

/** Makes every write fail: lowdb writes `.<name>.tmp` first, and a folder there cannot be written. */
const breakWrites = (file: string) => mkdir(join(file, '..', '.state.json.tmp'));
const fixWrites = (file: string) => rm(join(file, '..', '.state.json.tmp'), { recursive: true });

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('state file faults', () => {
  it('a failed write does not cripple the store: health fails meanwhile, the changes are written once the disk works again', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file, { retryMs: 100 });
    await store.saveConversation({ id: 'a', kind: 'channel', reference: ref('a') });
    expect(store.health()).toEqual({ ok: true });

    await breakWrites(file);
    await expect(store.saveConversation({ id: 'b', kind: 'channel', reference: ref('b') })).rejects.toThrow(
      /schrijven mislukt/,
    );
    expect(store.health()).toMatchObject({ ok: false, reason: expect.stringContaining(file) });
    // Reads keep working and show the change; the next change is tried again (and fails again).
    expect((await store.getConversation('b'))?.kind).toBe('channel');
    await expect(store.subscribe('b', ['politie'])).rejects.toThrow(/schrijven mislukt/);
    expect(JSON.parse(await readFile(file, 'utf8')).conversations.b).toBeUndefined();

    await fixWrites(file);
    // No further change needed: the retry writes what is pending.
    await until(() => store.health().ok);
    const disk = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(disk.conversations).sort()).toEqual(['a', 'b']);
    expect(disk.subscriptions.b.sectors).toEqual(['politie']);
    // And it keeps working.
    await store.saveConversation({ id: 'c', kind: 'personal', reference: ref('c') });
    expect((await (await StateStore.open(file)).getConversation('c'))?.kind).toBe('personal');
  });

  it('a change can be saved without waiting for it (the caller answers first); a failure is pending, not lost', async () => {
    const file = await tempFile();
    const store = await StateStore.open(file, { retryMs: 60_000 });
    await breakWrites(file);
    const saving = store.saveConversation({ id: 'a', kind: 'channel', reference: ref('a') });
    // The store has it at once (in memory), before the write settles.
    expect((await store.getConversation('a'))?.id).toBe('a');
    await expect(saving).rejects.toThrow();
    await fixWrites(file);
    await store.subscribe('a', []);
    const disk = JSON.parse(await readFile(file, 'utf8'));
    expect(disk.conversations.a.id).toBe('a');
    expect(store.health()).toEqual({ ok: true });
  });

  it('a file deleted while running is written back from memory, with a warning', async () => {
    const file = await tempFile();
    const warnings: string[] = [];
    const store = await StateStore.open(file, { onWarning: (m) => warnings.push(m) });
    await store.subscribe('a', ['mbo']);
    await rm(file);
    await store.subscribe('b', []);
    const disk = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(disk.subscriptions).sort()).toEqual(['a', 'b']);
    expect(warnings.join('\n')).toContain('verdwenen');
  });

  it('a restart in production with the state file gone is refused, unless STATE_FIRST_START=true', async () => {
    const file = await tempFile();
    const production = {
      NODE_ENV: 'production',
      BOT_ID: 'id',
      BOT_PASSWORD: 'secret',
      BOT_TYPE: 'MultiTenant',
      STATE_FILE: file,
    };
    const err = await openStateStore(parseConfig(production)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateFileMissingError);
    expect((err as Error).message).toContain(`Het statusbestand ${file} ontbreekt`);
    expect((err as Error).message).toContain('STATE_FIRST_START=true');
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);

    const warnings: string[] = [];
    const first = await openStateStore(parseConfig({ ...production, STATE_FIRST_START: 'true' }), {
      onWarning: (m) => warnings.push(m),
    });
    expect(first.created).toBe(true);
    expect(warnings).toEqual([`het statusbestand ${file} bestond niet en is leeg aangemaakt`]);
    // Once it exists, a production restart opens it as usual.
    await first.subscribe('a', []);
    expect((await (await openStateStore(parseConfig(production))).getSubscription('a'))?.sectors).toEqual([]);
  });

  it('a location Banenbot cannot write to is reported in one Dutch line, at once (not a lock timeout)', async () => {
    // /sys refuses new files even to root, like a read-only mount.
    const t0 = Date.now();
    const err = await StateStore.open('/sys/banenbot/state.json').catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(err).toBeInstanceOf(StateFolderError);
    const message = (err as Error).message;
    expect(message).toMatch(
      /^Banenbot kan niet schrijven in de map \/sys\/banenbot \(E[A-Z]+: alleen-lezen of geen schrijfrechten\)/,
    );
    expect(message).not.toContain('\n');
  });
});
