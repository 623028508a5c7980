// Channel digest cards carry a Universal Actions `refresh`: Teams asks the bot for the current
// card when someone opens it, so a card opened after a correction of the figures shows the
// corrected digest (the in-place update of corrections stays; this covers cards opened later).
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answers/index.js';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/domain/model.js';
import { useBotAndConnector } from '../support/bot-server.js';
import { validateCard } from '../support/validate-card.js';
import { cardExecute } from './activities.js';

const dataset = loadDataset();

/** The dataset after a correction: politie 2024 realisatie 490 fta instead of 489. */
function corrected(): Dataset {
  return {
    ...dataset,
    figures: dataset.figures.map((f) =>
      f.sector === 'politie' && f.year === 2024 && f.metric === 'realisatie' ? { ...f, value: 490 } : f,
    ),
  };
}

describe('digest cards carry a refresh', () => {
  const answerer = createAnswerer(dataset);

  it('a bot digest asks for itself again: verb refresh-digest with the year and sectors, and still validates', () => {
    const digest = answerer.digest({ year: 2024, sectors: ['politie', 'mbo'] });
    expect(digest.card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        title: 'Vernieuwen',
        verb: 'refresh-digest',
        data: { action: 'refresh-digest', year: 2024, sectors: ['politie', 'mbo'] },
      },
    });
    expect(validateCard(digest.card)).toEqual([]);
  });

  it('an all-sector digest refreshes as all sectors, and keeps the announcement', () => {
    const digest = answerer.digest({ year: 2024, sectors: [], message: 'De cijfers over 2024 zijn gepubliceerd.' });
    expect((digest.card.refresh as { action: { data: unknown } }).action.data).toEqual({
      action: 'refresh-digest',
      year: 2024,
      sectors: [],
      message: 'De cijfers over 2024 zijn gepubliceerd.',
    });
  });

  it('a webhook digest (no bot listens there) has no refresh', () => {
    expect(answerer.digest({ year: 2024, sectors: ['politie'], followUps: false }).card.refresh).toBeUndefined();
  });
});

describe('the refresh invoke over HTTP', () => {
  const setup = useBotAndConnector({ overrides: { dataset: corrected() } });

  async function refresh(data: unknown) {
    const activity = cardExecute('refresh-digest', data, {
      serviceUrl: setup.connector.url,
      conversationId: '19:channel-digest@thread.tacv2',
      kind: 'channel',
    });
    const res = await setup.bot.post(activity);
    return { status: res.status, body: (await res.json()) as { statusCode: number; type: string; value: any } };
  }

  it('answers with the digest built from the figures the bot has now (the corrected 490 fta)', async () => {
    const { status, body } = await refresh({ action: 'refresh-digest', year: 2024, sectors: ['politie'] });
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(body.value);
    expect(card).toContain('490 fta');
    expect(card).not.toContain('489 fta');
    expect(validateCard(body.value)).toEqual([]);
    // The refreshed card refreshes again the same way.
    expect(body.value.refresh.action.data).toEqual({ action: 'refresh-digest', year: 2024, sectors: ['politie'] });
    // Nothing is posted to the channel: the card takes the opened card's place.
    expect(setup.connector.messages('19:channel-digest@thread.tacv2')).toHaveLength(0);
  });

  it.each([
    ['a year that is not a number', { action: 'refresh-digest', year: 'vorig jaar', sectors: [] }],
    ['an unknown sector', { action: 'refresh-digest', year: 2024, sectors: ['brandweer'] }],
    ['no data', undefined],
  ])('%s gets the short Dutch notice, no card', async (_label, data) => {
    const { status, body } = await refresh(data);
    expect(status).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(body.value).toMatch(/^Deze knop werkt niet meer\./);
  });
});
