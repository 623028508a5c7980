// One contract for both state backends (the lowdb file and Azure Table Storage on Azurite,
// started by this suite): every record kind round-trips, two instances sharing the data never
// lose each other's changes, the notify lock admits one holder at a time and passes to the next
// after its holder dies, a conversation's contexts go with it, and everything survives a restart.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../src/domain/model.js';
import { AzureTableBackend } from '../../src/store/azure-table-backend.js';
import type { NotifyLockTiming } from '../../src/store/notify-lock.js';
import { type LedgerEntry, NotifyLockBusyError, StateStore, StoreError } from '../../src/store/state.js';
import { type Azurite, startAzurite } from '../support/azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.close();
});

type Instance = (opts?: { notifyLock?: Partial<NotifyLockTiming> }) => Promise<StateStore>;

/** Each setup gives a fresh, empty place; every call of the instance function opens another instance on it. */
const backends: [string, () => Promise<Instance>][] = [
  [
    'file',
    async () => {
      const file = join(await mkdtemp(join(tmpdir(), 'banenbot-contract-')), 'state.json');
      return (opts) => StateStore.open(file, opts);
    },
  ],
  [
    'azure',
    async () => {
      const table = azurite.tableName();
      return async (opts) =>
        new StateStore(await AzureTableBackend.open({ connectionString: azurite.connectionString, table }), opts);
    },
  ],
];

const ref = (id: string, serviceUrl = 'http://127.0.0.1:1') => ({
  conversation: { id },
  serviceUrl,
  channelId: 'msteams',
});
const entry = (update: string, target: string, status: LedgerEntry['status'] = 'sent'): LedgerEntry => ({
  key: `${update}>${target}`,
  update,
  target,
  status,
  contentHash: 'h',
  attempts: 1,
  updatedAt: '2026-12-01T08:00:00.000Z',
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Channel and thread ids as Teams sends them, and characters a table key may not hold.
const CHANNEL = '19:abc123@thread.tacv2';
const THREAD = `${CHANNEL};messageid=1733040000000`;
const ODD = 'a:1/b#c?d\\e%f';

describe.each(backends)('%s store', (_name, setup) => {
  let instance: Instance;
  let store: StateStore;
  beforeEach(async () => {
    instance = await setup();
    store = await instance();
  });

  it('conversations: saved, listed, welcomed once, updated without losing welcomed, removed', async () => {
    await store.saveConversation({ id: CHANNEL, kind: 'channel', tenantId: 't1', reference: ref(CHANNEL) });
    await store.saveConversation({ id: ODD, kind: 'personal', reference: ref(ODD) });
    expect(await store.getConversation(CHANNEL)).toMatchObject({
      id: CHANNEL,
      kind: 'channel',
      tenantId: 't1',
      welcomed: false,
      reference: ref(CHANNEL),
    });
    expect((await store.listConversations()).map((c) => c.id).sort()).toEqual([CHANNEL, ODD].sort());
    expect(await store.markWelcomed(CHANNEL)).toBe(true);
    expect(await store.markWelcomed(CHANNEL)).toBe(false);
    expect(await store.markWelcomed('unknown')).toBe(false);
    await store.saveConversation({
      id: CHANNEL,
      kind: 'channel',
      tenantId: 't1',
      reference: ref(CHANNEL, 'http://127.0.0.1:2'),
    });
    expect(await store.getConversation(CHANNEL)).toMatchObject({
      welcomed: true,
      reference: { serviceUrl: 'http://127.0.0.1:2' },
    });
    await store.removeConversation(ODD);
    expect(await store.getConversation(ODD)).toBeUndefined();
    expect((await store.listConversations()).map((c) => c.id)).toEqual([CHANNEL]);
  });

  it('subscriptions: sectors without repeats, replaced, stopped; removing the conversation removes them', async () => {
    await store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL) });
    expect((await store.subscribe(CHANNEL, ['politie', 'mbo', 'politie'])).sectors).toEqual(['politie', 'mbo']);
    const first = await store.getSubscription(CHANNEL);
    await store.subscribe(CHANNEL, ['wo']);
    expect(await store.getSubscription(CHANNEL)).toMatchObject({ sectors: ['wo'], createdAt: first!.createdAt });
    await store.subscribe(ODD, []);
    expect((await store.listSubscriptions()).map((s) => s.conversationId).sort()).toEqual([CHANNEL, ODD].sort());
    expect(await store.unsubscribe(ODD)).toBe(true);
    expect(await store.unsubscribe(ODD)).toBe(false);
    await store.removeConversation(CHANNEL);
    expect(await store.getSubscription(CHANNEL)).toBeUndefined();
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('ledger entries: written, read, listed per update (not a longer update id with the same start)', async () => {
    await store.putLedgerEntry(entry('u1', CHANNEL, 'pending'));
    await store.putLedgerEntry(entry('u1', ODD));
    await store.putLedgerEntry(entry('u10', CHANNEL));
    await store.putLedgerEntry({ ...entry('u1', CHANNEL), activityId: 'act-1', attempts: 2 });
    expect(await store.getLedgerEntry(`u1>${CHANNEL}`)).toMatchObject({
      status: 'sent',
      activityId: 'act-1',
      attempts: 2,
    });
    expect((await store.listLedger('u1')).map((e) => e.target).sort()).toEqual([CHANNEL, ODD].sort());
    expect((await store.listLedger('u10')).map((e) => e.key)).toEqual([`u10>${CHANNEL}`]);
    expect(await store.listLedger()).toHaveLength(3);
    await store.putLedgerEntry(entry('u2', CHANNEL, 'uncertain'));
    expect((await store.getLedgerEntry(`u2>${CHANNEL}`))?.status).toBe('uncertain');
  });

  it('the notify version marker and webhook targets', async () => {
    expect(await store.lastNotifiedVersion()).toBeUndefined();
    await store.setLastNotifiedVersion('2025.2');
    expect(await store.lastNotifiedVersion()).toBe('2025.2');
    const id = await store.addWebhook({
      name: 'MBO Raad contactpersonen',
      url: 'https://example.org/hook',
      sectors: ['mbo'],
    });
    expect(id).toBe('webhook:mbo-raad-contactpersonen');
    expect(await store.getConversation(id)).toMatchObject({ webhookUrl: 'https://example.org/hook', welcomed: true });
    expect((await store.getSubscription(id))?.sectors).toEqual(['mbo']);
    expect(await store.removeWebhook('https://example.org/hook')).toBe(id);
    expect(await store.getConversation(id)).toBeUndefined();
    expect(await store.removeWebhook('onbekend')).toBeUndefined();
  });

  it('contexts: stored, replaced, deleted, size-limited; removing a conversation deletes its own and its threads’ contexts only', async () => {
    const ctx = {
      query: { intent: 'lookup', sectors: ['politie'], year: 2024 },
      speaksFor: 'politie' as const,
      // The recent subjects (entity ids of the last answers); a record without them loads as well.
      recent: ['hbo', 'wo', 'politie'] as EntityId[],
      at: '2026-12-01T08:00:00.000Z',
    };
    await store.putContext(CHANNEL, ctx);
    await store.putContext(THREAD, { at: '2026-12-01T08:01:00.000Z' });
    await store.putContext(`${CHANNEL}x`, { at: '2026-12-01T08:02:00.000Z' });
    await store.putContext(ODD, { at: '2026-12-01T08:03:00.000Z', speaksFor: 'mbo' as const });
    expect(await store.getContext(CHANNEL)).toEqual(ctx);
    expect(await store.getContext(THREAD)).toEqual({ at: '2026-12-01T08:01:00.000Z' });
    await expect(store.putContext('big', { at: 'x', query: 'x'.repeat(9_000) })).rejects.toBeInstanceOf(StoreError);
    expect(await store.getContext('big')).toBeUndefined();
    await store.deleteContext(ODD);
    expect(await store.getContext(ODD)).toBeUndefined();

    await store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL) });
    await store.removeConversation(CHANNEL);
    expect(await store.getContext(CHANNEL)).toBeUndefined();
    expect(await store.getContext(THREAD)).toBeUndefined();
    expect(await store.getContext(`${CHANNEL}x`)).toEqual({ at: '2026-12-01T08:02:00.000Z' });
  });

  it('a conversation set aside (bot removed) keeps its subscription, is restored by a message, purged after the retention', async () => {
    await store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL) });
    await store.subscribe(CHANNEL, ['politie']);
    await store.saveConversation({ id: ODD, kind: 'personal', reference: ref(ODD) });
    await store.putContext(`${ODD};messageid=1`, { at: '2026-12-01T08:00:00.000Z' });
    await store.markRemoved(CHANNEL, new Date('2026-10-01T00:00:00Z'));
    await store.markRemoved(ODD, new Date('2026-10-01T00:00:00Z'));
    expect((await store.getConversation(CHANNEL))?.removedAt).toBe('2026-10-01T00:00:00.000Z');
    expect((await store.getSubscription(CHANNEL))?.sectors).toEqual(['politie']);
    // A message there brings it back (the same reference is written again, without removedAt).
    await store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL) });
    expect((await store.getConversation(CHANNEL))?.removedAt).toBeUndefined();
    expect(await store.purgeRemoved(new Date('2026-11-01T00:00:00Z'))).toEqual([ODD]);
    expect(await store.getConversation(ODD)).toBeUndefined();
    expect(await store.getContext(`${ODD};messageid=1`)).toBeUndefined();
    expect(await store.getSubscription(CHANNEL)).toBeDefined();
  });

  it('a context written and deleted right after each other stays deleted (writes keep their order)', async () => {
    for (let i = 0; i < 5; i++) {
      const key = `${THREAD}${i}`;
      void store.putContext(key, { at: '2026-12-01T08:00:00.000Z' });
      await store.deleteContext(key);
      expect(await store.getContext(key)).toBeUndefined();
    }
  });

  it('everything survives a restart (a new instance on the same data)', async () => {
    await store.saveConversation({ id: CHANNEL, kind: 'channel', tenantId: 't1', reference: ref(CHANNEL) });
    await store.markWelcomed(CHANNEL);
    await store.subscribe(CHANNEL, ['politie']);
    await store.putLedgerEntry(entry('u1', CHANNEL));
    await store.setLastNotifiedVersion('2025.2');
    await store.putContext(THREAD, { at: '2026-12-01T08:00:00.000Z', speaksFor: 'politie' });
    await store.addWebhook({ name: 'Netwerk', url: 'https://example.org/n', sectors: [] });
    await store.close();
    const restarted = await instance();
    expect(await restarted.getConversation(CHANNEL)).toMatchObject({ welcomed: true, tenantId: 't1' });
    expect((await restarted.getSubscription(CHANNEL))?.sectors).toEqual(['politie']);
    expect((await restarted.getLedgerEntry(`u1>${CHANNEL}`))?.status).toBe('sent');
    expect(await restarted.lastNotifiedVersion()).toBe('2025.2');
    expect(await restarted.getContext(THREAD)).toMatchObject({ speaksFor: 'politie' });
    expect((await restarted.getConversation('webhook:netwerk'))?.webhookUrl).toBe('https://example.org/n');
  });

  it('two instances changing the same records at once lose nothing (conditional writes, re-applied on conflict)', async () => {
    const other = await instance();
    await store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL) });
    await other.refresh();
    // The same record from both sides at once: a new reference here, welcomed there.
    const [, welcomed] = await Promise.all([
      store.saveConversation({ id: CHANNEL, kind: 'channel', reference: ref(CHANNEL, 'http://127.0.0.1:9') }),
      other.markWelcomed(CHANNEL),
    ]);
    expect(welcomed).toBe(true);
    // Both instances welcome the same new conversation at once: exactly one of them may.
    await store.saveConversation({ id: ODD, kind: 'personal', reference: ref(ODD) });
    await other.refresh();
    const both = await Promise.all([store.markWelcomed(ODD), other.markWelcomed(ODD)]);
    expect(both.filter(Boolean)).toHaveLength(1);
    // Many different records from both sides at once.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).subscribe(`19:c${i}@thread.tacv2`, ['mbo'])),
    );
    const fresh = await instance();
    expect(await fresh.getConversation(CHANNEL)).toMatchObject({
      welcomed: true,
      reference: { serviceUrl: 'http://127.0.0.1:9' },
    });
    expect(await fresh.listSubscriptions()).toHaveLength(20);
  });

  it('the notify lock: one holder at a time across instances; a live holder keeps it past the expiry', async () => {
    const timing = { ttlMs: 600, renewMs: 150, waitMs: 5_000, pollMs: 30 };
    const a = await instance({ notifyLock: timing });
    const b = await instance({ notifyLock: timing });
    let active = 0;
    let most = 0;
    const runs: string[] = [];
    const run = (name: string) => async () => {
      active += 1;
      most = Math.max(most, active);
      await sleep(1_000); // longer than the expiry: only renewals keep the lock
      runs.push(name);
      active -= 1;
      return name;
    };
    expect(
      await Promise.all([a.withNotifyLock(run('a')), b.withNotifyLock(run('b')), a.withNotifyLock(run('a2'))]),
    ).toEqual(['a', 'b', 'a2']);
    expect(most).toBe(1);
    expect(runs).toHaveLength(3);

    // A claimant that waits less than the holder holds gives up with a clear message.
    const impatient = await instance({ notifyLock: { ...timing, waitMs: 300 } });
    const held = a.withNotifyLock(() => sleep(1_200));
    await sleep(100);
    const err = await impatient.withNotifyLock(async () => 'ran').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotifyLockBusyError);
    expect((err as Error).message).toContain('Er loopt al een notificatieronde');
    await held;
  });

  it('a holder that stalled past the expiry learns that its lock was taken over (its signal aborts)', async () => {
    const stalled = await instance({ notifyLock: { ttlMs: 400, renewMs: 1_500, waitMs: 5_000, pollMs: 30 } });
    const other = await instance({ notifyLock: { ttlMs: 400, renewMs: 100, waitMs: 5_000, pollMs: 30 } });
    let claimed!: () => void;
    const holding = new Promise<void>((r) => {
      claimed = r;
    });
    const outcome = stalled.withNotifyLock(
      (signal) =>
        new Promise<string>((resolve) => {
          claimed();
          signal.addEventListener('abort', () => resolve('aborted'));
          setTimeout(() => resolve('not aborted'), 4_000);
        }),
    );
    await holding;
    expect(await other.withNotifyLock(async () => 'taken over')).toBe('taken over');
    expect(await outcome).toBe('aborted');
  });

  it('the notify lock passes to another instance after its holder died (stopped renewing)', async () => {
    const timing = { ttlMs: 800, renewMs: 200, waitMs: 5_000, pollMs: 30 };
    const dying = await instance({ notifyLock: timing });
    const survivor = await instance({ notifyLock: timing });
    let claimed!: () => void;
    const holding = new Promise<void>((r) => {
      claimed = r;
    });
    // The holder claims the lock and then "dies": its renewals stop, its run never ends.
    void dying.withNotifyLock(async () => {
      claimed();
      await new Promise(() => undefined);
    });
    await holding;
    await dying.close();
    const t0 = Date.now();
    expect(await survivor.withNotifyLock(async () => 'taken over')).toBe('taken over');
    const waited = Date.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(timing.ttlMs - timing.renewMs - 100);
    expect(waited).toBeLessThan(timing.ttlMs + 2_000);
  });
});
