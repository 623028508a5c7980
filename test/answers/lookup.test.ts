// Lookup: doel, realisatie and realisatiepercentage of one sector or ministry in one year.
import { describe, expect, it } from 'vitest';
import { answer, ask, cardText, unexplainedNumbers } from './support.js';

describe('lookup via ask: many phrasings of the same question', () => {
  it.each([
    'realisatie politie 2024?',
    'Realisatie Politie 2024',
    'hoeveel banen heeft de politie in 2024 gerealiseerd?',
    'politie 2024',
    'wat is de realisatie van de politie in 2024',
  ])('%s → 489 fta, 68,4%, 713 fta, the source', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('lookup');
    expect(a.text).toContain('489 fta');
    expect(a.text).toContain('68,4%');
    expect(a.text).toContain('713 fta');
    expect(a.text).toContain('Bron: Kamerstuk 34 352 nr. 348');
    expect(a.text).not.toContain('Laatste jaar met cijfers');
  });
});

describe('lookup via answer(query)', () => {
  const cases = [
    { sector: 'defensie', year: 2023, fragments: ['508,5 fta', '822 fta', '61,9%'] },
    { sector: 'defensie', year: 2024, fragments: ['595,4 fta', '899 fta', '66,2%'] },
    { sector: 'gemeenten', year: 2024, fragments: ['6.051 fta', '5.540 fta', '109,2%', 'Het doel is gehaald.'] },
    { sector: 'rijk', year: 2024, fragments: ['5.078 fta', '5.994 fta', '85%'] },
    { sector: 'provincies', year: 2024, fragments: ['420,7 fta', '470,6 fta', '89,4%'] },
    { sector: 'onderzoeksinstellingen', year: 2024, fragments: ['51,4 fta', '125,9 fta', '41%'] },
    { sector: 'po', year: 2024, fragments: ['Primair onderwijs', '1.372 fta', '5.858 fta', '23%'] },
    {
      sector: 'fin',
      year: 2024,
      fragments: ['Financiën 2024 (stand vierde kwartaal)', '1.606 fta', '1.498 fta', '107%'],
    },
  ] as const;
  it.each(cases)('$sector $year', ({ sector, year, fragments }) => {
    const a = answer({ intent: 'lookup', sector, year, metric: 'alles' });
    for (const f of fragments) expect(a.text).toContain(f);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('no year: the latest year, and says which', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', metric: 'alles' });
    expect(a.text).toContain('489 fta');
    expect(a.text).toContain('Laatste jaar met cijfers: 2024.');
  });

  it('mbo is approximate: "circa" and the +/- caveat', () => {
    const a = answer({ intent: 'lookup', sector: 'mbo', year: 2024, metric: 'alles' });
    expect(a.text).toContain('circa 706 fta');
    expect(a.text).toContain('circa 1.929 fta');
    expect(a.text).toContain('+/-');
    expect(a.facts.find((f) => f.metric === 'realisatie')).toMatchObject({ value: 706, approximate: true });
  });

  it('a recorded source conflict is told (waterschappen 2023: 56,6% vs 59,6%)', () => {
    const a = answer({ intent: 'lookup', sector: 'waterschappen', year: 2023, metric: 'alles' });
    expect(a.text).toContain('56,6%');
    expect(a.text).toContain('59,6%');
    expect(a.view.caveats?.some((c) => c.includes('59,6%'))).toBe(true);
  });

  it('a derived ministry figure is said to be derived (BZK 2024Q4 percentage)', () => {
    const a = answer({ intent: 'lookup', sector: 'bzk', year: 2024, metric: 'percentage' });
    expect(a.text).toContain('89%');
    // Where it comes from, in the user's words; the dataset's note for maintainers ("OCR …") stays out.
    expect(a.text).toContain(
      'Let op: het cijfer voor realisatiepercentage BZK 2024 (stand vierde kwartaal) is in de bron niet goed leesbaar en daarom berekend uit de totalen van Bijlage 1, Tabel 1.',
    );
    expect(a.text).not.toMatch(/OCR|89,48/);
    expect(a.facts.find((f) => f.metric === 'percentage')?.derived).toBeTruthy();
  });

  it('an older year in banen, without a doel, says so', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', year: 2019, metric: 'realisatie' });
    expect(a.text).toContain('Realisatie politie 2019: 297 banen.\nVoor dat jaar staat er geen doel in de bronnen.');
    expect(a.text).toContain('Kamerbrief voortgang banenafspraak 2020 (2021)');
  });

  it('metric doel leads with the doel; metric percentage with the percentage', () => {
    expect(answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'doel' }).text.split('\n')[0]).toBe(
      'Doel politie 2024: 713 fta; gerealiseerd is 489 fta (68,4%).',
    );
    expect(answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'percentage' }).text.split('\n')[0]).toBe(
      'Realisatiepercentage politie 2024: 68,4% (489 fta van een doel van 713 fta).',
    );
    expect(answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'realisatie' }).text.split('\n')[0]).toBe(
      'Realisatie politie 2024: 489 fta, dat is 68,4% van het doel van 713 fta.',
    );
    expect(answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' }).text.split('\n')[0]).toBe(
      'Politie 2024: realisatie 489 fta van een doel van 713 fta, dat is 68,4%.',
    );
  });

  it('a year without figures says which years exist, with buttons', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', year: 2030, metric: 'alles' });
    expect(a.text).toContain('Voor de politie heb ik geen cijfers over 2030; er zijn cijfers over');
    expect(a.text).toContain('2023 en 2024');
    expect(a.view.actions?.map((x) => x.title)).toContain('Cijfers 2024');
    expect(a.facts).toEqual([]);
  });

  it('facts: every number with sector, year, metric, unit and source', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' });
    expect(a.facts).toEqual(
      expect.arrayContaining([
        { sector: 'politie', year: 2024, metric: 'realisatie', value: 489, unit: 'fta', source: 'kst-34352-348' },
        { sector: 'politie', year: 2024, metric: 'doel', value: 713, unit: 'fta', source: 'kst-34352-348' },
        expect.objectContaining({ sector: 'politie', year: 2024, metric: 'percentage', value: 68.4, unit: '%' }),
      ]),
    );
  });

  it('the card: facts, a gauge with a text equivalent, follow-ups and the sector picker', () => {
    const a = answer({ intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' });
    expect(a.view.facts).toEqual(
      expect.arrayContaining([
        { label: 'Realisatie', value: '489 fta' },
        { label: 'Realisatiepercentage', value: '68,4%' },
      ]),
    );
    expect(a.view.chart?.kind).toBe('gauge');
    expect(a.view.chart?.textEquivalent).toContain('68,4%');
    expect(a.view.actions?.map((x) => x.title)).toEqual([
      'Vergelijk met vorig jaar',
      'Toon tekort',
      'Alle sectoren',
      'Ontwikkeling',
    ]);
    expect(a.view.actions?.[0]?.query).toEqual({ intent: 'change', sector: 'politie', from: 2023, to: 2024 });
    expect(a.view.sectorPicker?.label).toBe('Andere sector…');
    expect(a.view.sectorPicker?.options).toHaveLength(12);
    expect(a.view.source).toBe('Bron: Kamerstuk 34 352 nr. 348');
    expect(cardText(a)).toContain('489 fta');
    expect(a.speak).toContain('489 fta');
  });

  it('a ministry picks among ministries ("Ander ministerie…", "Alle ministeries")', () => {
    const a = answer({ intent: 'lookup', sector: 'fin', metric: 'alles' });
    expect(a.view.sectorPicker?.label).toBe('Ander ministerie…');
    expect(a.view.actions?.map((x) => x.title)).toContain('Alle ministeries');
  });
});
