// The one way an Answer goes to Teams: its text (complete on its own, for notifications and
// screen readers) plus its Adaptive Card.
import { CardFactory, type TurnContext } from 'botbuilder';
import type { Answer } from '../answers/answer.types.js';

export const LOCALE = 'nl-NL';

/**
 * Answer texts are plain text with one line per statement. Teams renders message text as
 * Markdown, where a single line break is only a space; a Markdown hard break ("  \n") keeps the
 * lines apart, as they are meant to be read.
 */
export function teamsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]*\n/g, '  \n');
}

export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  await context.sendActivity({
    type: 'message',
    text: teamsText(answer.text),
    textFormat: 'markdown',
    speak: answer.speak,
    locale: LOCALE,
    attachments: answer.card ? [CardFactory.adaptiveCard(answer.card)] : [],
  });
}

/** A plain Dutch sentence (refusals, errors). */
export async function sendNotice(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: 'message', text: teamsText(text), textFormat: 'markdown', locale: LOCALE });
}
