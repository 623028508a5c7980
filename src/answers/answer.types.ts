// What an answer is: facts (every number used), the text a user reads, and the view the card
// builders render (src/cards/view.ts).

import type { AdaptiveCard, CardView } from '../cards/view.js';
import type { EntityId, Unit } from '../domain/model.js';
import type { Intent, Query } from '../nlu/query.js';

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

/** A passage of a source quoted word for word in the answer text (src/answers/passage.ts). */
export interface Quote {
  /** Source id (data/sources.json). */
  source: string;
  section: string;
  /** Exactly as it stands in data/passages.json and, up to line breaks, in the source. */
  text: string;
}

export interface Answer {
  question: string;
  intent: Intent;
  query: Query;
  /** The complete answer text exactly as a user sees it (also the Teams message text). */
  text: string;
  /** Short spoken form for the card's `speak`. */
  speak: string;
  facts: Fact[];
  /** Source passages the text quotes verbatim; their numbers are the source's own words. */
  quotes?: Quote[];
  view: CardView;
  card: AdaptiveCard | null;
  /** True when the question was a follow-up completed from the conversation (see Answerer.ask). */
  fromContext?: boolean;
}
