// Every card kind, built from a representative view: valid for Teams (zero validator problems)
// and showing exactly the figures and Dutch labels the view gives.
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/cards/index.js';
import type { AdaptiveCard, CardKind } from '../../src/cards/view.js';
import { validateCard } from '../support/validate-card.js';
import { allText, elements, ofType, tableRows } from './card-text.js';
import { fixtures } from './fixtures.js';

/** One element as a card, to search inside it with the card-text helpers. */
const asCard = (element: unknown): AdaptiveCard => ({ type: 'AdaptiveCard', version: '1.5', body: [element] });

const kinds = Object.keys(fixtures) as CardKind[];

describe('every card kind', () => {
  it.each(kinds)('%s: valid Adaptive Card 1.5 with heading, speak and the view’s title and summary', (kind) => {
    const { view, speak } = fixtures[kind];
    const card = buildCard(view, speak);
    expect(validateCard(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.speak).toBe(speak);
    const first = card.body[0] as Record<string, unknown>;
    expect(first).toMatchObject({ type: 'TextBlock', style: 'heading', text: view.title });
    expect(allText(card)).toContain(view.summary);
    for (const f of view.facts ?? []) expect(allText(card)).toContain(f.value);
    if (view.source) expect(allText(card)).toContain(view.source);
  });

  it('falls back to the summary for speak when none is given', () => {
    const card = buildCard(fixtures.gap.view, '  ');
    expect(card.speak).toBe(fixtures.gap.view.summary);
  });

  it('an unknown kind from outside still gets a valid standard card', () => {
    const view = { ...fixtures.gap.view, kind: 'onbekend' as CardKind };
    const card = buildCard(view, 'x');
    expect(validateCard(card)).toEqual([]);
    expect(allText(card)).toContain('224 fta');
  });
});

describe('lookup card', () => {
  const card = buildCard(fixtures.lookup.view, fixtures.lookup.speak);

  it('shows doel, realisatie and percentage as a FactSet with the given strings', () => {
    const [facts] = ofType(card, 'FactSet');
    expect(facts!.facts).toEqual([
      { title: 'Doel', value: '713 fta' },
      { title: 'Realisatie', value: '489 fta' },
      { title: 'Realisatiepercentage', value: '68,4%' },
    ]);
  });

  it('draws no gauge for 68,4 (the renderer would print "68.40%"); title and text equivalent stay', () => {
    expect(ofType(card, 'Chart.Gauge')).toEqual([]);
    expect(allText(card)).toContain('Realisatie politie 2024 ten opzichte van het doel');
    expect(allText(card)).toContain(fixtures.lookup.view.chart!.textEquivalent);
    expect(allText(card)).toContain('Meter: de politie zit in 2024 op 68,4% van het doel (489 van 713 fta).');
    expect(card.msteams).toEqual({ width: 'Full' });
  });

  it('has the follow-ups as buttons and "Andere sector…" last', () => {
    const actions = card.actions as { type: string; title: string }[];
    expect(actions.map((a) => a.title)).toEqual([
      'Hoeveel mist de politie nog?',
      'Ontwikkeling politie',
      'Andere sector…',
    ]);
    expect(actions[2]!.type).toBe('Action.ShowCard');
  });
});

describe('comparison card', () => {
  const card = buildCard(fixtures.comparison.view, fixtures.comparison.speak);

  it('puts the figures first; four columns are too wide for a phone, so they are shown per sector', () => {
    expect(ofType(card, 'Table')).toEqual([]);
    const perSector = asCard(ofType(card, 'Container').find((c) => c.id === 'table'));
    expect(allText(perSector)).toContain('Politie');
    expect(ofType(perSector, 'FactSet').map((f) => f.facts)).toEqual([
      [
        { title: 'Doel', value: '713 fta' },
        { title: 'Realisatie', value: '489 fta' },
        { title: '%', value: '68,4%' },
      ],
      [
        { title: 'Doel', value: '899 fta' },
        { title: 'Realisatie', value: '595,4 fta' },
        { title: '%', value: '66,2%' },
      ],
    ]);
    const types = card.body.map((e) => (e as { type: string }).type);
    // 68,4 and 66,2 would give axis ticks "11.5, 23, 34.5": the bars are left out, the text stays.
    expect(types).not.toContain('Chart.HorizontalBar');
    expect(allText(card)).toContain(fixtures.comparison.view.chart!.textEquivalent);
  });

  it('a table that fits right-aligns the number columns; widths follow the longest word (9 px a letter + 20)', () => {
    const narrow = buildCard(
      {
        ...fixtures.comparison.view,
        table: {
          ...fixtures.comparison.view.table!,
          columns: ['Sector', 'Doel', '%'],
          rows: [
            ['Politie', '713 fta', '68,4%'],
            ['Defensie', '899 fta', '66,2%'],
          ],
        },
      },
      'x',
    );
    const [table] = ofType(narrow, 'Table');
    expect(table!.columns).toEqual([
      { width: 92 },
      { width: 56, horizontalCellContentAlignment: 'Right' },
      { width: 65, horizontalCellContentAlignment: 'Right' },
    ]);
  });

  it('is full width', () => {
    expect(card.msteams).toEqual({ width: 'Full' });
  });
});

describe('ranking card', () => {
  const card = buildCard(fixtures.ranking.view, fixtures.ranking.speak);

  it('names the first and last of the list in words', () => {
    expect(allText(card)).toContain("Bovenaan in deze lijst: **Gemeenten**. Onderaan: **Umc's**.");
  });

  it('shows all six rows in order under a header row', () => {
    const [table] = ofType(card, 'Table');
    const rows = tableRows(table!);
    expect(rows[0]).toEqual(['#', 'Sector', 'Realisatiepercentage']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['109,2%', '85%', '68,4%', '66,2%', '23%', '22,9%']);
  });
});

describe('trend card', () => {
  const card = buildCard(fixtures.trend.view, fixtures.trend.speak);

  it('draws a line chart with both series and the raw numbers', () => {
    const [line] = ofType(card, 'Chart.Line');
    expect(line!.data).toEqual([
      {
        legend: 'Doel',
        values: [
          { x: '2023', y: 822 },
          { x: '2024', y: 899 },
        ],
      },
      {
        legend: 'Realisatie',
        values: [
          { x: '2023', y: 508.5 },
          { x: '2024', y: 595.4 },
        ],
      },
    ]);
    expect(line!.yAxisTitle).toBe('fta');
    // The y axis runs to 920 so its ticks are whole numbers below 1.000 (0, 230, 460, 690, 920).
    expect(line).toMatchObject({ yMin: 0, yMax: 920 });
  });

  it('shows the chart before the year table', () => {
    const types = card.body.map((e) => (e as { type: string }).type);
    expect(types.indexOf('Chart.Line')).toBeLessThan(types.indexOf('Table'));
  });
});

describe('projection card', () => {
  it('shows the caveat with the words "Let op:" in a warning container', () => {
    const card = buildCard(fixtures.projection.view, fixtures.projection.speak);
    const warning = ofType(card, 'Container').find((c) => c.style === 'warning');
    expect(
      elements(warning)
        .filter((e) => e.type === 'TextBlock')
        .map((t) => t.text),
    ).toEqual(['**Let op:** Dit is een doortrekking van één jaar groei, geen voorspelling.']);
  });
});

describe('error and clarify cards', () => {
  it('error: the message in an attention container, suggestion and "Andere sector…" right under it', () => {
    const card = buildCard(fixtures.error.view, fixtures.error.speak);
    expect(card.actions).toBeUndefined();
    const [message, buttons] = card.body.slice(1) as Record<string, unknown>[];
    expect(message).toMatchObject({ type: 'Container', style: 'attention' });
    expect(allText(card)).toContain('Onbekende sector “polities” — bedoelde u politie?');
    expect(buttons!.type).toBe('ActionSet');
    expect((buttons!.actions as { title: string }[]).map((a) => a.title)).toEqual(['Politie', 'Andere sector…']);
  });

  it('clarify: the question in an emphasis container with one button per option', () => {
    const card = buildCard(fixtures.clarify.view, fixtures.clarify.speak);
    expect(card.body[1]).toMatchObject({ type: 'Container', style: 'emphasis' });
    const [set] = ofType(card, 'ActionSet');
    expect((set!.actions as { title: string }[]).map((a) => a.title)).toEqual([
      'Primair onderwijs',
      'Voortgezet onderwijs',
    ]);
  });
});

describe('help and welcome cards', () => {
  it('help: examples as text and as buttons', () => {
    const card = buildCard(fixtures.help.view, fixtures.help.speak);
    expect(allText(card)).toContain('- vergelijk po en vo');
    expect((card.actions as { title: string }[]).map((a) => a.title)).toEqual([
      'Realisatie politie 2024',
      'Vergelijk po en vo',
      'Welke sector scoort het best?',
    ]);
    expect(card.msteams).toBeUndefined();
  });

  it('welcome: greeting in an emphasis container and a first question button', () => {
    const card = buildCard(fixtures.welcome.view, fixtures.welcome.speak);
    expect(card.body[1]).toMatchObject({ type: 'Container', style: 'emphasis' });
    expect(allText(card)).toContain('Ik gebruik alleen cijfers uit Kamerstukken en noem altijd de bron.');
    expect((card.actions as { title: string }[]).map((a) => a.title)).toEqual(['Wat kan ik vragen?']);
  });
});

describe('other kinds show their content as given', () => {
  it('change: facts in order and a vertical bar chart with 387 and 489', () => {
    const card = buildCard(fixtures.change.view, fixtures.change.speak);
    expect(allText(card)).toContain('54,3% → 68,4% (+14,1 procentpunt)');
    // 387 and 489 would give the axis 0, 122.5, 245, 367.5, 490: no chart, the text equivalent says it.
    expect(ofType(card, 'Chart.VerticalBar')).toEqual([]);
    expect(allText(card)).toContain('Staafdiagram: realisatie politie 387 fta in 2023 en 489 fta in 2024.');
  });

  it('filter: the one sector that reached its target, per row (four columns do not fit a phone)', () => {
    const card = buildCard(fixtures.filter.view, fixtures.filter.speak);
    const perRow = asCard(ofType(card, 'Container').find((c) => c.id === 'table'));
    expect(allText(perRow)).toContain('Gemeenten');
    expect(ofType(perRow, 'FactSet')[0]!.facts).toEqual([
      { title: 'Doel', value: '5.540 fta' },
      { title: 'Realisatie', value: '6.051 fta' },
      { title: '%', value: '109,2%' },
    ]);
  });

  it('total: the sums and the caveat about what is included', () => {
    const card = buildCard(fixtures.total.view, fixtures.total.speak);
    expect(allText(card)).toContain('12.213,4 fta');
    expect(allText(card)).toContain('**Let op:** Alleen de vier genoemde sectoren zijn opgeteld.');
  });

  it('notes and context: paragraphs as wrapped text blocks', () => {
    const notes = buildCard(fixtures.notes.view, fixtures.notes.speak);
    expect(ofType(notes, 'TextBlock').filter((t) => String(t.text).startsWith('Leidinggevenden'))).toHaveLength(1);
    const context = buildCard(fixtures.context.view, fixtures.context.speak);
    expect(allText(context)).toContain('Een fta (formatieve arbeidsplaats) staat voor 25,5 uur werk per week.');
  });

  it('coloured containers (warning, attention) always hold words, in every kind', () => {
    for (const kind of kinds) {
      const card = buildCard(fixtures[kind].view, fixtures[kind].speak);
      for (const c of ofType(card, 'Container').filter(
        (c) => c.style && c.style !== 'default' && c.style !== 'emphasis',
      )) {
        const words = elements(c)
          .filter((e) => e.type === 'TextBlock')
          .map((t) => String(t.text))
          .join(' ');
        expect(words.length, `${kind}: ${String(c.style)} container without words`).toBeGreaterThan(10);
      }
    }
  });
});
