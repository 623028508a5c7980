// The one way an Answer goes to Teams: one message per answer. With a card, the card is the
// answer: the message carries the card, a short `summary` (what a notification shows), `speak`,
// and as its only text the source line with citation markers ("Bron: Kamerstuk … [1]") plus the
// citation entity (schema.org Message, not marked as AI-generated: it is not). Without a card
// (it could not be built), the message text is the complete answer.
import { type Activity, CardFactory, type TurnContext } from 'botbuilder';
import type { Answer, Citation } from '../answers/index.js';

export const LOCALE = 'nl-NL';

/** What a notification or the chat list shows at most of a message's `summary`. */
const SUMMARY_MAX = 200;

/**
 * Answer texts are plain text with one line per statement. Teams renders message text as
 * Markdown, where a single line break is only a space; a Markdown hard break ("  \n") keeps the
 * lines apart, as they are meant to be read.
 */
function teamsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]*\n/g, '  \n');
}

/** The first sentence(s) of the answer in brief, cut at a word to at most SUMMARY_MAX characters. */
export function summaryOf(answer: Answer): string {
  const text = (answer.view.summary || answer.view.title || answer.speak).replace(/\s+/g, ' ').trim();
  if (text.length <= SUMMARY_MAX) return text;
  const room = text.slice(0, SUMMARY_MAX - 1);
  const space = room.lastIndexOf(' ');
  return `${space > SUMMARY_MAX / 2 ? room.slice(0, space) : room}…`;
}

/** Teams' citation entity for the sources of a message (its text holds the "[n]" markers). */
function citationEntity(citations: readonly Citation[]) {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: citations.map((c) => ({
      '@type': 'Claim',
      position: c.position,
      appearance: {
        '@type': 'DigitalDocument',
        name: c.name,
        abstract: c.abstract,
        ...(c.url ? { url: c.url } : {}),
      },
    })),
  };
}

/** The message activity for an answer (see the top of this file). */
function answerActivity(answer: Answer): Partial<Activity> {
  const entities = answer.citations.length && answer.sourceNote ? [citationEntity(answer.citations)] : [];
  if (!answer.card) {
    return {
      type: 'message',
      text: teamsText(answer.text),
      textFormat: 'markdown',
      speak: answer.speak,
      locale: LOCALE,
      ...(entities.length ? { entities } : {}),
    };
  }
  const speak = typeof answer.card.speak === 'string' && answer.card.speak ? answer.card.speak : answer.speak;
  return {
    type: 'message',
    summary: summaryOf(answer),
    speak,
    locale: LOCALE,
    ...(entities.length ? { text: answer.sourceNote, textFormat: 'markdown', entities } : {}),
    attachments: [CardFactory.adaptiveCard(answer.card)],
  };
}

export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  await context.sendActivity(answerActivity(answer));
}

/** A plain Dutch sentence (refusals, errors). */
export async function sendNotice(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: 'message', text: teamsText(text), textFormat: 'markdown', locale: LOCALE });
}
