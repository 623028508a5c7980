// The teams-ai Application: which handler answers which activity. Handlers stay thin; the
// work happens in src/answers and the state store.
// The module, not the package index (which also loads tokenizers, OpenAI models and the like:
// about 22 MB resident after the first answer; see src/teams/adapter.ts).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { TurnContext } from 'botbuilder';
import { PICK_SECTOR_VERB, QUERY_VERB, REFRESH_DIGEST_VERB } from '../cards/index.js';
import type { BotDeps } from './deps.js';
import { NOTICES } from './notices.js';
import { onSearch, SEARCH_COMMAND_ID } from './turn/message-extension.js';
import { onCardExecute, onCardSubmit, onDigestRefresh } from './turn/on-card-action.js';
import { onInstallationUpdate, onMembersAdded, onMembersRemoved } from './turn/on-install.js';
import { onMessage } from './turn/on-message.js';
import { onTurnError } from './turn/on-turn-error.js';

/** Every Action.Execute invoke, whatever its verb. */
function isCardExecute(context: TurnContext): Promise<boolean> {
  const a = context.activity;
  return Promise.resolve(
    a.type === 'invoke' && a.name === 'adaptiveCard/action' && a.value?.action?.type === 'Action.Execute',
  );
}

export function createBotApp(deps: BotDeps, adapter: TeamsAdapter): Application {
  const app = new Application({
    adapter,
    // "<at>banenbot</at> realisatie politie 2024?" reaches the handlers as "realisatie politie 2024?".
    removeRecipientMention: true,
    // Typing indicator while an answer takes longer than a second.
    startTypingTimer: true,
    // Card buttons carry { action: 'query' | 'pick-sector', … } (src/cards); older cards' Action.Submit too.
    // An Action.Execute is answered with the new card for the user who pressed it (the default).
    adaptiveCards: { actionSubmitFilter: 'action' },
  });
  // Routes are tried in this order; the first match handles the activity.
  app.adaptiveCards.actionExecute([QUERY_VERB, PICK_SECTOR_VERB], onCardExecute(deps));
  app.adaptiveCards.actionExecute(REFRESH_DIGEST_VERB, onDigestRefresh(deps));
  // Any other Action.Execute (a card from a later or earlier version of the bot): a short notice.
  app.adaptiveCards.actionExecute(isCardExecute, async () => NOTICES.staleCardAction);
  app.adaptiveCards.actionSubmit([QUERY_VERB, PICK_SECTOR_VERB], onCardSubmit(deps));
  app.messageExtensions.query(SEARCH_COMMAND_ID, onSearch(deps));
  app.activity('message', onMessage(deps));
  app.activity('installationUpdate', onInstallationUpdate(deps));
  app.conversationUpdate('membersAdded', onMembersAdded(deps));
  app.conversationUpdate('membersRemoved', onMembersRemoved(deps));
  app.error(onTurnError(deps));
  return app;
}
