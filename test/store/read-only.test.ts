// A read-only state location (a read-only mount, a volume that turns read-only after a disk
// error), as the operating system reports it: EROFS. Root writes through chmod and no read-only
// mount can be made in a test, so the file system calls the state file makes are given the
// errors a read-only mount gives (EROFS on writes, on creating a folder that does not exist and on
// proper-lockfile's lock folder; reads and existing folders as usual). Banenbot must say so in one
// Dutch line at once — not a raw EROFS after the lock's retries (22 s, as measured before) — and
// write what is pending once the location is writable again.
import { mkdtemp, writeFile as realWriteFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fault = vi.hoisted(() => ({ readOnlyUnder: undefined as string | undefined }));

const erofs = (syscall: string, path: string) =>
  Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${path}'`), {
    code: 'EROFS',
    errno: -30,
    syscall,
    path,
  });
const readOnly = (path: unknown) => fault.readOnlyUnder !== undefined && String(path).startsWith(fault.readOnlyUnder);

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    writeFile: async (path: Parameters<typeof fs.writeFile>[0], ...rest: unknown[]) => {
      if (readOnly(path)) throw erofs('open', String(path));
      return (fs.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    },
    mkdir: async (path: Parameters<typeof fs.mkdir>[0], opts?: Parameters<typeof fs.mkdir>[1]) => {
      // An existing folder is fine on a read-only mount (mkdir -p); a new one is not.
      if (readOnly(path) && !(await fs.stat(path).catch(() => undefined))) throw erofs('mkdir', String(path));
      return fs.mkdir(path, opts);
    },
  };
});
vi.mock('proper-lockfile', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import('proper-lockfile') }).default;
  return {
    default: {
      ...real,
      // proper-lockfile creates `<file>.lock` (a folder) to lock: on a read-only mount that fails.
      lock: async (file: string, opts?: Parameters<typeof real.lock>[1]) => {
        if (readOnly(file)) throw erofs('mkdir', `${file}.lock`);
        return real.lock(file, opts);
      },
    },
  };
});

const { StateFolderError, StateStore } = await import('../../src/store/state.js');

const line = (folder: string) =>
  `Banenbot kan niet schrijven in de map ${folder} (EROFS: alleen-lezen of geen schrijfrechten): ` +
  'zet STATE_FILE op een schrijfbaar pad of gebruik STATE_STORE=azure.';

afterEach(() => {
  fault.readOnlyUnder = undefined;
});

describe('a read-only state location (EROFS)', () => {
  it('at start: one Dutch line at once, for an existing state file and for a folder still to be made', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banenbot-erofs-'));
    await realWriteFile(
      join(dir, 'state.json'),
      JSON.stringify({ version: 1, conversations: {}, subscriptions: {}, ledger: {}, notify: {} }),
    );
    fault.readOnlyUnder = dir;
    for (const [file, folder] of [
      [join(dir, 'state.json'), dir],
      [join(dir, 'nieuw', 'state.json'), join(dir, 'nieuw')],
    ] as const) {
      const t0 = Date.now();
      const err = await StateStore.open(file).catch((e: unknown) => e);
      expect(Date.now() - t0).toBeLessThan(1_000);
      expect(err).toBeInstanceOf(StateFolderError);
      expect((err as Error).message).toBe(line(folder));
    }
    // Nothing was written or created there.
    await expect(stat(join(dir, 'nieuw'))).rejects.toThrow(/ENOENT/);
  });

  it('while running: the change fails at once with that line, health says it, and it is written once the mount is writable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'banenbot-erofs-'));
    const file = join(dir, 'state.json');
    const store = await StateStore.open(file, { retryMs: 100 });
    await store.subscribe('19:kanaal-a@thread.tacv2', []);

    fault.readOnlyUnder = dir;
    const t0 = Date.now();
    const err = await store.subscribe('19:kanaal-b@thread.tacv2', ['politie']).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(err).toBeInstanceOf(StateFolderError);
    expect((err as Error).message).toBe(line(dir));
    expect(store.health()).toEqual({ ok: false, reason: line(dir) });
    // The change is kept (in memory, pending), not lost.
    expect((await store.getSubscription('19:kanaal-b@thread.tacv2'))?.sectors).toEqual(['politie']);

    fault.readOnlyUnder = undefined;
    await vi.waitFor(() => expect(store.health()).toEqual({ ok: true }), { timeout: 3_000, interval: 50 });
    await store.close();
    const reopened = await StateStore.open(file);
    expect((await reopened.getSubscription('19:kanaal-b@thread.tacv2'))?.sectors).toEqual(['politie']);
    expect((await reopened.getSubscription('19:kanaal-a@thread.tacv2'))?.sectors).toEqual([]);
    await reopened.close();
  });
});
