// The typed query: what a Dutch question means. The parser produces it; card buttons carry it
// back (validated with QuerySchema, since action data comes from outside).
// Every closed set comes from src/domain/enums.ts.
import { z } from 'zod';
import {
  CONTEXT_TOPICS,
  FILTER_CONDITIONS,
  GROUP_SCOPES,
  LOOKUP_METRICS,
  NOTE_TOPICS,
  OTHER_METRICS,
  RANK_BY,
  RANK_ORDERS,
  SCOPES,
} from '../domain/enums.js';
import { ENTITY_IDS, type EntityId } from '../domain/model.js';

const entity = z.enum(ENTITY_IDS);
/**
 * A year as asked. Wider than the years with figures on purpose: "gemeenten 1987" is carried to
 * the answer, which says which years do have figures, instead of silently answering another year.
 */
const year = z.number().int().min(1900).max(2100);
/** A finer period: a quarter ("2024Q4") or a day ("2023-12-31"). */
const period = z.string().regex(/^\d{4}(Q[1-4]|-\d{2}-\d{2})$/);
/** Which set of entities a ranking, filter or comparison runs over. */
const scope = z.enum(SCOPES);

export const QuerySchema = z.discriminatedUnion('intent', [
  /** "realisatie politie 2024?", "doel gemeenten 2023", "realisatie Financiën". */
  z.object({
    intent: z.literal('lookup'),
    sector: entity,
    year: year.optional(),
    metric: z.enum(LOOKUP_METRICS).default('alles'),
  }),
  /**
   * Any other metric the dataset holds: "hoeveel vaste contracten heeft de politie?",
   * "inleen per ministerie", "quotumpercentage gemeenten". Without a sector: every entity that reports it.
   */
  z.object({
    intent: z.literal('figure'),
    metric: z.enum(OTHER_METRICS),
    sector: entity.optional(),
    year: year.optional(),
  }),
  /** "hoeveel mist de politie nog?", "tekort umc 2024". */
  z.object({ intent: z.literal('gap'), sector: entity, year: year.optional() }),
  /** "verschil gemeenten 2023 2024", "hoeveel is defensie gestegen?", "sinds 2020". */
  z.object({ intent: z.literal('change'), sector: entity, from: year.optional(), to: year.optional() }),
  /** "ontwikkeling rijk 2019-2024". */
  z.object({ intent: z.literal('trend'), sector: entity, from: year.optional(), to: year.optional() }),
  /** "wanneer haalt de politie het doel bij dit tempo?" */
  z.object({ intent: z.literal('projection'), sector: entity }),
  /** "vergelijk politie en defensie 2024", "po vs vo", "vergelijk alle onderwijssectoren", "politie 2023 en 2024". */
  z.object({
    intent: z.literal('compare'),
    sectors: z.array(entity).min(1).max(30),
    scope: scope.optional(),
    years: z.array(year).max(10).optional(),
  }),
  /**
   * "welke sector scoort het best in 2024?", "top 3", "grootste stijging", "welk ministerie scoort
   * het hoogst?", "wie moet de meeste banen realiseren?" (by doel), "grootste stijging sinds 2020" (from).
   */
  z.object({
    intent: z.literal('ranking'),
    scope: scope.default('sectoren'),
    by: z.enum(RANK_BY).default('percentage'),
    order: z.enum(RANK_ORDERS).default('hoog'),
    limit: z.number().int().min(1).max(30).optional(),
    year: year.optional(),
    /** For `stijging`/`stijging_pp`: the year the rise is measured from (default: each sector's previous year). */
    from: year.optional(),
    /**
     * "grootste stijging sinds de start": for `stijging_pp`, from each sector's first year with a
     * realisatiepercentage (the first years differ, and banen and fta do not subtract; percentages do).
     */
    since: z.literal('start').optional(),
    /**
     * Only these entities, ranked among themselves: "wie van de twee heeft het grootste tekort?" after
     * a comparison of two, "welke daarvan daalde het meest?" after a filter. `scope` is then the group they share.
     */
    sectors: z.array(entity).min(2).max(30).optional(),
  }),
  /** "welke sectoren haalden hun doel?", "welke sectoren daalden?", "wie zit onder de 50%?" (threshold). */
  z.object({
    intent: z.literal('filter'),
    scope: scope.default('sectoren'),
    condition: z.enum(FILTER_CONDITIONS),
    year: year.optional(),
    /**
     * For doel_gehaald / doel_niet_gehaald: the realisatiepercentage that counts instead of 100
     * ("boven de 90%" → doel_gehaald at 90: at least 90%; "onder de 50%" → doel_niet_gehaald at 50).
     */
    threshold: z.number().min(1).max(500).optional(),
    /** For `tussen`: the realisatiepercentages kept, both ends included ("tussen 50 en 70%"). */
    range: z
      .object({ min: z.number().min(0).max(500), max: z.number().min(0).max(500) })
      .refine((r) => r.min <= r.max, 'min ≤ max')
      .optional(),
    /** Only these entities: "welke van hen heeft het doel gehaald?" after a comparison of three. */
    sectors: z.array(entity).min(2).max(30).optional(),
  }),
  /**
   * "totaal overheid 2024", "hoeveel banen in het onderwijs samen?"; with `sectors` the sum of
   * just those: "po en vo samen realisatie 2024", "politie en defensie samen: hoeveel missen ze nog?".
   */
  z.object({
    intent: z.literal('total'),
    scope: scope.default('sectoren'),
    year: year.optional(),
    sectors: z.array(entity).min(2).max(30).optional(),
    /**
     * Two or more groups, each as a whole, side by side: "overheid vs onderwijs", "doet het onderwijs
     * het beter dan de overheid?" (the group totals, not every sector). `scope` is then unused.
     */
    scopes: z.array(z.enum(GROUP_SCOPES)).length(2).optional(),
    /** The group total in each of these years: "hoeveel is de overheid gestegen?", "het onderwijs als geheel". */
    years: z.array(year).min(2).max(10).optional(),
  }),
  /** "vo inclusief inkoop 2024", "defensie met sroi". */
  z.object({ intent: z.literal('inkoop'), sector: entity, year: year.optional() }),
  /** "Binnenwerk". */
  z.object({ intent: z.literal('binnenwerk'), year: year.optional() }),
  /**
   * "wat is een fta?", "doelgroepregister", "wat is het doel van de overheid?"; the national
   * picture: "hoeveel banen zijn er landelijk gerealiseerd?" (landelijk), "welke wet heft het
   * onderscheid tussen markt en overheid op?" (wet), "wie was de aanjager?" (aanjager), "welk deel
   * van de uren werkt bij de overheid?" (uren). `focus`: whose target leads ("hoeveel moet de markt …").
   */
  z.object({
    intent: z.literal('context'),
    topic: z.enum(CONTEXT_TOPICS),
    focus: z.enum(['overheid', 'markt', 'totaal']).optional(),
    /** "doelgroepregister eind 2023": the facts of that year (and period) first. */
    year: year.optional(),
    period: period.optional(),
  }),
  /**
   * A question the sources answer in prose ("wat is Emma at Work?", "waarom daalde het vo in
   * 2024?", "tellen sroi-banen mee?"): the passages that answer it, quoted word for word.
   */
  z.object({
    intent: z.literal('passage'),
    text: z.string().max(300),
    sector: entity.optional(),
    year: year.optional(),
  }),
  /** "wat doet sector X?", "waarom lukt het niet in het onderwijs?", "wat doen andere sectoren aan begeleiding?" */
  z.object({
    intent: z.literal('notes'),
    sector: entity.optional(),
    scope: scope.optional(),
    topic: z.enum(NOTE_TOPICS).optional(),
  }),
  /** Channel subscriptions (handled in src/teams; parsed here so aliases and typos work the same). */
  z.object({
    intent: z.literal('subscribe'),
    sectors: z.array(entity).max(30),
    /** Words after "abonneer" that name no sector ("brandweer"): the bot says so and changes nothing. */
    unknown: z.array(z.string().max(200)).min(1).max(10).optional(),
  }),
  z.object({ intent: z.literal('subscriptions') }),
  /** "afmelden" ends every subscription; "afmelden mbo" only the ones named. */
  z.object({ intent: z.literal('unsubscribe'), sectors: z.array(entity).min(1).max(30).optional() }),
  z.object({ intent: z.literal('help') }),
  z.object({ intent: z.literal('greeting') }),
  z.object({ intent: z.literal('thanks') }),
  /** Two readings equally likely, or a follow-up without a sector to refer to: ask back with the options. */
  z.object({
    intent: z.literal('clarify'),
    term: z.string().max(200),
    options: z.array(entity).min(2).max(5),
    /** What to answer for the option picked (default lookup): "tekort hoger onderwijs" → gap, "prognose" → projection. */
    ask: z.enum(['lookup', 'gap', 'change', 'trend', 'projection', 'inkoop', 'notes', 'compare']).optional(),
    /** The year already asked for ("en in 2023?" without an earlier question). */
    year: year.optional(),
    /** For `ask: 'compare'`: the sectors the picked one is compared with ("hoe doen wij het t.o.v. het hbo?"). */
    with: z.array(entity).max(29).optional(),
    /** The question was about "wij/ons" and no sector is known for the conversation. */
    wij: z.literal(true).optional(),
  }),
  /** "wij zijn het mbo", "dit kanaal gaat over politie": the sector this conversation speaks for. */
  z.object({ intent: z.literal('speaks_for'), sector: entity }),
  /** A word that looks like a sector but matches none well: say so, suggest the closest. */
  z.object({
    intent: z.literal('unknown_sector'),
    term: z.string().max(200),
    suggestions: z.array(entity).max(5),
  }),
  /** Not understood. */
  z.object({ intent: z.literal('unknown') }),
]);

export type { ContextTopic } from '../domain/enums.js';

export type Query = z.infer<typeof QuerySchema>;
export type Intent = Query['intent'];
export type QueryOf<I extends Intent> = Extract<Query, { intent: I }>;

/**
 * The sectors a query named itself (none for a ranking, filter or total over a scope): what "die",
 * "ze" and "vergelijk ze" refer to, and the subjects a conversation remembers.
 */
export function sectorsNamedBy(query: Query): EntityId[] {
  switch (query.intent) {
    case 'lookup':
    case 'gap':
    case 'change':
    case 'trend':
    case 'projection':
    case 'inkoop':
      return [query.sector];
    case 'notes':
    case 'figure':
      return query.sector ? [query.sector] : [];
    case 'binnenwerk':
      return ['binnenwerk'];
    case 'compare':
      return query.scope ? [] : [...query.sectors];
    case 'total':
      return query.sectors ? [...query.sectors] : [];
    default:
      return [];
  }
}
