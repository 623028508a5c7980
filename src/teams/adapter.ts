// The Bot Framework adapter: authenticated with the bot's credentials, or local mode (no
// authentication) when none are configured, for the Agents Playground on this machine.

// The module itself, not the package index: the index also loads the AI half of teams-ai
// (gpt-tokenizer, msal-node, axios, OpenAI models: about 22 MB resident) that this bot never uses.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import {
  type Activity,
  ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import * as ConnectorMappers from 'botframework-connector/lib/connectorApi/models/mappers.js';
import type { Config } from '../config.js';

/**
 * botbuilder 4.23 sends `activity.entities` through the connector's Entity mapper, which knows
 * only `type`, `text` and `mentioned`: every other field is dropped on the way out (the Activity
 * mapper's `additionalProperties` for entities is bypassed when @azure/core-client resolves the
 * element by class name; botbuilder-js #2561). The Activity spec lets an entity carry any field,
 * and Teams' citation entity (schema.org Message, src/teams/reply.ts) needs them: let the Entity
 * mapper keep them. Idempotent; mentions serialize as before.
 */
function keepEntityFields(): void {
  const type = ConnectorMappers.Entity.type as { additionalProperties?: unknown };
  type.additionalProperties ??= { type: { name: 'Object' } };
}

/**
 * TeamsAdapter whose `handle` authenticates and runs one activity and leaves the HTTP response
 * to the caller. (`process(req, res)` writes error messages into the response body and prints
 * stack traces with console.error; src/teams/http/messages-route.ts answers and logs itself.)
 */
export class BotAdapter extends TeamsAdapter {
  /**
   * Authenticates a request (the Bot Framework token in the Authorization header) without running
   * anything: src/teams/http/messages-route.ts does this before it looks at the body. Local mode
   * (no credentials) gives an anonymous identity.
   */
  authenticate(authHeader: string, activity: Partial<Activity>) {
    return this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
  }

  /** Runs one already authenticated activity. */
  handle(
    auth: AuthResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** What botbuilder's authentication gives (botframework-connector's AuthenticateRequestResult). */
export type AuthResult = Awaited<ReturnType<BotAdapter['authenticate']>>;

/**
 * botbuilder's settings for the bot identity. SingleTenant: app id, secret and tenant.
 * UserAssignedMSI: the managed identity's client id as app id and its tenant, no secret (botbuilder
 * then gets tokens from the managed identity endpoint). MultiTenant: app id and secret (older
 * registrations). No identity: local mode (empty app id, no authentication).
 */
export function botSettings(config: Config) {
  const bot = config.bot;
  return {
    MicrosoftAppId: bot?.id ?? '',
    MicrosoftAppPassword: bot?.type === 'UserAssignedMSI' ? '' : (bot?.password ?? ''),
    MicrosoftAppType: bot?.type ?? 'MultiTenant',
    MicrosoftAppTenantId: bot?.tenantId,
  };
}

export function createCredentialFactory(config: Config): ConfigurationServiceClientCredentialFactory {
  return new ConfigurationServiceClientCredentialFactory(botSettings(config));
}

export function createAdapter(config: Config): BotAdapter {
  keepEntityFields();
  return new BotAdapter(botSettings(config), createCredentialFactory(config));
}

/** botbuilder's AuthenticationError (missing, invalid or foreign token) carries statusCode 401/403. */
export function isAuthenticationError(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
}
