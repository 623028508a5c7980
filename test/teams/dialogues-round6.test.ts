// Acceptance round 6 (issue 10), end to end over HTTP with the stand-in connector: 57 new
// multi-turn dialogues written by an outside tester (ellipsis of year, sector, metric and
// operation; "die/ze/dat", "die twee"; "wij/ons" after saying who we are; comparisons and
// rankings carried to another year; sums of what was compared; "waarom?" after a figure; another
// figure of the same sector; the register's dates). Each dialogue runs in its own conversation,
// in turn a personal chat, a group chat and a channel thread (";messageid="). Every turn must
// show its key figure or words; a turn answered from the context must head the card with the
// whole question as understood. Expiry, a full question replacing the context and a first
// follow-up without context are tested below the table.
import { describe, expect, it } from 'vitest';
import { useBotAndConnector } from '../support/bot-server.js';
import { shownText } from '../support/shown-text.js';
import { type Kind, message } from './activities.js';

const setup = useBotAndConnector();

/** [what the user types, a fragment the reply shows, the card heading when the context was used]. */
type Turn = readonly [string, string, string?];

export const DIALOGUES: readonly (readonly Turn[])[] = [
  [
    ['hoe staat defensie ervoor?', 'Defensie 2024: realisatie 595,4 fta'],
    ['en vorig jaar', 'Defensie 2023: realisatie 508,5 fta', 'Defensie · 2023 · doel en realisatie'],
    ['hoeveel moeten ze nog', 'Defensie 2023: nog 313,5 fta', 'Defensie · 2023 · tekort'],
    ['en de politie', 'Politie 2023: nog 326 fta', 'Politie · 2023 · tekort'],
  ],
  [
    ['realisatie gemeenten 2023', 'Realisatie gemeenten 2023: 6.320 fta'],
    ['en een jaar later?', 'Realisatie gemeenten 2024: 6.051 fta', 'Gemeenten · 2024 · realisatie'],
    [
      'vergelijk met de provincies',
      'realisatiepercentage: Gemeenten (109,2%',
      'Gemeenten, Provincies · 2024 · vergelijking',
    ],
    ['en in 2023?', 'realisatiepercentage: Gemeenten (120,4%', 'Gemeenten, Provincies · 2023 · vergelijking'],
  ],
  [
    ['welke sector scoort het best', 'realisatiepercentage in 2024: Gemeenten (109,2%'],
    [
      'en in 2023',
      'realisatiepercentage in 2023: Gemeenten (120,4%',
      'Alle sectoren · 2023 · ranglijst op realisatiepercentage',
    ],
    [
      'en het slechtst?',
      'medische centra (umc’s) (20%',
      'Alle sectoren · 2023 · ranglijst op realisatiepercentage (laagste eerst)',
    ],
    ['en bij de ministeries?', 'Voor de ministeries heb ik geen cijfers over', 'Geen cijfers over 2023'],
  ],
  [
    ['tekort hbo', 'beroepsonderwijs 2024: nog 1.189 fta'],
    ['en het wo?', 'Wetenschappelijk onderwijs 2024: nog 1.692 fta', 'Wetenschappelijk onderwijs · 2024 · tekort'],
    ['en in 2023', 'Wetenschappelijk onderwijs 2023: nog 1.474 fta', 'Wetenschappelijk onderwijs · 2023 · tekort'],
  ],
  [
    ['wij zijn van het mbo', 'Genoteerd: in dit gesprek staat "wij" en "ons"'],
    [
      'hoe staan we ervoor',
      'beroepsonderwijs 2024: realisatie circa 706 fta',
      'Middelbaar beroepsonderwijs · 2024 · doel en realisatie',
    ],
    ['wat is ons tekort', 'beroepsonderwijs 2024: nog circa 1.223 fta', 'Middelbaar beroepsonderwijs · 2024 · tekort'],
    [
      'en vergeleken met het hbo?',
      'beroepsonderwijs (circa 37%',
      'Middelbaar beroepsonderwijs, Hoger beroepsonderwijs · 2024 · vergelijking',
    ],
    [
      'en in 2023?',
      'beroepsonderwijs (circa 37%',
      'Middelbaar beroepsonderwijs, Hoger beroepsonderwijs · 2023 · vergelijking',
    ],
  ],
  [
    ['dit kanaal gaat over de waterschappen', 'Genoteerd: in dit gesprek staat "wij" en "ons"'],
    ['onze realisatie in 2023', 'Realisatie waterschappen 2023: 329 fta', 'Waterschappen · 2023 · realisatie'],
    ['hoeveel zijn we gestegen', 'Waterschappen: realisatie van 329 fta', 'Waterschappen · 2023 → 2024 · verandering'],
    ['waarom?', 'Waterschappen over aanpak en', 'Waterschappen · duiding'],
  ],
  [
    ['percentage vo 2024', 'voortgezet onderwijs 2024: 20%'],
    ['waarom?', 'Voortgezet onderwijs over aanpak en', 'Voortgezet onderwijs · duiding'],
    ['en het po?', 'Primair onderwijs over aanpak en', 'Primair onderwijs · duiding'],
  ],
  [
    ['politie 2024', 'Politie 2024: realisatie 489 fta'],
    ['hoe ging dat sinds 2021', 'en doel. De tabel meldt 68,4%', 'Politie · 2021–2024 · ontwikkeling'],
    ['wanneer halen ze het doel', 'De realisatie groeide van 387 fta', 'Politie · prognose'],
    ['en defensie?', 'De realisatie groeide van 508,5 fta', 'Defensie · prognose'],
  ],
  [
    ['vergelijk politie en defensie', 'realisatiepercentage: Politie (68,4%'],
    ['en vorig jaar?', 'realisatiepercentage: Defensie (61,9%', 'Politie, Defensie · 2023 · vergelijking'],
    ['en het rijk erbij?', 'realisatiepercentage: Rijk (80%', 'Politie, Defensie, Rijk · 2023 · vergelijking'],
  ],
  [
    ['en in 2023?', 'Welke sector bedoelt u met 2023? Bijvoorbeeld het'],
    ['de politie', 'Politie 2023: realisatie 387 fta', 'Politie · 2023 · doel en realisatie'],
    ['en het tekort?', 'Politie 2023: nog 326 fta', 'Politie · 2023 · tekort'],
  ],
  [
    ['hoeveel mist de rijksoverheid nog', 'Rijk 2024: nog 916 fta'],
    ['en bzk?', '(stand vierde kwartaal): nog 59 fta', 'Binnenlandse Zaken en Koninkrijksrelaties · 2024 · tekort'],
    ['en financien?', 'doel. De realisatie van 1.606 fta', 'Financiën · 2024 · tekort'],
  ],
  [
    ['top 3 2024', 'realisatiepercentage in 2024: Gemeenten (109,2%'],
    [
      'en 2023?',
      'realisatiepercentage in 2023: Gemeenten (120,4%',
      'Alle sectoren · 2023 · top 3 op realisatiepercentage',
    ],
    [
      'en de onderste drie?',
      'medische centra (umc’s) (20%',
      'Alle sectoren · 2023 · top 3 op realisatiepercentage (laagste eerst)',
    ],
  ],
  [
    ['welke sectoren haalden hun doel in 2023', '120,4%'],
    ['en in 2024?', '109,2%', 'Alle sectoren · 2024 · doel gehaald'],
    ['en welke niet?', 'en doel. De tabel meldt 68,4%', 'Alle sectoren · 2024 · doel niet gehaald'],
  ],
  [
    ['realisatie umc 2024', 'medische centra (umc’s) 2024: 586 fta'],
    ['en het doel?', 'medische centra (umc’s) 2024: 2.562 fta', 'Universitaire medische centra (umc’s) · 2024 · doel'],
    [
      'en het percentage?',
      'medische centra (umc’s) 2024: 22,9%',
      'Universitaire medische centra (umc’s) · 2024 · realisatiepercentage',
    ],
    [
      'en de realisatie in 2023?',
      'medische centra (umc’s) 2023: 506 fta',
      'Universitaire medische centra (umc’s) · 2023 · realisatie',
    ],
  ],
  [
    ['hoeveel banen heeft het primair onderwijs', 'primair onderwijs 2024: 1.372 fta'],
    ['en het voortgezet?', 'voortgezet onderwijs 2024: 750 fta', 'Voortgezet onderwijs · 2024 · realisatie'],
    ['en vorig jaar?', 'voortgezet onderwijs 2023: circa 840 fta', 'Voortgezet onderwijs · 2023 · realisatie'],
  ],
  [
    ['hoe doet de politie het', 'Politie 2024: realisatie 489 fta'],
    ['realisatie gemeenten 2023', 'Realisatie gemeenten 2023: 6.320 fta'],
    ['en het tekort?', 'doel. De realisatie van 6.320 fta', 'Gemeenten · 2023 · tekort'],
  ],
  [
    ['ontwikkeling rijk', 'Realisatiepercentage Rijk: 2019 59%'],
    ['en de gemeenten?', 'Realisatiepercentage Gemeenten: 2023 120,4%', 'Gemeenten · 2020–2024 · ontwikkeling'],
    ['en vanaf 2022?', 'Realisatiepercentage Gemeenten: 2023 120,4%', 'Gemeenten · 2022–2024 · ontwikkeling'],
  ],
  [
    ['wat is het tekort van het wo in 2023', 'Wetenschappelijk onderwijs 2023: nog 1.474 fta'],
    ["en in '24?", 'Wetenschappelijk onderwijs 2024: nog 1.692 fta', 'Wetenschappelijk onderwijs · 2024 · tekort'],
    ['hoe komt dat?', 'Wetenschappelijk onderwijs over aanpak en', 'Wetenschappelijk onderwijs · duiding'],
  ],
  [
    ['doelgroepregister eind 2023', '2023 telde de doelgroep 265.445 personen'],
    ['en eind 2024?', 'kwartaal van 2024 stonden 274.804 personen', 'Het doelgroepregister'],
  ],
  [
    ['vo inclusief inkoop', '2024 inclusief inkoop/SROI: 37%'],
    ['en het po?', '2024 inclusief inkoop/SROI: 27%', 'Primair onderwijs · 2024 · inclusief inkoop'],
    ['en in 2023?', 'inclusief inkoop/SROI: circa 24%', 'Primair onderwijs · 2023 · inclusief inkoop'],
  ],
  [
    ['vergelijk hbo en wo', 'Wetenschappelijk onderwijs (38%'],
    [
      'tel ze op',
      'samen, 2024: realisatie 1.503 fta',
      'Hoger beroepsonderwijs, Wetenschappelijk onderwijs · 2024 · totaal',
    ],
    [
      'en in 2023?',
      'samen, 2023: realisatie 1.538 fta',
      'Hoger beroepsonderwijs, Wetenschappelijk onderwijs · 2023 · totaal',
    ],
  ],
  [
    ['vergelijk po en vo 2024', 'realisatiepercentage: Primair onderwijs (23%'],
    ['en samen?', 'samen, 2024: realisatie 2.122 fta', 'Primair onderwijs, Voortgezet onderwijs · 2024 · totaal'],
    [
      'en het tekort van die twee?',
      'samen, 2024: realisatie 2.122 fta',
      'Primair onderwijs, Voortgezet onderwijs · 2024 · totaal',
    ],
  ],
  [
    ['realisatie politie 2023', 'Realisatie politie 2023: 387 fta'],
    ['en defensie', 'Realisatie Defensie 2023: 508,5 fta', 'Defensie · 2023 · realisatie'],
  ],
  [
    ['hoeveel procent haalt het rijk', 'Realisatiepercentage Rijk 2024: 85%'],
    ['en vorig jaar?', 'Realisatiepercentage Rijk 2023: 80%', 'Rijk · 2023 · realisatiepercentage'],
  ],
  [
    ['welk ministerie scoort het laagst', 'kwartaal): Rechtspraak (54%'],
    ['en het hoogst?', 'Zaken en Werkgelegenheid (109%', 'Ministeries · 2024 · ranglijst op realisatiepercentage'],
    ['hoeveel mist die nog?', 'doel. De realisatie van 212 fta', 'Sociale Zaken en Werkgelegenheid · 2024 · tekort'],
  ],
  [
    ['grootste tekort 2024', '2024: Primair onderwijs (4.486 fta'],
    ['en in 2023?', 'Primair onderwijs (circa 4.555 fta', 'Alle sectoren · 2023 · ranglijst op tekort'],
    ['en bij het onderwijs?', 'Primair onderwijs (circa 4.555 fta', 'Onderwijssectoren · 2023 · ranglijst op tekort'],
  ],
  [
    ['hoe doen de gemeenten het', 'Gemeenten 2024: realisatie 6.051 fta'],
    ['en de provincies?', 'Provincies 2024: realisatie 420,7 fta', 'Provincies · 2024 · doel en realisatie'],
    ['en de waterschappen?', 'Waterschappen 2024: realisatie 330,5 fta', 'Waterschappen · 2024 · doel en realisatie'],
  ],
  [
    ['tekort defensie', 'Defensie 2024: nog 303,6 fta'],
    ['waarom?', 'Defensie over aanpak en', 'Defensie · duiding'],
    ['en de politie?', 'Politie over aanpak en', 'Politie · duiding'],
  ],
  [
    ['wij zijn de politie', 'Genoteerd: in dit gesprek staat "wij" en "ons"'],
    ['hoeveel missen wij nog', 'Politie 2024: nog 224 fta', 'Politie · 2024 · tekort'],
    [
      'hoe doen we het t.o.v. defensie',
      'realisatiepercentage: Politie (68,4%',
      'Politie, Defensie · 2024 · vergelijking',
    ],
    ['wanneer halen wij het doel?', 'De realisatie groeide van 387 fta', 'Politie · prognose'],
  ],
  [
    ['ons tekort', 'Voor welke sector spreekt u? Ik weet nog niet wie'],
    ['het mbo', 'beroepsonderwijs 2024: nog circa 1.223 fta', 'Middelbaar beroepsonderwijs · 2024 · tekort'],
    ['en in 2023?', 'beroepsonderwijs 2023: nog circa 1.200 fta', 'Middelbaar beroepsonderwijs · 2023 · tekort'],
  ],
  [
    ['hoe staan we ervoor?', 'Voor welke sector spreekt u? Ik weet nog niet wie'],
    ['wij zijn het hbo', 'Genoteerd: in dit gesprek staat "wij" en "ons"'],
    [
      'hoe staan we ervoor?',
      'beroepsonderwijs 2024: realisatie 479 fta',
      'Hoger beroepsonderwijs · 2024 · doel en realisatie',
    ],
  ],
  [
    ['doel gemeenten 2024', 'Doel gemeenten 2024: 5.540 fta'],
    ['en de realisatie?', 'Realisatie gemeenten 2024: 6.051 fta', 'Gemeenten · 2024 · realisatie'],
    ['en het jaar daarvoor?', 'Realisatie gemeenten 2023: 6.320 fta', 'Gemeenten · 2023 · realisatie'],
    ['hoeveel is dat gedaald?', 'Gemeenten: realisatie 6.490 banen', 'Gemeenten · 2022 → 2023 · verandering'],
  ],
  [
    ['welke sectoren zitten onder de 50%', 'van de 13 sectoren onder 50%'],
    ['en in 2023?', 'van de 13 sectoren onder 50%', 'Alle sectoren · 2023 · doel niet gehaald'],
    ['en boven de 80%?', '13 sectoren op of boven 80%', 'Alle sectoren · 2023 · doel gehaald'],
  ],
  [
    ['realisatie rijk 2024', 'Realisatie Rijk 2024: 5.078 fta'],
    ['per ministerie?', 'Zaken en Werkgelegenheid (109%'],
    [
      'welke scoort het best?',
      'Zaken en Werkgelegenheid (109%',
      'Ministeries · 2024 · ranglijst op realisatiepercentage',
    ],
  ],
  [
    ['hoe doet het vo het', 'onderwijs 2024: realisatie 750 fta'],
    [
      'en het jaar ervoor',
      'onderwijs 2023: realisatie circa 840 fta',
      'Voortgezet onderwijs · 2023 · doel en realisatie',
    ],
    ['waarom is het gedaald?', '“2023 2024 Doel 3.809 fta 3.842 fta Realisatie', 'Uit de bronnen'],
  ],
  [
    ['ontwikkeling politie', 'en doel. De tabel meldt 68,4%'],
    ['en het tekort nu?', 'Politie 2024: nog 224 fta', 'Politie · 2024 · tekort'],
    ['en defensie?', 'Defensie 2024: nog 303,6 fta', 'Defensie · 2024 · tekort'],
  ],
  [
    ['vergelijk alle onderwijssectoren', 'Onderzoeksinstellingen (41%'],
    ['en in 2023?', 'Onderzoeksinstellingen (44%', 'Onderwijssectoren · 2023 · vergelijking'],
    [
      'wie is de beste daarvan?',
      'Onderzoeksinstellingen (44%',
      'Onderwijssectoren · 2023 · ranglijst op realisatiepercentage',
    ],
  ],
  [
    ['hoeveel banen heeft bzk', '(stand vierde kwartaal): 502 fta'],
    ['en jenv?', '(stand vierde kwartaal): 958 fta', 'Justitie en Veiligheid · 2024 · realisatie'],
    ['en binnenwerk bij jenv?', '(stand vierde kwartaal): 302 fta'],
  ],
  [
    ['top 3 ministeries', 'Zaken en Werkgelegenheid (109%'],
    [
      'en de slechtste 3?',
      'kwartaal): Rechtspraak (54%',
      'Ministeries · 2024 · top 3 op realisatiepercentage (laagste eerst)',
    ],
  ],
  [
    ['politie 2023', 'Politie 2023: realisatie 387 fta'],
    ['realisatie wo 2024', 'wetenschappelijk onderwijs 2024: 1.024 fta'],
    ['en 2023?', 'wetenschappelijk onderwijs 2023: 1.040 fta', 'Wetenschappelijk onderwijs · 2023 · realisatie'],
  ],
  [
    ['realisatie umc', 'medische centra (umc’s) 2024: 586 fta'],
    ['en in 2020?', 'zoals de bron het meldt: 659 banen', 'Universitaire medische centra (umc’s) · 2020 · realisatie'],
    [
      'en inclusief sroi?',
      '2020 inclusief inkoop/SROI: 659 banen',
      'Universitaire medische centra (umc’s) · 2020 · inclusief inkoop',
    ],
  ],
  [
    ['hoeveel mist de politie nog', 'Politie 2024: nog 224 fta'],
    ['ok dank je, en defensie?', 'Defensie 2024: nog 303,6 fta', 'Defensie · 2024 · tekort'],
    ['thanks', 'Graag gedaan! Stel gerust nog een'],
  ],
  [
    ["hoeveel banen heeft de politie in '23", 'Realisatie politie 2023: 387 fta'],
    ["en in '24?", 'Realisatie politie 2024: 489 fta', 'Politie · 2024 · realisatie'],
    ['hoeveel is dat erbij gekomen?', 'Politie: realisatie van 387 fta', 'Politie · 2023 → 2024 · verandering'],
  ],
  [
    ['wat haalde defensie in 2023', 'Realisatie Defensie 2023: 508,5 fta'],
    ['en het tekort?', 'Defensie 2023: nog 313,5 fta', 'Defensie · 2023 · tekort'],
    ['en een jaar later?', 'Defensie 2024: nog 303,6 fta', 'Defensie · 2024 · tekort'],
  ],
  [
    ['welke sector heeft de grootste voorsprong', 'doel in 2024: Gemeenten (511 fta'],
    ['en in 2023?', 'doel in 2023: Gemeenten (1.070 fta', 'Alle sectoren · 2023 · ranglijst op tekort (laagste eerst)'],
    ['en de grootste achterstand?', 'Primair onderwijs (circa 4.555 fta', 'Alle sectoren · 2023 · ranglijst op tekort'],
  ],
  [
    ['doelgroepregister eind 2023', '2023 telde de doelgroep 265.445 personen'],
    ['en eind 2024?', 'kwartaal van 2024 stonden 274.804 personen', 'Het doelgroepregister'],
    ['en in het vierde kwartaal van 2024?', 'kwartaal van 2024 stonden 274.804 personen', 'Het doelgroepregister'],
  ],
  [
    ['realisatie defensie 2023', 'Realisatie Defensie 2023: 508,5 fta'],
    ['tekort gemeenten 2024', 'doel. De realisatie van 6.051 fta'],
    ['en vorig jaar?', 'doel. De realisatie van 6.320 fta', 'Gemeenten · 2023 · tekort'],
  ],
  [
    ['vergelijk gemeenten en provincies', 'realisatiepercentage: Gemeenten (109,2%'],
    ['tel ze op', 'samen, 2024: realisatie 6.471,7 fta', 'Gemeenten, Provincies · 2024 · totaal'],
    ['en in 2023?', 'samen, 2023: realisatie 6.715,5 fta', 'Gemeenten, Provincies · 2023 · totaal'],
    ['hoeveel missen ze samen nog?', 'samen, 2023: realisatie 6.715,5 fta', 'Gemeenten, Provincies · 2023 · totaal'],
  ],
  [
    ['vergelijk bzk en financien', 'realisatiepercentage: Financiën (107%'],
    [
      'en samen?',
      'vierde kwartaal): realisatie 2.108 fta',
      'Binnenlandse Zaken en Koninkrijksrelaties, Financiën · 2024 · totaal',
    ],
    [
      'en met jenv erbij?',
      'vierde kwartaal): realisatie 3.066 fta',
      'Binnenlandse Zaken en Koninkrijksrelaties, Financiën, Justitie en Veiligheid · 2024 · totaal',
    ],
  ],
  [
    ['hoe doen de hogescholen het', 'beroepsonderwijs 2024: realisatie 479 fta'],
    ['waarom?', 'Hoger beroepsonderwijs over aanpak en', 'Hoger beroepsonderwijs · duiding'],
    ['en de universiteiten?', 'Wetenschappelijk onderwijs over aanpak en', 'Wetenschappelijk onderwijs · duiding'],
  ],
  [
    ['voortgezet onderwijs 2024', 'onderwijs 2024: realisatie 750 fta'],
    ['waarom is het gedaald?', '“2023 2024 Doel 3.809 fta 3.842 fta Realisatie', 'Uit de bronnen'],
    [
      'en het primair onderwijs?',
      'onderwijs 2024: realisatie 1.372 fta',
      'Primair onderwijs · 2024 · doel en realisatie',
    ],
  ],
  [
    ['hoeveel procent scoren de waterschappen', 'Realisatiepercentage waterschappen 2024: 54,8%'],
    ['en in 2023?', 'Realisatiepercentage waterschappen 2023: 56,6%', 'Waterschappen · 2023 · realisatiepercentage'],
    ['hoe komt het dat het gedaald is?', '“Met 329,4 daadwerkelijk gerealiseerde banen eind', 'Uit de bronnen'],
  ],
  [
    ['dit kanaal gaat over het primair onderwijs', 'Genoteerd: in dit gesprek staat "wij" en "ons"'],
    ['hoe scoren wij', 'onderwijs 2024: realisatie 1.372 fta', 'Primair onderwijs · 2024 · doel en realisatie'],
    [
      'en vergeleken met het vo?',
      'realisatiepercentage: Primair onderwijs (23%',
      'Primair onderwijs, Voortgezet onderwijs · 2024 · vergelijking',
    ],
    ['tel die twee op', 'samen, 2024: realisatie 2.122 fta', 'Primair onderwijs, Voortgezet onderwijs · 2024 · totaal'],
  ],
  [
    ['welke onderwijssectoren zitten onder de 30 procent', 'onderwijssectoren onder 30%'],
    ['en welke niet?', 'onderwijssectoren op of boven 30%', 'Onderwijssectoren · 2024 · doel gehaald'],
    ['en in 2023?', 'onderwijssectoren op of boven 30%', 'Onderwijssectoren · 2023 · doel gehaald'],
  ],
  [
    ['wie is het beste jongetje van de klas', 'realisatiepercentage in 2024: Gemeenten (109,2%'],
    [
      'en bij de ministeries?',
      'Zaken en Werkgelegenheid (109%',
      'Ministeries · 2024 · ranglijst op realisatiepercentage',
    ],
    [
      'hoeveel heeft die boven het doel?',
      'doel. De realisatie van 212 fta',
      'Sociale Zaken en Werkgelegenheid · 2024 · tekort',
    ],
  ],
  [
    ['hoeveel vaste contracten heeft de politie', 'dienstverband bij de politie, 2024: 249 fta'],
    [
      'en tijdelijke?',
      'dienstverband bij de politie, 2024: 179 fta',
      'Politie · 2024 · realisatie met tijdelijk dienstverband',
    ],
    ['en inhuur in 2023?', 'inhuur bij de politie, 2023: 100 fta', 'Politie · 2023 · realisatie via inhuur'],
  ],
  [
    ['realisatie politie 2023', 'Realisatie politie 2023: 387 fta'],
    ['en defensie erbij?', 'realisatiepercentage: Defensie (61,9%', 'Politie, Defensie · 2023 · vergelijking'],
    ['en in 2024?', 'realisatiepercentage: Politie (68,4%', 'Politie, Defensie · 2024 · vergelijking'],
  ],
  // Plural references to sectors from more than one turn back (the recent subjects).
  [
    ['realisatie politie 2023', 'Realisatie politie 2023: 387 fta'],
    ['en defensie', 'Realisatie Defensie 2023: 508,5 fta', 'Defensie · 2023 · realisatie'],
    ['vergelijk ze', 'Politie 54,3%; Defensie 61,9%', 'Politie, Defensie · 2023 · vergelijking'],
    ['en in 2024?', 'Politie 68,4%; Defensie 66,2%', 'Politie, Defensie · 2024 · vergelijking'],
  ],
  [
    ['hoeveel mist de rijksoverheid nog', 'Rijk 2024: nog 916 fta'],
    ['en bzk?', '(stand vierde kwartaal): nog 59 fta', 'Binnenlandse Zaken en Koninkrijksrelaties · 2024 · tekort'],
    ['en financien?', 'doel. De realisatie van 1.606 fta', 'Financiën · 2024 · tekort'],
    ['vergelijk die twee', 'BZK 89%; Financiën 107%', 'vergelijking'],
  ],
  [
    ['hoe doen de gemeenten het', 'Gemeenten 2024: realisatie 6.051 fta'],
    ['en de provincies?', 'Provincies 2024: realisatie 420,7 fta', 'Provincies · 2024 · doel en realisatie'],
    ['en de waterschappen?', 'Waterschappen 2024: realisatie 330,5 fta', 'Waterschappen · 2024 · doel en realisatie'],
    [
      'tel die drie op',
      'samen, 2024: realisatie 6.802,2 fta van een doel van 6.613,4 fta',
      'Gemeenten, Provincies, Waterschappen · 2024 · totaal',
    ],
  ],
  [
    ['tekort hbo', 'beroepsonderwijs 2024: nog 1.189 fta'],
    ['en het wo?', 'Wetenschappelijk onderwijs 2024: nog 1.692 fta', 'Wetenschappelijk onderwijs · 2024 · tekort'],
    ['tel ze op', 'samen, 2024: realisatie 1.503 fta van een doel van 4.384 fta', 'totaal'],
  ],
  [
    ['realisatie politie 2024', 'Realisatie politie 2024: 489 fta'],
    ['en defensie?', 'Realisatie Defensie 2024: 595,4 fta', 'Defensie · 2024 · realisatie'],
    [
      'en samen?',
      'samen, 2024: realisatie 1.084,4 fta van een doel van 1.612 fta',
      'Politie, Defensie · 2024 · totaal',
    ],
    ['hoeveel moeten ze nog?', 'Samen nog 527,6 fta tot het doel', 'Politie, Defensie · 2024 · totaal'],
  ],
];

const KINDS: readonly Kind[] = ['personal', 'groupChat', 'channel'];
let n = 0;

function conversationFor(kind: Kind): string {
  const id = `${Date.now().toString(36)}-${++n}`;
  if (kind === 'channel') return `19:round6-${id}@thread.tacv2;messageid=${1000 + n}`;
  if (kind === 'groupChat') return `19:round6-group-${id}@thread.v2`;
  return `a:round6-${id}`;
}

const cardText = (a: { activity: { attachments?: { content: unknown }[] } }) =>
  JSON.stringify(a.activity.attachments?.[0]?.content ?? {});

async function say(text: string, conversationId: string, kind: Kind) {
  const activity = message(text, {
    serviceUrl: setup.connector.url,
    conversationId,
    kind,
    mention: kind !== 'personal',
  });
  expect((await setup.bot.post(activity)).status).toBe(200);
  await setup.connector.waitFor(() => setup.connector.messages().some((m) => m.replyToId === activity.id));
  return setup.connector.messages().find((m) => m.replyToId === activity.id)!;
}

describe('round 6 dialogues over HTTP', () => {
  it('has at least 40 dialogues of 2–5 turns', () => {
    expect(DIALOGUES.length).toBeGreaterThanOrEqual(40);
    for (const d of DIALOGUES) expect(d.length).toBeGreaterThanOrEqual(2);
  });

  it.each(DIALOGUES.map((turns, i) => [i + 1, KINDS[i % KINDS.length]!, turns] as const))(
    'dialogue %i (%s)',
    async (_, kind, turns) => {
      const conversation = conversationFor(kind);
      for (const [text, shows, heading] of turns) {
        const reply = await say(text, conversation, kind);
        const shown = shownText(reply.activity);
        expect(shown, text).toContain(shows);
        if (heading) expect(cardText(reply), text).toContain(JSON.stringify(heading).slice(1, -1));
      }
    },
  );
});

describe('round 6: context across conversations and time', () => {
  it('two threads of one channel keep their own dialogues, interleaved', async () => {
    const channel = `19:round6-threads-${Date.now().toString(36)}@thread.tacv2`;
    const a = `${channel};messageid=501`;
    const b = `${channel};messageid=502`;
    await say('vergelijk hbo en wo', a, 'channel');
    await say('hoeveel vaste contracten heeft de politie', b, 'channel');
    expect(shownText((await say('tel ze op', a, 'channel')).activity)).toContain('realisatie 1.503 fta');
    expect(shownText((await say('en tijdelijke?', b, 'channel')).activity)).toContain('179 fta');
    expect(shownText((await say('en in 2023?', a, 'channel')).activity)).toContain('realisatie 1.538 fta');
  });

  it('an expired context asks back instead of answering about the old sector', async () => {
    const { store } = setup.bot.bot.deps;
    const conv = conversationFor('personal');
    const query = { intent: 'compare', sectors: ['hbo', 'wo'] };
    await store.putContext(conv, { query, at: new Date(Date.now() - 31 * 60_000).toISOString() });
    const reply = await say('hoeveel moeten ze nog?', conv, 'personal');
    expect(shownText(reply.activity)).not.toMatch(/hoger beroepsonderwijs|wetenschappelijk/i);
    expect(shownText(reply.activity)).toMatch(/sector/i);
  });

  it('a full question replaces the context; the next follow-up is about it', async () => {
    const conv = conversationFor('groupChat');
    await say('vergelijk po en vo 2024', conv, 'groupChat');
    const full = await say('hoeveel vaste contracten heeft de politie', conv, 'groupChat');
    expect(shownText(full.activity)).toContain('249 fta');
    const next = await say('en inhuur in 2023?', conv, 'groupChat');
    expect(shownText(next.activity)).toContain('100 fta');
    expect(cardText(next)).toContain('Politie · 2023 · realisatie via inhuur');
  });

  it('the register asked for another date follows the register, not a sector', async () => {
    const conv = conversationFor('channel');
    await say('doelgroepregister eind 2023', conv, 'channel');
    const next = await say('en eind 2024?', conv, 'channel');
    expect(shownText(next.activity)).toContain('274.804 personen');
    expect(shownText(next.activity)).not.toContain('Welke sector');
  });

  it('"vergelijk ze" two lookups on compares both sectors with both figures; the store keeps only their ids', async () => {
    const conv = conversationFor('personal');
    await say('realisatie politie 2024?', conv, 'personal');
    await say('en defensie?', conv, 'personal');
    const reply = await say('vergelijk ze', conv, 'personal');
    const shown = shownText(reply.activity);
    expect(shown).toContain('Politie 68,4%; Defensie 66,2%');
    expect(shown).toMatch(/Politie\nRealisatie: 489 fta\nDoel: 713 fta/);
    expect(shown).toMatch(/Defensie\nRealisatie: 595,4 fta\nDoel: 899 fta/);
    expect(shown).toContain('Verschil Politie − Defensie (berekend): realisatiepercentage +2,2 procentpunt');
    expect(cardText(reply)).toContain('Politie, Defensie · 2024 · vergelijking');
    const stored = await setup.bot.bot.deps.store.getContext(conv);
    expect(stored?.recent).toEqual(['politie', 'defensie']);
  });

  it('in a channel thread the recent subjects are the thread’s own: the other thread’s sector is not summed', async () => {
    const channel = `19:round6-recent-${Date.now().toString(36)}@thread.tacv2`;
    const a = `${channel};messageid=701`;
    const b = `${channel};messageid=702`;
    await say('tekort hbo', a, 'channel');
    await say('tekort politie', b, 'channel');
    await say('en het wo?', a, 'channel');
    await say('en defensie?', b, 'channel');
    const sumA = await say('tel ze op', a, 'channel');
    expect(shownText(sumA.activity)).toContain('samen, 2024: realisatie 1.503 fta van een doel van 4.384 fta');
    const sumB = await say('tel ze op', b, 'channel');
    expect(shownText(sumB.activity)).toContain('samen, 2024: realisatie 1.084,4 fta van een doel van 1.612 fta');
    expect(shownText(sumB.activity)).not.toMatch(/beroepsonderwijs|wetenschappelijk/i);
  });

  it('an expired context forgets the recent subjects as well', async () => {
    const { store } = setup.bot.bot.deps;
    const conv = conversationFor('groupChat');
    const query = { intent: 'lookup', sector: 'defensie', metric: 'realisatie', year: 2024 };
    await store.putContext(conv, {
      query,
      recent: ['politie', 'defensie'],
      at: new Date(Date.now() - 31 * 60_000).toISOString(),
    });
    const reply = await say('vergelijk ze', conv, 'groupChat');
    expect(shownText(reply.activity)).toContain('Welke sector bedoelt u');
    expect(shownText(reply.activity)).not.toMatch(/Vergelijking|Realisatie: /);
  });
});
