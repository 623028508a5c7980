// Reader: which figure a question asks for beyond doel / realisatie / percentage (those come from
// the cue words, see readCoreMetric). One table, most specific first: every metric in
// data/metrics.json that people ask for by name has its phrases here (test/nlu/metrics.test.ts
// asks for each metric of the dataset in plain Dutch). A phrase "a * b" means a, later b.
// Metrics the letters report as a change (stijging_gemeld, …) are answered with the change
// question ("hoeveel is de politie gestegen?"); inkoop figures with the inkoop question.
import type { LookupMetric, OtherMetric } from '../../domain/enums.js';
import type { Cue } from '../vocabulary.js';

/** The cue words of a question (features.ts); only the set is needed here. */
interface Cues {
  cues: ReadonlySet<Cue>;
}

const ORGANISATIONS = [
  'scholen',
  'basisscholen',
  'schoolorganisaties',
  'organisaties',
  'instellingen',
  'besturen',
  'werkgevers',
];
const each = (words: readonly string[], tail: string) => words.map((w) => `${w} * ${tail}`);

const METRIC_PHRASES: readonly (readonly [OtherMetric, readonly string[]])[] = [
  ['aandeel_inhuur_en_inkoop', ['inhuur en inkoop', 'inkoop en inhuur']],
  [
    'percentage_ondersteunend',
    [
      'ondersteunende functies',
      'ondersteunende functie',
      'ondersteunend personeel',
      'alleen ondersteunend',
      'onderwijsondersteunend',
      'zonder lesbevoegdheid',
      'niet onderwijzend',
    ],
  ],
  [
    'organisaties_onder_half_doel',
    [
      ...each(ORGANISATIONS, 'onder de helft'),
      ...each(ORGANISATIONS, 'minder dan de helft'),
      ...each(ORGANISATIONS, 'onder de 50 procent'),
    ],
  ],
  [
    'organisaties_zonder_gegevens',
    [
      'zonder gegevens',
      'geen gegevens',
      'zonder cijfers',
      'geen data',
      'niet aangeleverd',
      'niets aangeleverd',
      'niet gerapporteerd',
      'niets gerapporteerd',
      'zonder bekende banen',
      'geen banen gerealiseerd',
      'geen enkele baan',
    ],
  ],
  ['organisaties_jaarverslag', ['jaarverslag', 'jaarverslagen', 'jaarverslaglegging']],
  [
    'aandeel_personeel_gerapporteerd',
    [
      'aandeel personeel',
      'deel van het personeel',
      'procent van het personeel',
      'dekkingsgraad',
      'dekking',
      'representatief',
    ],
  ],
  [
    'organisaties_gerapporteerd',
    [
      'met gegevens',
      'met cijfers',
      'gegevens aangeleverd',
      'gegevens geleverd',
      'cijfers aangeleverd',
      'data aangeleverd',
      'leverden gegevens',
      'leveren gegevens',
      'aangeleverd',
      'gerapporteerd',
      'rapporteerden',
      'meegedaan',
      'deelgenomen',
      'respons',
      'uitvraag',
    ],
  ],
  [
    'aandeel_organisaties_met_acties',
    [...each(ORGANISATIONS, 'acties'), ...each(ORGANISATIONS, 'actie'), ...each(ORGANISATIONS, 'ondernomen')],
  ],
  [
    'aandeel_organisaties_met_werknemers',
    [
      ...each(ORGANISATIONS, 'werknemers'),
      ...each(ORGANISATIONS, 'medewerkers uit de doelgroep'),
      ...each(ORGANISATIONS, 'mensen uit de doelgroep'),
      ...each(ORGANISATIONS, 'iemand uit de doelgroep'),
    ],
  ],
  [
    'organisaties_totaal',
    [
      ...['hoeveel', 'aantal'].flatMap((w) =>
        [
          ...ORGANISATIONS,
          'schoolbesturen',
          'hogescholen',
          'universiteiten',
          'rocs',
          'mbo scholen',
          'mbo instellingen',
          // "hoeveel hbo-instellingen zijn er?": the sector word inside the organisation noun.
          ...['hbo', 'wo', 'po', 'vo', 'mbo'].flatMap((x) => [`${x} instellingen`, `${x} scholen`, `${x} besturen`]),
          'middelbare scholen',
          'academische ziekenhuizen',
        ].map((o) => `${w} ${o}`),
      ),
      'uit hoeveel',
      // "hoeveel waterschappen zijn er?": the number of employers, not their banen.
      ...['waterschappen', 'provincies', 'gemeenten', 'umcs', 'universiteiten', 'onderzoeksinstellingen'].flatMap(
        (o) => [`hoeveel ${o} zijn er`, `hoeveel ${o} telt`, `hoeveel ${o} heeft`],
      ),
    ],
  ],
  ['sroi_contractpartners', ['contractpartners', 'contract partners', 'sroi partners', 'partners']],
  ['detacheringen', ['detachering', 'detacheringen', 'gedetacheerd', 'gedetacheerde', 'gedetacheerden', 'detacheren']],
  [
    'doel_niet_toegerekend',
    [
      'niet toegerekend',
      'niet toegerekende',
      'niet toegewezen',
      'niet verdeeld',
      'niet belegd',
      'executieve functies',
      'niet aan een ministerie',
      'niet aan ministeries',
    ],
  ],
  [
    'formeel_excl_binnenwerk',
    [
      'formele dienstverbanden',
      'formele dienstverband',
      'formeel dienstverband',
      'zonder binnenwerk',
      'exclusief binnenwerk',
      'excl binnenwerk',
      'buiten binnenwerk',
      'eigen dienstverbanden',
    ],
  ],
  ['binnenwerk', ['via binnenwerk', 'door binnenwerk', 'binnenwerk banen', 'binnenwerkbanen']],
  [
    'inleen',
    [
      'inleen',
      'inleenverband',
      'inleenverbanden',
      'ingeleend',
      'ingeleende',
      'inlenen',
      'uitzendkrachten',
      'uitzendbureau',
      'uitzendbureaus',
      'uitzendwerk',
      // The separable verb: "hoeveel fta leent financiën in?".
      ...['leent', 'leende', 'lenen', 'leenden'].map((v) => `${v} * in`),
    ],
  ],
  [
    'realisatie_inhuur',
    [
      'inhuur',
      'ingehuurd',
      'ingehuurde',
      'inhuren',
      // "hoeveel fta huurde de politie in 2023 in?"
      ...['huurt', 'huurde', 'huren', 'huurden'].map((v) => `${v} * in`),
    ],
  ],
  [
    'realisatie_vast',
    [
      'vast dienstverband',
      'vaste dienstverbanden',
      'vaste contracten',
      'vast contract',
      'vaste aanstelling',
      'vaste aanstellingen',
      'vaste banen',
      'vaste baan',
      'vaste dienst',
      'vast in dienst',
      'vaste',
      'vast',
    ],
  ],
  [
    'realisatie_tijdelijk',
    [
      'tijdelijk',
      'tijdelijke',
      'flexibel',
      'flexibele',
      'flexcontract',
      'flexcontracten',
      'jaarcontract',
      'bepaalde tijd',
    ],
  ],
  ['realisatie_peildatum', ['peildatum', 'tussentijdse stand', 'tussenstand', 'tussentijds', 'tussentijdse']],
  ['quotumpercentage', ['quotumpercentage', 'quotum percentage', 'quotum']],
  [
    'personeelsomvang',
    [
      'personeelsomvang',
      'omvang personeel',
      'omvang van het personeel',
      'personeelsbestand',
      'totale personeel',
      'hoeveel personeel',
      'hoeveel medewerkers',
      'aantal medewerkers',
      'hoeveel werknemers',
      'aantal werknemers',
      'hoeveel ambtenaren',
      'aantal ambtenaren',
      // "hoeveel fte personeel hebben gemeenten?": the staff, in fte, not the banen.
      'fte personeel',
      'fte aan personeel',
      'personeel in fte',
      'hoe groot is het personeel',
      'hoeveel mensen in dienst',
      'hoeveel personeelsleden',
    ],
  ],
];

/** Metrics read only when an entity or scope is named: alone these words ask about the national picture. */
export const NEEDS_ENTITY: ReadonlySet<OtherMetric> = new Set(['quotumpercentage', 'realisatie_peildatum']);

/** A count metric and its share: "aandeel vaste aanstellingen" is the share when the question asks a percentage. */
const SHARE_OF: Partial<Record<OtherMetric, OtherMetric>> = {
  realisatie_vast: 'aandeel_vast',
  realisatie_tijdelijk: 'aandeel_tijdelijk',
  realisatie_inhuur: 'aandeel_inhuur',
};

/** Words that ask for a share: "welk deel is inhuur". */
const SHARE_WORDS = /\b(aandeel|deel|procent|percentage)\b/;

interface Pattern {
  /** Position in the table: the first pattern that matches wins. */
  order: number;
  metric: OtherMetric;
  parts: string[];
}
const PATTERNS: Pattern[] = METRIC_PHRASES.flatMap(([metric, phrases]) =>
  phrases.map((p) => ({ metric, parts: p.split(' * ').map((x) => ` ${x} `), order: 0 })),
).map((p, order) => ({ ...p, order }));
/** Patterns by the first word of their first part: a question only tries those whose word it contains. */
const BY_FIRST_WORD = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  const word = p.parts[0]!.trim().split(' ')[0]!;
  const list = BY_FIRST_WORD.get(word) ?? [];
  list.push(p);
  BY_FIRST_WORD.set(word, list);
}

/** Every word of the metric phrases: known to the lexicon, so none of them is taken for a misspelled sector. */
export const METRIC_WORDS: readonly string[] = [
  ...new Set(METRIC_PHRASES.flatMap(([, ps]) => ps.flatMap((p) => p.split(/ \* | /)))),
];

/** The metric beyond the core figures that `text` (normalized) names, if any. */
export function readOtherMetric(text: string, f: Cues): OtherMetric | undefined {
  const padded = ` ${text} `;
  const candidates: Pattern[] = [];
  for (const word of new Set(text.split(' '))) candidates.push(...(BY_FIRST_WORD.get(word) ?? []));
  if (candidates.length > 1) candidates.sort((a, b) => a.order - b.order);
  for (const { metric, parts } of candidates) {
    let at = 0;
    let ok = true;
    for (const part of parts) {
      const k = padded.indexOf(part, at);
      if (k < 0) {
        ok = false;
        break;
      }
      at = k + part.length - 1;
    }
    if (!ok) continue;
    const share = SHARE_OF[metric];
    return share && (f.cues.has('percentage') || SHARE_WORDS.test(text)) ? share : metric;
  }
  return undefined;
}

/** Doel, realisatie or percentage as asked; 'alles' when none or several are. */
export function readCoreMetric(f: Cues): LookupMetric {
  const has = (c: Cue) => f.cues.has(c);
  const found: LookupMetric[] = [];
  // "Wat moet de politie realiseren?" asks for the target.
  const mustRealise = has('must') && (has('realise') || has('realisatie'));
  if (has('doel') || mustRealise) found.push('doel');
  if (has('realisatie') && !mustRealise) found.push('realisatie');
  if (has('percentage')) found.push('percentage');
  if (found.length === 0 && has('realise')) return 'realisatie';
  return found.length === 1 ? found[0]! : 'alles';
}
