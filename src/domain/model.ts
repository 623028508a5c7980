// The banenafspraak domain: what a sector, a figure, a source and a conflict are.
// Plain types only. src/data/schema.ts validates the JSON in data/ against these
// (each zod schema `satisfies z.ZodType<T>` one of them), so they cannot drift apart.

import type { NoteTopic } from './enums.js';

/** Canonical sector ids, used everywhere: answers, card actions, subscriptions, export. */
export const SECTOR_IDS = [
  'rijk',
  'defensie',
  'gemeenten',
  'provincies',
  'waterschappen',
  'politie',
  'umc',
  'po',
  'vo',
  'mbo',
  'hbo',
  'wo',
  'onderzoeksinstellingen',
] as const;

/** Rijk ministries (children of `rijk`), as in Bijlage 1 of Kamerstuk 34 352 nr. 348. */
export const MINISTRY_IDS = [
  'az',
  'bz',
  'bzk',
  'ezk',
  'fin',
  'ienw',
  'jenv',
  'lnv',
  'ocw',
  'szw',
  'vws',
  'hcvs',
  'rechtspraak',
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];
export type MinistryId = (typeof MINISTRY_IDS)[number];
/** Any entity figures can be reported for: a sector, a ministry, or binnenwerk. */
export type EntityId = SectorId | MinistryId | 'binnenwerk';
/** Every entity id, in the letters' order. */
export const ENTITY_IDS = [...SECTOR_IDS, ...MINISTRY_IDS, 'binnenwerk'] as const satisfies readonly EntityId[];

/** How the letters group the sectors. */
export type SectorGroup = 'overheid' | 'onderwijs';
export type SectorKind = 'sector' | 'ministerie' | 'onderdeel';

export interface Sector {
  id: EntityId;
  /** Dutch display name, e.g. "Universitaire medische centra (umc's)". */
  name: string;
  /** Short name for tables and buttons, e.g. "umc's". */
  shortName: string;
  group: SectorGroup;
  kind: SectorKind;
  /** For ministries and binnenwerk: 'rijk'. */
  parent?: SectorId;
  /** What people type: "basisonderwijs", "universiteiten", "JenV", "Financiën", … */
  aliases: string[];
}

/** Units as the letters use them. */
export type Unit = 'fta' | 'banen' | '%' | 'personen' | 'fte' | 'aantal';

export type SourceKind = 'kamerstuk' | 'kamerbrief' | 'verslag';

export interface Source {
  /** Stable id, e.g. "kst-34352-348". */
  id: string;
  /** File name in ../shared/sources/. */
  file: string;
  title: string;
  /** How answers cite it: "Kamerstuk 34 352 nr. 348". */
  citation: string;
  kamerstuk?: string;
  /**
   * The official publication, when its address is known: for a Kamerstuk the standard address on
   * zoek.officielebekendmakingen.nl (kst-<dossier>-<nr>.html); left out rather than guessed.
   */
  url?: string;
  /** ISO date or as precise as known: "2025-10", "2024-12-13". */
  date: string;
  kind: SourceKind;
  /** Which reporting years it covers. */
  years: number[];
}

/** Where a figure or note comes from. */
export interface SourceRef {
  source: string;
  /** Section heading in the document, e.g. "Politie — Cijfermatige realisatie". */
  section: string;
  /** A short verbatim fragment of the source where useful for checking. */
  quote?: string;
}

/** What a figure measures. Defined in data/metrics.json. */
export interface Metric {
  id: string;
  /** Dutch label: "realisatie", "doel", "realisatiepercentage", … */
  label: string;
  /** 'count' values carry fta/banen/etc; 'percentage' values carry '%'. */
  kind: 'count' | 'percentage';
  description: string;
}

export interface Figure {
  sector: EntityId;
  year: number;
  /** Finer period where the source gives one, e.g. "2024Q4" (Rijk per ministry). */
  period?: string;
  metric: string;
  /** As printed, with a dot decimal (68.4 for "68,4%"). */
  value: number;
  unit: Unit;
  /** True where the source says "+/-", "circa", "ongeveer" or "ruim". */
  approximate?: boolean;
  /** Set when the value was reconstructed rather than read: one-line reason. */
  derived?: string;
  ref: SourceRef;
  /** Other sources that print the same value. */
  alsoIn?: SourceRef[];
}

export type ConflictKind = 'percentage_mismatch' | 'source_disagreement' | 'definition_change';

/** A recorded disagreement: the printed value is kept, the conflict is told to the user. */
export interface Conflict {
  id: string;
  sector: EntityId;
  year: number;
  metric: string;
  kind: ConflictKind;
  /** The value kept in figures (as printed). */
  reported: number;
  /** The other value: computed, or from another source. */
  other: number;
  /** One Dutch sentence a user reads, e.g. "De tabel meldt 56,6%; de tekst noemt 329,4 van 552,3 fta (59,6%)." */
  explanation: string;
  refs: SourceRef[];
}

/** National context: targets, register counts, definitions. */
export interface ContextFact {
  id: string;
  /** Dutch label. */
  label: string;
  value?: number;
  unit?: Unit;
  year?: number;
  period?: string;
  /** One or two Dutch sentences. */
  text: string;
  ref: SourceRef;
}

export type { NoteTopic } from './enums.js';

/** Short qualitative note, written in our own words, citing its source. */
export interface Note {
  id: string;
  /** Sector or ministry; 'algemeen' for notes about all sectors. */
  sector: EntityId | 'algemeen';
  topic: NoteTopic;
  year?: number;
  text: string;
  ref: SourceRef;
}

export interface DatasetMeta {
  /** Bumped whenever figures are added or corrected; drives channel updates. */
  version: string;
  /** ISO date of the last change. */
  updated: string;
  /** Latest year with figures for all sectors. */
  latestYear: number;
}

/** A passage of a source document, quoted word for word (src/data/passages.ts splits them). */
export interface Passage {
  /** "<source id>#<n>". */
  id: string;
  source: string;
  /** Where it stands: "Voortgezet onderwijs › Algemeen beeld", "… › voetnoot 9". */
  section: string;
  /** The sector whose section it is in, if any. */
  sector?: string;
  /** A footnote of the document. */
  footnote?: boolean;
  text: string;
}

export interface Dataset {
  meta: DatasetMeta;
  sources: Source[];
  sectors: Sector[];
  metrics: Metric[];
  figures: Figure[];
  conflicts: Conflict[];
  context: ContextFact[];
  notes: Note[];
  /** The sources' own text by section (data/passages.json); absent in datasets without it. */
  passages?: Passage[];
  /** The full-text index over `passages`, serialized (data/passage-index.json). */
  passageIndex?: string;
}
