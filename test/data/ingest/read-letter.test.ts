// What the reader takes from the letters: exact values, units, qualifiers, years, quotes, the
// Bijlage repairs and the conflicts it proposes (never fixes).
import { describe, expect, it } from 'vitest';
import { withoutSource } from '../../../src/data/ingest/backtest.js';
import { ingestLetter } from '../../../src/data/ingest/ingest-letter.js';
import { readLetter } from '../../../src/data/ingest/propose.js';
import { readSections } from '../../../src/data/ingest/read-letter.js';
import { sectorNames } from '../../../src/data/ingest/sector-names.js';
import { sentencesOf } from '../../../src/data/ingest/sentences.js';
import { data, letter } from './support.js';

const read348 = readLetter(letter('kst-34352-348'), data.sectors, { source: 'kst-34352-348' });
const read328 = readLetter(letter('kst-34352-328'), data.sectors, { source: 'kst-34352-328' });
const read2021 = readLetter(letter('kamerbrief-2021'), data.sectors, { source: 'kamerbrief-2021' });
const get = (r: typeof read348, sector: string, year: number, metric: string) =>
  r.figures.find((f) => f.sector === sector && f.year === year && f.metric === metric);

describe('sections and sentences', () => {
  it('finds every sector heading and its sub-headings, OCR variants included', () => {
    const labels = readSections(letter('kst-34352-348'), sectorNames(data.sectors)).map((s) => s.label);
    expect(labels).toContain('Provincies — Cijffermatige realisatie');
    expect(labels).toContain('Onderzoeksinstellingen — Cijfermatige realisatie');
    expect(labels).toContain('Bijlage 1 — Binnenwerk');
    const s2021 = readSections(letter('kamerbrief-2021'), sectorNames(data.sectors));
    expect(s2021.find((s) => s.label === 'Overheidssectoren — Defensie')?.sector).toBe('defensie');
    expect(s2021.find((s) => s.heading.startsWith('Universitaire Medische Centra'))?.sector).toBe('umc');
  });

  it('splits sentences, not abbreviations such as t.o.v.', () => {
    const s = sentencesOf(['De provincies laten een stijging zien t.o.v. 2023. Er wordt ook ingezet op', 'SROI.']);
    expect(s.map((x) => x.raw)).toEqual([
      'De provincies laten een stijging zien t.o.v. 2023.',
      'Er wordt ook ingezet op SROI.',
    ]);
  });
});

describe('tables and text of nr. 348 (2024)', () => {
  it('reads the letter year and the sector tables with unit, qualifier and the row as quote', () => {
    expect(read348.year).toBe(2024);
    expect(get(read348, 'politie', 2024, 'realisatie')).toMatchObject({
      value: 489,
      unit: 'fta',
      section: 'Politie — Cijfermatige realisatie',
      quote: 'Realisatie 387 fta 489 fta',
    });
    expect(get(read348, 'defensie', 2023, 'realisatie')).toMatchObject({
      value: 508.5,
      quote: 'Realisatie 508,5 fta 595,4 fta',
    });
    expect(get(read348, 'mbo', 2024, 'doel')).toMatchObject({
      value: 1929,
      approximate: true,
      quote: 'Doel +/- 1.900 fta +/- 1.929 fta',
    });
    expect(get(read348, 'hbo', 2024, 'percentage')?.approximate).toBeUndefined();
  });

  it('reads the text: inkoop, shares, contract types, organisations, stated changes', () => {
    expect(get(read348, 'defensie', 2024, 'inkoop')).toMatchObject({ value: 230.9, unit: 'fta' });
    expect(get(read348, 'defensie', 2024, 'inkoop')?.approximate).toBeUndefined(); // "ongeveer gelijk gebleven" is not about the figure
    expect(get(read348, 'defensie', 2024, 'percentage_incl_inkoop')?.value).toBe(91.9);
    expect(get(read348, 'po', 2024, 'percentage_incl_inkoop')?.value).toBe(27);
    expect(get(read348, 'wo', 2024, 'realisatie_incl_inkoop')).toMatchObject({ value: 1207, unit: 'fta' });
    expect(get(read348, 'wo', 2023, 'percentage_incl_inkoop')?.value).toBe(46);
    expect(get(read348, 'waterschappen', 2024, 'aandeel_inhuur')?.value).toBe(24.3);
    expect(get(read348, 'hbo', 2024, 'aandeel_inhuur_en_inkoop')?.value).toBe(17.9);
    expect(get(read348, 'politie', 2024, 'realisatie_tijdelijk')).toMatchObject({ value: 179, unit: 'fta' });
    expect(get(read348, 'gemeenten', 2024, 'daling_gemeld')).toMatchObject({ value: 269, unit: 'banen' });
    expect(get(read348, 'gemeenten', 2024, 'personeelsomvang')).toMatchObject({ value: 200750, unit: 'fte' });
    expect(get(read348, 'gemeenten', 2024, 'quotumpercentage')?.value).toBe(2.76);
    expect(get(read348, 'umc', 2024, 'stijging_procent_gemeld')?.value).toBe(16);
    expect(get(read348, 'onderzoeksinstellingen', 2024, 'daling_procentpunt_gemeld')?.value).toBe(3);
    expect(get(read348, 'onderzoeksinstellingen', 2024, 'organisaties_totaal')?.value).toBe(3);
    expect(get(read348, 'mbo', 2024, 'organisaties_jaarverslag')?.value).toBe(44);
    expect(get(read348, 'mbo', 2024, 'organisaties_zonder_gegevens')?.value).toBe(14);
    expect(get(read348, 'binnenwerk', 2023, 'realisatie')).toMatchObject({
      value: 870,
      unit: 'banen',
      quote: 'In 2024 is Binnenwerk gegroeid van 870 naar 1.085 banen.',
    });
    // "Eén umc komt tot 27 banen via SROI": one organisation is not the sector.
    expect(get(read348, 'umc', 2024, 'inkoop')).toBeUndefined();
  });

  it('repairs the Bijlage table from its own sums and marks what it derived', () => {
    const m = (sector: string, metric: string) =>
      read348.figures.find((f) => f.sector === sector && f.period === '2024Q4' && f.metric === metric);
    expect(m('ienw', 'doel')).toMatchObject({ value: 626, quote: '[ 626 401 3 0 403 5%' }); // name read as "["
    expect(m('ienw', 'percentage')).toMatchObject({
      value: 64,
      derived: expect.stringContaining('403 / 626 = 64,38%'),
    });
    expect(m('bzk', 'percentage')).toMatchObject({ value: 89, derived: expect.stringContaining('"0%"') });
    expect(m('ocw', 'binnenwerk')).toMatchObject({ value: 66, derived: expect.stringContaining('Gedrukt als "56"') });
    expect(m('hcvs', 'realisatie')).toMatchObject({ value: 77, derived: expect.stringContaining('58 + 14 + 5 = 77') });
    expect(m('bz', 'inleen')).toMatchObject({ value: 0, derived: expect.stringContaining('"o"') });
    expect(m('szw', 'inleen')).toMatchObject({ value: 0 });
    expect(m('fin', 'percentage')).toMatchObject({ value: 107 });
    expect(m('fin', 'percentage')?.derived).toBeUndefined();
    expect(m('rijk', 'inleen')).toMatchObject({ value: 305 });
    expect(m('rijk', 'doel_niet_toegerekend')).toMatchObject({ value: 418, quote: 'missen er nog 418' });
    expect(read348.remarks.map((r) => r.text)).toContain(
      'Bijlage 1: Kolom Doel: ministeries samen 5.575, Totaal Rijk 5.994 (verschil 419), verklaard door de 418 nog niet toegerekende doelbanen.',
    );
  });

  it('proposes a printed percentage that does not follow from realisatie/doel as a conflict, and keeps it', () => {
    expect(read348.mismatches).toContainEqual(
      expect.objectContaining({ sector: 'politie', year: 2024, metric: 'percentage', reported: 68.4, other: 68.6 }),
    );
    const result = ingestLetter(withoutSource(data, 'kst-34352-348'), {
      text: letter('kst-34352-348'),
      source: 'kst-34352-348',
      file: '',
    });
    const conflict = result.proposals.find((p) => p.kind === 'conflict');
    expect(conflict).toMatchObject({
      status: 'conflict',
      conflict: {
        id: 'politie-2024-percentage',
        kind: 'percentage_mismatch',
        reported: 68.4,
        other: 68.6,
        explanation: 'De brief meldt 68,4%; realisatie 489 van doel 713 fta is 68,6%.',
      },
    });
    const pct = result.proposals.find(
      (p) =>
        p.kind === 'figure' &&
        p.figure.sector === 'politie' &&
        p.figure.metric === 'percentage' &&
        p.figure.year === 2024,
    );
    expect(pct).toMatchObject({ status: 'nieuw', figure: { value: 68.4 } });
    // Waterschappen 2023 (56,6% vs 59,6%) is recorded already: no second conflict.
    expect(result.proposals.filter((p) => p.kind === 'conflict')).toHaveLength(1);
  });
});

describe('nr. 328 (2023) and the letter on 2020', () => {
  it('the text qualifier makes a table figure approximate ("ongeveer 1.290 banen")', () => {
    expect(get(read328, 'po', 2023, 'realisatie')).toMatchObject({ value: 1290, unit: 'fta', approximate: true });
    expect(get(read328, 'po', 2023, 'inkoop')).toMatchObject({ value: 130, unit: 'banen', approximate: true });
    expect(get(read328, 'po', 2023, 'percentage_incl_inkoop')).toMatchObject({ value: 24, approximate: true });
  });

  it('binds years: "(48,6% in 2022)", "dat van 2022 (41,5%)", "toen", "het vorig jaar"', () => {
    expect(get(read328, 'hbo', 2022, 'percentage_incl_inkoop')?.value).toBe(48.6);
    expect(get(read328, 'wo', 2022, 'percentage')?.value).toBe(41.5);
    expect(get(read328, 'hbo', 2022, 'percentage')?.value).toBe(37);
    expect(get(read328, 'gemeenten', 2022, 'realisatie')).toMatchObject({ value: 6490, unit: 'banen' });
    expect(get(read328, 'provincies', 2022, 'doel')).toMatchObject({ value: 416.4, unit: 'fta' });
    expect(get(read328, 'wo', 2022, 'realisatie')).toMatchObject({ value: 963, unit: 'fta' });
    expect(get(read328, 'rijk', 2022, 'percentage')?.value).toBe(74);
  });

  it('a count on another date than the year end is a peildatum figure in the unit of the table', () => {
    expect(read328.figures.find((f) => f.metric === 'realisatie_peildatum')).toMatchObject({
      sector: 'politie',
      year: 2023,
      period: '2023Q1',
      value: 426,
      unit: 'fta',
    });
  });

  it('keeps the table value when the text says otherwise, and says so', () => {
    expect(get(read328, 'waterschappen', 2023, 'realisatie')).toMatchObject({ value: 329, unit: 'fta' });
    expect(read328.remarks.map((r) => r.text)).toContain(
      '2023 realisatie: de tabel meldt 329 fta, elders 329,4 banen (“Op 31 december 2023 zijn door de organisaties in de sector waterschappen tezamen 329,4 banen gecreëerd.”); voorgesteld is 329.',
    );
    expect(read328.mismatches.map((m) => `${m.sector} ${m.year} ${m.metric} ${m.reported}/${m.other}`)).toEqual([
      'waterschappen 2023 percentage 56.6/59.6',
      'hbo 2023 percentage_incl_inkoop 36.6/36.3',
    ]);
  });

  it('2020: prose only, in banen; a total of own jobs plus SROI is the realisatie including inkoop', () => {
    expect(read2021.year).toBe(2020);
    expect(get(read2021, 'defensie', 2020, 'realisatie')).toMatchObject({ value: 346, unit: 'banen' });
    expect(get(read2021, 'defensie', 2020, 'inkoop')?.value).toBe(210);
    expect(get(read2021, 'defensie', 2020, 'realisatie_incl_inkoop')?.value).toBe(556);
    expect(get(read2021, 'defensie', 2020, 'percentage_incl_inkoop')?.value).toBe(88);
    expect(get(read2021, 'umc', 2020, 'realisatie_incl_inkoop')?.value).toBe(659);
    expect([2019, 2020, 2021].map((y) => get(read2021, 'politie', y, 'realisatie')?.value)).toEqual([297, 413, 663]);
    expect(get(read2021, 'provincies', 2020, 'organisaties_totaal')).toMatchObject({
      value: 12,
      quote: expect.stringContaining('twaalf'),
    });
    // The footnote on hbo respondents sits in the text of another sector: its noun names the sector.
    expect(get(read2021, 'hbo', 2020, 'organisaties_gerapporteerd')?.value).toBe(21);
    expect(get(read2021, 'hbo', 2020, 'aandeel_personeel_gerapporteerd')?.value).toBe(79);
  });
});

describe('other wordings and other damage in the same kind of letter', () => {
  it('reads "De realisatie bedraagt …", "het doel bedroeg …" and table rows labelled Doelstelling / Percentage', () => {
    const text = [
      'Waterschappen',
      '',
      'De realisatie bedraagt 350 fta; het doel bedroeg 600 fta. Het realisatiepercentage komt daarmee op 58,3%.',
      '',
      'Provincies',
      '',
      'Cijfermatige realisatie 2025',
      'Doelstelling 480 fta',
      'Realisatie 430 fta',
      'Percentage 89,6%',
      '',
    ].join('\n');
    const r = readLetter(text, data.sectors, { source: 'x', year: 2025 });
    const v = (sector: string, metric: string) => get(r, sector, 2025, metric)?.value;
    expect([v('waterschappen', 'realisatie'), v('waterschappen', 'doel'), v('waterschappen', 'percentage')]).toEqual([
      350, 600, 58.3,
    ]);
    expect([v('provincies', 'doel'), v('provincies', 'realisatie'), v('provincies', 'percentage')]).toEqual([
      480, 430, 89.6,
    ]);
    expect(r.mismatches).toEqual([]);
  });

  it('a Bijlage row whose ministry name the OCR lost entirely is placed by its neighbours', () => {
    const text = letter('kst-34352-348').replace('BZK 561 288 208 7 502 0%', '561 288 208 7 502 0%');
    const r = readLetter(text, data.sectors, { source: 'x' });
    expect(r.figures.find((f) => f.sector === 'bzk' && f.period === '2024Q4' && f.metric === 'realisatie')?.value).toBe(
      502,
    );
  });
});
