// Same layout, new numbers: nr. 348 with every count doubled (ratios, sums and stated changes
// still hold) must yield the doubled figures, with the same recall and precision, the same
// repairs of the Bijlage table and the same conflict; and a short letter about 2025 in the same
// layout, with figures no letter has printed, is read figure by figure.
import { describe, expect, it } from 'vitest';
import { backtest, withoutSource } from '../../../src/data/ingest/backtest.js';
import { ingestLetter } from '../../../src/data/ingest/ingest-letter.js';
import { normalise } from '../../../src/data/ingest/read-letter.js';
import type { FigureProposal } from '../../../src/data/ingest/types.js';
import { data, doubledCounts, LETTERS, letter } from './support.js';

const COUNT_UNITS = new Set(['fta', 'banen', 'fte']);

/** Recall and precision of the new-figure proposals against the curated figures with their counts doubled. */
function scoreDoubled(id: keyof typeof LETTERS) {
  const rewritten = doubledCounts(letter(id));
  const result = ingestLetter(withoutSource(data, id), { text: rewritten, source: id, file: 'x.txt' });
  const expected = data.figures
    .filter((f) => f.ref.source === id)
    .map((f) => ({ ...f, value: COUNT_UNITS.has(f.unit) ? f.value * 2 : f.value }));
  const key = (f: { sector: string; year: number; metric: string; value: number; unit: string }) =>
    `${f.sector}|${f.year}|${f.metric}|${Math.round(f.value * 1000) / 1000}|${f.unit}`;
  const open = new Map<string, number>();
  for (const f of expected) open.set(key(f), (open.get(key(f)) ?? 0) + 1);
  const proposed = result.proposals.flatMap((p) => (p.kind === 'figure' && p.status === 'nieuw' ? [p.figure] : []));
  let matched = 0;
  for (const f of proposed) {
    const n = open.get(key(f)) ?? 0;
    if (n > 0) {
      matched++;
      open.set(key(f), n - 1);
    }
  }
  const text = normalise(rewritten);
  return {
    recall: matched / expected.length,
    precision: matched / proposed.length,
    verbatim: proposed.every((f) => text.includes(normalise(f.ref.quote!))),
  };
}

describe.each(Object.keys(LETTERS) as (keyof typeof LETTERS)[])('%s with every count doubled', (id) => {
  it('proposes the doubled figures: recall ≥ 90%, precision ≥ 98%, quotes verbatim in the rewritten letter', () => {
    const score = scoreDoubled(id);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.verbatim).toBe(true);
  });
});

describe('nr. 348 with every count doubled, in detail', () => {
  const original = letter('kst-34352-348');
  const rewritten = doubledCounts(original);
  const base = withoutSource(data, 'kst-34352-348');
  const result = ingestLetter(base, { text: rewritten, source: 'kst-34352-348', file: 'x.txt' });
  const figures = result.proposals.filter((p): p is FigureProposal => p.kind === 'figure');
  const find = (sector: string, year: number, metric: string) =>
    figures.find((p) => p.figure.sector === sector && p.figure.year === year && p.figure.metric === metric);

  it('the rewrite changed the numbers (and nothing else about the layout)', () => {
    expect(rewritten).not.toBe(original);
    expect(rewritten).toContain('Realisatie 774 fta 978 fta');
    expect(rewritten).toContain('Realisatiepercentage 54,3% 68,4%');
    expect(rewritten).toContain('ocw 494 366 112 0 498 101%');
    expect(rewritten.split('\n')).toHaveLength(original.split('\n').length);
  });

  it('exact figures follow the new numbers', () => {
    expect(find('politie', 2024, 'realisatie')?.figure).toMatchObject({
      value: 978,
      unit: 'fta',
      ref: { quote: 'Realisatie 774 fta 978 fta' },
    });
    expect(find('rijk', 2024, 'doel')?.figure.value).toBe(11988);
    expect(find('mbo', 2024, 'doel')?.figure).toMatchObject({ value: 3858, approximate: true });
    expect(find('defensie', 2024, 'realisatie')?.figure.value).toBe(1190.8);
    expect(find('gemeenten', 2024, 'daling_gemeld')?.figure.value).toBe(538);
    expect(find('binnenwerk', 2023, 'realisatie')?.figure).toMatchObject({ value: 1740, unit: 'banen' });
    // The Bijlage repairs work on the new cells: OCW's Binnenwerk from row and column, HCvS's total from its row.
    expect(find('ocw', 2024, 'binnenwerk')?.figure).toMatchObject({
      value: 132,
      derived: expect.stringContaining('112'),
    });
    expect(find('hcvs', 2024, 'realisatie')?.figure.value).toBe(154);
    expect(find('rijk', 2024, 'doel_niet_toegerekend')?.figure.value).toBe(836);
  });

  it('figures about 2023 that now differ from nr. 328 are shown side by side, not overwritten', () => {
    const p = find('defensie', 2023, 'doel')!;
    expect(p.status).toBe('wijkt af');
    expect(p.figure.value).toBe(1644);
    expect(p.existing).toMatchObject({ value: 822, ref: { source: 'kst-34352-328' } });
  });

  it('the politie percentage still does not follow from 978/1.426: a conflict is proposed, the printed 68,4% kept', () => {
    const conflict = result.proposals.find((p) => p.kind === 'conflict' && p.conflict.sector === 'politie');
    expect(conflict).toMatchObject({ conflict: { year: 2024, metric: 'percentage', reported: 68.4, other: 68.6 } });
    expect(find('politie', 2024, 'percentage')?.figure.value).toBe(68.4);
  });

  it('the backtest of the original letter is unaffected by the rewrite helper', () => {
    expect(backtest(data, 'kst-34352-348', original, '').recall).toBe(1);
  });
});

describe('a new letter about 2025 in the same layout', () => {
  const text = [
    'Politie',
    '',
    'Cijfermatige realisatie',
    '',
    '2024 2025',
    'Doel 713 fta 740 fta',
    'Realisatie 489 fta 555 fta',
    'Realisatiepercentage 68,4% 75,0%',
    '',
    'De politie heeft een realisatie van 555 fta in 2025, waarvan 300 fta met een vast dienstverband, 190 fta met een',
    'tijdelijk dienstverband en 65 fta via inhuur. Het aantal banen laat een stijgende lijn zien van 66 banen ten',
    'opzichte van 2024.',
    '',
    'Middelbaar beroepsonderwijs',
    '',
    'Cijfermatige realisatie',
    '',
    '2024 2025',
    'Doel +/- 1.929 fta +/- 1.950 fta',
    'Realisatie +/- 706 fta +/- 741 fta',
    'Realisatiepercentage +/- 37% +/- 38%',
    '',
    'In 2025 is in het mbo circa 741 fta aan banen gerealiseerd. Van de 50 mbo-scholen zijn er 46 scholen die de',
    'banenafspraak vermelden in hun jaarverslag over 2025. Via inkoop zijn ongeveer 120 banen gerealiseerd.',
    '',
  ].join('\n');
  const result = ingestLetter(data, { text, source: 'kst-34352-999', file: 'brief-2025.txt' });
  const fig = (sector: string, year: number, metric: string) =>
    result.proposals.find(
      (p): p is FigureProposal =>
        p.kind === 'figure' && p.figure.sector === sector && p.figure.year === year && p.figure.metric === metric,
    );

  it('reads the year from the table and proposes the 2025 figures as new', () => {
    expect(result.year).toBe(2025);
    expect(fig('politie', 2025, 'doel')).toMatchObject({ status: 'nieuw', figure: { value: 740, unit: 'fta' } });
    expect(fig('politie', 2025, 'percentage')).toMatchObject({ status: 'nieuw', figure: { value: 75, unit: '%' } });
    expect(fig('politie', 2025, 'realisatie_vast')?.figure.value).toBe(300);
    expect(fig('politie', 2025, 'realisatie_tijdelijk')?.figure.value).toBe(190);
    expect(fig('politie', 2025, 'realisatie_inhuur')?.figure.value).toBe(65);
    expect(fig('politie', 2025, 'stijging_gemeld')?.figure).toMatchObject({ value: 66, unit: 'banen' });
    expect(fig('mbo', 2025, 'realisatie')?.figure).toMatchObject({ value: 741, approximate: true });
    expect(fig('mbo', 2025, 'organisaties_totaal')?.figure.value).toBe(50);
    expect(fig('mbo', 2025, 'organisaties_jaarverslag')?.figure.value).toBe(46);
    expect(fig('mbo', 2025, 'inkoop')?.figure).toMatchObject({ value: 120, unit: 'banen', approximate: true });
  });

  it('the 2024 columns repeat the dataset: confirmations, no new figures', () => {
    expect(fig('politie', 2024, 'realisatie')).toMatchObject({ status: 'bevestigt', existing: { value: 489 } });
    expect(fig('mbo', 2024, 'doel')).toMatchObject({ status: 'bevestigt' });
  });

  it('registers the new source and lists what last year’s letter had and this one lacks', () => {
    expect(result.sourceIsNew).toBe(true);
    expect(result.source).toMatchObject({ id: 'kst-34352-999', file: 'brief-2025.txt' });
    expect(result.missing).toContainEqual({
      sector: 'gemeenten',
      metric: 'doel',
      lastYear: 2024,
      lastSource: 'kst-34352-348',
    });
    expect(result.missing.some((m) => m.sector === 'politie' && m.metric === 'realisatie')).toBe(false);
  });
});
