// The teams-ai Application, the whole turn in order: the turn events that end a turn before any
// route (a repeat of an activity already taken on, another tenant), then which handler answers
// which activity, then the error handler. Handlers stay thin; the work happens in src/answers and
// the state store. (Authentication and the body check come first, in src/teams/http/messages-route.ts.)
// The module, not the package index (which also loads tokenizers, OpenAI models and the like:
// about 22 MB resident after the first answer; see src/teams/adapter.ts).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { TurnContext } from 'botbuilder';
import { PICK_SECTOR_VERB, QUERY_VERB, REFRESH_DIGEST_VERB } from '../cards/index.js';
import type { BotDeps } from './deps.js';
import { NOTICES } from './notices.js';
import { skipRepeats } from './turn/handled-activities.js';
import { onSearch, SEARCH_COMMAND_ID } from './turn/message-extension.js';
import { carriesOtherCardData, onCardExecute, onCardSubmit, onDigestRefresh } from './turn/on-card-action.js';
import { onInstallationUpdate, onMembersAdded, onMembersRemoved } from './turn/on-install.js';
import { onMessage } from './turn/on-message.js';
import { onTurnError } from './turn/on-turn-error.js';
import { refuseOtherTenants } from './turn/tenant-gate.js';

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
  // Before any route, in this order; either one ends the turn (nothing else is answered or stored).
  app.turn('beforeTurn', skipRepeats(deps.log));
  app.turn('beforeTurn', refuseOtherTenants(deps));
  // Routes are tried in this order; the first match handles the activity.
  app.adaptiveCards.actionExecute([QUERY_VERB, PICK_SECTOR_VERB], onCardExecute(deps));
  app.adaptiveCards.actionExecute(REFRESH_DIGEST_VERB, onDigestRefresh(deps));
  // Any other Action.Execute (a card from a later or earlier version of the bot): a short notice.
  app.adaptiveCards.actionExecute(isCardExecute, async () => NOTICES.staleCardAction);
  const cardSubmit = onCardSubmit(deps);
  app.adaptiveCards.actionSubmit([QUERY_VERB, PICK_SECTOR_VERB], cardSubmit);
  // Button data those do not take (no known verb, or a messageBack that also carries text): the same handler.
  app.activity(carriesOtherCardData, (context, state) => cardSubmit(context, state, context.activity.value));
  app.messageExtensions.query(SEARCH_COMMAND_ID, onSearch(deps));
  app.activity('message', onMessage(deps));
  app.activity('installationUpdate', onInstallationUpdate(deps));
  app.conversationUpdate('membersAdded', onMembersAdded(deps));
  app.conversationUpdate('membersRemoved', onMembersRemoved(deps));
  app.error(onTurnError(deps));
  return app;
}
