// The compose box search (message extension, manifest composeExtensions command "zoekCijfers"):
// a `composeExtension/query` invoke with the typed question; answered from the same core as a
// message (answerer.ask, no conversation context: the bot may not be in that conversation).
// Each result is the answer card with a preview (title and summary) for the list; choosing one
// inserts the card into the message being written.
import { CardFactory, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import type { Answer } from '../../answers/index.js';
import type { BotDeps } from '../deps.js';
import { activityLogFields } from '../log-fields.js';
import { summaryOf } from '../reply.js';

/** The command id in appPackage/manifest.json. */
export const SEARCH_COMMAND_ID = 'zoekCijfers';
/** Its parameter name. */
const SEARCH_PARAMETER = 'vraag';

/** What the list shows before anything is typed. */
const START_QUESTIONS = ['realisatie politie 2024', 'tekort mbo 2024', 'vergelijk po vo'];

function result(answer: Answer) {
  const card = answer.card;
  const preview = CardFactory.heroCard(answer.view.title, summaryOf(answer));
  if (!card) return { ...CardFactory.heroCard(answer.view.title, answer.text), preview };
  return { ...CardFactory.adaptiveCard(card), preview };
}

export function onSearch(deps: BotDeps) {
  return async (
    context: TurnContext,
    _state: unknown,
    query: { parameters: Record<string, unknown> },
  ): Promise<MessagingExtensionResult> => {
    const raw = query.parameters[SEARCH_PARAMETER];
    const text = typeof raw === 'string' ? raw.trim().slice(0, deps.config.maxMessageLength) : '';
    const questions = text ? [text] : START_QUESTIONS;
    const answers = questions.map((q) => deps.answerer.ask(q));
    if (deps.log.isLevelEnabled('info'))
      deps.log.info({ ...activityLogFields(context.activity), via: 'search', results: answers.length }, 'searched');
    return { type: 'result', attachmentLayout: 'list', attachments: answers.map(result) };
  };
}
