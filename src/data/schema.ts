// The dataset schema: every JSON file in data/ is validated against these on load.
// Each schema `satisfies` its domain type, so schema and type cannot drift apart.
import { z } from 'zod';
import { METRIC_IDS, NOTE_TOPICS } from '../domain/enums.js';
import {
  type Conflict,
  type ContextFact,
  type DatasetMeta,
  ENTITY_IDS,
  type EntityId,
  type Figure,
  type Metric,
  type Note,
  SECTOR_IDS,
  type Sector,
  type Source,
  type SourceRef,
} from '../domain/model.js';

const nonEmpty = z.string().trim().min(1);
const year = z.number().int().min(2013).max(2100);

const EntityIdSchema = z.enum(ENTITY_IDS) satisfies z.ZodType<EntityId>;
const UnitSchema = z.enum(['fta', 'banen', '%', 'personen', 'fte', 'aantal']);

const SourceRefSchema = z
  .object({
    source: nonEmpty,
    section: nonEmpty,
    quote: nonEmpty.optional(),
  })
  .strict() satisfies z.ZodType<SourceRef>;

export const SourceSchema = z
  .object({
    id: nonEmpty,
    file: nonEmpty,
    title: nonEmpty,
    citation: nonEmpty,
    kamerstuk: nonEmpty.optional(),
    url: z.string().url().startsWith('https://').optional(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    kind: z.enum(['kamerstuk', 'kamerbrief', 'verslag']),
    years: z.array(year),
  })
  .strict() satisfies z.ZodType<Source>;

export const SectorSchema = z
  .object({
    id: EntityIdSchema,
    name: nonEmpty,
    shortName: nonEmpty,
    group: z.enum(['overheid', 'onderwijs']),
    kind: z.enum(['sector', 'ministerie', 'onderdeel']),
    parent: z.enum(SECTOR_IDS).optional(),
    aliases: z.array(nonEmpty),
  })
  .strict() satisfies z.ZodType<Sector>;

const MetricSchema = z
  .object({
    // A new metric is added to METRIC_IDS (src/domain/enums.ts) and given Dutch phrases (src/nlu/parts/metric.ts).
    id: z.enum(METRIC_IDS),
    label: nonEmpty,
    kind: z.enum(['count', 'percentage']),
    description: nonEmpty,
  })
  .strict() satisfies z.ZodType<Metric>;

export const FigureSchema = z
  .object({
    sector: EntityIdSchema,
    year,
    period: z
      .string()
      .regex(/^\d{4}(Q[1-4])?$/)
      .optional(),
    metric: nonEmpty,
    value: z.number().finite(),
    unit: UnitSchema,
    approximate: z.boolean().optional(),
    derived: nonEmpty.optional(),
    ref: SourceRefSchema,
    alsoIn: z.array(SourceRefSchema).optional(),
  })
  .strict() satisfies z.ZodType<Figure>;

const ConflictSchema = z
  .object({
    id: nonEmpty,
    sector: EntityIdSchema,
    year,
    metric: nonEmpty,
    kind: z.enum(['percentage_mismatch', 'source_disagreement', 'definition_change']),
    reported: z.number().finite(),
    other: z.number().finite(),
    explanation: nonEmpty,
    refs: z.array(SourceRefSchema).min(1),
  })
  .strict() satisfies z.ZodType<Conflict>;

export const ContextFactSchema = z
  .object({
    id: nonEmpty,
    label: nonEmpty,
    value: z.number().finite().optional(),
    unit: UnitSchema.optional(),
    year: year.optional(),
    period: nonEmpty.optional(),
    text: nonEmpty,
    ref: SourceRefSchema,
  })
  .strict() satisfies z.ZodType<ContextFact>;

export const NoteSchema = z
  .object({
    id: nonEmpty,
    sector: z.union([EntityIdSchema, z.literal('algemeen')]),
    topic: z.enum(NOTE_TOPICS),
    year: year.optional(),
    text: nonEmpty,
    ref: SourceRefSchema,
  })
  .strict() satisfies z.ZodType<Note>;

const MetaSchema = z
  .object({
    version: nonEmpty,
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    latestYear: year,
  })
  .strict() satisfies z.ZodType<DatasetMeta>;

/** One entry per file in data/: the file name, its schema, and how to name a record in errors. */
export const DATA_FILES = {
  meta: { file: 'meta.json', schema: MetaSchema, many: false },
  sources: { file: 'sources.json', schema: SourceSchema, many: true },
  sectors: { file: 'sectors.json', schema: SectorSchema, many: true },
  metrics: { file: 'metrics.json', schema: MetricSchema, many: true },
  figures: { file: 'figures.json', schema: FigureSchema, many: true },
  conflicts: { file: 'conflicts.json', schema: ConflictSchema, many: true },
  context: { file: 'context.json', schema: ContextFactSchema, many: true },
  notes: { file: 'notes.json', schema: NoteSchema, many: true },
} as const;
