// The validator others reuse must catch real mistakes, not only pass good cards.
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/cards/index.js';
import type { AdaptiveCard } from '../../src/cards/view.js';
import { validateCard } from '../support/validate-card.js';
import { fixtures } from './fixtures.js';

const good = (): AdaptiveCard => structuredClone(buildCard(fixtures.lookup.view, fixtures.lookup.speak));
const heading = { type: 'TextBlock', text: 'Titel', style: 'heading', wrap: true };
const minimal = (body: unknown[], extra: Record<string, unknown> = {}): AdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  speak: 'iets',
  body: [heading, ...body],
  ...extra,
});
const chart = {
  type: 'Chart.VerticalBar',
  id: 'c',
  title: 't',
  data: [{ x: '2024', y: 489 }],
  fallback: { type: 'Container', items: [{ type: 'TextBlock', text: '489 fta' }] },
};
const chartText = { type: 'TextBlock', id: 'c-text', text: 'Staafdiagram: 489 fta in 2024.' };

const expectProblem = (card: AdaptiveCard, fragment: string) =>
  expect(validateCard(card).join('\n')).toContain(fragment);

describe('validateCard', () => {
  it('passes a good card and a minimal valid one with a chart', () => {
    expect(validateCard(good())).toEqual([]);
    expect(validateCard(minimal([chart, chartText]))).toEqual([]);
  });

  it('reports parser errors: unknown element types and invalid property values', () => {
    expectProblem(minimal([{ type: 'Chart.Taart' }]), 'UnknownElementType');
    expectProblem(
      minimal([{ type: 'TextBlock', text: 'x', size: 'Reusachtig' }]),
      'Invalid value "Reusachtig" for property "size"',
    );
  });

  it('reports validation errors: too many actions, duplicate ids', () => {
    const actions = Array.from({ length: 6 }, (_, i) => ({
      type: 'Action.Submit',
      title: `knop ${i}`,
      data: { action: 'query', query: { intent: 'help' } },
    }));
    expectProblem(minimal([], { actions }), 'TooManyActions');
    expectProblem(
      minimal([
        { type: 'TextBlock', id: 'x', text: 'a' },
        { type: 'TextBlock', id: 'x', text: 'b' },
      ]),
      'DuplicateId',
    );
  });

  it('checks chart data: points need a number y; a gauge needs a value and min < max', () => {
    expectProblem(minimal([{ ...chart, data: [{ x: '2024', y: '489' }] }, chartText]), 'Chart.VerticalBar: data[0]');
    expectProblem(minimal([{ ...chart, data: [] }, chartText]), 'non-empty array of points');
    expectProblem(
      minimal([{ ...chart, type: 'Chart.Gauge', data: undefined, max: 0 }, chartText]),
      'value: needs a finite number',
    );
    expectProblem(
      minimal([{ ...chart, type: 'Chart.Line', data: [{ values: [{ x: '1', y: 1 }] }] }, chartText]),
      'legend: missing',
    );
  });

  it('requires every chart to have a fallback with text and a visible text equivalent', () => {
    const { fallback: _dropped, ...noFallback } = chart;
    expectProblem(minimal([noFallback, chartText]), 'needs a fallback element');
    expectProblem(
      minimal([{ ...chart, fallback: { type: 'Container', items: [] } }, chartText]),
      'fallback holds no text',
    );
    expectProblem(minimal([chart]), 'needs a visible text equivalent');
  });

  it('requires version 1.5, speak, a heading, labels on inputs, altText on images, table header rows', () => {
    expectProblem({ ...good(), version: '1.4' }, 'version must be "1.5"');
    const { speak: _s, ...noSpeak } = good();
    expectProblem(noSpeak as AdaptiveCard, 'speak is missing');
    expectProblem(
      { type: 'AdaptiveCard', version: '1.5', speak: 'x', body: [{ type: 'TextBlock', text: 'x' }] },
      'no heading',
    );
    expectProblem(
      minimal([{ type: 'Input.ChoiceSet', id: 'sector', choices: [{ title: 'Politie', value: 'politie' }] }]),
      'Input.ChoiceSet needs a label',
    );
    expectProblem(minimal([{ type: 'Image', url: 'https://example.org/a.png' }]), 'Image needs altText');
    expectProblem(
      minimal([{ type: 'Table', firstRowAsHeader: false, columns: [{ width: 1 }], rows: [] }]),
      'Table needs firstRowAsHeader: true',
    );
  });

  it('requires button data that src/teams accepts', () => {
    const bad = (data: unknown) => minimal([], { actions: [{ type: 'Action.Submit', title: 'x', data }] });
    expectProblem(
      bad({ action: 'query', query: { intent: 'lookup', sector: 'brandweer' } }),
      'not a valid card action',
    );
    expectProblem(bad({ verb: 'iets' }), 'not a valid card action');
  });

  it('rejects cards of 28 KB or more', () => {
    const text = 'x'.repeat(29 * 1024);
    expectProblem(minimal([{ type: 'TextBlock', text }]), "over Teams' 28672");
  });
});
