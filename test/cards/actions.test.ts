// Buttons are Action.Execute (verb = the data's `action`) and send back exactly what src/teams
// validates: { action: 'query', query } and { action: 'pick-sector', query, sector }. No button
// carries Teams' messageBack hint (the Agents Playground sends nothing for it).
import { describe, expect, it } from 'vitest';
import {
  buildCard,
  CardActionSchema,
  cardActions,
  followUpAction,
  MAX_ACTIONS,
  queryForPickedSector,
  sectorPickerAction,
} from '../../src/cards/index.js';
import type { Query } from '../../src/nlu/query.js';
import { elements } from './card-text.js';
import { fixtures } from './fixtures.js';

const lookup: Query = { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' };

describe('follow-up buttons', () => {
  it('Action.Execute with verb "query" and data { action: "query", query }, no inputs', () => {
    const action = followUpAction({ title: 'Ontwikkeling politie', query: { intent: 'trend', sector: 'politie' } });
    expect(action).toEqual({
      type: 'Action.Execute',
      title: 'Ontwikkeling politie',
      verb: 'query',
      data: { action: 'query', query: { intent: 'trend', sector: 'politie' } },
      associatedInputs: 'none',
    });
  });

  it('what Teams sends back (value.action.data, an old card may add msteams) parses to the same query', () => {
    const { data } = followUpAction({ title: 'x', query: lookup });
    expect(CardActionSchema.parse(structuredClone(data))).toEqual({ action: 'query', query: lookup });
    const parsed = CardActionSchema.parse({ ...structuredClone(data), msteams: { type: 'messageBack' } });
    expect(parsed).toEqual({ action: 'query', query: lookup });
  });

  it('at most five buttons; the sector picker keeps its place', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ title: `Vraag ${i + 1}`, query: { intent: 'help' } as Query }));
    expect(cardActions(many)).toHaveLength(MAX_ACTIONS);
    const withPicker = cardActions(many, {
      label: 'Kies',
      options: [{ title: 'Politie', value: 'politie' }],
      query: lookup,
    });
    expect(withPicker.map((a) => a.title)).toEqual(['Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4', 'Andere sector…']);
  });
});

describe('"Andere sector…"', () => {
  const picker = sectorPickerAction({
    label: 'Kies een andere sector',
    options: [{ title: 'Defensie', value: 'defensie' }],
    query: lookup,
  });

  it('opens a card with a labelled, required choice list "sector" and a submit with the query', () => {
    expect(picker.type).toBe('Action.ShowCard');
    expect(picker.card.body).toEqual([
      expect.objectContaining({
        type: 'Input.ChoiceSet',
        id: 'sector',
        label: 'Kies een andere sector',
        isRequired: true,
        choices: [{ title: 'Defensie', value: 'defensie' }],
      }),
    ]);
    expect(picker.card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Toon',
        verb: 'pick-sector',
        data: { action: 'pick-sector', query: lookup },
        associatedInputs: 'auto',
      },
    ]);
  });

  it('the submitted value (data + chosen sector) parses; an unknown sector is rejected', () => {
    const data = picker.card.actions[0]!.type === 'Action.Execute' ? picker.card.actions[0]!.data : {};
    expect(CardActionSchema.parse({ ...data, sector: 'defensie' })).toEqual({
      action: 'pick-sector',
      query: lookup,
      sector: 'defensie',
    });
    expect(CardActionSchema.safeParse({ ...data, sector: 'brandweer' }).success).toBe(false);
    expect(CardActionSchema.safeParse({ ...data }).success).toBe(false);
  });

  it('no options: no picker button', () => {
    expect(cardActions([], { label: 'Kies', options: [], query: lookup })).toEqual([]);
  });
});

describe('queryForPickedSector', () => {
  it('replaces the sector of a one-sector query', () => {
    expect(queryForPickedSector({ query: lookup, sector: 'defensie' })).toEqual({ ...lookup, sector: 'defensie' });
    expect(queryForPickedSector({ query: { intent: 'gap', sector: 'politie' }, sector: 'umc' })).toEqual({
      intent: 'gap',
      sector: 'umc',
    });
  });

  it('replaces the last compared sector, without duplicates', () => {
    const compare: Query = { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] };
    expect(queryForPickedSector({ query: compare, sector: 'gemeenten' })).toEqual({
      ...compare,
      sectors: ['politie', 'gemeenten'],
    });
    expect(queryForPickedSector({ query: compare, sector: 'politie' })).toEqual({ ...compare, sectors: ['politie'] });
  });

  it('a query without a sector becomes a lookup of the chosen one', () => {
    expect(queryForPickedSector({ query: { intent: 'help' }, sector: 'po' })).toEqual({
      intent: 'lookup',
      sector: 'po',
      metric: 'alles',
    });
  });
});

describe('cards built from fixtures', () => {
  it("every button in every card is an Action.Execute whose verb is its data's action, and its data parses", () => {
    let count = 0;
    for (const { view, speak } of Object.values(fixtures)) {
      const all = elements(buildCard(view, speak));
      expect(all.filter((e) => e.type === 'Action.Submit')).toEqual([]);
      for (const submit of all.filter((e) => e.type === 'Action.Execute')) {
        const data = submit.data as Record<string, unknown>;
        expect(submit.verb).toBe(data.action);
        const candidate = data.action === 'pick-sector' ? { ...data, sector: 'politie' } : data;
        expect(CardActionSchema.safeParse(candidate).success, JSON.stringify(data)).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});
