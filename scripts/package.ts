// `npm run package`: builds the Teams app package appPackage/build/banenbot.zip, ready to
// upload to Teams (Apps › Manage your apps › Upload an app).
//
//   1. reads the template appPackage/manifest.json and fills its ${{NAME}} placeholders from
//      the environment (and .env): BOT_ID is required, the rest has defaults (see VARIABLES);
//   2. validates the filled manifest offline against the JSON schema its $schema names
//      (bundled in @microsoft/app-manifest);
//   3. checks the icons: colour 192×192, outline 32×32 white on transparent;
//   4. zips manifest.json + the two icons at the zip root (adm-zip).
//
// Options: --bot-id <guid> (instead of BOT_ID), --app-id <guid>, --template <manifest.json>
// (icons are read next to it), --out <zip>. Exit code 0 when the zip was written, 1 when the
// manifest or icons are invalid, 2 for bad options or environment.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import dotenv from 'dotenv';
import { PNG } from 'pngjs';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_TEMPLATE = resolve(ROOT, 'appPackage/manifest.json');
const DEFAULT_OUT = resolve(ROOT, 'appPackage/build/banenbot.zip');

const guid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/,
    'moet een GUID zijn, bijv. 8d3f6c2e-1b4a-4c5d-9e7f-0a1b2c3d4e5f',
  );
const httpUrl = z.string().url('moet een volledige URL zijn (https://…)');

/** The placeholders the template may use, with their defaults (documented in .env.example). */
const VARIABLES = z.object({
  BOT_ID: guid,
  APP_ID: guid.optional(),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'moet een versie als 1.2.3 zijn')
    .optional(),
  APP_DEVELOPER_NAME: z.string().min(1).max(32, 'mag hoogstens 32 tekens zijn').default('Banenbot'),
  APP_WEBSITE_URL: httpUrl.default('https://www.example.com/banenbot'),
  APP_PRIVACY_URL: httpUrl.default('https://www.example.com/banenbot/privacy'),
  APP_TERMS_URL: httpUrl.default('https://www.example.com/banenbot/voorwaarden'),
  /** The bot's public host name (e.g. banenbot.example.nl); empty leaves validDomains empty. */
  APP_VALID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.*-]*$/i, 'moet een domeinnaam zijn, zonder https:// en zonder pad')
    .default(''),
});

type Variables = Record<string, string>;

class PackageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The environment, with empty strings treated as unset, parsed into placeholder values. */
export function resolveVariables(env: NodeJS.ProcessEnv): Variables {
  const present = Object.fromEntries(
    Object.keys(VARIABLES.shape).flatMap((k) => (env[k]?.trim() ? [[k, env[k]!.trim()]] : [])),
  );
  const parsed = VARIABLES.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return i.code === 'invalid_type' && i.received === 'undefined'
        ? `${name} ontbreekt: zet ${name} in de omgeving of in .env${name === 'BOT_ID' ? ' (of geef --bot-id); het is de Microsoft App ID van de Azure Bot' : ''}.`
        : `${name} ${i.message}.`;
    });
    throw new PackageError(lines.join('\n'), 2);
  }
  const v = parsed.data;
  return {
    ...v,
    APP_ID: v.APP_ID ?? v.BOT_ID,
    APP_VERSION: v.APP_VERSION ?? packageVersion(),
  };
}

const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

/**
 * Replaces ${{NAME}} in every string of the template. Array items that end up empty are
 * dropped (so `"validDomains": ["${{APP_VALID_DOMAIN}}"]` becomes `[]` without a domain).
 */
export function fillTemplate(node: unknown, vars: Variables): unknown {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new PackageError(`Onbekende variabele \${{${name}}} in het manifest-template.`, 1);
      return value;
    });
  }
  if (Array.isArray(node)) return node.map((n) => fillTemplate(n, vars)).filter((n) => n !== '');
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillTemplate(v, vars)]));
  }
  return node;
}

/** "/bots/0/botId must match …" → "bots[0].botId: must match …" (the field first). */
function describeSchemaError(error: string): string {
  const [, path = '', message = error] = /^(\S*) (.*)$/s.exec(error.trim()) ?? [];
  const field = path
    .split('/')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i ? '.' : ''}${part}`))
    .join('');
  return `${field || 'manifest'}: ${message}`;
}

/** Problems with the two icons, as readable lines (empty when both are fine). */
export function checkIcons(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const read = (name: string, data: Buffer): PNG | undefined => {
    try {
      return PNG.sync.read(data);
    } catch (err) {
      problems.push(`${name}: geen geldige PNG (${err instanceof Error ? err.message : String(err)}).`);
      return undefined;
    }
  };
  const c = read('icons.color', color);
  if (c && (c.width !== 192 || c.height !== 192))
    problems.push(`icons.color moet 192×192 pixels zijn, is ${c.width}×${c.height}.`);
  const o = read('icons.outline', outline);
  if (o) {
    if (o.width !== 32 || o.height !== 32)
      problems.push(`icons.outline moet 32×32 pixels zijn, is ${o.width}×${o.height}.`);
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < o.data.length; i += 4) {
      const [r, g, b, a] = [o.data[i], o.data[i + 1], o.data[i + 2], o.data[i + 3]];
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) coloured++;
    }
    if (transparent === 0)
      problems.push('icons.outline moet een transparante achtergrond hebben (geen enkele pixel is transparant).');
    if (coloured > 0)
      problems.push(`icons.outline mag alleen wit bevatten: ${coloured} zichtbare pixels zijn niet wit.`);
  }
  return problems;
}

interface Options {
  template: string;
  out: string;
  env: NodeJS.ProcessEnv;
}

/** Builds the zip; returns the filled manifest. Throws PackageError with all problems found. */
export async function buildPackage({ template, out, env }: Options): Promise<TeamsManifest> {
  const vars = resolveVariables(env);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(template, 'utf8'));
  } catch (err) {
    throw new PackageError(
      `Kan het manifest-template ${template} niet lezen: ${err instanceof Error ? err.message : String(err)}`,
      1,
    );
  }
  const manifest = fillTemplate(raw, vars) as TeamsManifest;

  let schemaErrors: string[];
  try {
    schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest);
  } catch (err) {
    throw new PackageError(
      `Kan het manifest niet tegen het schema controleren: ${err instanceof Error ? err.message : String(err)}`,
      1,
    );
  }
  const problems = schemaErrors.map(describeSchemaError);

  const dir = dirname(template);
  const iconFiles = { color: manifest.icons?.color ?? 'color.png', outline: manifest.icons?.outline ?? 'outline.png' };
  let icons: { color: Buffer; outline: Buffer } | undefined;
  try {
    icons = {
      color: readFileSync(resolve(dir, iconFiles.color)),
      outline: readFileSync(resolve(dir, iconFiles.outline)),
    };
  } catch (err) {
    problems.push(`Icoon ontbreekt: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (icons) problems.push(...checkIcons(icons.color, icons.outline));
  if (problems.length)
    throw new PackageError(`Het app-pakket is ongeldig:\n${problems.map((p) => `  - ${p}`).join('\n')}`, 1);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  zip.addFile(iconFiles.color, icons!.color);
  zip.addFile(iconFiles.outline, icons!.outline);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip.toBuffer());
  return manifest;
}

const USAGE = `Gebruik: npm run package -- [--bot-id <guid>] [--app-id <guid>] [--template <manifest.json>] [--out <zip>]
Leest BOT_ID (verplicht), APP_ID, APP_VERSION, APP_DEVELOPER_NAME, APP_WEBSITE_URL,
APP_PRIVACY_URL, APP_TERMS_URL en APP_VALID_DOMAIN uit de omgeving of .env (zie .env.example).
`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'bot-id': { type: 'string' },
        'app-id': { type: 'string' },
        template: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  dotenv.config({ quiet: true });
  const env = { ...process.env };
  if (values['bot-id']) env.BOT_ID = values['bot-id'];
  if (values['app-id']) env.APP_ID = values['app-id'];
  const out = resolve(values.out ?? DEFAULT_OUT);
  try {
    const manifest = await buildPackage({ template: resolve(values.template ?? DEFAULT_TEMPLATE), out, env });
    const where = relative(process.cwd(), out) || out;
    process.stdout.write(
      `App-pakket geschreven: ${where}\n` +
        `  manifest ${manifest.manifestVersion}, app ${manifest.id}, bot ${manifest.bots?.[0]?.botId}, versie ${manifest.version}\n`,
    );
    for (const name of ['APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL'] as const) {
      if (!env[name]?.trim())
        process.stderr.write(
          `Let op: ${name} is niet gezet; de voorbeeld-URL op www.example.com is gebruikt. Zet een echte URL voor publicatie.\n`,
        );
    }
    return 0;
  } catch (err) {
    if (err instanceof PackageError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
