// One letter → everything it states: the per-sector tables, the running text, the Bijlage
// table, national figures and passages worth a note. Within the letter, the same figure found
// twice is merged (a table beats the text; the text's qualifier "ongeveer" still counts), a total
// that equals realisatie + inkoop is the realisatie including inkoop, and a percentage is labelled
// by what it is the ratio of. Printed percentages that do not follow from realisatie/doel are
// reported as mismatches, never changed. Pure.
import type { EntityId, Sector, Unit } from '../../domain/model.js';
import { readBijlageTable } from './bijlage-table.js';
import { nl, ratioFits, ratioPercent } from './numbers.js';
import { letterYear, readSections, type Section } from './read-letter.js';
import { sectorNames } from './sector-names.js';
import { readSectorTable } from './sector-table.js';
import { figuresInSentence } from './sentence-figures.js';
import { sentencesOf } from './sentences.js';
import type {
  Candidate,
  FigureFinding,
  LetterReading,
  MismatchFinding,
  NationalFinding,
  NotePassage,
} from './types.js';

export interface ReadOptions {
  /** The year the letter reports on; detected when absent. */
  year?: number;
  /** The source id, for the references of mismatches. */
  source: string;
}

const PRIORITY: Record<Candidate['origin'], number> = { bijlage: 0, tabel: 1, tekst: 2 };
const NOTE_WORDS =
  /knelpunt|lastig|moeilijk|uitdaging|belemmer|begeleiding|jobcoach|maatregel|inkoop|SROI|werkagenda|ambitie|plan van aanpak|routekaart|centraal budget|financiering|functiecreatie|jobcarving|doorstroom|behoud/i;

const key = (c: { sector: string; year: number; period?: string; metric: string }) =>
  `${c.sector}|${c.year}|${c.period ?? ''}|${c.metric}`;

/** A total that equals realisatie + inkoop of the same year is the realisatie including inkoop. */
function relabelTotals(cands: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.origin !== 'tekst') continue;
    const k = `${c.sector}|${c.year}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const g of groups.values()) {
    const real = g.filter((c) => c.metric === 'realisatie');
    const inkoop = g.filter((c) => c.metric === 'inkoop');
    for (const total of real) {
      if (real.some((a) => a !== total && inkoop.some((b) => Math.abs(a.value + b.value - total.value) < 0.51))) {
        total.metric = 'realisatie_incl_inkoop';
      }
    }
  }
}

function merge(cands: Candidate[]): { figures: FigureFinding[]; remarks: { sector?: EntityId; text: string }[] } {
  const sorted = [...cands].sort((a, b) => PRIORITY[a.origin] - PRIORITY[b.origin]);
  const byKey = new Map<string, FigureFinding>();
  const order: FigureFinding[] = [];
  const remarks: { sector?: EntityId; text: string }[] = [];
  for (const c of sorted) {
    const have = byKey.get(key(c));
    if (!have) {
      const f: FigureFinding = { ...c, echoes: [], disagreeing: [] };
      byKey.set(key(c), f);
      order.push(f);
      continue;
    }
    if (have.value === c.value) {
      if (c.approximate && !have.derived) have.approximate = true;
      if (c.quote !== have.quote) have.echoes.push({ section: c.section, quote: c.quote });
    } else {
      have.disagreeing.push({ value: c.value, unit: c.unit, section: c.section, quote: c.quote });
    }
  }
  // A period figure ("2024Q4") equal to the year's figure is the same statement.
  const folded = order.filter((f) => {
    if (!f.period) return true;
    const twin = byKey.get(key({ ...f, period: undefined }));
    if (!twin || twin.value !== f.value) return true;
    twin.echoes.push({ section: f.section, quote: f.quote });
    return false;
  });
  order.length = 0;
  order.push(...folded);
  for (const f of order)
    for (const d of f.disagreeing)
      remarks.push({
        sector: f.sector,
        text: `${f.year} ${f.metric}: ${f.origin === 'tekst' ? 'de tekst' : 'de tabel'} meldt ${nl(f.value)} ${f.unit}, elders ${nl(d.value)} ${d.unit} (“${d.quote}”); voorgesteld is ${nl(f.value)}.`,
      });
  return { figures: order, remarks };
}

/** Values needed for ratios, per sector/year/period: doel, realisatie, incl. inkoop. */
function ratioParts(figures: readonly FigureFinding[], f: { sector: string; year: number; period?: string }) {
  const get = (metric: string) =>
    figures.find((x) => x.sector === f.sector && x.year === f.year && x.period === f.period && x.metric === metric) ??
    (f.period
      ? figures.find((x) => x.sector === f.sector && x.year === f.year && !x.period && x.metric === metric)
      : undefined);
  const doel = get('doel');
  const real = get('realisatie');
  const inclFig = get('realisatie_incl_inkoop');
  const inkoop = get('inkoop');
  const incl = inclFig ? inclFig.value : real && inkoop ? real.value + inkoop.value : undefined;
  return { doel, real, incl, inclHow: inclFig ? 'realisatie inclusief inkoop' : 'realisatie + inkoop' };
}

/** A percentage read from the text is the ratio it fits: realisatie/doel or (realisatie + inkoop)/doel. */
function relabelPercentages(figures: FigureFinding[]): void {
  for (const f of figures) {
    if (f.origin !== 'tekst' || (f.metric !== 'percentage' && f.metric !== 'percentage_incl_inkoop')) continue;
    const { doel, real, incl } = ratioParts(figures, f);
    if (!doel || !real || incl === undefined) continue;
    const fitsReal = ratioFits(f.value, real.value, doel.value);
    const fitsIncl = ratioFits(f.value, incl, doel.value);
    const target = fitsReal && !fitsIncl ? 'percentage' : fitsIncl && !fitsReal ? 'percentage_incl_inkoop' : f.metric;
    if (target !== f.metric && !figures.some((x) => x !== f && key(x) === key({ ...f, metric: target })))
      f.metric = target;
  }
}

function mismatches(figures: readonly FigureFinding[], source: string): MismatchFinding[] {
  const out: MismatchFinding[] = [];
  for (const f of figures) {
    if (f.derived || (f.metric !== 'percentage' && f.metric !== 'percentage_incl_inkoop')) continue;
    const { doel, real, incl, inclHow } = ratioParts(figures, f);
    if (!doel) continue;
    const num = f.metric === 'percentage' ? real?.value : incl;
    if (num === undefined || ratioFits(f.value, num, doel.value)) continue;
    out.push({
      sector: f.sector,
      year: f.year,
      ...(f.period ? { period: f.period } : {}),
      metric: f.metric,
      reported: f.value,
      other: ratioPercent(num, doel.value),
      how: `${f.metric === 'percentage' ? 'realisatie' : inclHow} ${nl(num)} van doel ${nl(doel.value)} ${doel.unit}`,
      ref: { source, section: f.section, quote: f.quote },
    });
  }
  return out;
}

function passagesOf(section: Section, sentences: { raw: string }[]): NotePassage[] {
  if (!section.sector || /cijf/i.test(section.sub ?? '')) return [];
  return (
    sentences
      // Sentences with figures are proposals already; a note is about the approach, the obstacles, the plans.
      .filter((s) => NOTE_WORDS.test(s.raw) && s.raw.length > 40 && !/\d/.test(s.raw.replace(/\b(?:19|20)\d\d\b/g, '')))
      .slice(0, 3)
      .map((s) => ({ sector: section.sector!, section: section.label, text: s.raw }))
  );
}

/** Read everything a letter states. `sectors` are the dataset's (names and aliases). */
export function readLetter(text: string, sectors: readonly Sector[], options: ReadOptions): LetterReading {
  const names = sectorNames(sectors);
  const sections = readSections(text, names);
  const year = options.year ?? letterYear(text, sections);
  const cands: Candidate[] = [];
  const national: NationalFinding[] = [];
  const passages: NotePassage[] = [];
  const remarks: { sector?: EntityId; text: string }[] = [];

  const bijlage = readBijlageTable(sections, names, year);
  cands.push(...bijlage.candidates);
  remarks.push(...bijlage.remarks.map((t) => ({ sector: 'rijk' as EntityId, text: `Bijlage 1: ${t}` })));

  for (const section of sections) {
    if (section.bijlage && (section.sector === 'rijk' || !section.sector)) continue;
    const table = readSectorTable(section, year);
    cands.push(...table.candidates);
    const sentences = sentencesOf(section.lines, table.consumed);
    const tableUnit = table.candidates.find((c) => c.unit === 'fta' || c.unit === 'banen')?.unit;
    let previousInkoop = false;
    for (const s of sentences) {
      const r = figuresInSentence(s, {
        ...(section.sector ? { sector: section.sector } : {}),
        year: section.year ?? year,
        section: section.label,
        names,
        previousInkoop,
        ...(tableUnit ? { unit: tableUnit } : {}),
      });
      previousInkoop = r.inkoop;
      cands.push(...r.candidates);
      national.push(...r.national);
    }
    passages.push(...passagesOf(section, sentences));
  }

  const inRange = cands.filter((c) => c.year >= year - 3 && c.year <= year + 5);
  relabelTotals(inRange);
  const merged = merge(inRange);
  relabelPercentages(merged.figures);
  remarks.push(...merged.remarks);
  const nationalInRange = national.filter((n) => !n.year || (n.year >= year - 3 && n.year <= year + 1));
  return {
    year,
    figures: merged.figures,
    mismatches: mismatches(merged.figures, options.source),
    national: dedupeNational(nationalInRange),
    passages,
    remarks,
  };
}

function dedupeNational(items: NationalFinding[]): NationalFinding[] {
  const seen = new Set<string>();
  return items.filter((n) => {
    const k = `${n.value}|${n.unit}|${n.year ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { Unit };
