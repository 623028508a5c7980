// `npm run package`: the Teams app zip a user uploads. Runs the real script (tsx) in a temp
// working directory, so no .env of the developer leaks in.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/make-icons.js';
import { loadDataset } from '../../src/data/load.js';
import { createParser } from '../../src/nlu/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/package.ts');
const BOT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const APP_ID = '11111111-2222-4333-8444-555555555555';

const temp = mkdtempSync(join(tmpdir(), 'banenbot-package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The parts of the manifest these tests read (TeamsManifest is a union over schema versions). */
interface Manifest {
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  developer: { name: string; privacyUrl: string };
  localizationInfo?: { defaultLanguageTag: string };
  validDomains?: string[];
  bots?: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    isNotificationOnly?: boolean;
    commandLists?: {
      scopes: string[];
      commands: { title: string; description?: string; type?: string; prompt?: string }[];
    }[];
  }[];
  composeExtensions?: {
    botId: string;
    commands: { id: string; type: string; parameters: { name: string; title: string }[] }[];
  }[];
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/package.ts with only the given package variables set. */
function runPackage(args: string[], vars: Record<string, string> = {}): Promise<Result> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(BOT_ID|APP_)/.test(k)) env[k] = v;
  return new Promise((done) => {
    execFile(
      TSX,
      [SCRIPT, ...args],
      { cwd: temp, env: { ...env, ...vars }, timeout: 60_000 },
      (err, stdout, stderr) => {
        done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

function readZip(path: string): { names: string[]; manifest: Manifest } {
  const zip = new AdmZip(path);
  const names = zip
    .getEntries()
    .map((e) => e.entryName)
    .sort();
  const manifest = JSON.parse(zip.readAsText('manifest.json')) as Manifest;
  return { names, manifest };
}

/** A copy of appPackage/ in a temp folder, with `edit` applied to its manifest text. */
function plantedTemplate(name: string, edit: (text: string) => string): string {
  const dir = join(temp, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const icon of ['color.png', 'outline.png']) copyFileSync(join(ROOT, 'appPackage', icon), join(dir, icon));
  writeFileSync(join(dir, 'manifest.json'), edit(readFileSync(join(ROOT, 'appPackage/manifest.json'), 'utf8')));
  return join(dir, 'manifest.json');
}

describe('npm run package', () => {
  it('writes a zip with manifest.json, color.png and outline.png that passes the Teams schema', async () => {
    const out = join(temp, 'ok/banenbot.zip');
    const r = await runPackage(['--out', out], { BOT_ID });
    expect(r.stderr).not.toMatch(/ongeldig|ontbreekt/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('App-pakket geschreven');

    const { names, manifest } = readZip(out);
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.id).toBe(BOT_ID); // APP_ID defaults to BOT_ID
    expect(manifest.bots?.[0]?.botId).toBe(BOT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest)).toEqual([]);
  });

  it('fills the Dutch name, nl-NL, the three scopes and a Dutch command list per scope', async () => {
    const out = join(temp, 'content/banenbot.zip');
    const r = await runPackage(['--out', out, '--bot-id', BOT_ID, '--app-id', APP_ID], {
      APP_VALID_DOMAIN: 'banenbot.example.nl',
      APP_PRIVACY_URL: 'https://banenbot.example.nl/privacy',
      APP_DEVELOPER_NAME: 'Team Banenafspraak',
    });
    expect(r.code).toBe(0);
    const { manifest } = readZip(out);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(BOT_ID);
    expect(manifest.name).toEqual({
      short: 'Banenbot',
      full: 'Banenbot – cijfers banenafspraak overheid en onderwijs',
    });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full).toContain('realisatie politie 2024');
    expect(manifest.localizationInfo?.defaultLanguageTag).toBe('nl-NL');
    expect(manifest.developer.name).toBe('Team Banenafspraak');
    expect(manifest.developer.privacyUrl).toBe('https://banenbot.example.nl/privacy');
    expect(manifest.validDomains).toEqual(['banenbot.example.nl']);

    const bot = manifest.bots![0]!;
    // The compose box search: a query command with one text parameter, answered by the same bot.
    expect(manifest.composeExtensions).toEqual([
      expect.objectContaining({
        botId: bot.botId,
        commands: [
          expect.objectContaining({
            id: 'zoekCijfers',
            type: 'query',
            parameters: [expect.objectContaining({ name: 'vraag', title: 'Vraag' })],
          }),
        ],
      }),
    ]);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    const lists = bot.commandLists ?? [];
    // One list per scope (Teams allows three), each with full Dutch starter questions (type 'prompt').
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['groupChat'], ['team']]);
    const parse = createParser(loadDataset().sectors);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(12);
      const titles = list.commands.map((c) => c.title);
      // Subscriptions work in every conversation with the bot, a personal chat too.
      expect(titles).toEqual(expect.arrayContaining(['Realisatie van een sector', 'Abonneren', 'Afmelden']));
      for (const c of list.commands) {
        expect(c.type).toBe('prompt');
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description?.length ?? 0).toBeGreaterThan(10);
        expect(c.description?.length ?? 0).toBeLessThanOrEqual(128);
        // Every starter is a question banenbot understands as asked.
        const query = parse(c.prompt ?? '');
        expect(query.intent, c.prompt).not.toMatch(/^(unknown|unknown_sector|clarify)$/);
      }
    }
    const personal = lists[0]!.commands;
    expect(personal.find((c) => c.title === 'Realisatie van een sector')?.prompt).toBe(
      'Wat is de realisatie van de politie in 2024?',
    );
    expect(personal.find((c) => c.title === 'Sectoren vergelijken')?.prompt).toBe(
      'Vergelijk politie en defensie in 2024',
    );
  });

  it('without a domain, validDomains is empty rather than [""]', async () => {
    const out = join(temp, 'nodomain/banenbot.zip');
    expect((await runPackage(['--out', out], { BOT_ID })).code).toBe(0);
    expect(readZip(out).manifest.validDomains).toEqual([]);
  });

  it('refuses to run without BOT_ID and says how to set it', async () => {
    const out = join(temp, 'missing/banenbot.zip');
    const r = await runPackage(['--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('BOT_ID ontbreekt');
    expect(r.stderr).toContain('--bot-id');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a BOT_ID that is not a GUID', async () => {
    const r = await runPackage(['--out', join(temp, 'badid/banenbot.zip')], { BOT_ID: 'mijn-bot' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('BOT_ID moet een GUID zijn');
  });

  it('names the field when the template breaks the schema, and writes no zip', async () => {
    const template = plantedTemplate('broken', (t) =>
      t
        .replace('"accentColor": "#1B5E8C"', '"accentColor": "blauw"')
        .replace('"isNotificationOnly": false', '"isNotificationOnly": "nee"'),
    );
    const out = join(temp, 'broken/banenbot.zip');
    const r = await runPackage(['--template', template, '--out', out], { BOT_ID });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('accentColor: must match pattern');
    expect(r.stderr).toContain('bots[0].isNotificationOnly: must be boolean');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects icons of the wrong size or an outline icon that is not white on transparent', async () => {
    const template = plantedTemplate('badicons', (t) => t);
    const dir = join(temp, 'badicons');
    copyFileSync(join(dir, 'outline.png'), join(dir, 'color.png'));
    const opaque = drawOutlineIcon();
    for (let i = 0; i < opaque.data.length; i += 4) opaque.data.set([20, 90, 140, 255], i);
    writeFileSync(join(dir, 'outline.png'), PNG.sync.write(opaque));
    const r = await runPackage(['--template', template, '--out', join(dir, 'banenbot.zip')], { BOT_ID });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('icons.color moet 192×192 pixels zijn, is 32×32');
    expect(r.stderr).toContain('icons.outline moet een transparante achtergrond hebben');
    expect(r.stderr).toContain('icons.outline mag alleen wit bevatten');
  });
});

describe('app icons', () => {
  const color = PNG.sync.read(readFileSync(join(ROOT, 'appPackage/color.png')));
  const outline = PNG.sync.read(readFileSync(join(ROOT, 'appPackage/outline.png')));

  it('color.png is 192×192 and opaque; outline.png is 32×32, white only, transparent around', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.data.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...outline.data.subarray(i * 4, i * 4 + 4)]);
    expect(pixels.filter(([, , , a]) => a! > 0).every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(pixels[0]![3]).toBe(0); // top-left corner transparent
    expect(pixels.filter(([, , , a]) => a === 0).length).toBeGreaterThan(400);
    expect(pixels.filter(([, , , a]) => a === 255).length).toBeGreaterThan(100);
  });

  it('the committed PNGs are exactly what scripts/make-icons.ts draws', () => {
    expect(PNG.sync.write(drawColorIcon()).equals(readFileSync(join(ROOT, 'appPackage/color.png')))).toBe(true);
    expect(PNG.sync.write(drawOutlineIcon()).equals(readFileSync(join(ROOT, 'appPackage/outline.png')))).toBe(true);
  });
});
