// The environment, parsed once with zod. Nothing else in the project reads process.env:
// `loadConfig()` (dotenv + process.env) at start-up, `parseConfig(env)` in tests.
// Every variable is documented in .env.example.
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** "a, b,,c" → ["a", "b", "c"]. */
const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const flag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '' || v === 'false' || v === '0' || v === 'no' || v === 'nee') return false;
      if (v === 'true' || v === '1' || v === 'yes' || v === 'ja') return true;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} moet true of false zijn (must be true or false)` });
      return z.NEVER;
    });

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${name} moet een geheel getal van ${min} tot en met ${max} zijn (must be an integer ${min}-${max}), niet "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

/**
 * Bot identities (Azure Bot registration): SingleTenant (app id + client secret + tenant; the
 * default), UserAssignedMSI (a user-assigned managed identity: BOT_ID is its client id, tenant
 * required, no secret), MultiTenant (accepted for existing registrations; Microsoft no longer
 * offers it for new ones).
 */
const BOT_TYPES = ['SingleTenant', 'UserAssignedMSI', 'MultiTenant'] as const;
export type BotType = (typeof BOT_TYPES)[number];

/** The bot's Bot Framework identity; undefined in the config means local mode. */
export interface BotIdentity {
  /** Microsoft App ID; for UserAssignedMSI the managed identity's client id. */
  id: string;
  type: BotType;
  /** Client secret (SingleTenant, MultiTenant); none for a managed identity. */
  password?: string;
  /** Entra ID tenant (required for SingleTenant and UserAssignedMSI). */
  tenantId?: string;
}

/** Shannon entropy of a string's characters, in bits per character. */
export function shannonBitsPerChar(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...s].length;
  let bits = 0;
  for (const c of counts.values()) bits -= (c / n) * Math.log2(c / n);
  return bits;
}

/** How to make a good NOTIFY_TOKEN; printed with every refusal. */
const NOTIFY_TOKEN_HINT = 'maak er een met: openssl rand -hex 32 (generate one with: openssl rand -hex 32)';

/**
 * Why a NOTIFY_TOKEN is too weak, or undefined. At least 32 characters, at least 10 different
 * ones and at least 3 bits of entropy per character: `openssl rand -hex 32` (64 hex characters,
 * about 3,9 bits each) passes; "aaaaaaaaaaaaaaaa", "abababab…" or a word repeated do not.
 */
function notifyTokenWeakness(token: string): string | undefined {
  const chars = [...token];
  if (chars.length < 32)
    return `NOTIFY_TOKEN moet minstens 32 tekens lang zijn (must be at least 32 characters, got ${chars.length}); ${NOTIFY_TOKEN_HINT}`;
  if (new Set(chars).size < 10 || shannonBitsPerChar(token) < 3)
    return `NOTIFY_TOKEN is te voorspelbaar: te weinig verschillende tekens (too little entropy); ${NOTIFY_TOKEN_HINT}`;
  return undefined;
}

/** The raw variables: names exactly as in .env.example. */
const EnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      errorMap: () => ({
        message: 'NODE_ENV moet development, production of test zijn (must be development, production or test)',
      }),
    })
    .default('development'),
  PORT: integer('PORT', 0, 65535, 3978),
  HOST: optionalText,
  TRUST_PROXY: integer('TRUST_PROXY', 0, 10, 0),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TYPE: z
    .enum(BOT_TYPES, {
      errorMap: () => ({
        message:
          'BOT_TYPE moet SingleTenant, UserAssignedMSI of MultiTenant zijn (must be SingleTenant, UserAssignedMSI or MultiTenant)',
      }),
    })
    .default('SingleTenant'),
  BOT_TENANT_ID: optionalText,
  ALLOWED_TENANTS: commaList,
  ADMIN_IDS: commaList,
  STATE_STORE: z
    .enum(['file', 'azure'], {
      errorMap: () => ({ message: 'STATE_STORE moet file of azure zijn (must be file or azure)' }),
    })
    .default('file'),
  STATE_FILE: z.string().trim().default('state/banenbot.json'),
  STATE_FIRST_START: flag('STATE_FIRST_START'),
  AZURE_STORAGE_CONNECTION_STRING: optionalText,
  AZURE_STORAGE_TABLE: z
    .string()
    .trim()
    .default('banenbot')
    .refine((v) => /^[A-Za-z][A-Za-z0-9]{2,62}$/.test(v), {
      message:
        'AZURE_STORAGE_TABLE moet 3 tot 63 letters of cijfers zijn en met een letter beginnen (Azure table name rules)',
    }),
  NOTIFY_TOKEN: optionalText.superRefine((v, ctx) => {
    const weakness = v === undefined ? undefined : notifyTokenWeakness(v);
    if (weakness) ctx.addIssue({ code: z.ZodIssueCode.custom, message: weakness });
  }),
  NOTIFY_CRON: optionalText,
  DATA_DIR: optionalText,
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .default('info')
    .pipe(
      z.enum(LOG_LEVELS, {
        errorMap: () => ({ message: `LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn (must be one of them)` }),
      }),
    ),
  LOG_DEBUG_CONTENT: flag('LOG_DEBUG_CONTENT'),
  MAX_MESSAGE_LENGTH: integer('MAX_MESSAGE_LENGTH', 20, 10_000, 500),
  ANSWER_CACHE_SIZE: integer('ANSWER_CACHE_SIZE', 0, 100_000, 1_000),
  CONNECTOR_TIMEOUT_MS: integer('CONNECTOR_TIMEOUT_MS', 100, 120_000, 15_000),
  CONTEXT_TTL_MINUTES: integer('CONTEXT_TTL_MINUTES', 1, 10_080, 30),
  DATA_RELOAD_SECONDS: integer('DATA_RELOAD_SECONDS', 0, 86_400, 60),
});

const ConfigSchema = EnvSchema.superRefine((env, ctx) => {
  const msi = env.BOT_TYPE === 'UserAssignedMSI';
  if (msi && env.BOT_PASSWORD) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['BOT_PASSWORD'],
      message:
        'BOT_TYPE=UserAssignedMSI gebruikt geen geheim: laat BOT_PASSWORD leeg (a managed identity has no secret)',
    });
  } else if (!msi && Boolean(env.BOT_ID) !== Boolean(env.BOT_PASSWORD)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [env.BOT_ID ? 'BOT_PASSWORD' : 'BOT_ID'],
      message: 'BOT_ID en BOT_PASSWORD horen samen: zet ze allebei of geen van beide (set both or neither)',
    });
  }
  if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['BOT_TENANT_ID'],
      message: `BOT_TENANT_ID is verplicht bij BOT_TYPE=${env.BOT_TYPE} (the Entra ID tenant of the app registration or managed identity)`,
    });
  }
  if (env.STATE_STORE === 'azure' && !env.AZURE_STORAGE_CONNECTION_STRING) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['AZURE_STORAGE_CONNECTION_STRING'],
      message: 'AZURE_STORAGE_CONNECTION_STRING is verplicht bij STATE_STORE=azure (required for the Azure store)',
    });
  }
  if (env.NODE_ENV === 'production' && !(env.BOT_ID && (env.BOT_PASSWORD || msi))) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        'NODE_ENV=production zonder BOT_ID en BOT_PASSWORD (of BOT_ID met BOT_TYPE=UserAssignedMSI): de bot start niet ' +
        'zonder Bot Framework-authenticatie (refusing to run in production without bot credentials)',
    });
  }
}).transform((env) => {
  const msi = env.BOT_TYPE === 'UserAssignedMSI';
  const bot: BotIdentity | undefined =
    env.BOT_ID && (env.BOT_PASSWORD || msi)
      ? {
          id: env.BOT_ID,
          type: env.BOT_TYPE,
          ...(env.BOT_PASSWORD && !msi ? { password: env.BOT_PASSWORD } : {}),
          ...(env.BOT_TENANT_ID ? { tenantId: env.BOT_TENANT_ID } : {}),
        }
      : undefined;
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    /** Local mode (no credentials) listens on loopback only unless HOST says otherwise. */
    host: env.HOST ?? (bot ? '0.0.0.0' : '127.0.0.1'),
    /** Reverse proxies in front of the bot whose X-Forwarded-For is trusted (0: none). */
    trustProxy: env.TRUST_PROXY,
    /** Bot Framework credentials; undefined means local mode (no authentication). */
    bot,
    /** Tenants the bot serves; empty means every tenant. */
    allowedTenants: env.ALLOWED_TENANTS,
    /** AAD object ids of users who may manage channel subscriptions. */
    adminIds: env.ADMIN_IDS,
    /** Where state lives: the lowdb file (one machine) or Azure Table Storage (several instances). */
    stateStore: env.STATE_STORE,
    stateFile: resolve(env.STATE_FILE),
    /** A missing state file or table is expected (first start); in production it is refused otherwise. */
    stateFirstStart: env.STATE_FIRST_START,
    azureStorageConnectionString: env.AZURE_STORAGE_CONNECTION_STRING,
    azureStorageTable: env.AZURE_STORAGE_TABLE,
    notifyToken: env.NOTIFY_TOKEN,
    notifyCron: env.NOTIFY_CRON,
    /** Dataset folder; undefined means the repository's data/. */
    dataDir: env.DATA_DIR ? resolve(env.DATA_DIR) : undefined,
    logLevel: env.LOG_LEVEL,
    /** Allows message text in debug logs. Off by default: logs carry ids only. */
    logDebugContent: env.LOG_DEBUG_CONTENT,
    maxMessageLength: env.MAX_MESSAGE_LENGTH,
    /** How many recent answers to keep (same question → same answer); 0 = none. */
    answerCacheSize: env.ANSWER_CACHE_SIZE,
    /** Time-out of each proactive request (Bot Connector, webhooks); a timed-out post is uncertain. */
    connectorTimeoutMs: env.CONNECTOR_TIMEOUT_MS,
    /** Minutes of silence after which a conversation's follow-up context is forgotten. */
    contextTtlMinutes: env.CONTEXT_TTL_MINUTES,
    /** Seconds between checks of the data directory for a new version, besides watching it; 0 = no periodic check. */
    dataReloadSeconds: env.DATA_RELOAD_SECONDS,
  };
});

export type Config = z.output<typeof ConfigSchema>;
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie (invalid configuration):\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/** Parse an environment (a plain object, e.g. in tests). Throws ConfigError listing every problem. */
export function parseConfig(env: Env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return name && !issue.message.startsWith(name) ? `${name}: ${issue.message}` : issue.message;
    }),
  );
}

/** Read .env (if present; real environment variables win) and parse process.env. */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
