// data/context.json and data/notes.json: the national facts a user asks about ("wat is een fta?",
// "doelgroepregister", "quotum") and the qualitative notes per sector ("wat doet de politie?",
// "waarom lukt het niet in het onderwijs?"). Checked against the source documents themselves:
// exact figures, verbatim quotes, and no note copied from a source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/data/load.js';
import { ContextFactSchema, FigureSchema, NoteSchema, SectorSchema, SourceSchema } from '../../src/data/schema.js';
import { formatNumber } from '../../src/domain/format.js';
import {
  type ContextFact,
  type Dataset,
  MINISTRY_IDS,
  type Note,
  SECTOR_IDS,
  type Source,
} from '../../src/domain/model.js';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));

const readJson = (file: string): unknown => JSON.parse(readFileSync(DATA_DIR + file, 'utf8'));

const sources: Source[] = SourceSchema.array().parse(readJson('sources.json'));
const sectors = SectorSchema.array().parse(readJson('sectors.json'));
const context: ContextFact[] = ContextFactSchema.array().parse(readJson('context.json'));
const notes: Note[] = NoteSchema.array().parse(readJson('notes.json'));

/** Full text of every source document, by source id. */
const sourceText = new Map(sources.map((s) => [s.id, readFileSync(SOURCES_DIR + s.file, 'utf8')]));

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Lower-case words, with line-break hyphenation ("gereali-\nseerd") undone and apostrophes unified. */
function words(text: string): string[] {
  return (
    text
      .replace(/-\s*\n\s*/g, '')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const RUN = 12;
const sourceRuns = new Set<string>();
for (const text of sourceText.values()) {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) sourceRuns.add(w.slice(i, i + RUN).join(' '));
}

/** The first run of RUN consecutive words that `text` shares with a source document, if any. */
function copiedRun(text: string): string | undefined {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (sourceRuns.has(run)) return run;
  }
  return undefined;
}

function fact(id: string): ContextFact {
  const found = context.find((c) => c.id === id);
  if (!found) throw new Error(`context fact ${id} ontbreekt`);
  return found;
}

const notesFor = (sector: string) => notes.filter((n) => n.sector === sector);
const notesMentioning = (pattern: RegExp) => notes.filter((n) => pattern.test(n.text));

describe('context.json: national facts, exactly as the sources state them', () => {
  it('pins the doelgroepregister in the fourth quarter of 2024 (nr. 348)', () => {
    const personen = fact('doelgroepregister-personen-2024q4');
    expect(personen).toMatchObject({ value: 274804, unit: 'personen', year: 2024, period: '2024Q4' });
    expect(personen.ref.source).toBe('kst-34352-348');
    expect(personen.text).toContain('274.804 personen');
    expect(personen.text).toContain('2.067');
    expect(fact('doelgroepregister-groei-2024q4')).toMatchObject({ value: 2067, unit: 'personen' });

    const werkzaam = fact('doelgroepregister-werkzaam-2024q4');
    expect(werkzaam).toMatchObject({ value: 142421, unit: 'personen', period: '2024Q4' });
    expect(werkzaam.text).toContain('142.421');
    expect(werkzaam.text).toContain('51,8%');
    expect(fact('doelgroepregister-werkzaam-percentage-2024q4')).toMatchObject({ value: 51.8, unit: '%' });
    expect(fact('doelgroepregister-werkzaam-groei-2024q4')).toMatchObject({ value: 454, unit: 'personen' });
  });

  it('pins the doelgroepregister at the end of 2023 (nr. 328)', () => {
    expect(fact('doelgroepregister-personen-2023')).toMatchObject({ value: 265445, unit: 'personen', year: 2023 });
    expect(fact('doelgroepregister-werkzaam-2023')).toMatchObject({ value: 138885, unit: 'personen' });
    expect(fact('doelgroepregister-werkzaam-percentage-2023').text).toContain('52,3%');
  });

  it('defines a fta as 25,5 uur per week', () => {
    const fta = fact('fta-definitie');
    expect(fta.value).toBe(25.5);
    expect(fta.text).toContain('25,5 uur per week');
    expect(fta.ref).toMatchObject({ source: 'kst-34352-328' });
  });

  it('pins the targets: 25.000 overheid, 100.000 markt, 125.000 in total (sociaal akkoord 2013)', () => {
    expect(fact('doelen-overheid')).toMatchObject({ value: 25000, unit: 'banen' });
    expect(fact('doelen-overheid').text).toContain('25.000');
    expect(fact('doelen-markt')).toMatchObject({ value: 100000, unit: 'banen' });
    expect(fact('doelen-markt').text).toContain('100.000 banen');
    const totaal = fact('doelen-totaal-sociaal-akkoord');
    expect(totaal).toMatchObject({ value: 125000, unit: 'banen' });
    expect(totaal.text).toContain('125.000');
    expect(totaal.text).toContain('sociaal akkoord van 2013');
  });

  it('pins the national result 2023: ruim 85.000 banen against a target of 105.000, markt and overheid both short', () => {
    const realisatie = fact('doelen-landelijk-realisatie-2023');
    expect(realisatie).toMatchObject({ value: 85000, unit: 'banen', year: 2023 });
    expect(realisatie.text).toContain('ruim 85.000');
    expect(fact('doelen-landelijk-doel-2023')).toMatchObject({ value: 105000, unit: 'banen', year: 2023 });
    expect(fact('doelen-2023-markt-en-overheid-gemist').text).toMatch(/voor het eerst/i);
  });

  it('pins the quotum percentages the letters state', () => {
    const beoogd = fact('quotum-beoogd-2020');
    expect(beoogd).toMatchObject({ value: 2.35, unit: '%', year: 2020 });
    expect(beoogd.text).toContain('2,35%');
    expect(beoogd.ref.source).toBe('kamerbrief-2021');
    expect(fact('quotum-gemeenten-2024')).toMatchObject({ value: 2.76, unit: '%', year: 2024 });
    expect(fact('quotum-gemeenten-fte-2024')).toMatchObject({ value: 200750, unit: 'fte' });
    expect(fact('quotum-rijk-2024')).toMatchObject({ value: 2.75, unit: '%', year: 2024 });
  });

  it('pins primair onderwijs: 22% of its target, 83% if the quotum counted support functions only', () => {
    const ondersteunend = fact('quotum-po-alleen-ondersteunend');
    expect(ondersteunend).toMatchObject({ value: 83, unit: '%' });
    expect(ondersteunend.text).toContain('22%');
    expect(ondersteunend.text).toContain('83%');
    expect(ondersteunend.ref.source).toBe('kamerbrief-2025');
    expect(fact('quotum-po-realisatie-2023')).toMatchObject({ value: 22, unit: '%' });
  });

  it('holds the 2025 letter headline facts: hours vs target share, SCP, Binnenwerk', () => {
    expect(fact('doelen-overheid-aandeel-verloonde-uren')).toMatchObject({ value: 15, unit: '%' });
    expect(fact('doelen-overheid-aandeel-verloonde-uren').text).toMatch(/minder dan 15 procent/i);
    expect(fact('doelen-overheid-aandeel-doelstelling')).toMatchObject({ value: 20, unit: '%' });
    expect(fact('banenafspraak-scp-overheidswerkgevers')).toMatchObject({ value: 58.8, unit: '%' });
    expect(fact('banenafspraak-scp-overheidswerkgevers').text).toContain('18,3 procent');
    expect(fact('banenafspraak-scp-alle-werkgevers')).toMatchObject({ value: 18.3, unit: '%' });
    expect(fact('banenafspraak-binnenwerk-meer-dan-duizend').text).toContain('meer dan 1.000 banen');
    expect(fact('banenafspraak-wetswijziging-onderscheid-opgeheven').text).toMatch(
      /onderscheid tussen markt- en overheidssector/,
    );
  });

  it('states every number in its own text in nl-NL notation', () => {
    for (const c of context.filter((f) => f.value !== undefined)) {
      expect(c.text, c.id).toContain(formatNumber(c.value!, 2));
    }
  });

  it('uses ids <topic>-<detail> and has facts for every topic the question parser knows', () => {
    const topics = ['fta', 'doelgroepregister', 'doelen', 'quotum', 'banenafspraak', 'bronnen'];
    for (const c of context) expect(c.id).toMatch(new RegExp(`^(${topics.join('|')})-[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const topic of topics)
      expect(
        context.some((c) => c.id.startsWith(`${topic}-`)),
        topic,
      ).toBe(true);
    expect(new Set(context.map((c) => c.id)).size).toBe(context.length);
  });

  it('gives every fact with a value a unit, except the fta definition (hours, not a dataset unit)', () => {
    const withoutUnit = context.filter((c) => c.value !== undefined && c.unit === undefined).map((c) => c.id);
    expect(withoutUnit).toEqual(['fta-definitie']);
  });
});

describe('notes.json: qualitative notes per sector', () => {
  it('has notes on aanpak and knelpunten for every one of the 13 sectors', () => {
    for (const sector of SECTOR_IDS) {
      const topics = new Set(notesFor(sector).map((n) => n.topic));
      expect(topics.has('aanpak'), `${sector} aanpak`).toBe(true);
      expect(topics.has('knelpunten'), `${sector} knelpunten`).toBe(true);
    }
  });

  it('has notes on begeleiding for every sector the sources describe it for (not gemeenten: the letters are silent)', () => {
    const without = SECTOR_IDS.filter((s) => !notesFor(s).some((n) => n.topic === 'begeleiding'));
    expect(without).toEqual(['gemeenten']);
  });

  it('puts de Blauwe Baan at the politie, with Mentorwijs as its begeleiding', () => {
    const blauw = notesMentioning(/Blauwe Baan/);
    expect(blauw.length).toBeGreaterThan(0);
    expect(new Set(blauw.map((n) => n.sector))).toEqual(new Set(['politie']));
    expect(notes.find((n) => n.id === 'politie-aanpak-blauwe-baan')).toMatchObject({
      sector: 'politie',
      topic: 'aanpak',
    });
    expect(notesMentioning(/Mentorwijs/).map((n) => [n.sector, n.topic])).toContainEqual(['politie', 'begeleiding']);
  });

  it('puts the Teams-site for contactpersonen at the mbo (MBO Raad)', () => {
    const teams = notesMentioning(/Teams-site/);
    expect(teams.length).toBeGreaterThan(0);
    for (const n of teams) expect(n.sector).toBe('mbo');
    expect(teams.some((n) => /contactpersonen/.test(n.text) && /MBO Raad/.test(n.text))).toBe(true);
  });

  it('describes Binnenwerk under binnenwerk or the Rijk', () => {
    const about = notes
      .filter((n) => n.sector === 'binnenwerk' || n.sector === 'rijk')
      .filter((n) => /Binnenwerk/.test(n.text));
    expect(about.some((n) => n.topic === 'aanpak' && /teams/.test(n.text))).toBe(true);
    expect(notesMentioning(/266 duurzame banen/).map((n) => n.sector)).toEqual(['binnenwerk']);
  });

  it('explains the bevoegdheidseisen in the onderwijs sectors and why the onderwijs lags', () => {
    const onderwijs = new Set(['po', 'vo', 'mbo', 'hbo', 'wo', 'algemeen']);
    const bevoegd = notesMentioning(/bevoegd/i);
    for (const n of bevoegd) expect(onderwijs.has(n.sector) || /onderwijs/.test(n.text), n.id).toBe(true);
    for (const sector of ['po', 'vo', 'mbo']) {
      expect(
        bevoegd.some((n) => n.sector === sector && n.topic === 'knelpunten'),
        sector,
      ).toBe(true);
    }
    const po = notes.find((n) => n.id === 'po-knelpunten-bevoegdheidseisen')!;
    expect(po.text).toContain('22%');
    expect(po.text).toContain('83%');
  });

  it('holds the sector specifics the letters single out', () => {
    expect(notesMentioning(/onrealistisch/).map((n) => n.sector)).toContain('umc');
    expect(notesMentioning(/Emma at Work/).map((n) => n.sector)).toEqual(['umc']);
    const defensie = notesFor('defensie');
    expect(defensie.some((n) => n.topic === 'begeleiding' && /interne jobcoach/.test(n.text))).toBe(true);
    expect(defensie.some((n) => n.topic === 'inkoop' && /SROI/.test(n.text) && /91,9%/.test(n.text))).toBe(true);
    const herberekening = notes.find((n) => n.id === 'gemeenten-algemeen-herberekening-doel')!;
    expect(herberekening.text).toContain('2,76%');
    expect(herberekening.text).toContain('5.540');
    expect(
      notesMentioning(/HARRIE|Harrie/)
        .map((n) => n.sector)
        .sort(),
    ).toEqual(['provincies', 'wo']);
    expect(
      notesFor('gemeenten').some((n) => n.topic === 'organisatie' && /VNG/.test(n.text) && /werkagenda/.test(n.text)),
    ).toBe(true);
  });

  it('dates notes by their source: the Aanjager in 2015, the 2021 letter in 2020/2021', () => {
    const aanjager = notes.filter((n) => n.ref.source === 'aanjager-2015');
    expect(aanjager.length).toBeGreaterThanOrEqual(13);
    for (const n of aanjager) expect(n.year, n.id).toBe(2015);
    const brief2021 = notes.filter((n) => n.ref.source === 'kamerbrief-2021');
    expect(brief2021.length).toBeGreaterThan(0);
    for (const n of brief2021) expect([2020, 2021], n.id).toContain(n.year);
  });

  it('keeps the 2025 letter reasons and measures as algemeen notes', () => {
    const algemeen = notesFor('algemeen').filter((n) => n.ref.source === 'kamerbrief-2025');
    expect(algemeen.some((n) => n.topic === 'knelpunten' && /lesbevoegdheid/.test(n.text))).toBe(true);
    expect(algemeen.some((n) => n.topic === 'maatregelen')).toBe(true);
  });

  it('uses unique kebab-case ids that start with the sector, and one to three sentences each', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    for (const n of notes) {
      expect(n.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(n.id.startsWith(`${n.sector}-`), n.id).toBe(true);
      const sentences = n.text.match(/[.!?](?=\s+[A-Z'(]|\s*$)/g) ?? [];
      expect(sentences.length, n.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, n.id).toBeLessThanOrEqual(3);
    }
  });

  it('uses only known sector, ministry or binnenwerk ids', () => {
    const known = new Set<string>([...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk', 'algemeen']);
    for (const n of notes) expect(known.has(n.sector), n.id).toBe(true);
  });
});

describe('references: every fact and note can be checked against its source', () => {
  const records: { id: string; text: string; ref: { source: string; section: string; quote?: string } }[] = [
    ...context,
    ...notes,
  ];

  it('passes the loader reference check (sources and sectors exist)', () => {
    const data: Dataset = {
      meta: { version: 'test', updated: '2025-01-01', latestYear: 2024 },
      sources,
      sectors,
      metrics: [],
      figures: [],
      conflicts: [],
      context,
      notes,
    };
    expect(checkReferences(data)).toEqual([]);
  });

  it('names a source section for every record', () => {
    for (const r of records) {
      expect(sourceText.has(r.ref.source), r.id).toBe(true);
      expect(r.ref.section.trim().length, r.id).toBeGreaterThan(3);
    }
  });

  it('quotes the source verbatim wherever a quote is given', () => {
    const missing = records
      .filter((r) => r.ref.quote !== undefined)
      .filter((r) => !collapse(sourceText.get(r.ref.source)!).includes(collapse(r.ref.quote!)))
      .map((r) => r.id);
    expect(missing).toEqual([]);
    expect(context.every((c) => c.ref.quote !== undefined)).toBe(true);
  });
});

describe('own words: no text copies a run of 12 words from a source', () => {
  it('detects a copied source sentence (the check itself works)', () => {
    const copied =
      'Het in 2024 definitief geformeerde expertteam de Blauwe Baan komt steeds beter in positie binnen en buiten de organisatie.';
    expect(copiedRun(copied)).toBeDefined();
    expect(
      copiedRun('De Blauwe Baan is het programma waarmee de politie zelf werk en begeleiding organiseert.'),
    ).toBeUndefined();
  });

  it('holds for every note', () => {
    const copies = notes.map((n) => [n.id, copiedRun(n.text)]).filter(([, run]) => run !== undefined);
    expect(copies).toEqual([]);
  });

  it('holds for every context fact', () => {
    const copies = context.map((c) => [c.id, copiedRun(c.text)]).filter(([, run]) => run !== undefined);
    expect(copies).toEqual([]);
  });
});

// A second, independent reading against the source documents. Each test pins an error that
// reading found: a claim the cited source does not make, or a unit that disagrees with the figures.
describe('second reading (data audit)', () => {
  const note = (id: string) => {
    const found = notes.find((n) => n.id === id);
    if (!found) throw new Error(`note ${id} ontbreekt`);
    return found;
  };
  const records: { id: string; text: string; ref: { source: string } }[] = [...context, ...notes];

  it('gives the 418 unallocated doelbanen the unit of the table they reconcile (fta), as figures.json does', () => {
    const figures = FigureSchema.array().parse(readJson('figures.json'));
    const figure = figures.find((f) => f.sector === 'rijk' && f.metric === 'doel_niet_toegerekend')!;
    expect(fact('quotum-rijk-jenv-dji')).toMatchObject({ value: figure.value, unit: figure.unit });
    expect(figure.unit).toBe('fta');
    expect(fact('quotum-rijk-jenv-dji').text).toContain('418 doelbanen (fta');
  });

  it('says the motie Buijsse en De Kort was submitted on 20 February 2025, not adopted on that date', () => {
    const motie = fact('banenafspraak-motie-buijsse-de-kort');
    expect(motie.text).toContain('op 20 februari 2025 ingediend');
    expect(motie.text).not.toMatch(/20 februari 2025 unaniem aangenomen/);
  });

  it('mentions the UWV dashboard only where the cited source does (nr. 328, not nr. 348)', () => {
    const wrong = records
      .filter((r) => /dashboard/i.test(r.text) && !/dashboard/i.test(sourceText.get(r.ref.source)!))
      .map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it('does not add "jaarlijks" to what the Bestuurlijk Akkoord asks of the minister', () => {
    expect(fact('banenafspraak-bestuurlijk-akkoord-2019').text).not.toMatch(/jaarlijks/);
  });

  it('does not put the advice of an unnamed report (functie-eisen loslaten) in the mouth of UWV', () => {
    const wrong = records.filter((r) => /UWV[^.;]*functie-eisen/.test(r.text)).map((r) => r.id);
    expect(wrong).toEqual([]);
    expect(note('algemeen-aanpak-uwv-talent-in-beeld').text).toMatch(/Een rapport over personeelstekorten raadt aan/);
  });

  it('calls the Rijk target for 2024 voorlopig, as the table header does ("Doel (voorlopig)")', () => {
    expect(fact('quotum-rijk-2024').text).toContain('voorlopige doel');
  });

  it('credits the 2016 leercirkel for gemeenten to the Aanjager with SBCM, not to the VNG', () => {
    const text = note('gemeenten-aanpak-2015').text;
    expect(text).not.toMatch(/VNG[^.]*begon[^.]*leercirkel/);
    expect(text).toContain('startte de Aanjager met SBCM een leercirkel voor gemeenten');
  });

  it('gives no start year for the Onbeperkt aan de Slag cooperation (nr. 328 names none)', () => {
    expect(note('onderzoeksinstellingen-aanpak-onbeperkt-aan-de-slag').text).not.toMatch(/sinds \d{4}/);
  });

  it('tells inkoop/SROI counts as levels, not as jobs added (Defensie stayed "ongeveer gelijk")', () => {
    expect(note('defensie-inkoop-sroi').text).not.toMatch(/kwamen er/);
    expect(note('defensie-inkoop-sroi').text).toContain('ongeveer evenveel als de 235,8 fta van 2023');
    expect(note('po-inkoop-2024').text).not.toMatch(/kwamen er/);
    expect(note('po-inkoop-2024').text).toContain('184 banen, iets meer dan de 130 van 2023');
  });

  it('keeps the umc referrals to Emma at Work an intention ("gekeken wordt hoe"), not a fact', () => {
    const text = note('umc-maatregelen-emma-at-work').text;
    expect(text).not.toMatch(/Umc's verwijzen/);
    expect(text).toContain('bekijken de umc');
  });
});
