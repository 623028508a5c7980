// Shared shapes of the ingest pipeline: what a letter yields (candidates), what the maintainer
// reviews (proposals) and what the comparison with the dataset adds to them.
import type { Conflict, EntityId, Figure, SourceRef, Unit } from '../../domain/model.js';

/** Where a figure was read: a "Cijfermatige realisatie" table, running text or the Bijlage table. */
export type Origin = 'tabel' | 'tekst' | 'bijlage';

/** One figure read from a letter, before merging and comparison. */
export interface Candidate {
  sector: EntityId;
  year: number;
  period?: string;
  metric: string;
  value: number;
  unit: Unit;
  approximate?: boolean;
  derived?: string;
  section: string;
  quote: string;
  origin: Origin;
}

/** A figure the letter states, with other places in the letter that state the same value. */
export interface FigureFinding extends Candidate {
  /** Other quotes in this letter with the same value. */
  echoes: { section: string; quote: string }[];
  /** Passages in this letter that give a different value for the same figure (the table wins). */
  disagreeing: { value: number; unit: Unit; section: string; quote: string }[];
}

/** A printed percentage that does not follow from realisatie/doel within rounding. */
export interface MismatchFinding {
  sector: EntityId;
  year: number;
  period?: string;
  metric: string;
  reported: number;
  other: number;
  how: string;
  ref: SourceRef;
}

/** A national figure (no sector), proposed as a context fact. */
export interface NationalFinding {
  value: number;
  unit: Unit;
  year?: number;
  section: string;
  quote: string;
}

/** A passage worth a (human-written) note. */
export interface NotePassage {
  sector: EntityId;
  section: string;
  text: string;
}

/** Everything read from one letter, before it is compared with the dataset. */
export interface LetterReading {
  year: number;
  figures: FigureFinding[];
  mismatches: MismatchFinding[];
  national: NationalFinding[];
  passages: NotePassage[];
  /** Remarks on the letter itself (table sums, repaired cells), for the review file. */
  remarks: { sector?: EntityId; text: string }[];
}

export type ProposalStatus = 'nieuw' | 'bevestigt' | 'wijkt af' | 'conflict' | 'landelijk';

interface ProposalBase {
  /** Stable within one run: p1, p2, … in review order. */
  id: string;
  status: ProposalStatus;
  sector?: EntityId;
}

export interface FigureProposal extends ProposalBase {
  kind: 'figure';
  status: 'nieuw' | 'bevestigt' | 'wijkt af';
  sector: EntityId;
  figure: Figure;
  /** For 'bevestigt' and 'wijkt af': the figure already in the dataset. */
  existing?: Figure;
  finding: FigureFinding;
}

export interface ConflictProposal extends ProposalBase {
  kind: 'conflict';
  status: 'conflict';
  sector: EntityId;
  /** The conflict record as data/conflicts.json keeps it. */
  conflict: Conflict;
}

export interface NationalProposal extends ProposalBase {
  kind: 'national';
  status: 'landelijk';
  fact: {
    id: string;
    label: string;
    value: number;
    unit: Unit;
    year?: number;
    text: string;
    ref: SourceRef;
  };
}

export type Proposal = FigureProposal | ConflictProposal | NationalProposal;

/** What the letter was expected to report, judged by last year's letter, but was not found. */
export interface MissingItem {
  sector: EntityId;
  metric: string;
  lastYear: number;
  lastSource: string;
}
