// The digest a subscribed conversation receives: for one year and its sectors, per sector the
// doel, realisatie, realisatiepercentage, the change since the year before and whether the goal
// was reached (in words), with a bar chart of the percentages (and its text equivalent), the
// caveats the data calls for, the source and follow-up buttons. The one place for its wording.

import {
  type AdaptiveCard,
  buildCard,
  type CardView,
  type ChartView,
  digestRefreshData,
  type FollowUp,
  REFRESH_DIGEST_VERB,
} from '../cards/index.js';
import { change, gap, goalMet, realisationPercentage } from '../domain/compute.js';
import type { Quantity, YearRow } from '../domain/figures.js';
import { formatList, formatNumber } from '../domain/format.js';
import { type EntityId, MINISTRY_IDS, SECTOR_IDS } from '../domain/model.js';
import type { Fact } from './answer.types.js';
import { dataCaveats, factOf, sourceLine } from './compose.js';
import type { AnswerKit } from './kit.js';
import { rowPhrase } from './row-view.js';
import { signedText, valueText } from './wording.js';

export interface DigestRequest {
  year: number;
  /** Sectors to report on; empty: all sectors. */
  sectors: readonly EntityId[];
  /** Operator's announcement, shown first ("De cijfers over 2024 zijn gepubliceerd."). */
  message?: string;
  /** Follow-up buttons answer through the bot: leave them out where no bot listens (webhooks). */
  followUps?: boolean;
}

export interface Digest {
  year: number;
  sectors: EntityId[];
  title: string;
  /** The whole digest as text (message preview, clients without cards, logs in debug mode). */
  text: string;
  speak: string;
  facts: Fact[];
  view: CardView;
  card: AdaptiveCard;
}

const ORDER: readonly string[] = [...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk'];

interface SectorLine {
  id: EntityId;
  name: string;
  /** In a sentence, with its article: "de politie". */
  subject: string;
  shortName: string;
  row: YearRow;
  percentage?: Quantity;
  met?: boolean;
  cells: { doel: string; realisatie: string; percentage: string; change: string; goal: string };
  quantities: Quantity[];
}

function sectorLine(kit: AnswerKit, id: EntityId, year: number): SectorLine | undefined {
  const row = kit.figures.row(id, year);
  if (!row.doel && !row.realisatie && !row.percentage) return undefined;
  const previous = kit.figures.row(id, year - 1);
  const pct = realisationPercentage(row);
  const ch = change(previous, row);
  const met = goalMet(row);
  const g = row.doel && row.realisatie ? gap(row.doel, row.realisatie) : undefined;
  const quantities = [row.doel, row.realisatie, pct].filter((q): q is Quantity => !!q);

  let changeText: string;
  if (ch.absolute) {
    changeText = ch.points ? `${signedText(ch.absolute)} (${signedText(ch.points)})` : signedText(ch.absolute);
    quantities.push(ch.absolute, ...(previous.realisatie ? [previous.realisatie] : []));
    if (ch.points) quantities.push(ch.points);
  } else if (ch.unitMismatch) {
    changeText = `niet te vergelijken (${ch.unitMismatch.units[0]} en ${ch.unitMismatch.units[1]})`;
  } else if (ch.points) {
    changeText = signedText(ch.points);
    quantities.push(ch.points);
  } else {
    changeText = `geen cijfers over ${year - 1}`;
  }

  let goal = 'onbekend';
  if (met === true) {
    goal = g?.kind === 'above' && g.surplus.value > 0 ? `ja, ${valueText(g.surplus)} boven het doel` : 'ja';
    if (g?.kind === 'above' && g.surplus.value > 0) quantities.push(g.surplus);
  } else if (met === false) {
    goal = g?.kind === 'short' ? `nee, nog ${valueText(g.gap)} te gaan` : 'nee';
    if (g?.kind === 'short') quantities.push(g.gap);
  }

  return {
    id,
    name: kit.name(id),
    subject: kit.subject(id),
    shortName: kit.shortName(id),
    row,
    ...(pct ? { percentage: pct } : {}),
    ...(met !== undefined ? { met } : {}),
    cells: {
      doel: row.doel ? valueText(row.doel) : 'onbekend',
      realisatie: row.realisatie ? valueText(row.realisatie) : 'onbekend',
      percentage: pct ? `${valueText(pct)}${pct.how ? ' (berekend)' : ''}` : 'onbekend',
      change: changeText,
      goal,
    },
    quantities,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function summaryOf(lines: SectorLine[], year: number): string {
  if (lines.length === 1) {
    const [l] = lines as [SectorLine];
    if (l.met === true) return `${capital(l.subject)} haalde in ${year} het doel: ${rowPhrase(l.row)}.`;
    if (l.met === false) return `${capital(l.subject)} haalde in ${year} het doel niet: ${rowPhrase(l.row)}.`;
    return `${l.name} in ${year}: ${rowPhrase(l.row)}.`;
  }
  const known = lines.filter((l) => l.met !== undefined);
  const reached = known.filter((l) => l.met);
  const n = formatNumber(reached.length, 0);
  const of = formatNumber(known.length, 0);
  if (!known.length) return `Voor ${year} is niet bekend welke sectoren hun doel haalden.`;
  let sentence: string;
  if (reached.length === known.length) sentence = `In ${year} haalden alle ${of} sectoren hun doel.`;
  else if (reached.length === 0) sentence = `In ${year} haalde geen van de ${of} sectoren het doel.`;
  else if (reached.length === 1)
    sentence = `In ${year} haalde 1 van de ${of} sectoren het doel: ${reached[0]!.subject}.`;
  else
    sentence = `In ${year} haalden ${n} van de ${of} sectoren hun doel${reached.length <= 5 ? `: ${formatList(reached.map((l) => l.subject))}` : ''}.`;
  return sentence;
}

function titleOf(kit: AnswerKit, sectors: EntityId[], all: boolean, year: number): string {
  if (all) return `Banenafspraak ${year}: stand per sector`;
  if (sectors.length <= 3) return `Banenafspraak ${year}: ${formatList(sectors.map((s) => kit.name(s)))}`;
  return `Banenafspraak ${year}: ${formatNumber(sectors.length, 0)} sectoren`;
}

function chartOf(lines: SectorLine[], year: number): ChartView | undefined {
  const withPct = lines.filter((l) => l.percentage);
  if (withPct.length < 2) return undefined;
  return {
    kind: 'horizontalBar',
    title: `Realisatiepercentage per sector, ${year}`,
    unit: '%',
    series: [
      {
        name: 'Realisatiepercentage',
        points: withPct.map((l) => ({ x: l.shortName, y: l.percentage!.value, label: valueText(l.percentage!) })),
      },
    ],
    textEquivalent: `Realisatiepercentage ${year} (100% is het doel): ${withPct.map((l) => `${l.shortName} ${valueText(l.percentage!)}`).join(', ')}.`,
  };
}

function followUpsOf(sectors: EntityId[], all: boolean, year: number, kit: AnswerKit): FollowUp[] {
  if (sectors.length === 1) {
    const sector = sectors[0]!;
    return [
      { title: `Meer over ${kit.shortName(sector)}`, query: { intent: 'lookup', sector, year, metric: 'alles' } },
      { title: 'Ontwikkeling door de jaren', query: { intent: 'trend', sector } },
    ];
  }
  if (!all && sectors.length <= 5) {
    return [
      { title: 'Vergelijk deze sectoren', query: { intent: 'compare', sectors: [...sectors], years: [year] } },
      ...sectors.slice(0, 3).map((sector) => ({
        title: `Meer over ${kit.shortName(sector)}`,
        query: { intent: 'lookup' as const, sector, year, metric: 'alles' as const },
      })),
    ];
  }
  return [
    {
      title: 'Welke sector scoort het best?',
      query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year },
    },
    {
      title: 'Welke sectoren haalden het doel niet?',
      query: { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', year },
    },
  ];
}

export function buildDigest(kit: AnswerKit, req: DigestRequest): Digest {
  const all = req.sectors.length === 0;
  const sectors = (all ? kit.members('sectoren').map((s) => s.id) : [...new Set(req.sectors)]).sort(
    (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
  );
  const lines: SectorLine[] = [];
  const missing: EntityId[] = [];
  for (const id of sectors) {
    const line = sectorLine(kit, id, req.year);
    if (line) lines.push(line);
    else missing.push(id);
  }
  const quantities = lines.flatMap((l) => l.quantities);
  const year = req.year;
  const summary = lines.length
    ? summaryOf(lines, year)
    : `Over ${year} zijn nog geen cijfers bekend voor ${formatList(sectors.map((s) => kit.name(s)))}.`;
  const caveats = [
    ...(missing.length && lines.length
      ? [`Over ${year} zijn (nog) geen cijfers bekend voor ${formatList(missing.map((s) => kit.name(s)))}.`]
      : []),
    ...dataCaveats(kit, quantities),
  ];
  const source = sourceLine(
    kit,
    quantities.flatMap((q) => q.sources),
  );
  const sourceText = `${source ? `${source} · ` : ''}datasetversie ${kit.dataset.meta.version}`;
  const message = req.message?.trim();
  const title = titleOf(kit, sectors, all, year);
  const chart = chartOf(lines, year);

  const view: CardView = {
    kind: 'digest',
    title,
    summary,
    ...(message ? { paragraphs: [message] } : {}),
    ...(lines.length === 1
      ? {
          facts: [
            { label: 'Doel', value: lines[0]!.cells.doel },
            { label: 'Realisatie', value: lines[0]!.cells.realisatie },
            { label: 'Percentage', value: lines[0]!.cells.percentage },
            { label: `Verschil met ${year - 1}`, value: lines[0]!.cells.change },
            { label: 'Doel gehaald', value: capital(lines[0]!.cells.goal) },
          ],
        }
      : {}),
    ...(lines.length > 1
      ? {
          table: {
            caption: `Per sector, ${year}`,
            columns: ['Sector', 'Doel', 'Realisatie', 'Percentage', `Verschil met ${year - 1}`, 'Doel gehaald'],
            rows: lines.map((l) => [
              l.shortName,
              l.cells.doel,
              l.cells.realisatie,
              l.cells.percentage,
              l.cells.change,
              capital(l.cells.goal),
            ]),
            headerColumn: 0,
          },
        }
      : {}),
    ...(chart ? { chart } : {}),
    ...(caveats.length ? { caveats } : {}),
    source: sourceText,
    ...(req.followUps !== false && lines.length ? { actions: followUpsOf(sectors, all, year, kit) } : {}),
    // Where the bot listens, a card opened after a correction of the figures shows the corrected digest.
    ...(req.followUps !== false
      ? {
          refresh: {
            verb: REFRESH_DIGEST_VERB,
            data: digestRefreshData({ year, sectors: all ? [] : sectors, ...(message ? { message } : {}) }),
          },
        }
      : {}),
  };

  const perSector = lines.map(
    (l) =>
      `${l.name}: ${rowPhrase(l.row)}; verschil met ${year - 1}: ${l.cells.change}; doel gehaald: ${l.cells.goal}.`,
  );
  const text = [...(message ? [message] : []), summary, ...perSector, ...caveats, sourceText].join('\n');
  const speak = `${title}. ${summary}`;
  const seen = new Set<string>();
  const facts = quantities.map(factOf).filter((f) => {
    const k = `${f.sector}|${f.year}|${f.metric}|${f.value}|${f.computed ?? ''}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { year, sectors, title, text, speak, facts, view, card: buildCard(view, speak) };
}
