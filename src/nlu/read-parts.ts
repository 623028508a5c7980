// The compositional reading of a question: each part is read independently by a small reader
// (src/nlu/parts/*), from the features of the text (features.ts: words, cues, sector mentions,
// years). The rule table (rules.ts) combines the parts into a Query; a follow-up resolver
// (issue 10) can fill the parts a question leaves out from the previous one.
import type { GroupScope, LookupMetric, Operation, OtherMetric } from '../domain/enums.js';
import type { EntityId } from '../domain/model.js';
import type { Features, Mention } from './features.js';
import { type GroupRead, readEntities } from './parts/entities.js';
import { type FollowUpCues, readFollowUp } from './parts/follow-up.js';
import { type MeasureRead, readMeasure } from './parts/measure.js';
import { NEEDS_ENTITY, readCoreMetric, readOtherMetric } from './parts/metric.js';
import { readOperation, readTogether } from './parts/operation.js';
import type { Cue } from './vocabulary.js';
import type { YearInfo } from './years.js';

/** What a question states explicitly; anything it leaves out is absent (or false). */
export interface QuestionParts {
  /** The question as typed ('' when the parts were made from adjusted features, e.g. by follow-up.ts). */
  question: string;
  /** Nothing left after normalizing. */
  empty: boolean;
  /** Entities named, each once, in order of mention (an ambiguous phrase adds all its readings). */
  entities: EntityId[];
  mentions: readonly Mention[];
  /** A phrase that fits several entities equally ("hoger onderwijs" → hbo, wo). */
  ambiguous?: Mention;
  /** The group named: "het onderwijs", "de ministeries", "sectoren" (generic), … */
  group?: GroupRead;
  /** Two or more different groups named ("overheid vs onderwijs"), in the order named. */
  groups?: GroupScope[];
  /** Doel, realisatie or percentage as asked; 'alles' when none (or several) is named. */
  metric: LookupMetric;
  /** A figure beyond the core three: "vaste contracten" → realisatie_vast, "inleen" → inleen. */
  figure?: OtherMetric;
  /** Years, range, "sinds", "t.o.v.", relative years, and a date or quarter (`time.period`). */
  time: YearInfo;
  operation: Operation;
  /** Ranking measure and order, top-N, threshold or range. */
  measure: MeasureRead;
  /** "samen", "opgeteld", "in totaal": a sum of what is named. */
  together: boolean;
  followUp: FollowUpCues;
  /** Words no phrase covers (as typed, and after typo correction). */
  unknown: Features['unknown'];
  /** Words that point to a sector without being one ("ziekenhuizen" → umc). */
  nearMisses: Features['nearMisses'];
  /** The raw signals, for the finer conditions of the rule table. */
  cues: ReadonlySet<Cue>;
  /** The features the parts were read from. */
  features: Features;
}

export function readQuestionParts(f: Features, question = ''): QuestionParts {
  const { entities, mentions, ambiguous, group, groups } = readEntities(f);
  const other = readOtherMetric(f.text, f);
  const figure = other && NEEDS_ENTITY.has(other) && entities.length === 0 && !group ? undefined : other;
  return {
    question: typeof question === 'string' ? question : '',
    empty: f.empty,
    entities,
    mentions,
    ...(ambiguous ? { ambiguous } : {}),
    ...(group ? { group } : {}),
    ...(groups ? { groups } : {}),
    metric: readCoreMetric(f),
    ...(figure ? { figure } : {}),
    time: f.years,
    operation: readOperation(f),
    measure: readMeasure(f),
    together: readTogether(f),
    followUp: readFollowUp(f.typed),
    unknown: f.unknown,
    nearMisses: f.nearMisses,
    cues: f.cues,
    features: f,
  };
}
