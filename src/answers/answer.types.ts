// What an answer is: facts (every number used), the text a user reads, and the view the card
// builders render (src/cards/view.ts); and the Draft an intent module makes of a query
// (src/answers/draft.ts), which src/answers/compose.ts turns into the Answer.

import type { AdaptiveCard, CardView } from '../cards/index.js';
import type { Quantity } from '../domain/figures.js';
import type { EntityId, Unit } from '../domain/model.js';
import type { Intent, Query } from '../nlu/index.js';

/** One number used in an answer, with where it comes from. */
export interface Fact {
  sector: EntityId | 'nationaal';
  year: number;
  metric: string;
  value: number;
  unit: Unit;
  /** Source id (data/sources.json) for read figures; for computed ones, the sources of their inputs joined by ",". */
  source: string;
  /** How a computed number was made: "doel − realisatie". Absent for figures read from a source. */
  computed?: string;
  approximate?: boolean;
  derived?: string;
}

/** A passage of a source quoted word for word in the answer text (src/answers/intents/passage.ts). */
export interface Quote {
  /** Source id (data/sources.json). */
  source: string;
  section: string;
  /** Exactly as it stands in data/passages.json and, up to line breaks, in the source. */
  text: string;
}

/** A source document the answer cites, numbered as its "[n]" marker in `sourceNote`. */
export interface Citation {
  position: number;
  /** Source id (data/sources.json). */
  source: string;
  /** Short name: "Kamerstuk 34 352 nr. 348". */
  name: string;
  /** Quoted sentence, section and title, at most 160 characters. */
  abstract: string;
  section?: string;
  quote?: string;
  /** The official publication, when known. */
  url?: string;
}

export interface Answer {
  question: string;
  intent: Intent;
  query: Query;
  /** The complete answer text (the command line prints it; in Teams the card says all of it). */
  text: string;
  /** Short spoken form for the card's `speak`. */
  speak: string;
  facts: Fact[];
  /** Source passages the text quotes verbatim; their numbers are the source's own words. */
  quotes?: Quote[];
  /** The answer's sources, numbered; empty when it names none. */
  citations: Citation[];
  /** "Bron: Kamerstuk 34 352 nr. 348 [1]": the source line with the citations' markers. */
  sourceNote?: string;
  view: CardView;
  card: AdaptiveCard | null;
  /** True when the question was a follow-up completed from the conversation (see Answerer.ask). */
  fromContext?: boolean;
}

/** What an intent module makes of a query, before compose adds caveats, sources, facts and the card. */
export interface Draft {
  /** The answer itself, one line each: what the user reads before caveats and source. */
  lines: string[];
  /** Every number the lines (or the card) use. */
  quantities: Quantity[];
  speak: string;
  /** The card without caveats and source: compose adds those. */
  view: Omit<CardView, 'caveats' | 'source'>;
  /** Caveats of the intent itself (e.g. unit changes, extrapolation). */
  caveats?: string[];
  /** Sources named besides those of the quantities (e.g. for context text). */
  sources?: string[];
  /** Passages the lines quote word for word. */
  quotes?: Quote[];
}
