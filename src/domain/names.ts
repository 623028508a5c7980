// How each entity is named, derived ONCE from the dataset's sectors: the display name
// ("Primair onderwijs"), the name inside a sentence with its article ("het primair onderwijs"),
// the short name for tables, charts and buttons ("po"), the short name explained on first use
// ("po (primair onderwijs)") and a narrow-screen form for table cells and chart labels (a long
// one-word name gets a soft hyphen at its compound boundary, so a phone breaks it as
// "Onderzoeks-/instellingen", never mid-syllable). Short names must stay distinct: nameTable throws
// when two entities share one (tested).
import type { EntityId, Sector } from './model.js';

export interface EntityNames {
  /** "Politie", "Primair onderwijs", "Universitaire medische centra (umc’s)", "Financiën". */
  name: string;
  /** Inside a sentence, without article: "politie", "Rijk", "Defensie", "primair onderwijs". */
  inSentence: string;
  /** Inside a sentence, with its article: "de politie", "het Rijk", "Defensie", "het primair onderwijs". */
  subject: string;
  /** Tables, charts, buttons: "Politie", "po", "umc’s", "BZK". */
  short: string;
  /** The short name with what it stands for, where the full name is not next to it: "po (primair onderwijs)". */
  explained: string;
  /** Narrow table cells and chart labels: `short`, with a soft hyphen (U+00AD) in a long compound. */
  narrow: string;
}

/** Articles of the sector names (ministries and Defensie go without, as in the letters). */
const ARTICLE: Partial<Record<EntityId, 'de' | 'het'>> = {
  rijk: 'het',
  gemeenten: 'de',
  provincies: 'de',
  waterschappen: 'de',
  politie: 'de',
  umc: 'de',
  po: 'het',
  vo: 'het',
  mbo: 'het',
  hbo: 'het',
  wo: 'het',
  onderzoeksinstellingen: 'de',
};

/** Compound boundaries of words too long for a narrow cell (the part before the soft hyphen). */
const COMPOUND_HEADS = ['Onderzoeks', 'Realisatie', 'Onderwijs'];

/** Longest name that fits a narrow cell unbroken (about 13 bold characters in a third of 360 px). */
export const NARROW_NAME_CHARS = 13;

const SOFT_HYPHEN = '\u00ad';

/** A word longer than NARROW_NAME_CHARS. */
const LONG_WORD = new RegExp(`\\p{L}{${NARROW_NAME_CHARS + 1}}`, 'u');

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The names of one entity. */
export function namesOf(sector: Sector): EntityNames {
  const { name, shortName: short } = sector;
  const article = ARTICLE[sector.id];
  // Rijk and Defensie keep their capital (organisations); other sector names are common nouns.
  const proper = sector.kind !== 'sector' || sector.id === 'rijk' || sector.id === 'defensie';
  const inSentence = proper ? name : lowerFirst(name);
  const subject = article ? `${article} ${inSentence}` : inSentence;
  // "Universitaire medische centra (umc’s)" already says what umc’s stands for.
  const spelledOut = name.replace(` (${short})`, '');
  const abbreviation = short !== name && !name.startsWith(short);
  const explained = abbreviation ? `${short} (${proper ? spelledOut : lowerFirst(spelledOut)})` : short;
  return { name, inSentence, subject, short, explained, narrow: hyphenate(short) };
}

/** Every entity's names, built once; throws when two entities would share a short name. */
export function nameTable(sectors: readonly Sector[]): ReadonlyMap<EntityId, EntityNames> {
  const table = new Map<EntityId, EntityNames>();
  const byShort = new Map<string, EntityId>();
  for (const s of sectors) {
    const names = namesOf(s);
    const key = names.short.toLowerCase();
    const other = byShort.get(key);
    if (other !== undefined) throw new Error(`Korte naam "${names.short}" hoort bij ${other} en ${s.id}`);
    byShort.set(key, s.id);
    table.set(s.id, names);
  }
  return table;
}

/**
 * A soft hyphen after a known compound head in every word longer than NARROW_NAME_CHARS
 * ("Realisatie\u00adpercentage"): a narrow cell may break it there, with a hyphen, and nowhere else.
 */
export function hyphenate(text: string): string {
  // Most texts (numbers, short names) have no word that long: nothing to look at.
  if (text.length <= NARROW_NAME_CHARS || !LONG_WORD.test(text)) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    if (word.length <= NARROW_NAME_CHARS || word.includes(SOFT_HYPHEN)) return word;
    const head = COMPOUND_HEADS.find(
      (h) => word.toLowerCase().startsWith(h.toLowerCase()) && word.length > h.length + 2,
    );
    return head ? `${word.slice(0, head.length)}${SOFT_HYPHEN}${word.slice(head.length)}` : word;
  });
}

/** Text without the soft hyphens of `narrow` names (for comparisons and plain text). */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
