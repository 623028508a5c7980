// A conversation the Bot Connector said the bot was removed from is set aside, not deleted: it
// and its subscription come back with the next message or install, and are purged only after
// the retention period.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMOVED_RETENTION_DAYS, StateStore } from '../../src/store/state.js';

const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' });
const day = 24 * 60 * 60 * 1000;

describe('set-aside conversations', () => {
  it('keep their subscription, are restored by saving the conversation again, and purged after the retention', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'banenbot-removed-')), 'state.json');
    const store = await StateStore.open(file);
    for (const id of ['c1', 'c2']) {
      await store.saveConversation({ id, kind: 'channel', reference: ref(id) });
      await store.subscribe(id, ['politie']);
    }
    const now = Date.now();
    await store.markRemoved('c1', new Date(now - (REMOVED_RETENTION_DAYS + 1) * day));
    await store.markRemoved('c2', new Date(now - day));
    expect((await store.getConversation('c1'))?.removedAt).toBeDefined();
    expect((await store.getSubscription('c1'))?.sectors).toEqual(['politie']);

    // The same reference again (a message there): restored, and written to disk.
    await store.saveConversation({ id: 'c2', kind: 'channel', reference: ref('c2') });
    expect((await store.getConversation('c2'))?.removedAt).toBeUndefined();
    expect((await (await StateStore.open(file)).getConversation('c2'))?.removedAt).toBeUndefined();

    expect(await store.purgeRemoved(new Date(now - REMOVED_RETENTION_DAYS * day))).toEqual(['c1']);
    expect(await store.getConversation('c1')).toBeUndefined();
    expect(await store.getSubscription('c1')).toBeUndefined();
    expect((await store.getSubscription('c2'))?.sectors).toEqual(['politie']);
  });
});
