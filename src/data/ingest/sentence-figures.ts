// Figures stated in running text, one sentence at a time. Each number is read with its unit
// ("fta", "banen", "%", "fte"), its qualifier ("circa", "+/-", "ongeveer", "ruim"), its year
// (from "in 2024", "(in 2023 was dit 24%)", "2022 (62,4%)", "toen", "vorig jaar", the one year
// the sentence names, or the section's year) and its metric from the words around it (Dutch
// patterns of the progress letters: "doelstelling van N banen", "N fta aan banen gerealiseerd",
// "via SROI", "van N in 2023 naar M in 2024", "bij N% om een vaste aanstelling", "Van de N
// mbo-scholen …"). Nothing here knows a figure's value: a letter with other numbers reads the same.
import { MONTH_NAMES } from '../../domain/format.js';
import type { EntityId, Unit } from '../../domain/model.js';
import { NUMBER_SOURCE, NUMBER_WORDS, parseCount, parseDutchNumber, QUALIFIER_RE } from './numbers.js';
import type { SectorNames } from './sector-names.js';
import type { Sentence } from './sentences.js';
import type { Candidate, NationalFinding } from './types.js';

export interface SentenceContext {
  sector?: EntityId;
  /** Year of the section ("Cijfermatige realisatie 2023"), else the letter's year. */
  year: number;
  section: string;
  names: SectorNames;
  /** Whether the previous sentence spoke of inkoop/SROI ("In dat geval …" continues it). */
  previousInkoop: boolean;
  /** The unit of the section's table (fta or banen), for counts printed as "dienstverbanden". */
  unit?: Unit;
}

interface Token {
  start: number;
  end: number;
  text: string;
  value: number;
  unit?: Unit;
  approximate: boolean;
  year?: number;
}

const MONTHS = MONTH_NAMES.join('|');
const UNIT_AFTER =
  /^\s*(%|procent\b|fta\b|fte\b|banen\b|participatiebanen\b|extra banen\b|arbeidsplaatsen\b|personen\b)/i;
const YEAR_AFTER = new RegExp(
  String.raw`^\s*(?:%|procent|fta|fte|banen|participatiebanen|extra banen)?\s*\)?\s*(?:in|eind)\s+(?:(?:${MONTHS})\s+)?((?:19|20)\d\d)\b`,
  'i',
);
const BASE_YEAR_BEFORE =
  /(?:t\.o\.v\.|t\.0\.v\.|ten opzichte van|vergeleken met|vergelijking met|dan in|dan dat van|sinds|vanaf|naar|periode|tot en met|tot)\s*(?:het \p{L}+ (?:in|van) )?$/iu;
const INKOOP = /\b(inkoop|SROI\p{L}*|Social Return|meegerekend|meegeteld)\b/iu;
const PARTIAL_SUBJECT = /^(?:Eén|Een enkele?|Enkele|Sommige)\b|hoogst scorende|middelgrote|kleinere hogescholen/iu;

const ORG_NOUN = String.raw`(organisaties|provincies|provinciën|umc[’']?s|hbo-instellingen|wo-instellingen|mbo-?\s?scholen|mbo-instellingen|hogescholen|universiteiten|schoolorganisaties|schoolbesturen|besturen|scholen|gemeenten|waterschappen|werkgevers|onderzoeksinstellingen|instellingen)`;
const COUNT_WORD = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

function unitOf(text: string): Unit | undefined {
  const u = text.toLowerCase();
  if (u === '%' || u === 'procent') return '%';
  if (u === 'fta') return 'fta';
  if (u === 'fte') return 'fte';
  if (u === 'personen') return 'personen';
  return 'banen';
}

function tokensOf(c: string): { values: Token[]; years: { start: number; end: number; year: number }[] } {
  const values: Token[] = [];
  const years: { start: number; end: number; year: number }[] = [];
  for (const m of c.matchAll(new RegExp(NUMBER_SOURCE, 'gu'))) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = c.slice(end);
    const before = c.slice(0, start);
    const unitMatch = after.match(UNIT_AFTER);
    const unitBefore = unitMatch
      ? undefined
      : (before.match(/\b(fta|banen)\s*$/)?.[1] ?? after.match(/^\s*(?:minder|meer)\s+(fta|banen)\b/)?.[1]);
    const n = parseDutchNumber(m[0]);
    if (n === undefined) continue;
    if (!unitMatch && /^(19|20)\d\d$/.test(m[0])) {
      if (!/-\s*$/.test(before) && !/^\s*-\s*\d/.test(after) && !/^\/\d/.test(after))
        years.push({ start, end, year: n });
      continue;
    }
    if (new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i').test(after)) continue; // "31 december 2023"
    if (/(?:nr\.|Kamerstuk\p{L}*|\d{2} \d{3},?)\s*$/u.test(before) || /^\s*\d{3}\b/.test(after)) continue;
    values.push({
      start,
      end: end + (unitMatch ? unitMatch[0].length : 0),
      text: m[0],
      value: n,
      ...(unitMatch
        ? { unit: unitOf(unitMatch[1]!.replace(/^(participatie|extra )/i, '')) }
        : unitBefore
          ? { unit: unitOf(unitBefore) }
          : {}),
      approximate: QUALIFIER_RE.test(before),
    });
  }
  return { values, years };
}

/** The years of a sentence that can be its subject (not a comparison base like "t.o.v. 2023"). */
function subjectYears(c: string, years: { start: number; year: number }[], bound: Set<number>): typeof years {
  return years.filter((y) => !bound.has(y.start) && !BASE_YEAR_BEFORE.test(c.slice(0, y.start)));
}

function bindYears(
  c: string,
  tokens: Token[],
  years: { start: number; end: number; year: number }[],
  fallback: number,
) {
  const bound = new Set<number>();
  // "de jaren 2019, 2020 en 2021 achtereenvolgens … 297, 413 en 663 banen"
  const list = c.match(/jaren\s+((?:(?:19|20)\d\d(?:,\s*|\s+en\s+))+(?:19|20)\d\d)/);
  const seq = c.indexOf('achtereenvolgens');
  if (list && seq >= 0) {
    const ys = list[1]!.match(/\d{4}/g)!.map(Number);
    const after = tokens.filter((t) => t.start > seq);
    if (after.length === ys.length) {
      after.forEach((t, i) => (t.year = ys[i]));
      for (const y of years) bound.add(y.start);
    }
  }
  for (const t of tokens) {
    if (t.year) continue;
    const after = c.slice(t.start + t.text.length);
    const before = c.slice(0, t.start);
    const a = after.match(YEAR_AFTER);
    const b = before.match(/in ((?:19|20)\d\d) was dit\s*$/);
    const p = before.match(/((?:19|20)\d\d)\s*\(\s*[^()]{0,40}$/);
    if (a) {
      t.year = Number(a[1]);
      const at = t.start + t.text.length + a[0].length - 4;
      bound.add(at);
    } else if (b) {
      t.year = Number(b[1]);
      bound.add(before.lastIndexOf(b[1]!));
    } else if (p) {
      t.year = Number(p[1]);
      bound.add(before.lastIndexOf(p[1]!));
    }
  }
  const free = subjectYears(c, years, bound);
  const base = c.match(/(?:vergelijking met|vergeleken met|t\.o\.v\.|ten opzichte van)\s+((?:19|20)\d\d)/);
  for (const t of tokens) {
    if (t.year) continue;
    const before = c.slice(0, t.start);
    if (/\btoen\b[^.]*$/.test(before) && base) {
      t.year = Number(base[1]);
      continue;
    }
    const preceding = free.filter((y) => y.start < t.start);
    const own = preceding.length ? preceding.at(-1)!.year : fallback;
    t.year = /(?:vorig(?:e)? jaar|het jaar ervoor)[^,;]{0,25}$/.test(before) ? own - 1 : own;
  }
}

/** Text between the previous number (or clause boundary) and this one. */
function clauseBefore(c: string, tokens: Token[], i: number): string {
  const t = tokens[i]!;
  const prevEnd = i > 0 ? tokens[i - 1]!.end : 0;
  const head = c.slice(prevEnd, t.start);
  const cut = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    ...[...head.matchAll(/\s(?:en|maar|waarvan|waarmee|terwijl|dus)\s/g)].map((m) => m.index!),
  );
  return cut >= 0 ? head.slice(cut + 1) : head;
}

const VAN_NAAR_AFTER = /^\s*(?:%|fta|banen)?\s*(?:in\s+(?:19|20)\d\d\s*)?naar\s/;

function percentMetric(c: string, tokens: Token[], i: number, inkoop: boolean, prev?: string): string | undefined {
  const t = tokens[i]!;
  const after = c.slice(t.start + t.text.length);
  const before = clauseBefore(c, tokens, i);
  if (/(?:minder dan|meer dan|onder de|boven de)\s*$/.test(before)) return undefined;
  const share = after.match(/^\s*%[^,;%]{0,60}?\b(?:om|uit)\s+(?:een\s+)?(vaste|tijdelijke|inhuur)/);
  if (share) {
    if (share[1] === 'vaste') return 'aandeel_vast';
    if (share[1] === 'tijdelijke') return 'aandeel_tijdelijk';
    return /^[^,;]*inhuur en inkoop/.test(after) ? 'aandeel_inhuur_en_inkoop' : 'aandeel_inhuur';
  }
  if (/ondersteunende functies/.test(c) && /\bzou(?:den)?\b/.test(c)) return 'percentage_ondersteunend';
  if (/quotumpercentage/i.test(before)) return 'quotumpercentage';
  if (/^\s*%\s*van het personeel/.test(after)) return 'aandeel_personeel_gerapporteerd';
  if (/(?:schoolorganisaties|besturen)\b[^.]*\bacties\b/.test(c)) return 'aandeel_organisaties_met_acties';
  if (/schoolorganisaties\b[^.]*\bwerknemers\b/.test(c)) return 'aandeel_organisaties_met_werknemers';
  if (/(?:toename|stijging) van\s*$/.test(before))
    return /percentage/.test(before) ? undefined : 'stijging_procent_gemeld';
  if (/percentage\b[^%]*\bmet\s*$/.test(before) && /^\s*%\s*gedaald/.test(after)) return 'daling_procentpunt_gemeld';
  const isRealisation =
    /(?:realisatie)?percentage|realisatie|van het (?:gestelde |totale )?doel|van de doelstelling|van het quotum/i.test(
      c.replace(/quotumpercentage/gi, ''),
    );
  if (isRealisation) return inkoop ? 'percentage_incl_inkoop' : 'percentage';
  return prev;
}

function countMetric(c: string, tokens: Token[], i: number, inkoop: boolean): string | undefined {
  const t = tokens[i]!;
  const after = c.slice(t.start + t.text.length);
  const before = clauseBefore(c, tokens, i);
  if (/^\s*(?:fta|banen)?\s*(?:met een |om een )?vast(?:e)? (?:dienstverband|aanstelling)/.test(after))
    return 'realisatie_vast';
  if (/^\s*(?:fta|banen)?\s*(?:met een |om een )?tijdelijke? (?:dienstverband|aanstelling)/.test(after))
    return 'realisatie_tijdelijk';
  if (/^\s*(?:fta|banen)?\s*via inhuur/.test(after)) return 'realisatie_inhuur';
  if (/^\s*detacheringen\b/.test(after)) return 'detacheringen';
  if (/^\s*contractpartners\b/.test(after)) return 'sroi_contractpartners';
  if (/^\s*(?:fta|banen)?\s*via (?:SRO|inkoop|Social Return)/i.test(after)) return 'inkoop';
  if (
    /^\s*(?:fta|banen)?\s*(?:aan banen\s+)?(?:zijn\s+)?(?:gerealiseerd\s+)?in (?:de )?eigen (?:dienst|organisatie)/.test(
      after,
    )
  )
    return 'realisatie';
  if (/^\s*(?:fta|banen)\s+meer\b/.test(after)) return 'stijging_gemeld';
  if (/^\s*(?:fta|banen)?\s*minder\b/.test(after)) return 'daling_gemeld';
  if (!t.unit) return undefined;
  if (/^\s*(?:fta|banen|extra banen)?\s*per (?:jaar|umc)\b/.test(after)) return undefined;
  if (t.unit === 'fte') return /medewerkers|personeel/.test(before) ? 'personeelsomvang' : undefined;
  if (t.unit !== 'fta' && t.unit !== 'banen') return undefined;
  if (/(?:stijging|toename|groei|stijgende lijn)(?: zien)? van\s*$/.test(before)) return 'stijging_gemeld';
  if (/(?:daling|afname|vermindering|dalende lijn)(?: te zien is| zien)? (?:van|met)\s*$/.test(before))
    return 'daling_gemeld';
  if (/(?:via|door middel van) (?:SROI|inkoop|Social Return)\b[^,;]{0,60}$/i.test(before)) return 'inkoop';
  if (inkoop && /(?:totale realisatie|totaal van|in totaal)\b[^,;]{0,30}$/.test(before))
    return 'realisatie_incl_inkoop';
  if (/\b(?:doel(?:stelling)?|quotum|taakstelling)\b[^,;]{0,50}$/i.test(before)) return 'doel';
  if (/^\s*(?:fta|banen)\s+(?:zouden\s+)?moeten\b/.test(after)) return 'doel';
  if (
    /(?:realisatie van|gerealiseerde (?:banen|fta)(?: nu)?|in totaal|totaal aantal van|gecre[eéë]+erde banen)\b[^,;]{0,40}$/.test(
      before,
    )
  )
    return 'realisatie';
  const subjectVerb =
    /\b(?:realisatie|aantal (?:gerealiseerde )?banen)\s+(?:\p{L}+\s+){0,2}?(?:bedraagt|bedroeg|is|was|komt(?: uit)? op|kwam(?: uit)? op|(?:is |was )?(?:gestegen|gedaald|toegenomen|afgenomen|gegroeid) (?:naar|tot))\s*$/u;
  if (subjectVerb.test(before)) return 'realisatie';
  if (
    /^\s*(?:fta|banen|participatiebanen|extra banen)\s+(?:aan (?:reguliere )?banen\s+)?(?:\p{L}+\s+){0,2}?(?:gerealiseerd|gecre[eéë]+erd|ingevuld|waren)\b/u.test(
      after,
    )
  )
    return inkoop && /\b(?:via|door) (?:SROI|inkoop)/i.test(before) ? 'inkoop' : 'realisatie';
  return undefined;
}

/** "Op 1 februari 2023 … een totaal aantal van 426 dienstverbanden": a count on a date other than the year's end. */
function peildatum(c: string, t: Token): { year: number; period: string } | undefined {
  const after = c.slice(t.start + t.text.length);
  if (!/^\s*(?:dienstverbanden|banen|fta|medewerkers)\b/.test(after)) return undefined;
  if (!/(?:totaal )?aantal van\s*$|\bwaren er\s*$|\bwas er\s*$/.test(c.slice(0, t.start))) return undefined;
  const d = c.slice(0, t.start).match(new RegExp(`\\bOp (\\d{1,2}) (${MONTHS}) ((?:19|20)\\d\\d)\\b`, 'i'));
  if (!d) return undefined;
  const month = MONTH_NAMES.indexOf(d[2]!.toLowerCase()) + 1;
  if (month === 12 && Number(d[1]) === 31) return undefined;
  const year = Number(d[3]);
  return { year, period: `${year}Q${Math.ceil(month / 3)}` };
}

/** The metric of a "van A naar B" pair, from the words of the sentence. */
function vanNaarMetric(c: string, unit: Unit | undefined, inkoop: boolean): string | undefined {
  if (unit === '%') {
    if (/(?:schoolorganisaties|besturen)\b[^.]*\bacties\b/.test(c)) return 'aandeel_organisaties_met_acties';
    if (/schoolorganisaties\b[^.]*\bwerknemers\b/.test(c)) return 'aandeel_organisaties_met_werknemers';
    if (/percentage/.test(c)) return inkoop ? 'percentage_incl_inkoop' : 'percentage';
    return undefined;
  }
  if (inkoop) return 'inkoop';
  return /gegroeid|gestegen|gedaald|toegenomen|afgenomen|gelijk gebleven|stijging|daling/.test(c)
    ? 'realisatie'
    : undefined;
}

/** Counts of organisations: "Van de 35 organisaties hebben 33 data aangeleverd", "7 van de 8 umc’s". */
function organisationCounts(c: string): { metric: string; value: number; noun: string; index: number }[] {
  const out: { metric: string; value: number; noun: string; index: number }[] = [];
  const reported = /gegevens|data|betreft|gebaseerd|aangeleverd/;
  for (const m of c.matchAll(new RegExp(String.raw`\b${COUNT_WORD} van de ${COUNT_WORD} ${ORG_NOUN}`, 'giu'))) {
    const part = parseCount(m[1]!);
    const total = parseCount(m[2]!);
    if (total !== undefined) out.push({ metric: 'organisaties_totaal', value: total, noun: m[3]!, index: m.index! });
    if (part !== undefined && reported.test(c))
      out.push({ metric: 'organisaties_gerapporteerd', value: part, noun: m[3]!, index: m.index! });
  }
  for (const m of c.matchAll(
    new RegExp(
      String.raw`\bVan de ${COUNT_WORD} ${ORG_NOUN} (?:hebben|zijn) (?:er )?${COUNT_WORD}\b([^.]{0,80})`,
      'giu',
    ),
  )) {
    const total = parseCount(m[1]!);
    const part = parseCount(m[3]!);
    const rest = m[4]!;
    if (total !== undefined) out.push({ metric: 'organisaties_totaal', value: total, noun: m[2]!, index: m.index! });
    if (part === undefined) continue;
    const metric = /jaarverslag/.test(rest)
      ? 'organisaties_jaarverslag'
      : /geen banen|geen gegevens|niet bekend/.test(rest)
        ? 'organisaties_zonder_gegevens'
        : /data|gegevens/.test(rest)
          ? 'organisaties_gerapporteerd'
          : undefined;
    if (metric) out.push({ metric, value: part, noun: m[2]!, index: m.index! });
  }
  for (const m of c.matchAll(new RegExp(String.raw`\bVan ${COUNT_WORD} ${ORG_NOUN} zijn geen gegevens`, 'giu'))) {
    const v = parseCount(m[1]!);
    if (v !== undefined) out.push({ metric: 'organisaties_zonder_gegevens', value: v, noun: m[2]!, index: m.index! });
  }
  for (const m of c.matchAll(new RegExp(String.raw`\b(?:de|alle|Bij de) ${COUNT_WORD} ${ORG_NOUN}`, 'giu'))) {
    const v = parseCount(m[1]!);
    if (v === undefined || /van\s*$/.test(c.slice(0, m.index!))) continue;
    const rest = c.slice(m.index! + m[0].length);
    if (/^\s*(?:waar|die) minder dan\b/.test(rest))
      out.push({ metric: 'organisaties_onder_half_doel', value: v, noun: m[2]!, index: m.index! });
    else out.push({ metric: 'organisaties_totaal', value: v, noun: m[2]!, index: m.index! });
  }
  return out;
}

/** Shorten a long sentence to the part around a number, keeping it a verbatim piece of the text. */
function quoteAround(raw: string, number: string): string {
  if (raw.length <= 260) return raw;
  const i = raw.indexOf(number);
  if (i < 0) return raw;
  let from = Math.max(0, i - 120);
  let to = Math.min(raw.length, i + number.length + 120);
  while (from > 0 && raw[from - 1] !== ' ') from--;
  while (to < raw.length && raw[to] !== ' ') to++;
  return raw.slice(from, to).trim();
}

export interface SentenceReading {
  candidates: Candidate[];
  national: NationalFinding[];
  inkoop: boolean;
}

/** The figures one sentence states. */
export function figuresInSentence(s: Sentence, ctx: SentenceContext): SentenceReading {
  const c = s.clean;
  const inkoop = INKOOP.test(c) || (ctx.previousInkoop && /^(?:In dat geval|Daarmee|Dan)\b/.test(c));
  const out: SentenceReading = { candidates: [], national: [], inkoop };
  if (PARTIAL_SUBJECT.test(c)) return out;
  const { values, years } = tokensOf(c);
  bindYears(c, values, years, ctx.year);
  const sentenceUnit = values.find((t) => t.unit === 'fta' || t.unit === 'banen')?.unit;
  // Unit-less numbers in a list take the list's unit ("297, 413 en 663 banen").
  for (let i = values.length - 2; i >= 0; i--) {
    const t = values[i]!;
    const next = values[i + 1]!;
    if (!t.unit && next.unit && /^\s*(?:,|en)\s*$/.test(c.slice(t.end, next.start))) t.unit = next.unit;
  }

  // In a national part, a sentence about exactly one sector ("het primair onderwijs slechts 22%") is about
  // that sector; one naming several ("het Rijk … de politie") is left out, as it is not about the country.
  const named = ctx.sector ? [] : ctx.names.mentioned(c).filter((id) => ctx.names.isSector(id));
  if (!ctx.sector && named.length > 1) return out;
  if (!ctx.sector && named.length === 1) return figuresInSentence(s, { ...ctx, sector: named[0]! });
  if (!ctx.sector) {
    if (ctx.names.mentioned(c).length) return out;
    for (const t of values) {
      const before = c.slice(0, t.start);
      const unit = t.unit ?? (/personen[^,;]{0,40}$/.test(before) ? 'personen' : undefined);
      if (!unit || unit === 'fte') continue;
      out.national.push({
        value: t.value,
        unit,
        ...(t.year ? { year: t.year } : {}),
        section: ctx.section,
        quote: quoteAround(s.raw, t.text),
      });
    }
    return out;
  }

  const orgs = organisationCounts(c);
  const orgSector = orgs.map((o) => ctx.names.exact(o.noun.replace(/\s+/g, ''))).find((x) => x && x !== ctx.sector);
  const sector = orgSector ?? ctx.sector;
  const push = (metric: string, t: { value: number; text: string; approximate?: boolean }, unit: Unit, year: number) =>
    out.candidates.push({
      sector,
      year,
      metric,
      value: t.value,
      unit,
      ...(t.approximate ? { approximate: true } : {}),
      section: ctx.section,
      quote: quoteAround(s.raw, t.text),
      origin: 'tekst',
    });

  let prevPercent: string | undefined;
  let lastCount: string | undefined;
  values.forEach((t, i) => {
    const after = c.slice(t.start + t.text.length);
    const before = clauseBefore(c, values, i);
    // "van A (in 2023) naar B (in 2024)"
    const isVan = /\bvan\s*$/.test(before) && VAN_NAAR_AFTER.test(after);
    const isNaar =
      i > 0 &&
      /\bnaar\s*$/.test(c.slice(values[i - 1]!.start, t.start)) &&
      /\bvan\s*$/.test(clauseBefore(c, values, i - 1));
    const unit = t.unit ?? values[i + 1]?.unit;
    if (isVan || isNaar) {
      const metric = vanNaarMetric(c, unit, inkoop);
      if (!metric || !unit) return;
      const explicit = after.match(YEAR_AFTER);
      let year = t.year!;
      if (!explicit) {
        const pairYear = isVan ? values[i + 1]?.year : t.year;
        const hasPairYear = isVan
          ? !!values[i + 1] && YEAR_AFTER.test(c.slice(values[i + 1]!.start + values[i + 1]!.text.length))
          : false;
        year = isVan ? (hasPairYear ? pairYear! - 1 : t.year! - 1) : t.year!;
      }
      push(metric, t, unit, year);
      if (unit === '%') prevPercent = metric;
      return;
    }
    if (t.unit === '%') {
      const metric = percentMetric(c, values, i, inkoop, prevPercent);
      if (metric) {
        prevPercent = metric;
        push(metric, t, '%', t.year!);
      }
      return;
    }
    const listed =
      i > 0 && /^\s*(?:,|en)\s*$/.test(c.slice(values[i - 1]!.start + values[i - 1]!.text.length, t.start));
    const peil = peildatum(c, t);
    if (peil) {
      out.candidates.push({
        sector,
        year: peil.year,
        period: peil.period,
        metric: 'realisatie_peildatum',
        value: t.value,
        unit: ctx.unit ?? 'banen',
        section: ctx.section,
        quote: quoteAround(s.raw, t.text),
        origin: 'tekst',
      });
      return;
    }
    const metric = countMetric(c, values, i, inkoop) ?? (listed ? lastCount : undefined);
    if (!metric) return;
    lastCount = metric;
    const countUnit: Unit | undefined =
      metric === 'detacheringen' || metric === 'sroi_contractpartners'
        ? 'aantal'
        : (t.unit ?? (/\b(fta|banen)\s*$/.exec(before)?.[1] as Unit | undefined) ?? sentenceUnit);
    if (!countUnit) return;
    push(metric, t, countUnit, t.year!);
  });

  for (const o of orgs) {
    const word = Object.entries(NUMBER_WORDS).find(([, v]) => v === o.value)?.[0];
    const yearTok = ctx.year;
    const text = new RegExp(`\\b${o.value}\\b`).test(s.raw) ? String(o.value) : (word ?? String(o.value));
    push(o.metric, { value: o.value, text }, 'aantal', yearTok);
  }
  return out;
}
