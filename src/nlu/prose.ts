// The prose reader: questions the sources answer in words rather than in one sector's figures.
//
//   readProse('Hoeveel banen moet de overheid in totaal realiseren?')  // { intent: 'context', topic: 'doelen', focus: 'overheid' }
//   readProse('hoeveel extra banen zijn er landelijk gerealiseerd?')    // { intent: 'context', topic: 'landelijk' }
//   readProse('waarom daalde het vo in 2024?', { sectors: ['vo'], year: 2024 })
//                                                                       // { intent: 'passage', text: …, sector: 'vo', year: 2024 }
//
// Rules, in order (each on the normalized text, see normalize.ts):
//  1. a question that asks for one sector's figures ("realisatie vo 2024", "hoeveel mist de
//     politie", "vergelijk …", rankings) is not prose: undefined, whatever else it says;
//  2. the national picture, only without a sector named: the law that ends the split between
//     markt and overheid (wet), the Aanjager (aanjager), the share of hours (uren), what was
//     realised nationally (landelijk), the agreement's targets (doelen, with the focus markt /
//     overheid / totaal: "hoeveel banen moet de overheid in totaal realiseren" → 25.000);
//  3. a passage question: whether something counts ("tellen sroi-banen mee?"), why something
//     changed ("waarom daalde het vo in 2024?"; a general "waarom lukt het niet" stays with the
//     sector notes), what a named thing is or does ("wat is Emma at Work?", "wie was de
//     aanjager bij de politie?", "hoe wordt het doel berekend?"), what a source says;
//  4. `fallback` (the caller found no other reading): any question with a content word → passage.
// Definitions the context answers already hold (fta, doelgroepregister, quotum, banenafspraak,
// bronnen, Binnenwerk) are left to the caller's context rules.
import type { EntityId } from '../domain/model.js';
import { normalize } from './normalize.js';
import type { Query } from './query.js';

export interface ProseHints {
  /** Sectors the question names (from the sector lexicon). */
  sectors?: readonly EntityId[];
  /** The one year the question is about. */
  year?: number;
  /**
   * Words of the question that neither the sector lexicon nor the vocabulary knows ("emma",
   * "routekaart"): a "wat is …" question about them asks what the sources say about a named thing.
   * Without it every content word counts.
   */
  unknown?: readonly string[];
  /** Whether the sources use a word at all: "wat is het weer?" is not about them. */
  inSources?: (word: string) => boolean;
  /** No other reading was found: read anything with content words as a passage question. */
  fallback?: boolean;
}

/** The longest question text a passage query carries. */
const MAX_PASSAGE_QUESTION = 300;

const MARKT = /\b(de markt|markt|marktsector|marktwerkgevers|marktpartijen|bedrijfsleven)\b/;
/** Asking for a sector's figures: a value, a comparison, a ranking. */
const FIGURE_ASK =
  /\b(realisatie(percentage)?s?|percentage|procent|tekort|mist|missen|achterstand|vergelijk\w*|versus|vs|ranglijst|koploper\w*|bovenaan|onderaan|nummer (een|1)|top \d+|score[nt]?|scoorde|hoogste|laagste|beste|slechtste|meeste|minste|grootste|kleinste|trend|ontwikkeling|prognose|abonneer\w*|afmelden)\b/;
/** Counting rules: "tellen … mee", "meegeteld", "wordt … geteld". */
const COUNTS =
  /\b(tel(len|t|de|den)\b.*\bmee\b|meetellen|meetelt|meegeteld|meegerekend|meerekenen|rekenen\b.*\bmee\b|(wordt|worden|werd|werden)\b.*\b(geteld|meegeteld|gerekend)\b|geteld als|tellen\b.*\bvoor\b)/;
/** Asking why. */
const WHY =
  /\b(waarom|hoezo|hoe komt (het|dat)|wat is de (reden|oorzaak|verklaring)|verklaring|oorzaak|reden (voor|van|dat|waarom)|hoe verklaar\w*|waardoor)\b/;
/** Something that changed or differs: a why-question about it wants the passage that explains it. */
const EVENT =
  /\b(daal\w*|gedaald|daling\w*|dalen|lager|minder|afgenomen|afname|teruggelopen|teruggang|steeg|stegen|gestegen|stijg\w*|hoger|toegenomen|toename|gegroeid|groei\w*|verschil\w*|anders|afwijk\w*|klopt|niet mee|vergissing|fout|gecorrigeerd|correctie|herberekend|veranderd|omlaag|omhoog|gekrompen|krimp|achteruit\w*|vooruit\w*|slechter|aangepast|bijgesteld|herzien|verhoogd|verlaagd)\b/;
/** What a named thing is or does. */
const DEFINE =
  /^(wat|wie) (is|zijn|was|waren|betekent|betekenen|bedoel\w*|houdt|houden)\b|\bwat (houdt|houden)\b.*\bin\b|\bwat wordt (er )?bedoeld met\b|\bwat betekent\b|\bwat is (de rol|het doel) van (de|het) [a-z]+ (programma|project|netwerk|organisatie|pilot|regeling)\b|\bwat voor (iets|organisatie|programma|project|regeling|netwerk) is\b|\bwie (is|was|zijn|waren|werd)\b|\bwat doet (de|het|een)\b|^(wat|wie) (doet|doen|deed|deden)\b/;
/** How something works. */
const HOW = /\bhoe (werkt|werken|werkte|zit het met)\b/;
/** How a figure is made: "hoe wordt het doel berekend?". */
const HOW_COMPUTED =
  /\bhoe (wordt|worden|werd|werden|is|zijn)\b.*\b(berekend|bepaald|vastgesteld|verdeeld|gemeten|geteld|toegedeeld|gefinancierd|betaald)\b/;
/** Subjects the context and notes answers cover: a "wat is …" about them is theirs. */
const KNOWN_SUBJECTS =
  /\b(fta|fte|doelgroepregister|arbeidsbeperking\w*|arbeidsbeperkten|quotum\w*|doel|doelen|doelstelling|totaal|realisatie)\b|^(wat|wie) (is|zijn|houdt) (de |het )?(wet )?banenafspraak( in)?$/;
/** Notes topics: "wat zijn de knelpunten", "wat zijn de plannen van …". */
const TOPIC_WORDS =
  /\b(knelpunt\w*|plannen|aanpak|maatregel\w*|begeleiding|organisatie|ervaringen|resultaten|cijfers|inspanningen|acties|activiteiten|uitdaging\w*|problemen)\b/;
/** What a source says. */
const SOURCE_ASK =
  /\b(wat (staat|stond|zegt|zei|schrijft|schreef|meldt|vermeldt|noemt) (er )?(de|het|in|over)|volgens (de |het )?(brief|bron|minister|staatssecretaris|aanjager|kamerbrief|kabinet|regering|scp|uwv)|citeer|citaat|letterlijk|passage|in welke brief)\b|\bwat (vindt|vond|vinden|denkt|dacht|ziet) (de|het) (minister|staatssecretaris|aanjager|kabinet|regering|scp|uwv)\b|\b(de )?(minister|staatssecretaris|aanjager|kabinet|scp) (vindt|vond|zegt|zei|noemt|ziet|verwacht)\b/;
/**
 * Terms of art the letters use and explain in passing: "wat betekent realisatiepercentage?",
 * "wat is een werkagenda?" ("wat is het realisatiepercentage?" asks for the figure). The words are in the vocabulary (so not unknown), but no figure or
 * context answer defines them; the passage (or context fact) that does is the answer.
 */
const TERM_OF_ART =
  /^(wat (is|zijn) (een |het |de )?(werkagenda|werkagendas|ingroeipad|jobcarving|functiecreatie|bestuurlijk akkoord|centrale financiering|inleenverband|inleenverbanden)|(wat|hoe) (betekent|betekend|betekenen|houdt|houden|wordt bedoeld met|bedoel je met|versta je onder) (een |het |de )?(realisatiepercentage|realisatie percentage|werkagenda|werkagendas|ingroeipad|jobcarving|functiecreatie|bestuurlijk akkoord|centrale financiering|inleenverband|inleenverbanden))( precies| eigenlijk| in| dan)?$/;
/** Subjects the context answers define themselves. */
const OWN_DEFINITIONS =
  /^(wat|wie) (is|zijn|betekent|betekenen) (een |het |de )?(fta|fte|fulltime arbeidsparticipant|doelgroepregister|register|doelgroep|quotum\w*|banenafspraak|banen afspraak|bronnen|bron|binnenwerk|sroi|social return|inkoop|sector(en)?|ministeries|overheid|onderwijs)( (precies|eigenlijk|nou|nu|dan))?$/;
/** The overheid's share of the hours against its share of the target. */
const UREN =
  /\b(verloonde uren|aandeel (van de overheid )?in de (uren|werkgelegenheid)|deel van (de|alle) (uren|werkgelegenheid)|ambitieuzer|oneerlijk|eerlijk verdeeld|naar verhouding)\b|\b(zwaarder|strenger|hoger)\b.*\bdan (voor |bij )?de markt\b/;
/** Employers as such (how many there are, how many employ someone from the doelgroep). */
const EMPLOYERS = /\b(werkgevers|overheidswerkgevers|onderwijswerkgevers)\b(?!.*\b(realiseren|moeten|moet|doel)\b)/;
/** Small talk and help: never prose. */
const CONVERSATION =
  /^(hoi|hallo|hey|goedemorgen|goedemiddag|dag|bedankt|dank( je| u)?( wel)?|thanks|top|super|ok(e|ay)?|help|hulp|wat kun je( allemaal)?( doen)?|wat kan je( allemaal)?( doen)?|wie ben je|wat ben je)$/;
const STOP = new Set(
  (
    'de het een en of van in op te aan bij met voor door naar over uit om tot als dan dat die dit deze er is zijn was ' +
    'waren wordt worden ik je jij u we wij ze zij hij hun wat wie waar waarom wanneer hoe welke welk hoeveel nog ook ' +
    'wel niet geen al kan kun kunt mag moet moeten zal zou heeft hebben had doet doen deed precies eigenlijk nou even ' +
    'graag eens please svp aub mij me mijn jouw onze ons banenbot vraag vragen'
  ).split(' '),
);

/** Read a national-picture or prose question; undefined when it is neither (see the header). */
export function readProse(text: string, hints: ProseHints = {}): Query | undefined {
  const t = normalize(text);
  if (!t || CONVERSATION.test(t)) return undefined;
  const sectors = hints.sectors ?? [];
  const counts = COUNTS.test(t);
  const why = WHY.test(t);

  // 1. A figure question is not prose (a counting or why question may name a percentage); the
  // share of hours is a national figure the sector figures do not hold.
  if (sectors.length === 0 && UREN.test(t)) return { intent: 'context', topic: 'uren' };
  // "welk percentage van de werkgevers heeft iemand met een arbeidsbeperking in dienst?", "hoeveel werkgevers telde de overheid in 2015?"
  if (
    sectors.length === 0 &&
    EMPLOYERS.test(t) &&
    /\b(in dienst|hoeveel|percentage|procent|aandeel|deel|telde|telt|zijn er)\b/.test(t)
  ) {
    const q: Query = { intent: 'context', topic: 'werkgevers' };
    if (hints.year !== undefined) q.year = hints.year;
    return q;
  }
  const figureAsk =
    FIGURE_ASK.test(t) && !counts && !why && !SOURCE_ASK.test(t) && !HOW.test(t) && !TERM_OF_ART.test(t);
  if (figureAsk) return undefined;

  // 2. The national picture.
  if (sectors.length === 0) {
    const national = nationalTopic(t);
    if (national) return national;
  }

  // 3. Passage questions.
  const passage = (): Query => {
    const q: Query = { intent: 'passage', text: questionText(text) };
    if (sectors.length === 1) q.sector = sectors[0];
    if (hints.year !== undefined) q.year = hints.year;
    return q;
  };
  // "Telt inkoop mee bij het mbo?": the sector's inkoop answer says it and gives its figures.
  if (counts && !(sectors.length > 0 && /\b(inkoop|sroi|social return)\b/.test(t))) return passage();
  if (why && (EVENT.test(t) || hints.year !== undefined)) return passage();
  if (SOURCE_ASK.test(t) || HOW_COMPUTED.test(t) || TERM_OF_ART.test(t)) return passage();
  if (OWN_DEFINITIONS.test(t) || KNOWN_SUBJECTS.test(t)) return undefined;
  // "Wat is Emma at Work?", "hoe werkt de routekaart?": a thing the vocabulary does not know.
  // Without a way to ask the sources, only a name (a capital inside the question) is taken for one.
  const names = hints.inSources ? undefined : new Set(capitalized(text).split(' '));
  const named = hints.inSources ?? ((w: string) => names!.has(w));
  const unknown = (hints.unknown ?? contentWords(t)).filter((w) => w.length >= 3 && !STOP.has(w) && named(w));
  // "wat doet de politie om meer mensen aan te nemen?" asks what a sector does: its notes.
  const doer = t.match(/\bwat (?:doet|doen|deed|deden) (?:de |het )?([a-z]+)/)?.[1];
  const sectorDoes = sectors.length > 0 && doer !== undefined && !unknown.includes(doer);
  if ((DEFINE.test(t) || HOW.test(t)) && unknown.length > 0 && !TOPIC_WORDS.test(t) && !sectorDoes) return passage();
  // "waarom zijn er bij defensie geen mensen op militaire functies?": why, about a thing the vocabulary
  // does not know but the sources name; their passage or fact answers it, not the sector's notes.
  if (why && sectors.length === 1 && hints.inSources && unknown.length > 0 && !TOPIC_WORDS.test(t)) return passage();

  // 4. Nothing else fits.
  if (hints.fallback && contentWords(t).some((w) => w.length >= 4 && (!hints.inSources || hints.inSources(w))))
    return passage();
  return undefined;
}

function nationalTopic(t: string): Query | undefined {
  const markt = MARKT.test(t) && !/\barbeidsmarkt\b/.test(t.replace(/\b(de )?markt\b/g, ''));
  // The law that ends the split between markt and overheid.
  if (
    /\b(wetswijziging\w*|wetsvoorstel\w*|nieuwe wet|vernieuwde wet|wijziging\w* (van|in) de wet|wet (wordt|gaat) (veranderen|gewijzigd|aangepast))\b/.test(
      t,
    ) ||
    (markt && /\b(onderscheid|scheiding|opheff\w*|opgeheven|samenvoegen|samengevoegd|splitsing)\b/.test(t))
  )
    return { intent: 'context', topic: 'wet' };
  // The Aanjager Banenafspraak.
  // "wat vindt de aanjager van de verdeling van het doel?" asks what he says about something: a passage.
  const about = SOURCE_ASK.test(t) && /\b(over|van) (de |het |een )?(?!aanjager)[a-z]{3,}/.test(t);
  if (/\b(aanjager\w*|aanjaagteam|spigt)\b/.test(t) && !about) return { intent: 'context', topic: 'aanjager' };
  // The share of hours against the share of the target.
  if (UREN.test(t)) return { intent: 'context', topic: 'uren' };
  const realised =
    /\b(gerealiseerd|realiseerd|bereikt|gehaald|haalde|haalden|gelukt|bijgekomen|erbij gekomen|stand|voortgang|ervoor)\b|\bstaat\b.*\bvoor\b/.test(
      t,
    );
  const nationwide =
    /\b(landelijk\w*|nationaal|nationale|in (heel )?nederland|alle werkgevers|markt en overheid samen|overheid en markt samen|in totaal extra banen|de hele banenafspraak|banenafspraak als geheel)\b/.test(
      t,
    );
  if ((nationwide || markt) && realised) return { intent: 'context', topic: 'landelijk' };
  if (/\b(85000|105000)\b/.test(t)) return { intent: 'context', topic: 'landelijk' };
  // "haalt nederland de 125.000?", "hoeveel zijn er nog nodig voor de 125.000?": how far the whole agreement is.
  if (
    /\b(125000|100000)\b/.test(t) &&
    /\b(haalt|halen|gehaald|bereikt|bereiken|nog nodig|nodig|nog|staat|stand)\b/.test(t)
  )
    return { intent: 'context', topic: 'landelijk' };

  // The agreement's targets: 125.000 = 100.000 markt + 25.000 overheid.
  const target =
    /\b(moet(en)?|moest|opgave|doel(?!groep)\w*|taakstelling|afgesproken|afspraak|einddoel|creeren|realiseren)\b/.test(
      t,
    ) && /\b(hoeveel|hoe groot|welk|wat is|wat was|totaal|totale|in totaal|samen)\b/.test(t);
  if (/\b(125000|100000|25000)\b/.test(t)) return doelen(focusOf(t, markt));
  // "Wat was het landelijke doel voor 2023?": that year's national target and what was realised.
  if (nationwide && /\bdoel(?!groep)\w*\b/.test(t) && /\b20\d\d\b/.test(t))
    return { intent: 'context', topic: 'landelijk' };
  // "Wat is de totale opgave van de banenafspraak?", "hoeveel banen moeten er in totaal komen?"
  const whole =
    /\b(van|in|voor) de (hele )?banenafspraak\b|\bbanenafspraak (in totaal|als geheel)\b/.test(t) ||
    (/\bin totaal\b/.test(t) && /\bmoet(en)? er\b/.test(t));
  if (target && whole && !/\b20\d\d\b/.test(t)) return doelen('totaal');
  if (
    target &&
    (markt || nationwide || /\b(overheid|de overheid|overheidswerkgevers|overheid en onderwijs)\b/.test(t))
  ) {
    // "Hoeveel banen moet de overheid in 2024 realiseren?" asks for that year's sector goals, not the agreement.
    if (/\b20\d\d\b/.test(t) && !markt && !nationwide) return undefined;
    return doelen(focusOf(t, markt));
  }
  return undefined;
}

/** The agreement's targets; the overheid's leads unless the question is about the markt or the whole. */
function doelen(focus: 'overheid' | 'markt' | 'totaal'): Query {
  return focus === 'overheid' ? { intent: 'context', topic: 'doelen' } : { intent: 'context', topic: 'doelen', focus };
}

function focusOf(t: string, markt: boolean): 'overheid' | 'markt' | 'totaal' {
  if (/\b(125000|alle werkgevers|landelijk\w*|in (heel )?nederland|hele banenafspraak|totaal aantal)\b/.test(t))
    return 'totaal';
  if (markt && !/\boverheid\b/.test(t)) return 'markt';
  if (markt) return 'totaal';
  return 'overheid';
}

/** The capitalized words of the text after its first word, folded like normalize() does, joined by spaces. */
function capitalized(text: string): string {
  const words = (typeof text === 'string' ? text : '').split(/\s+/).slice(1);
  return normalize(words.filter((w) => /^\p{Lu}/u.test(w)).join(' '));
}

function contentWords(t: string): string[] {
  return t.split(' ').filter((w) => !STOP.has(w) && !/^\d+$/.test(w) && w.length > 1);
}

/** The question as typed, cut to what a passage query carries. */
function questionText(text: string): string {
  const oneLine = (typeof text === 'string' ? text : '').replace(/\s+/g, ' ').trim();
  if (oneLine.length <= MAX_PASSAGE_QUESTION) return oneLine;
  const cut = oneLine.slice(0, MAX_PASSAGE_QUESTION);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}
