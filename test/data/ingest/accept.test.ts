// --accept on a temp copy of data/ (never the real one): nothing changes without it; with it the
// proposals land in data/, the version goes up, data:check passes, and a check failure puts the
// files back. The version trigger of the server then sees the new version and sends the digest.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/ingest.js';
import { parseConfig } from '../../../src/config.js';
import { checkDataset } from '../../../src/data/check.js';
import { withoutSource } from '../../../src/data/ingest/backtest.js';
import { loadDataset } from '../../../src/data/load.js';
import { silentLogger } from '../../../src/log.js';
import { Notifier } from '../../../src/notify/notifier.js';
import { startNotifyTriggers } from '../../../src/notify/triggers.js';
import { StateStore } from '../../../src/store/state.js';
import { createAdapter } from '../../../src/teams/adapter.js';
import { proactiveTransports } from '../../../src/teams/proactive/transport.js';
import { type Connector, startConnector } from '../../support/connector.js';
import { data, letterPath, tempData } from './support.js';

const FILES = ['figures.json', 'conflicts.json', 'context.json', 'sources.json', 'meta.json'];
const snapshot = (dir: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

let out: string[] = [];
beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
});

/** data/ in a temp dir without the figures of nr. 348, as before that letter was added. */
function before348(): string {
  const dir = tempData();
  const stripped = withoutSource(data, 'kst-34352-348');
  writeFileSync(join(dir, 'figures.json'), `${JSON.stringify(stripped.figures, null, 2)}\n`);
  writeFileSync(join(dir, 'conflicts.json'), `${JSON.stringify(stripped.conflicts, null, 2)}\n`);
  return dir;
}

const ingest = (dir: string, ...args: string[]) =>
  run([
    letterPath('kst-34352-348'),
    '--source',
    'kst-34352-348',
    '--dir',
    dir,
    '--out',
    join(dir, '..', 'review'),
    ...args,
  ]);

describe('data:ingest --accept', () => {
  it('without --accept nothing in data/ changes; the review file lists each proposal with its quote', async () => {
    const dir = before348();
    const was = snapshot(dir);
    expect(await ingest(dir)).toBe(0);
    expect(snapshot(dir)).toEqual(was);
    const review = readFileSync(join(dir, '..', 'review', 'kst-34352-348.review.md'), 'utf8');
    expect(review).toMatch(
      /^- p\d+ nieuw · 2024 realisatie \(realisatie\) 489 fta · Politie — Cijfermatige realisatie · “Realisatie 387 fta 489 fta”$/m,
    );
    expect(review).toMatch(
      /^- p\d+ conflict · 2024 realisatiepercentage: De brief meldt 68,4%; realisatie 489 van doel 713 fta is 68,6%\./m,
    );
    expect(review).toMatch(
      /^- p\d+ bevestigt · 2023 aandeel schoolorganisaties met werknemers uit de doelgroep \(aandeel_organisaties_met_werknemers\) 66% · afgerond; dataset 65,9% uit Kamerstuk 34 352 nr. 328/m,
    );
    expect(review).toContain('## Ontbreekt ten opzichte van vorig jaar (Kamerstuk 34 352 nr. 328 over 2023)');
    expect(review).toContain('Passages voor een notitie (data/notes.json, zelf formuleren):');
    expect(out.join('')).toContain('Nog niets in data/');
  });

  it('--accept all writes the figures and the conflict, bumps the version and passes data:check', async () => {
    const dir = before348();
    expect(await ingest(dir, '--accept', 'all')).toBe(0);
    const after = loadDataset(dir);
    expect(checkDataset(after)).toEqual([]);
    expect(after.meta.version).toBe('2025.3');
    expect(after.figures).toHaveLength(data.figures.length);
    expect(
      after.figures.find((f) => f.sector === 'politie' && f.year === 2024 && f.metric === 'realisatie'),
    ).toMatchObject({
      value: 489,
      unit: 'fta',
      ref: { source: 'kst-34352-348', quote: 'Realisatie 387 fta 489 fta' },
    });
    // The mismatch is recorded, the printed percentage is not "fixed".
    expect(after.conflicts.find((c) => c.id === 'politie-2024-percentage')).toMatchObject({
      reported: 68.4,
      other: 68.6,
    });
    expect(
      after.figures.find((f) => f.sector === 'politie' && f.year === 2024 && f.metric === 'percentage')?.value,
    ).toBe(68.4);
    // The differing vo 2023 share (66% vs 65,9%) is a rounded reprint: no conflict, no extra source.
    expect(after.conflicts.some((c) => c.sector === 'vo')).toBe(false);
    expect(after.sources.find((s) => s.id === 'kst-34352-348')?.years).toEqual([2023, 2024]);
    expect(out.join('')).toContain('Versie 2025.2 → 2025.3; data:check OK.');
  });

  it('a selection that fails data:check (the mismatched percentage without its conflict) is rolled back', async () => {
    const dir = before348();
    await ingest(dir);
    const review = readFileSync(join(dir, '..', 'review', 'kst-34352-348.review.md'), 'utf8');
    const politie = review.slice(review.indexOf('## Politie'), review.indexOf('## Universitaire'));
    const ids = [...politie.matchAll(/^- (p\d+) nieuw · 2024 (?:doel|realisatie|realisatiepercentage) \(/gm)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(3);
    const was = snapshot(dir);
    expect(await ingest(dir, '--accept', ids.join(','))).toBe(1);
    expect(snapshot(dir)).toEqual(was);
    expect(out.join('')).toContain('politie 2024 percentage: printed 68,4 but realisatie/doel');
    expect(out.join('')).toContain('data/ is teruggezet');
  });

  it('refuses bad arguments with a Dutch message and exit code 2', async () => {
    const dir = before348();
    expect(await run([letterPath('kst-34352-348'), '--dir', dir])).toBe(2);
    expect(await ingest(dir, '--year', 'vorig jaar')).toBe(2);
    expect(await ingest(dir, '--accept', 'p1,x')).toBe(2);
    expect(await run(['--backtest', 'onbekend', '--dir', dir])).toBe(2);
    expect(out.join('')).toContain('Onbekend voorstel "x"');
    expect(out.join('')).toContain('--year moet een jaartal zijn');
  });
});

describe('a figure that differs from an earlier letter', () => {
  const letter2025 = [
    'Middelbaar beroepsonderwijs',
    '',
    'Cijfermatige realisatie',
    '',
    '2024 2025',
    'Doel +/- 1.929 fta +/- 1.950 fta',
    'Realisatie +/- 710 fta +/- 741 fta',
    'Realisatiepercentage +/- 37% +/- 38%',
    '',
  ].join('\n');
  const setup = () => {
    const dir = tempData();
    const file = join(dir, '..', 'brief-2025.txt');
    writeFileSync(file, letter2025);
    const go = (...args: string[]) =>
      run([file, '--source', 'kst-34352-999', '--dir', dir, '--out', join(dir, '..', 'review'), ...args]);
    return { dir, go };
  };

  it('is shown side by side and, accepted, recorded as a conflict: the dataset keeps its value', async () => {
    const { dir, go } = setup();
    expect(await go()).toBe(0);
    const review = readFileSync(join(dir, '..', 'review', 'kst-34352-999.review.md'), 'utf8');
    expect(review).toMatch(
      /^- p\d+ wijkt af · 2024 realisatie: deze brief 710 fta “Realisatie \+\/- 710 fta \+\/- 741 fta” ↔ dataset 706 fta \(Kamerstuk 34 352 nr. 348: “Realisatie \+\/- 700 fta \+\/- 706 fta”\) · correctie of conflict\?$/m,
    );
    expect(await go('--accept', 'all')).toBe(0);
    const after = loadDataset(dir);
    expect(after.figures.find((f) => f.sector === 'mbo' && f.year === 2024 && f.metric === 'realisatie')?.value).toBe(
      706,
    );
    expect(after.conflicts.find((c) => c.id === 'mbo-2024-realisatie-kst-34352-999')).toMatchObject({
      kind: 'source_disagreement',
      reported: 706,
      other: 710,
      explanation:
        'Kamerstuk 34 352 nr. 348 meldt 706 fta; Kamerbrief voortgang banenafspraak 2025 (2026) meldt 710 fta.',
    });
    expect(after.figures.find((f) => f.sector === 'mbo' && f.year === 2025 && f.metric === 'realisatie')).toMatchObject(
      {
        value: 741,
        approximate: true,
      },
    );
    expect(after.sources.find((s) => s.id === 'kst-34352-999')).toMatchObject({
      file: 'brief-2025.txt',
      years: [2025],
    });
    expect(after.meta.latestYear).toBe(2025);
  });

  it('with --correct it replaces the value and cites the new letter', async () => {
    const { dir, go } = setup();
    await go();
    const review = readFileSync(join(dir, '..', 'review', 'kst-34352-999.review.md'), 'utf8');
    const id = review.match(/^- (p\d+) wijkt af/m)![1]!;
    expect(await go('--accept', 'all', '--correct', id)).toBe(0);
    const after = loadDataset(dir);
    expect(after.figures.find((f) => f.sector === 'mbo' && f.year === 2024 && f.metric === 'realisatie')).toMatchObject(
      {
        value: 710,
        approximate: true,
        ref: { source: 'kst-34352-999' },
      },
    );
    expect(after.conflicts.some((c) => c.id.startsWith('mbo-2024-realisatie'))).toBe(false);
    expect(after.sources.find((s) => s.id === 'kst-34352-999')?.years).toEqual([2024, 2025]);
  });
});

describe('after acceptance the server’s version trigger sends the digest', () => {
  let connector: Connector;
  beforeAll(async () => {
    connector = await startConnector();
  });
  afterAll(async () => {
    await connector?.close();
  });

  it('the start-up check sees the accepted version and posts once; before acceptance it posts nothing', async () => {
    vi.restoreAllMocks();
    const dir = before348();
    const store = await StateStore.open(join(await mkdtemp(join(tmpdir(), 'banenbot-ingest-state-')), 'state.json'));
    const id = '19:ingest-digest@thread.tacv2';
    await store.saveConversation({
      id,
      kind: 'channel',
      reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id }, bot: { id: '28:bot' } },
    });
    await store.subscribe(id, ['politie']);
    await store.setLastNotifiedVersion(loadDataset(dir).meta.version);
    const config = parseConfig({ NODE_ENV: 'test' });
    const notifierFor = (d: string) =>
      new Notifier({
        store,
        dataset: loadDataset(d),
        log: silentLogger(),
        transports: proactiveTransports(createAdapter(config), config),
      });
    const unchanged = startNotifyTriggers(notifierFor(dir), { log: silentLogger() });
    expect(await unchanged.initial).toBeUndefined();
    unchanged.stop();
    expect(connector.messages(id)).toHaveLength(0);

    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await ingest(dir, '--accept', 'all')).toBe(0);
    vi.restoreAllMocks();
    const triggers = startNotifyTriggers(notifierFor(dir), { log: silentLogger() });
    expect(await triggers.initial).toMatchObject({ sent: 1 });
    triggers.stop();
    expect(await store.lastNotifiedVersion()).toBe('2025.3');
    const posts = connector.messages(id);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.activity)).toContain('Politie');
  });
});
