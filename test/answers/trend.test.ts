// Trend: the series per year, with unit changes (banen → fta) marked, never mixed on one axis.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('trend', () => {
  it.each(['ontwikkeling rijk 2019-2024', 'ontwikkeling van het rijk', 'hoe heeft het rijk zich ontwikkeld?'])(
    '%s',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('trend');
      expect(a.text).toContain('2020: 2.663 banen van een doel van 4.072 banen (65%)');
      expect(a.text).toContain('2024: 5.078 fta van een doel van 5.994 fta (85%)');
      expect(a.text).toContain('tellen de bronnen in banen, vanaf 2023 in fta');
    },
  );

  it('politie: banen up to 2021, fta from 2023; the chart plots the percentage (one unit)', () => {
    const a = answer({ intent: 'trend', sector: 'politie' });
    expect(a.text).toContain('2019: realisatie 297 banen');
    expect(a.text).toContain('tot en met 2021 tellen de bronnen in banen, vanaf 2023 in fta');
    expect(a.view.chart?.kind).toBe('line');
    expect(a.view.chart?.unit).toBe('%');
    expect(a.view.table?.rows.map((r) => r[0])).toEqual(['2019', '2020', '2021', '2023', '2024']);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('a range limits the years', () => {
    const a = answer({ intent: 'trend', sector: 'politie', from: 2023, to: 2024 });
    expect(a.text).not.toContain('2019');
    expect(a.view.chart).toMatchObject({ kind: 'line', unit: 'fta' });
    expect(a.view.chart?.textEquivalent).toBe(
      'Realisatie Politie: 2023 387 fta, 2024 489 fta. Doel: 2023 713 fta, 2024 713 fta.',
    );
  });

  it('a ministry has one year: says so', () => {
    const a = answer({ intent: 'trend', sector: 'fin' });
    expect(a.text).toContain('alleen cijfers over 2024');
    expect(a.text).toContain('1.606 fta');
  });

  it('a range without figures says which years exist', () => {
    expect(answer({ intent: 'trend', sector: 'politie', from: 2010, to: 2014 }).text).toContain(
      'Er zijn cijfers over 2019, 2020, 2021, 2023, 2024.',
    );
  });
});
