// The environment, parsed once: defaults, lists, flags, and messages that say what is wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, shannonBitsPerChar } from '../../src/config.js';
import { botSettings, createCredentialFactory } from '../../src/teams/adapter.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('has working defaults: port 3978, local mode on loopback, 500 characters, no message text in logs', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3978,
      host: '127.0.0.1',
      bot: undefined,
      allowedTenants: [],
      adminIds: [],
      logLevel: 'info',
      logDebugContent: false,
      maxMessageLength: 500,
    });
    expect(config.stateFile).toMatch(/state\/banenbot\.json$/);
  });

  it('state: the file by default; azure needs a connection string; the table name is checked', () => {
    expect(parseConfig({})).toMatchObject({
      stateStore: 'file',
      stateFirstStart: false,
      azureStorageTable: 'banenbot',
    });
    expect(problemsOf({ STATE_STORE: 'azure' })).toEqual([
      'AZURE_STORAGE_CONNECTION_STRING is verplicht bij STATE_STORE=azure (required for the Azure store)',
    ]);
    expect(
      parseConfig({
        STATE_STORE: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        STATE_FIRST_START: 'ja',
      }),
    ).toMatchObject({
      stateStore: 'azure',
      azureStorageConnectionString: 'UseDevelopmentStorage=true',
      stateFirstStart: true,
    });
    expect(problemsOf({ STATE_STORE: 'blob' })[0]).toContain('STATE_STORE moet file of azure zijn');
    expect(problemsOf({ AZURE_STORAGE_TABLE: 'ban-bot' })[0]).toContain(
      'AZURE_STORAGE_TABLE moet 3 tot 63 letters of cijfers',
    );
  });

  it('listens on all interfaces once credentials are set, unless HOST says otherwise; SingleTenant by default', () => {
    const env = { BOT_ID: 'app-id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 'tenant-1' };
    expect(parseConfig(env)).toMatchObject({
      host: '0.0.0.0',
      bot: { id: 'app-id', password: 'pw', type: 'SingleTenant', tenantId: 'tenant-1' },
    });
    expect(parseConfig({ ...env, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('a user-assigned managed identity: client id and tenant, no secret; botbuilder gets the MSI credential factory', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      BOT_TYPE: 'UserAssignedMSI',
      BOT_ID: 'msi-client-id',
      BOT_TENANT_ID: 'tenant-1',
    });
    expect(config.bot).toEqual({ id: 'msi-client-id', type: 'UserAssignedMSI', tenantId: 'tenant-1' });
    expect(botSettings(config)).toEqual({
      MicrosoftAppId: 'msi-client-id',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant-1',
    });
    const factory = createCredentialFactory(config) as unknown as { inner: object };
    expect(factory.inner.constructor.name).toBe('ManagedIdentityServiceClientCredentialsFactory');
    const single = parseConfig({ BOT_ID: 'app', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 'tenant-1' });
    expect((createCredentialFactory(single) as unknown as { inner: object }).inner.constructor.name).toBe(
      'PasswordServiceClientCredentialFactory',
    );
    // An existing multi-tenant registration still works (app id + secret, no tenant).
    expect(parseConfig({ BOT_ID: 'app', BOT_PASSWORD: 'pw', BOT_TYPE: 'MultiTenant' }).bot?.type).toBe('MultiTenant');
  });

  it('reads comma-separated lists and flags', () => {
    const config = parseConfig({
      ALLOWED_TENANTS: ' t1, t2,,',
      ADMIN_IDS: 'a',
      LOG_DEBUG_CONTENT: 'TRUE',
      MAX_MESSAGE_LENGTH: '1000',
    });
    expect(config.allowedTenants).toEqual(['t1', 't2']);
    expect(config.adminIds).toEqual(['a']);
    expect(config.logDebugContent).toBe(true);
    expect(config.maxMessageLength).toBe(1000);
  });

  it('refuses production without bot credentials', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).join('\n')).toContain(
      'NODE_ENV=production zonder BOT_ID en BOT_PASSWORD',
    );
    expect(parseConfig({ NODE_ENV: 'production', BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 't' }).bot?.id).toBe(
      'id',
    );
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT moet een geheel getal van 0 tot en met 65535 zijn'],
    [{ PORT: '70000' }, 'PORT moet een geheel getal'],
    [{ MAX_MESSAGE_LENGTH: '5' }, 'MAX_MESSAGE_LENGTH moet een geheel getal van 20 tot en met 10000 zijn'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL moet een van fatal, error, warn, info, debug, trace, silent zijn'],
    [{ LOG_DEBUG_CONTENT: 'misschien' }, 'LOG_DEBUG_CONTENT moet true of false zijn'],
    [{ BOT_TYPE: 'Everyone' }, 'BOT_TYPE moet SingleTenant, UserAssignedMSI of MultiTenant zijn'],
    [{ BOT_ID: 'id' }, 'BOT_ID en BOT_PASSWORD horen samen'],
    [{ BOT_ID: 'id', BOT_PASSWORD: 'pw' }, 'BOT_TENANT_ID is verplicht bij BOT_TYPE=SingleTenant'],
    [{ BOT_ID: 'id', BOT_TYPE: 'UserAssignedMSI' }, 'BOT_TENANT_ID is verplicht bij BOT_TYPE=UserAssignedMSI'],
    [
      { BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: 't' },
      'BOT_TYPE=UserAssignedMSI gebruikt geen geheim',
    ],
    [{ NODE_ENV: 'production', BOT_TYPE: 'UserAssignedMSI' }, 'NODE_ENV=production zonder BOT_ID'],
    [{ NOTIFY_TOKEN: 'short' }, 'NOTIFY_TOKEN moet minstens 32 tekens lang zijn'],
    [{ NOTIFY_TOKEN: 'a'.repeat(40) }, 'NOTIFY_TOKEN is te voorspelbaar'],
    [{ NOTIFY_TOKEN: 'ab'.repeat(20) }, 'NOTIFY_TOKEN is te voorspelbaar'],
    [{ NOTIFY_TOKEN: 'wachtwoord'.repeat(4) }, 'openssl rand -hex 32'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY moet een geheel getal van 0 tot en met 10 zijn'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV moet development, production of test zijn'],
  ])('explains %j', (env, fragment) => {
    expect(problemsOf(env).join('\n')).toContain(fragment);
  });

  it('accepts a NOTIFY_TOKEN made with openssl rand -hex 32 or base64', () => {
    const hex = 'a3f1c09e5b7d2846f0e1d2c3b4a59687e8f90a1b2c3d4e5f60718293a4b5c6d7';
    expect(parseConfig({ NOTIFY_TOKEN: hex }).notifyToken).toBe(hex);
    const base64 = 'q8Vt3LzR0m9XcJ2bWk5yHn7eUa4sPd1fGo6iTl0rMvE=';
    expect(parseConfig({ NOTIFY_TOKEN: base64 }).notifyToken).toBe(base64);
    expect(shannonBitsPerChar('aaaa')).toBe(0);
    expect(shannonBitsPerChar('0123456789abcdef')).toBe(4);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });
});
