// The one way an Answer goes to Teams: its text (complete on its own, for notifications and
// screen readers) plus its Adaptive Card.
import { CardFactory, type TurnContext } from 'botbuilder';
import type { Answer } from '../answers/answer.types.js';

export const LOCALE = 'nl-NL';

export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  await context.sendActivity({
    type: 'message',
    text: answer.text,
    speak: answer.speak,
    locale: LOCALE,
    attachments: answer.card ? [CardFactory.adaptiveCard(answer.card)] : [],
  });
}

/** A plain Dutch sentence (refusals, errors). */
export async function sendNotice(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: 'message', text, locale: LOCALE });
}
