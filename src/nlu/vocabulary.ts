// The one vocabulary table of the parser: which (normalized) words and phrases signal what.
// Sector names and aliases come from data/sectors.json; everything else a question may contain
// is listed here. Phrases are written as normalize() leaves them: lowercase, no diacritics,
// no punctuation ("t.o.v." → "tov", "umc's" → "umcs", "I&W" → "ienw").
import type { EntityId } from '../domain/model.js';

/** A signal a word or phrase gives; parse.ts decides the intent from the set of cues. */
export type Cue =
  // conversation
  | 'help' | 'greeting' | 'thanks'
  | 'subscribe' | 'subscriptions' | 'unsubscribe' | 'stop'
  // national context (context intent)
  | 'ctx-fta' | 'ctx-doelgroepregister' | 'ctx-doelen' | 'ctx-quotum' | 'ctx-banenafspraak' | 'ctx-bronnen'
  | 'define' | 'deadline'
  // what is measured
  | 'doel' | 'realisatie' | 'percentage' | 'unit' | 'lookup'
  // question kinds
  | 'gap' | 'change' | 'up' | 'down' | 'trend' | 'projection'
  | 'compare' | 'relative' | 'ranking' | 'superlative' | 'low' | 'most'
  | 'total' | 'all' | 'which' | 'reach' | 'above' | 'below' | 'not'
  | 'inkoop' | 'notes' | 'why'
  | 'topic-aanpak' | 'topic-knelpunten' | 'topic-begeleiding' | 'topic-maatregelen' | 'topic-organisatie' | 'topic-algemeen'
  | 'top' | 'must' | 'still' | 'future' | 'realise';

/** Cue → the phrases that give it. A phrase may appear under several cues. */
export const CUE_PHRASES: Record<Cue, readonly string[]> = {
  help: [
    'help', 'hulp', 'helpen', 'wat kan je', 'wat kun je', 'wat kan jij', 'wat kun jij', 'wat kunt u',
    'wat kan je allemaal', 'wat kun je allemaal', 'wat kan de bot', 'wat kan banenbot', 'hoe werkt dit',
    'hoe werkt het', 'hoe werk je', 'hoe werkt de bot', 'uitleg', 'menu', 'opties', 'commando', 'commandos',
    'voorbeelden', 'voorbeeld', 'instructie', 'instructies', 'handleiding', 'wie ben je', 'wat ben je',
    'wie ben jij', 'wat ben jij', 'wat doe je', 'wat doe jij', 'welke vragen', 'wat kan ik vragen',
    'wat kan ik je vragen', 'waar kan je mee helpen', 'waarmee kan je helpen', 'start', 'hoe abonneer',
    'hoe kan ik abonneren', 'hoe werkt abonneren', 'hoe meld ik me aan', 'hoe meld ik me af', 'hoe werken abonnementen',
    'hoe werkt deze bot', 'hoe werkt deze chatbot', 'hoe werkt banenbot', 'wat kan deze bot', 'hoe gebruik ik',
    'snap het niet', 'begrijp het niet', 'snap er niets van', 'snap er niks van',
  ],
  greeting: [
    'hoi', 'hallo', 'hey', 'hee', 'hi', 'hello', 'hoihoi', 'heey', 'yo', 'goedemorgen', 'goedemiddag',
    'goedenavond', 'goeiemorgen', 'goeiemiddag', 'goeienavond', 'goede morgen', 'goede middag',
    'goeden avond', 'goedendag', 'goeiedag', 'dag', 'daggg', 'morgen', 'middag', 'avond', 'moi', 'moin',
    'welkom', 'hallo daar', 'hoi daar', 'good morning', 'goodmorning', 'morning', 'good afternoon',
    'hoe gaat het', 'hoe is het', 'alles goed', 'hoe gaat het ermee',
  ],
  thanks: [
    'dank', 'dankje', 'dank je', 'dank je wel', 'dankjewel', 'dank u', 'dank u wel', 'dankuwel',
    'bedankt', 'thanks', 'thank you', 'thx', 'tnx', 'merci', 'top', 'super', 'mooi', 'prima', 'fijn',
    'perfect', 'helder', 'duidelijk', 'ok', 'oke', 'okay', 'okee', 'oki', 'goed zo', 'geweldig',
    'fantastisch', 'toppie', 'doei', 'tot ziens', 'fijne dag', 'heel fijn', 'heel erg bedankt',
    'hartelijk dank', 'veel dank', 'nice', 'cool', 'lekker', 'gaaf', 'chapeau', 'cheers',
  ],
  subscribe: [
    'abonneer', 'abonneren', 'abonneer me', 'abonneer ons', 'aanmelden', 'meld aan', 'meld me aan',
    'meld ons aan', 'inschrijven', 'schrijf me in', 'schrijf ons in', 'volg', 'volgen', 'updates',
    'meldingen', 'notificaties', 'houd me op de hoogte', 'hou me op de hoogte', 'houd ons op de hoogte',
    'hou ons op de hoogte', 'op de hoogte houden', 'ik wil updates', 'stuur updates', 'berichten', 'nieuwsbrief',
    'op de hoogte blijven', 'blijf op de hoogte', 'houd mij op de hoogte', 'hou mij op de hoogte', 'op de hoogte gehouden',
  ],
  subscriptions: [
    'abonnement', 'abonnementen', 'mijn abonnement', 'mijn abonnementen', 'onze abonnementen',
    'welke abonnementen', 'geabonneerd', 'waarop ben ik geabonneerd', 'waar ben ik op geabonneerd',
    'waar zijn we op geabonneerd', 'wat volg ik', 'wat volgen we',
  ],
  unsubscribe: [
    'afmelden', 'meld af', 'meld me af', 'meld ons af', 'uitschrijven', 'schrijf me uit', 'schrijf ons uit',
    'opzeggen', 'zeg op', 'ontvolgen', 'niet meer volgen', 'geen updates meer', 'geen meldingen meer',
    'unsubscribe', 'stop updates', 'stop de updates', 'stop meldingen', 'uitzetten', 'zet uit', 'zet updates uit',
    'geen berichten meer', 'berichten uit', 'meldingen uit', 'updates uit', 'notificaties uit',
  ],
  stop: [
    'stop', 'stoppen', 'beeindig', 'beeindigen', 'annuleer', 'annuleren', 'verwijder', 'verwijderen', 'weg', 'zeg',
    'opzeggen', 'niet meer',
  ],

  'ctx-fta': [
    'fta', 'ftas', 'fte', 'ftes', 'fulltime arbeidsparticipant', 'fulltime arbeidsparticipanten', 'arbeidsparticipant',
    'voltijdsbaan', 'voltijdsbanen', '25 5 uur', 'hoeveel uur is een fta', 'hoeveel uur is een baan',
  ],
  'ctx-doelgroepregister': [
    'doelgroepregister', 'doelgroep register', 'register', 'het register', 'doelgroep', 'de doelgroep',
    'geregistreerd', 'geregistreerde', 'werkzame personen', 'hoeveel mensen', 'hoeveel personen',
    'hoeveel werkenden', 'wajong', 'wajongers', 'wat is een arbeidsbeperking', 'wie valt onder', 'wie vallen onder',
    'wie hoort bij',
  ],
  'ctx-doelen': [
    'landelijk doel', 'landelijke doel', 'landelijke doelstelling', 'totale doel', 'totale doelstelling',
    '25000', '25000 banen', '125000', '125000 banen', 'sociaal akkoord',
    'hoeveel banen moeten er komen', 'hoeveel banen moet de overheid',
  ],
  'ctx-quotum': [
    'quotum', 'quota', 'quotumheffing', 'quotumwet', 'heffing', 'boete', 'quotumpercentage', 'quotering', 'quotumregeling',
    // What happens when the target is missed: the quotum levy.
    'wat gebeurt er als', 'gevolgen', 'consequenties', 'sanctie', 'sancties',
  ],
  'ctx-banenafspraak': ['banenafspraak', 'de banenafspraak', 'banen afspraak', 'banenafspraken', 'wet banenafspraak'],
  'ctx-bronnen': [
    'bron', 'bronnen', 'brondocument', 'brondocumenten', 'bronvermelding', 'kamerbrief', 'kamerbrieven',
    'kamerstuk', 'kamerstukken', 'waar komen de cijfers vandaan', 'waar komt het vandaan',
    'waar komen je cijfers vandaan', 'waar haal je', 'waar haal je de cijfers vandaan', 'databron',
    'dataset', 'welke documenten', 'documenten', 'verantwoording', 'vandaan', 'herkomst', 'bronvermelding',
    // How recent the figures are: the sources answer with their dates.
    'hoe actueel', 'hoe recent', 'hoe oud', 'van wanneer', 'peildatum', 'bijgewerkt', 'laatst bijgewerkt',
    'van welk jaar', 'welke jaren', 'over welke jaren', 'wanneer komen', 'voortgangsbrief', 'voortgangsbrieven',
    'volgende brief', 'verschijnt', 'gepubliceerd',
  ],
  /** By when the target must be met: the national targets answer that. */
  deadline: ['wanneer moet', 'wanneer moeten', 'deadline', 'einddatum', 'tot wanneer', 'looptijd', 'in welk jaar moet'],
  define: [
    'wat is', 'wat zijn', 'wat is een', 'wat betekent', 'wat betekend', 'wat houdt', 'wat houdt in',
    'betekenis', 'definitie', 'leg uit', 'uitleggen', 'verklaar', 'wat bedoel je met', 'wat wordt bedoeld met',
    'wat versta je onder', 'wat is het',
  ],

  doel: [
    'doel', 'doelen', 'doelstelling', 'doelstellingen', 'target', 'targets', 'taakstelling', 'opgave',
    'norm', 'streefcijfer', 'streefwaarde', 'ambitie', 'moet realiseren', 'moeten realiseren',
    'moet halen', 'moeten halen', 'moet hebben', 'moeten hebben',
  ],
  realisatie: [
    'realisatie', 'realisaties', 'aantal banen', 'aantal fta', 'hoeveel banen', 'hoeveel fta', 'hoeveel plekken',
    'hoeveel mensen werken', 'resultaat', 'resultaten', 'prestatie', 'prestaties',
  ],
  /** Verbs of realising: the realisation unless the question names another measure ("hoeveel procent … gerealiseerd"). */
  realise: [
    'gerealiseerd', 'gerealiseerde', 'realiseerde', 'realiseerden', 'realiseert', 'realiseren', 'gecreeerd',
    'gecreeerde', 'gecreerd', 'banen gemaakt', 'behaald', 'bereikte', 'ingevuld',
  ],
  percentage: [
    'percentage', 'percentages', 'procent', 'realisatiepercentage', 'realisatie percentage', 'realisatie procent', 'pct',
    'hoeveel procent', 'welk percentage', 'deel van het doel', 'aandeel', 'procent van het doel',
    'percentage van het doel', 'procent van de doelstelling', 'procent van hun doel', 'gemiddeld percentage',
    'hoeveel procent van het doel', 'welk percentage van het doel', 'hoeveel procent van de doelstelling',
  ],
  unit: ['fta', 'ftas', 'banen', 'baan', 'fte', 'plekken', 'arbeidsplaatsen', 'werkplekken', 'mensen', 'personen'],
  lookup: [
    'cijfers', 'cijfer', 'stand', 'stand van zaken', 'status', 'hoe staat', 'hoe staat het', 'hoe staat het met',
    'hoe staan', 'hoe gaat het met', 'hoe doet', 'hoe doen', 'hoe scoort', 'hoe scoren', 'scoort', 'scoren',
    'score', 'gegevens', 'overzicht', 'info', 'informatie', 'resultaat', 'hoe is het met', 'hoe zit het met',
    'voortgang', 'laat zien', 'toon', 'geef', 'presteert', 'presteren', 'presteerde',
  ],

  gap: [
    'gap', 'tekort', 'tekorten', 'achterstand', 'achterstanden', 'mist', 'missen', 'mis', 'ontbreekt',
    'ontbreken', 'nog te gaan', 'te gaan', 'nog nodig', 'nodig', 'hoe ver', 'hoe ver van', 'hoe ver weg',
    'van het doel af', 'af van het doel', 'verwijderd', 'afstand', 'afstand tot het doel', 'resterend',
    'resterende', 'restant', 'nog te realiseren', 'verschil met het doel', 'verschil met doel',
    'verschil tot het doel', 'verschil tussen doel en realisatie', 'verschil tussen realisatie en doel',
    'verschil tussen het doel en de realisatie', 'verschil tussen de realisatie en het doel', 'onder het doel',
    'verschil doel realisatie', 'verschil doel en realisatie', 'verschil realisatie doel', 'restopgave', 'rest opgave',
    'achter', 'achterblijven', 'achterloopt', 'loopt achter',
    'lopen achter', 'gat', 'hoeveel nog', 'dichtst', 'het dichtst', 'dichtstbij', 'verst', 'het verst',
  ],
  change: [
    'verschil', 'verschillen', 'verandering', 'veranderd', 'veranderingen', 'gewijzigd', 'wijziging',
    'mutatie', 'delta', 'erbij', 'erbij gekomen', 'bijgekomen', 'afgevallen', 'vergeleken met vorig jaar',
    'ten opzichte van vorig jaar', 'tov vorig jaar', 'vorig jaar vergeleken',
  ],
  up: [
    'gestegen', 'stijging', 'stijgingen', 'stijgt', 'steeg', 'stegen', 'stijgen', 'groei', 'gegroeid',
    'groeit', 'groeide', 'groeiden', 'groeien', 'toename', 'toegenomen', 'neemt toe', 'namen toe',
    'vooruitgang', 'vooruit', 'vooruitgegaan', 'verbetering', 'verbeterd', 'verbeterde', 'beter geworden',
    'meer geworden', 'omhoog', 'gestegen zijn', 'stijger', 'stijgers', 'groeier', 'groeiers',
  ],
  down: [
    'gedaald', 'daling', 'dalingen', 'daalt', 'daalde', 'daalden', 'dalen', 'afname', 'afgenomen',
    'neemt af', 'namen af', 'krimp', 'gekrompen', 'achteruit', 'achteruitgang', 'achteruitgegaan',
    'verslechterd', 'verslechtering', 'slechter geworden', 'minder geworden', 'omlaag', 'teruggelopen',
    'terugloop', 'gezakt', 'zakt', 'zakte', 'zakten', 'zakken', 'daler', 'dalers',
  ],
  trend: [
    'ontwikkeling', 'ontwikkelingen', 'ontwikkeld', 'ontwikkelt', 'trend', 'trends', 'verloop', 'verlopen',
    'historie', 'historisch', 'geschiedenis', 'tijdlijn', 'tijdreeks', 'reeks', 'door de jaren',
    'door de jaren heen', 'over de jaren', 'over de jaren heen', 'afgelopen jaren', 'laatste jaren',
    'door de tijd', 'in de loop der jaren', 'per jaar', 'jaarlijks', 'alle jaren', 'grafiek', 'lijn',
    'lijngrafiek', 'koers', 'verlopen over', 'verliep', 'verliepen', 'jaar op jaar', 'door de tijd heen',
    'sinds de start', 'vanaf de start', 'sinds het begin', 'vanaf het begin', 'sinds de start van de banenafspraak',
  ],
  projection: [
    'wanneer', 'prognose', 'prognoses', 'voorspelling', 'voorspel', 'voorspellen', 'verwachting',
    'verwachtingen', 'verwacht', 'tempo', 'bij dit tempo', 'in dit tempo', 'huidige tempo', 'op koers',
    'op schema', 'in welk jaar', 'welk jaar', 'hoe lang nog', 'hoelang nog', 'hoe lang duurt',
    'projectie', 'extrapolatie', 'extrapoleer', 'toekomst', 'gaat halen', 'gaan halen', 'zal halen',
    'zullen halen', 'gaat het halen', 'gaan het halen', 'wordt gehaald', 'gehaald worden', 'op tijd',
    'welk moment', 'op welk moment', 'hoeveel jaar', 'hoeveel jaren', 'hoe lang', 'hoelang',
  ],

  compare: [
    'vergelijk', 'vergelijken', 'vergelijking', 'vergelijkingen', 'vergelijkt', 'vs', 'versus',
    'naast elkaar', 'zij aan zij', 'verschil tussen', 'verschillen tussen', 'wie doet het beter',
    'wie scoort beter', 'beter dan', 'slechter dan', 'hoger dan', 'lager dan',
  ],
  relative: [
    'tov', 'ten opzichte van', 'tegenover', 'vergeleken met', 'in vergelijking met', 'afgezet tegen',
    'vergeleken', 'relatief', 'verhoudt', 'verhouden', 'verhouding', 'zich verhoudt tot',
  ],
  ranking: [
    'ranglijst', 'ranking', 'rangorde', 'ranglijstje', 'volgorde', 'sorteer', 'gesorteerd', 'rangschik',
    'rangschikking', 'lijstje', 'plek', 'plaats', 'positie', 'klassement', 'koploper', 'koplopers',
    'hekkensluiter', 'hekkensluiters', 'nummer 1', 'nummer een', 'onderste', 'bovenste',
    'hoog naar laag', 'van hoog naar laag', 'laag naar hoog', 'van laag naar hoog', 'op volgorde',
  ],
  superlative: [
    'best', 'beste', 'het best', 'het beste', 'slechtst', 'slechtste', 'het slechtst', 'het slechtste',
    'hoogst', 'hoogste', 'het hoogst', 'het hoogste', 'laagst', 'laagste', 'het laagst', 'het laagste',
    'grootst', 'grootste', 'kleinst', 'kleinste', 'sterkst', 'sterkste', 'zwakst', 'zwakste', 'meest',
    'minst', 'meeste', 'minste', 'het meest', 'het minst', 'het meeste', 'het minste', 'koploper',
    'koplopers', 'hekkensluiter', 'hekkensluiters', 'bovenaan', 'onderaan', 'snelst', 'snelste', 'het snelst',
    'hardst', 'hardste', 'het hardst', 'het sterkst', 'dichtst', 'het dichtst', 'dichtstbij', 'verst', 'het verst',
    'onderste', 'bovenste', 'ruimst', 'het ruimst', 'ruimste',
  ],
  low: [
    'slechtst', 'slechtste', 'het slechtst', 'het slechtste', 'laagst', 'laagste', 'het laagst', 'het laagste',
    'kleinst', 'kleinste', 'zwakst', 'zwakste', 'minst', 'minste', 'het minst', 'het minste', 'hekkensluiter',
    'hekkensluiters', 'onderaan', 'laatste plaats', 'achteraan', 'slecht', 'dichtst', 'het dichtst', 'dichtstbij',
    'onderste', 'laag', 'lage', 'zo laag', 'zo slecht', 'zo weinig', 'laag naar hoog', 'van laag naar hoog',
  ],
  most: ['meest', 'meeste', 'minst', 'minste', 'het meest', 'het minst', 'het meeste', 'het minste'],

  total: [
    'totaal', 'totale', 'totalen', 'in totaal', 'samen', 'bij elkaar', 'alles bij elkaar', 'opgeteld',
    'bij elkaar opgeteld', 'som', 'optellen', 'tel op', 'gezamenlijk', 'gezamenlijke', 'overall',
    'geheel', 'in het geheel', 'al met al', 'allemaal samen', 'sector breed', 'sectorbreed', 'gemiddeld', 'hele', 'als geheel',
    'gemiddelde', 'gemiddeld percentage',
  ],
  all: ['alle', 'allemaal', 'iedere', 'elke', 'ieder', 'elk'],
  which: ['welke', 'welk', 'wie'],
  reach: [
    'halen', 'haalt', 'haalde', 'haalden', 'gehaald', 'haal', 'bereikt', 'bereiken', 'bereikten', 'bereikte',
    'behaald', 'behaalden', 'niet gehaald', 'gemist', 'voldoen', 'voldoet', 'voldeden', 'voldaan',
  ],
  above: [
    'boven', 'meer dan', 'hoger dan', 'bovenop', 'boven de', 'minstens', 'tenminste', 'ten minste',
  ],
  below: ['onder', 'minder dan', 'lager dan', 'beneden', 'onder de', 'niet vol'],
  not: ['niet', 'geen', 'nooit', 'nog niet', 'niet gehaald', 'mislukt', 'gemist'],

  inkoop: [
    'inkoop', 'ingekocht', 'inkopen', 'sroi', 'social return', 'social return on investment',
    'inclusief inkoop', 'incl inkoop', 'inclusief sroi', 'incl sroi', 'met inkoop', 'met sroi',
    'via inkoop', 'via sroi', 'socialreturn', 'aanbesteding', 'aanbestedingen', 'inkoopbanen',
  ],
  notes: [
    'wat doet', 'wat doen', 'wat deed', 'wat deden', 'wat gaat', 'wat gaan', 'hoe pakt', 'hoe pakken',
    'aanpak', 'aanpakken', 'aangepakt', 'vertel over', 'vertel meer', 'vertel iets over', 'meer over',
    'achtergrond', 'achtergronden', 'toelichting', 'verhaal', 'kwalitatief', 'kwalitatieve', 'beeld',
    'algemeen beeld', 'activiteiten', 'initiatieven', 'initiatief', 'ervaringen', 'goede voorbeelden',
    'voorbeelden van', 'inzet', 'hoe gaat', 'hoe werkt', 'hoe zorgen', 'hoe zorgt', 'beleid', 'blauwe baan',
  ],
  why: ['waarom', 'hoe komt het', 'hoe komt dat', 'oorzaak', 'oorzaken', 'verklaring', 'reden', 'redenen', 'hoezo'],
  'topic-aanpak': [
    'aanpak', 'aanpakken', 'aangepakt', 'hoe pakt', 'hoe pakken', 'werkwijze', 'strategie', 'activiteiten',
    'initiatieven', 'initiatief', 'goede voorbeelden', 'inzet', 'jobcarving', 'functiecreatie',
    'werving', 'werven', 'werft', 'instroom', 'wat werkt', 'werkt goed', 'leren van', 'inspiratie', 'tips',
  ],
  'topic-knelpunten': [
    'knelpunt', 'knelpunten', 'probleem', 'problemen', 'uitdaging', 'uitdagingen', 'obstakel', 'obstakels',
    'belemmering', 'belemmeringen', 'lukt niet', 'lukt het niet', 'lukken niet', 'moeilijk', 'lastig',
    'struikelblok', 'struikelblokken', 'hindernis', 'hindernissen', 'drempels', 'drempel', 'achterblijven',
    'bevoegdheidseisen', 'lesbevoegdheid', 'realistisch', 'onrealistisch', 'haalbaar', 'onhaalbaar', 'haalbaarheid',
  ],
  'topic-begeleiding': [
    'begeleiding', 'begeleiden', 'begeleid', 'begeleider', 'begeleiders', 'jobcoach', 'jobcoaches',
    'jobcoaching', 'coaching', 'coach', 'coaches', 'buddy', 'buddys', 'mentor', 'mentoren', 'mentorwijs',
    'ondersteuning', 'ondersteunen', 'werkbegeleiding',
  ],
  'topic-maatregelen': [
    'maatregel', 'maatregelen', 'plan', 'plannen', 'plan van aanpak', 'acties', 'actie', 'werkagenda',
    'werkagendas', 'wat gaat', 'wat gaan', 'doorkijk', 'routekaart', 'vervolg', 'volgende stappen',
    'komend jaar', 'komende jaren',
  ],
  'topic-organisatie': [
    'organisatie', 'georganiseerd', 'organiseren', 'structuur', 'financiering', 'centrale financiering',
    'budget', 'wie is verantwoordelijk', 'verantwoordelijk', 'coordinatie', 'netwerk', 'league',
  ],
  'topic-algemeen': ['algemeen', 'algemeen beeld', 'in het algemeen', 'samenvatting', 'samengevat'],
  top: ['top'],
  must: ['moet', 'moeten', 'moest', 'moesten', 'dient', 'dienen', 'behoort', 'horen te'],
  still: ['nog', 'nog steeds', 'resteert', 'rest'],
  future: ['gaat', 'gaan', 'zal', 'zullen', 'wordt', 'worden', 'gaat lukken', 'gaan lukken'],
};

/** Scope words: which set of entities a ranking, filter, total or comparison runs over. */
export type ScopeId = 'sectoren' | 'overheid' | 'onderwijs' | 'ministeries';
export interface ScopeWord {
  scope: ScopeId;
  /** Plural or "all"-like: "onderwijssectoren", "ministeries"; singular: "het onderwijs", "ministerie". */
  plural: boolean;
  /**
   * Just the word "sector(en)": next to a group word that group is meant ("welke sector scoort
   * het best in het onderwijs" → onderwijs), alone it means all sectors.
   */
  generic?: boolean;
}

export const SCOPE_PHRASES: Record<string, ScopeWord> = {
  sector: { scope: 'sectoren', plural: false, generic: true },
  sectoren: { scope: 'sectoren', plural: true, generic: true },
  'alle sectoren': { scope: 'sectoren', plural: true },
  'andere sectoren': { scope: 'sectoren', plural: true },
  'de rest': { scope: 'sectoren', plural: true, generic: true },
  'overheid en onderwijs': { scope: 'sectoren', plural: true },
  'overheids en onderwijssectoren': { scope: 'sectoren', plural: true },
  'publieke sector': { scope: 'sectoren', plural: false },
  'de publieke sector': { scope: 'sectoren', plural: false },
  overheid: { scope: 'overheid', plural: false },
  'de overheid': { scope: 'overheid', plural: false },
  overheden: { scope: 'overheid', plural: true },
  overheidssector: { scope: 'overheid', plural: false },
  overheidssectoren: { scope: 'overheid', plural: true },
  'overheids sectoren': { scope: 'overheid', plural: true },
  overheidswerkgevers: { scope: 'overheid', plural: true },
  onderwijs: { scope: 'onderwijs', plural: false },
  'het onderwijs': { scope: 'onderwijs', plural: false },
  onderwijssector: { scope: 'onderwijs', plural: false },
  onderwijssectoren: { scope: 'onderwijs', plural: true },
  'onderwijs sectoren': { scope: 'onderwijs', plural: true },
  onderwijsinstellingen: { scope: 'onderwijs', plural: true },
  onderwijswerkgevers: { scope: 'onderwijs', plural: true },
  'andere onderwijssectoren': { scope: 'onderwijs', plural: true },
  'andere overheidssectoren': { scope: 'overheid', plural: true },
  scholen: { scope: 'onderwijs', plural: true },
  school: { scope: 'onderwijs', plural: false },
  ministerie: { scope: 'ministeries', plural: false },
  'een ministerie': { scope: 'ministeries', plural: false },
  'het ministerie': { scope: 'ministeries', plural: false },
  ministeries: { scope: 'ministeries', plural: true },
  'de ministeries': { scope: 'ministeries', plural: true },
  departement: { scope: 'ministeries', plural: false },
  departementen: { scope: 'ministeries', plural: true },
  'per ministerie': { scope: 'ministeries', plural: true },
  'per sector': { scope: 'sectoren', plural: true, generic: true },
  'per departement': { scope: 'ministeries', plural: true },
  'andere ministeries': { scope: 'ministeries', plural: true },
  'andere departementen': { scope: 'ministeries', plural: true },
};

/**
 * Words that are not a sector here but point to one: "ziekenhuizen" are mostly market sector,
 * only the umc's are in the banenafspraak overheid; the Belastingdienst reports under Financiën.
 * The parser answers `unknown_sector` with these suggestions instead of guessing.
 */
export const NEAR_MISSES: Record<string, readonly EntityId[]> = {
  ziekenhuis: ['umc'],
  ziekenhuizen: ['umc'],
  zorg: ['umc'],
  zorgsector: ['umc'],
  belastingdienst: ['fin'],
  douane: ['fin'],
  rijkswaterstaat: ['ienw'],
  dji: ['jenv'],
  gevangeniswezen: ['jenv'],
  ind: ['jenv'],
  tno: ['onderzoeksinstellingen'],
  knaw: ['onderzoeksinstellingen'],
  kgg: ['ezk'],
  'klimaat en groene groei': ['ezk'],
  'tweede kamer': ['hcvs'],
  'eerste kamer': ['hcvs'],
  'staten generaal': ['hcvs'],
  'raad van state': ['hcvs'],
  'algemene rekenkamer': ['hcvs'],
  rekenkamer: ['hcvs'],
  'nationale ombudsman': ['hcvs'],
  markt: [],
  marktsector: [],
  bedrijfsleven: [],
  'de markt': [],
  marechaussee: ['defensie'],
  uwv: [],
};

/** Fractions of the target that read as a percentage: "onder de helft" = below 50%. */
export const FRACTION_WORDS: Record<string, number> = { helft: 50, kwart: 25, driekwart: 75 };

/** Number words for "top drie", "de vijf beste". "een" only counts after "top" (it is also "a"). */
export const NUMBER_WORDS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13,
};

/** Relative year phrases (resolved against the latest year with figures, see years.ts). */
export const RELATIVE_YEARS: Record<string, number> = {
  'vorig jaar': -1, 'vorige jaar': -1, 'het jaar ervoor': -1, 'jaar daarvoor': -1, 'voorgaande jaar': -1,
  'dit jaar': 0, 'afgelopen jaar': 0, 'het afgelopen jaar': 0, 'laatste jaar': 0, 'het laatste jaar': 0,
  'meest recente jaar': 0, 'recentste jaar': 0, 'huidige jaar': 0,
};

/**
 * Words that carry no meaning for the parser: fillers ("kun je me vertellen", "graag", "even"),
 * articles, pronouns, prepositions, common verbs. Listing them keeps them from being mistaken
 * for misspelled sectors.
 */
export const FILLER_WORDS: readonly string[] = (
  'a aan aanjager aantal aantallen achter af afspraak afspraken al alle alleen allen alles als ' +
  'alsjeblieft alstublieft actuele alvast alweer andere anders antwoord arbeidsbeperking arbeidsbeperkingen ' +
  'arbeidsmarkt aub baan banen banenbot beetje begin bekend bekende bekijk bekijken beleid ben benieuwd ' +
  'bent beperking beperkingen best bij bijna bijvoorbeeld binnen bleef bleven blijft blijven bot ' +
  'bovendien channel chat chatbot check checken cijfer cijfermatig cijfermatige circa collega collegas ' +
  'contract contracten daar daarbij daarin daarnaast daarom dan dat de detachering detacheringen deze ' +
  'die dienst diensten dienstverband dienstverbanden ding dingen dit doe doen doet door doordat dus ' +
  'echt een eens eerder eerste effe eigen eigenlijk eind en enz er eraan erg erin erna erover eruit ' +
  'ervaart ervan ervaren ervoor even exact exacte ff formele functie functies gaan gaat gebeurd gebeurt ' +
  'gebruik gebruiken gebruikt gebruikte gedaan gedetacheerd geef geeft gegaan gegeven gehad gekregen ' +
  'gemaakt geregeld getal getallen geweest gisteren goed goede graag grafisch groep groepschat groot ' +
  'grote haar had hadden hallo heb hebben hebt heeft heel hele hem het hier hij hoe hoeveel hoge hoog ' +
  'huidig huidige hun iedereen iemand iets ik in inclusie inclusief inclusieve inleenverband ' +
  'inleenverbanden interessant interesse is ja jaar jaartal jaren je jij jou jouw jullie kabinet kamer ' +
  'kan kanaal kandidaat kandidaten kijk kijken klein kleine kloppen klopt kon kort kortom kreeg krijgen ' +
  'krijgt kun kunnen kunt kwam kwartaal laat laatste landelijk landelijke laten later liggen ' +
  'ligt lijkt lijst maand maar mag manier me medewerkers mee meer meetellen meneer mens mensen mevrouw ' +
  'mij mijn minister ministers misschien moet moeten mogelijk mogen morgen naam naar nagaan nationaal ' +
  'nationale natuurlijk nederland nederlandse nee niemand niets nieuwsgierig nl nodig noem noemen nog ' +
  'nieuwe nieuwste nogal nou nu nummer of om omdat ongeveer ons onze ook op opnieuw opzoeken organisaties over ' +
  'overigens participatie per periode personeel please pls plz politici politiek politieke precies ' +
  'precieze qua recente recentste redelijk regelen regering rol rond ruwweg s schatting sector sectoren sinds sindsdien ' +
  'slecht slechte slotte snel staan staat staatssecretaris stand steeds stond straks svp t tabel te ' +
  'team tegen tellen telt ten tenslotte terwijl tijdens toch toe tonen tot totaalbeeld trouwens tweede ' +
  'u uit uw vacature vacatures van vanaf vandaag vanuit vast vaste veel verder verders vertel vertellen ' +
  'via vind vinden voor voordat vraag vraagje vraagjes vragen vrij vroeg waar waarbij waarde waarden ' +
  'wanneer want waren was wat we weer weergeven weet wel welke wellicht werd werden werk werken ' +
  'werkgever werkgevers werknemers wet weten wetten wie wij wil wilde willen worden wordt zaak zag ' +
  'zagen zaken zal ze zelf zich zien ziet zij zijn zit zitten zo zoek zoeken zoiets zou zouden zoveel ' +
  'zowat'
).split(' ');
