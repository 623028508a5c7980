// Ranking: a scope ordered by percentage, realisatie, rise or gap, with a bar chart.
import { describe, expect, it } from 'vitest';
import { answer, ask, unexplainedNumbers } from './support.js';

describe('ranking', () => {
  it.each(['welke sector scoort het best in 2024?', 'welke sector scoort het hoogst?', 'beste sector'])('%s → Gemeenten 109,2%', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('ranking');
    expect(a.text.split('\n')[0]).toBe('Hoogste realisatiepercentage in 2024: Gemeenten (109,2%).');
  });

  it('the full list, high to low, all 13 sectors', () => {
    const a = answer({ intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2024 });
    const lines = a.text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('1. Gemeenten: 109,2%');
    expect(lines[1]).toBe('2. Provincies: 89,4%');
    expect(lines[12]).toBe('13. Voortgezet onderwijs: 20%');
    expect(a.text).toContain('circa 37%');
    expect(a.view.chart?.kind).toBe('horizontalBar');
    expect(a.view.chart?.series[0]?.points).toHaveLength(13);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('top 3 shows three', () => {
    const a = ask('top 3');
    expect(a.text.split('\n').filter((l) => /^\d+\. /.test(l))).toEqual(['1. Gemeenten: 109,2%', '2. Provincies: 89,4%', '3. Rijk: 85%']);
  });

  it('lowest first', () => {
    expect(ask('welke sector scoort het slechtst?').text.split('\n')[0]).toBe('Laagste realisatiepercentage in 2024: Voortgezet onderwijs (20%).');
  });

  it('ministries, 2024 Q4', () => {
    const a = ask('welk ministerie scoort het hoogst?');
    expect(a.text.split('\n')[0]).toBe('Hoogste realisatiepercentage in 2024 (stand vierde kwartaal): Sociale Zaken en Werkgelegenheid (109%).');
    expect(a.view.table?.rows).toHaveLength(13);
  });

  it('grootste stijging: realisatie 2024 − 2023, Rijk +561 fta', () => {
    const a = ask('grootste stijging');
    expect(a.text.split('\n')[0]).toBe('Grootste stijging van de realisatie in 2024 ten opzichte van 2023: Rijk (+561 fta).');
    expect(a.text).toContain('Berekend: realisatie 2024 − realisatie 2023 per sector.');
    expect(a.facts.find((f) => f.sector === 'rijk' && f.metric === 'verschil_realisatie')?.computed).toBe('realisatie 2024 − realisatie 2023');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('grootste tekort: po 4.486 fta first; gemeenten shown as boven doel', () => {
    const a = answer({ intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog', year: 2024 });
    expect(a.text.split('\n')[0]).toBe('Grootste tekort in 2024: Primair onderwijs (4.486 fta).');
    expect(a.text).toContain('Gemeenten: 511 fta boven doel');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('by realisatie, overheid only', () => {
    const a = answer({ intent: 'ranking', scope: 'overheid', by: 'realisatie', order: 'hoog', year: 2024 });
    expect(a.text).toContain('1. Gemeenten: 6.051 fta');
    expect(a.text).toContain('2. Rijk: 5.078 fta');
    expect(a.view.table?.rows).toHaveLength(6);
  });

  it('an older year in banen ranks the sectors that have figures and names the rest', () => {
    const a = answer({ intent: 'ranking', scope: 'sectoren', by: 'realisatie', order: 'hoog', year: 2020 });
    expect(a.text).toContain('banen');
    expect(a.text).toContain('Geen cijfers voor deze vergelijking:');
  });
});
