// The Bot Framework adapter: authenticated with the bot's credentials, or local mode (no
// authentication) when none are configured, for the Agents Playground on this machine.
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config.js';

export function createAdapter(config: Config): TeamsAdapter {
  const settings = {
    MicrosoftAppId: config.bot?.id ?? '',
    MicrosoftAppPassword: config.bot?.password ?? '',
    MicrosoftAppType: config.bot?.type ?? 'MultiTenant',
    MicrosoftAppTenantId: config.bot?.tenantId,
  };
  return new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}
