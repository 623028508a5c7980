// The teams-ai Application: which handler answers which activity. Handlers stay thin; the
// work happens in src/answers and the state store.
import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { BotDeps } from './deps.js';
import { onCardAction } from './on-card-action.js';
import { onInstallationUpdate, onMembersAdded, onMembersRemoved } from './on-install.js';
import { onMessage } from './on-message.js';
import { onTurnError } from './on-turn-error.js';

export function createBotApp(deps: BotDeps, adapter: TeamsAdapter): Application {
  const app = new Application({
    adapter,
    // "<at>banenbot</at> realisatie politie 2024?" reaches the handlers as "realisatie politie 2024?".
    removeRecipientMention: true,
    // Typing indicator while an answer takes longer than a second.
    startTypingTimer: true,
    // Card buttons carry { action: 'query' | 'pick-sector', … } (src/cards).
    adaptiveCards: { actionSubmitFilter: 'action' },
  });
  // Routes are tried in this order; the first match handles the activity.
  app.adaptiveCards.actionSubmit(['query', 'pick-sector'], onCardAction(deps));
  app.activity('message', onMessage(deps));
  app.activity('installationUpdate', onInstallationUpdate(deps));
  app.conversationUpdate('membersAdded', onMembersAdded(deps));
  app.conversationUpdate('membersRemoved', onMembersRemoved(deps));
  app.error(onTurnError(deps));
  return app;
}
