// npm run bench:state — what one change costs in the state file (STATE_STORE=file), at 1.000 and
// 10.000 conversations (each with its subscription and a ledger entry): the file is rewritten
// whole per write, so a write grows with the state; changes made while a write is on its way go
// out together in the next one (group commit), so a burst costs a few writes, not one per change.
// Prints per size: file size, one change at a time (median and slowest of 30), a burst of 1.000
// changes at once (wall time, file writes counted by the file's inode changing).
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNumber } from '../src/domain/format.js';
import { StateStore } from '../src/store/state.js';

const n = (v: number, d = 0) => formatNumber(v, d);

async function measure(conversations: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'banenbot-statebench-'));
  const file = join(dir, 'state.json');
  try {
    const now = new Date().toISOString();
    const tables = { conversations: {}, subscriptions: {}, ledger: {} } as Record<string, Record<string, unknown>>;
    for (let i = 0; i < conversations; i++) {
      const id = `19:bench-${i}@thread.tacv2`;
      tables.conversations![id] = {
        id,
        kind: 'channel',
        tenantId: 'bench-tenant',
        welcomed: true,
        updatedAt: now,
        reference: {
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          conversation: { id, conversationType: 'channel', tenantId: 'bench-tenant' },
          bot: { id: '28:bench-bot' },
        },
      };
      tables.subscriptions![id] = { conversationId: id, sectors: [], createdAt: now, updatedAt: now };
      const key = `2024|alle|-|->${id}`;
      tables.ledger![key] = {
        key,
        update: '2024|alle|-|-',
        target: id,
        datasetVersion: 'bench',
        status: 'sent',
        contentHash: 'x',
        attempts: 1,
        updatedAt: now,
      };
    }
    await writeFile(file, JSON.stringify({ version: 1, ...tables, notify: {} }));
    const store = await StateStore.open(file);
    const bytes = (await stat(file)).size;

    const single: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await store.subscribe(`19:bench-${i}@thread.tacv2`, i % 2 ? ['politie'] : []);
      single.push(performance.now() - t0);
    }
    single.sort((a, b) => a - b);

    // A burst: 1.000 changes at once; count the file versions written (each write renames a new file in).
    let writes = 0;
    let last = (await stat(file)).ino;
    const watch = setInterval(async () => {
      const ino = (await stat(file).catch(() => undefined))?.ino;
      if (ino !== undefined && ino !== last) {
        writes += 1;
        last = ino;
      }
    }, 1);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 1000 }, (_, i) => store.subscribe(`19:bench-${i}@thread.tacv2`, ['mbo'])));
    const burstMs = performance.now() - t0;
    clearInterval(watch);
    await store.close();
    console.log(
      `${n(conversations).padStart(6)} gesprekken, bestand ${n(bytes / 1024 / 1024, 1)} MB: ` +
        `één wijziging mediaan ${n(single[15]!, 1)} ms (slechtste ${n(single[29]!, 1)} ms); ` +
        `1.000 tegelijk ${n(burstMs)} ms, ongeveer ${n(Math.max(writes, 1))} keer geschreven`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log('Statusbestand (STATE_STORE=file): kosten van een wijziging');
for (const size of [1_000, 10_000]) await measure(size);
