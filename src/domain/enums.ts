// Every closed set of names the code uses, defined once (`as const`). The zod schemas (src/data,
// src/nlu/query.ts), the types and the property-test generators are derived from these lists,
// so a copy cannot drift.

/** A set of entities a ranking, filter, comparison or total runs over. */
export const SCOPES = ['sectoren', 'overheid', 'onderwijs', 'ministeries'] as const;
export type Scope = (typeof SCOPES)[number];
/** The groups a question can compare as a whole ("overheid vs onderwijs"): each has a group total. */
export const GROUP_SCOPES = ['overheid', 'onderwijs'] as const;
export type GroupScope = (typeof GROUP_SCOPES)[number];

/** What a qualitative note is about (data/notes.json). */
export const NOTE_TOPICS = [
  'aanpak',
  'knelpunten',
  'begeleiding',
  'maatregelen',
  'inkoop',
  'organisatie',
  'algemeen',
] as const;
export type NoteTopic = (typeof NOTE_TOPICS)[number];

/**
 * What a ranking orders by: realisatiepercentage, realisatie (fta/banen), rise in realisatie,
 * rise in percentage (procentpunten), gap (doel − realisatie; negative is a surplus), doel,
 * banen via inkoop, and "closest to the goal without reaching it" (percentage below 100).
 */
export const RANK_BY = [
  'percentage',
  'realisatie',
  'stijging',
  'stijging_pp',
  'gap',
  'doel',
  'inkoop',
  'dichtst_bij',
  'binnenwerk',
] as const;
export type RankBy = (typeof RANK_BY)[number];

export const RANK_ORDERS = ['hoog', 'laag'] as const;
export type RankOrder = (typeof RANK_ORDERS)[number];

/** Which members a filter keeps; `tussen` keeps realisatiepercentages within a range. */
export const FILTER_CONDITIONS = ['doel_gehaald', 'doel_niet_gehaald', 'gestegen', 'gedaald', 'tussen'] as const;
export type FilterCondition = (typeof FILTER_CONDITIONS)[number];

/** Topics of national context (data/context.json); the prose reader (src/nlu/prose.ts) yields the national-picture ones. */
export const CONTEXT_TOPICS = [
  'fta',
  'doelgroepregister',
  'doelen',
  'quotum',
  'banenafspraak',
  'bronnen',
  'landelijk',
  'wet',
  'aanjager',
  'uren',
  'inkoop',
  'werkgevers',
] as const;
export type ContextTopic = (typeof CONTEXT_TOPICS)[number];

/** What a lookup leads with: one of the three core figures, or all three. */
export const LOOKUP_METRICS = ['doel', 'realisatie', 'percentage', 'alles'] as const;
export type LookupMetric = (typeof LOOKUP_METRICS)[number];

/** Every metric a figure in data/figures.json can have (data/metrics.json describes each). */
export const METRIC_IDS = [
  'doel',
  'realisatie',
  'percentage',
  'inkoop',
  'realisatie_incl_inkoop',
  'percentage_incl_inkoop',
  'formeel_excl_binnenwerk',
  'binnenwerk',
  'inleen',
  'doel_niet_toegerekend',
  'realisatie_vast',
  'realisatie_tijdelijk',
  'realisatie_inhuur',
  'realisatie_peildatum',
  'aandeel_vast',
  'aandeel_tijdelijk',
  'aandeel_inhuur',
  'aandeel_inhuur_en_inkoop',
  'sroi_contractpartners',
  'detacheringen',
  'organisaties_totaal',
  'organisaties_gerapporteerd',
  'organisaties_jaarverslag',
  'organisaties_zonder_gegevens',
  'organisaties_onder_half_doel',
  'aandeel_organisaties_met_werknemers',
  'aandeel_organisaties_met_acties',
  'aandeel_personeel_gerapporteerd',
  'stijging_gemeld',
  'daling_gemeld',
  'stijging_procent_gemeld',
  'daling_procentpunt_gemeld',
  'quotumpercentage',
  'personeelsomvang',
  'percentage_ondersteunend',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The metrics a lookup answers as a row (doel, realisatie, percentage); the others are `figure` questions. */
export const CORE_METRICS = ['doel', 'realisatie', 'percentage'] as const;
export type CoreMetric = (typeof CORE_METRICS)[number];
export type OtherMetric = Exclude<MetricId, CoreMetric>;
export const OTHER_METRICS = METRIC_IDS.filter(
  (m): m is OtherMetric => !(CORE_METRICS as readonly string[]).includes(m),
) as unknown as readonly [OtherMetric, ...OtherMetric[]];

/** What a question asks to do with the figures (src/nlu reads it; QuestionParts.operation). */
export const OPERATIONS = [
  'lookup',
  'sum',
  'compare',
  'rank',
  'filter',
  'change',
  'trend',
  'projection',
  'gap',
  'inkoop',
  'explain',
] as const;
export type Operation = (typeof OPERATIONS)[number];
