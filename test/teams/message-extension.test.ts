// The compose box search (message extension) over HTTP: a composeExtension/query invoke is
// answered in the HTTP response with a list of results, each the answer card with a preview.
import { describe, expect, it } from 'vitest';
import { useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { validateCard } from '../support/validate-card.js';
import { extensionQuery } from './activities.js';

const setup = useBotAndConnector();

async function search(text: string, commandId = 'zoekCijfers') {
  const activity = extensionQuery(commandId, text, { serviceUrl: setup.connector.url, kind: 'channel' });
  const res = await setup.bot.post(activity);
  return { status: res.status, body: (await res.json()) as any, activity };
}

describe('compose box search (composeExtension/query)', () => {
  it('"tekort mbo 2024": one result, the gap card with a preview, nothing posted to the conversation', async () => {
    const { status, body, activity } = await search('tekort mbo 2024');
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachmentLayout).toBe('list');
    const [result] = body.composeExtension.attachments;
    expect(body.composeExtension.attachments).toHaveLength(1);
    expect(result.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateCard(result.content)).toEqual([]);
    const text = shownText({ attachments: [result] });
    expect(text).toContain('Middelbaar beroepsonderwijs');
    expect(text).toContain('circa 1.223 fta');
    expect(result.preview.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(result.preview.content.title).toMatch(/mbo|Middelbaar beroepsonderwijs/i);
    expect(result.preview.content.text).toContain('1.223 fta');
    await new Promise((r) => setTimeout(r, 100));
    expect(setup.connector.messages(activity.conversation.id)).toEqual([]);
  });

  it('"vergelijk po vo" gives the comparison card with both sectors', async () => {
    const { body } = await search('vergelijk po vo');
    const text = shownText({ attachments: body.composeExtension.attachments });
    expect(text).toContain('1.372 fta');
    expect(text).toContain('750 fta');
  });

  it('an empty search lists starter results', async () => {
    const { body } = await search('');
    expect(body.composeExtension.attachments).toHaveLength(3);
    expect(body.composeExtension.attachments[0].preview.content.text).toContain('489 fta');
  });
});
