// The ask CLI as other tools use it: the real process, text / --json / --jsonl, exit codes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function cli(args: string[], input?: string) {
  const res = spawnSync('npx', ['tsx', 'src/cli.ts', 'ask', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const FACT_KEYS = ['sector', 'year', 'metric', 'value', 'unit', 'source'];

describe('ask CLI', () => {
  it('prints the answer as a person reads it', () => {
    const { code, stdout } = cli(['realisatie politie 2024?']);
    expect(code).toBe(0);
    expect(stdout).toContain('489 fta');
    expect(stdout).toContain('68,4%');
    expect(stdout).toContain('Bron: Kamerstuk 34 352 nr. 348');
    expect(stdout.trim().startsWith('{')).toBe(false);
  });

  it('--json prints one JSON object with the contract fields', () => {
    const { code, stdout } = cli(['--json', 'hoeveel mist de politie nog?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const o = JSON.parse(stdout);
    expect(o.question).toBe('hoeveel mist de politie nog?');
    expect(o.intent).toBe('gap');
    expect(o.text).toContain('224 fta');
    expect(o.card.type).toBe('AdaptiveCard');
    for (const f of o.facts) for (const k of FACT_KEYS) expect(f).toHaveProperty(k);
    expect(o.facts).toContainEqual(
      expect.objectContaining({
        sector: 'politie',
        year: 2024,
        metric: 'tekort',
        value: 224,
        unit: 'fta',
        source: 'kst-34352-348',
      }),
    );
  });

  it('--jsonl answers stdin line by line, in order, and prints nothing else', () => {
    const { code, stdout, stderr } = cli(
      ['--jsonl'],
      'realisatie politie 2024?\nblabla\nwelke sector scoort het best?\n',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    const objs = lines.map((l) => JSON.parse(l));
    expect(objs.map((o) => o.question)).toEqual([
      'realisatie politie 2024?',
      'blabla',
      'welke sector scoort het best?',
    ]);
    expect(objs.map((o) => o.intent)).toEqual(['lookup', 'unknown', 'ranking']);
    expect(objs[0].text).toContain('489 fta');
    for (const o of objs) for (const k of ['question', 'intent', 'text', 'facts', 'card']) expect(o).toHaveProperty(k);
  });

  it('a broken dataset: message on stderr, exit 1, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banenbot-ask-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'figures.json'), '[{"sector":"politie","year":2024}]');
    const { code, stdout, stderr } = cli(['--dir', dir, 'realisatie politie']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('figures.json');
  });

  it('bad arguments: usage on stderr, exit 2', () => {
    expect(cli([]).code).toBe(2);
    const unknown = cli(['--bogus', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Gebruik: ask');
  });
});
