// One representative CardView per card kind, with figures as printed in Kamerstuk 34 352 nr. 348
// (politie 2024: 489 of 713 fta, 68,4%). Display strings are written out as the answers module
// would produce them; the cards must show them unchanged.
import type { CardKind, CardView } from '../../src/cards/view.js';

export interface CardFixture {
  view: CardView;
  speak: string;
}

const BRON_348 = 'Bron: Kamerstuk 34 352 nr. 348';

const sectorOptions = [
  { title: 'Rijk', value: 'rijk' },
  { title: 'Defensie', value: 'defensie' },
  { title: 'Gemeenten', value: 'gemeenten' },
  { title: 'Politie', value: 'politie' },
  { title: "Universitaire medische centra (umc's)", value: 'umc' },
  { title: 'Primair onderwijs', value: 'po' },
];

export const fixtures: Record<CardKind, CardFixture> = {
  lookup: {
    speak: 'De politie had in 2024 489 fta gerealiseerd, 68,4% van het doel.',
    view: {
      kind: 'lookup',
      title: 'Politie — 2024',
      summary: 'De politie realiseerde in 2024 489 fta van een doel van 713 fta (68,4%).',
      facts: [
        { label: 'Doel', value: '713 fta' },
        { label: 'Realisatie', value: '489 fta' },
        { label: 'Realisatiepercentage', value: '68,4%' },
      ],
      chart: {
        kind: 'gauge',
        title: 'Realisatie politie 2024 ten opzichte van het doel',
        unit: '%',
        max: 100,
        series: [{ name: 'Realisatiepercentage', points: [{ x: '2024', y: 68.4, label: '68,4%' }] }],
        valueLabel: '68,4% van het doel',
        textEquivalent: 'Meter: de politie zit in 2024 op 68,4% van het doel (489 van 713 fta).',
      },
      source: BRON_348,
      actions: [
        { title: 'Hoeveel mist de politie nog?', query: { intent: 'gap', sector: 'politie', year: 2024 } },
        { title: 'Ontwikkeling politie', query: { intent: 'trend', sector: 'politie' } },
      ],
      sectorPicker: {
        label: 'Kies een andere sector',
        options: sectorOptions,
        query: { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' },
      },
    },
  },
  gap: {
    speak: 'De politie mist in 2024 nog 224 fta tot het doel.',
    view: {
      kind: 'gap',
      title: 'Politie — nog te gaan in 2024',
      summary: 'De politie moet nog 224 fta realiseren om het doel van 713 fta te halen.',
      facts: [
        { label: 'Doel', value: '713 fta' },
        { label: 'Realisatie', value: '489 fta' },
        { label: 'Nog te gaan', value: '224 fta' },
      ],
      source: BRON_348,
    },
  },
  change: {
    speak: 'De politie steeg van 387 fta in 2023 naar 489 fta in 2024.',
    view: {
      kind: 'change',
      title: 'Politie — verschil 2023–2024',
      summary: 'De politie steeg van 387 fta in 2023 naar 489 fta in 2024: +102 fta.',
      facts: [
        { label: '2023', value: '387 fta' },
        { label: '2024', value: '489 fta' },
        { label: 'Verschil', value: '+102 fta' },
        { label: 'Realisatiepercentage', value: '54,3% → 68,4% (+14,1 procentpunt)' },
      ],
      chart: {
        kind: 'verticalBar',
        title: 'Realisatie politie per jaar',
        unit: 'fta',
        series: [
          {
            name: 'Realisatie',
            points: [
              { x: '2023', y: 387, label: '387 fta' },
              { x: '2024', y: 489, label: '489 fta' },
            ],
          },
        ],
        textEquivalent: 'Staafdiagram: realisatie politie 387 fta in 2023 en 489 fta in 2024.',
      },
      source: BRON_348,
    },
  },
  trend: {
    speak: 'Defensie groeide van 508,5 fta in 2023 naar 595,4 fta in 2024.',
    view: {
      kind: 'trend',
      title: 'Defensie — ontwikkeling 2023–2024',
      summary: 'Defensie groeide van 508,5 fta in 2023 naar 595,4 fta in 2024; het doel steeg van 822 naar 899 fta.',
      chart: {
        kind: 'line',
        title: 'Doel en realisatie defensie',
        unit: 'fta',
        series: [
          {
            name: 'Doel',
            points: [
              { x: '2023', y: 822, label: '822 fta' },
              { x: '2024', y: 899, label: '899 fta' },
            ],
          },
          {
            name: 'Realisatie',
            points: [
              { x: '2023', y: 508.5, label: '508,5 fta' },
              { x: '2024', y: 595.4, label: '595,4 fta' },
            ],
          },
        ],
        textEquivalent:
          'Lijngrafiek: doel defensie 822 fta (2023) en 899 fta (2024); realisatie 508,5 fta (2023) en 595,4 fta (2024).',
      },
      table: {
        caption: 'Defensie per jaar',
        columns: ['Jaar', 'Doel', 'Realisatie', '%'],
        rows: [
          ['2023', '822 fta', '508,5 fta', '61,9%'],
          ['2024', '899 fta', '595,4 fta', '66,2%'],
        ],
        headerColumn: 0,
      },
      source: BRON_348,
    },
  },
  projection: {
    speak: 'Bij het tempo van 2023 tot 2024 haalt de politie het doel rond 2027.',
    view: {
      kind: 'projection',
      title: 'Politie — wanneer is het doel bereikt?',
      summary:
        'Bij hetzelfde tempo als van 2023 naar 2024 (+102 fta per jaar) haalt de politie het doel van 713 fta rond 2027.',
      caveats: ['Dit is een doortrekking van één jaar groei, geen voorspelling.'],
      chart: {
        kind: 'line',
        title: 'Realisatie politie en doortrekking',
        unit: 'fta',
        series: [
          {
            name: 'Realisatie',
            points: [
              { x: '2023', y: 387 },
              { x: '2024', y: 489 },
            ],
          },
        ],
        textEquivalent: 'Lijngrafiek: realisatie politie 387 fta (2023) en 489 fta (2024); doel 713 fta.',
      },
      source: BRON_348,
    },
  },
  comparison: {
    speak: 'Defensie zit op 66,2% van het doel, de politie op 68,4%.',
    view: {
      kind: 'comparison',
      title: 'Politie en defensie — 2024',
      summary: 'De politie zit met 68,4% iets hoger dan defensie met 66,2%.',
      table: {
        caption: 'Doel en realisatie 2024',
        columns: ['Sector', 'Doel', 'Realisatie', '%'],
        rows: [
          ['Politie', '713 fta', '489 fta', '68,4%'],
          ['Defensie', '899 fta', '595,4 fta', '66,2%'],
        ],
        headerColumn: 0,
      },
      chart: {
        kind: 'horizontalBar',
        title: 'Realisatiepercentage 2024',
        unit: '%',
        series: [
          {
            name: 'Realisatiepercentage',
            points: [
              { x: 'Politie', y: 68.4, label: '68,4%' },
              { x: 'Defensie', y: 66.2, label: '66,2%' },
            ],
          },
        ],
        textEquivalent: 'Staafdiagram: politie 68,4%, defensie 66,2% van het doel in 2024.',
      },
      source: BRON_348,
      sectorPicker: {
        label: 'Vergelijk met een andere sector',
        options: sectorOptions,
        query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] },
      },
    },
  },
  ranking: {
    speak: 'Gemeenten scoren in 2024 het hoogst met 109,2%; umc’s het laagst met 22,9%.',
    view: {
      kind: 'ranking',
      title: 'Realisatiepercentage per sector — 2024',
      summary: 'Gemeenten scoren het hoogst (109,2%), umc’s het laagst (22,9%).',
      table: {
        caption: 'Van hoog naar laag',
        columns: ['#', 'Sector', 'Realisatiepercentage'],
        rows: [
          ['1', 'Gemeenten', '109,2%'],
          ['2', 'Rijk', '85%'],
          ['3', 'Politie', '68,4%'],
          ['4', 'Defensie', '66,2%'],
          ['5', 'Primair onderwijs', '23%'],
          ['6', "Umc's", '22,9%'],
        ],
        headerColumn: 1,
      },
      source: BRON_348,
    },
  },
  filter: {
    speak: 'In 2024 haalden gemeenten hun doel.',
    view: {
      kind: 'filter',
      title: 'Doel gehaald in 2024',
      summary: 'Eén sector haalde in 2024 het doel: gemeenten (6.051 van 5.540 fta).',
      table: {
        caption: 'Sectoren die het doel haalden',
        columns: ['Sector', 'Doel', 'Realisatie', '%'],
        rows: [['Gemeenten', '5.540 fta', '6.051 fta', '109,2%']],
        headerColumn: 0,
      },
      source: BRON_348,
    },
  },
  total: {
    speak: 'Rijk, defensie, gemeenten en politie samen: 12.213,4 fta in 2024.',
    view: {
      kind: 'total',
      title: 'Totaal vier overheidssectoren — 2024',
      summary: 'Rijk, defensie, gemeenten en politie realiseerden samen 12.213,4 fta van een doel van 13.146 fta.',
      facts: [
        { label: 'Doel samen', value: '13.146 fta' },
        { label: 'Realisatie samen', value: '12.213,4 fta' },
      ],
      caveats: ['Alleen de vier genoemde sectoren zijn opgeteld.'],
      source: BRON_348,
    },
  },
  inkoop: {
    speak: 'Het voortgezet onderwijs realiseerde 750 fta in 2024.',
    view: {
      kind: 'inkoop',
      title: 'Voortgezet onderwijs — inclusief inkoop',
      summary: 'Het voortgezet onderwijs realiseerde in 2024 750 fta zelf; inkoop staat apart vermeld.',
      facts: [{ label: 'Realisatie (eigen dienst)', value: '750 fta' }],
      paragraphs: ['Inkoop (SROI) telt niet mee voor het doel van de sector zelf.'],
      source: BRON_348,
    },
  },
  context: {
    speak: 'Een fta is een baan van 25,5 uur per week.',
    view: {
      kind: 'context',
      title: 'Wat is een fta?',
      summary: 'Een fta (formatieve arbeidsplaats) staat voor 25,5 uur werk per week.',
      paragraphs: ['De banenafspraak telt in fta, zodat banen met weinig en veel uren eerlijk meetellen.'],
      source: 'Bron: Kamerstuk 34 352 nr. 328',
    },
  },
  notes: {
    speak: 'Wat de politie doet aan begeleiding.',
    view: {
      kind: 'notes',
      title: 'Politie — aanpak',
      summary: 'Twee notities over de aanpak van de politie (voorbeeldtekst voor de kaarttest).',
      paragraphs: [
        'De politie werkt met vaste aanspreekpunten voor nieuwe collega’s uit de doelgroep.',
        'Leidinggevenden krijgen ondersteuning bij het begeleiden.',
      ],
      source: BRON_348,
    },
  },
  help: {
    speak: 'Ik beantwoord vragen over de banenafspraak bij overheid en onderwijs.',
    view: {
      kind: 'help',
      title: 'Wat kan ik voor u doen?',
      summary:
        'Ik beantwoord vragen over de banenafspraak bij overheid en onderwijs, met cijfers uit de voortgangsbrieven.',
      paragraphs: ['Voorbeelden:\n- realisatie politie 2024\n- vergelijk po en vo\n- welke sector scoort het best?'],
      actions: [
        {
          title: 'Realisatie politie 2024',
          query: { intent: 'lookup', sector: 'politie', year: 2024, metric: 'alles' },
        },
        { title: 'Vergelijk po en vo', query: { intent: 'compare', sectors: ['po', 'vo'] } },
        {
          title: 'Welke sector scoort het best?',
          query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' },
        },
      ],
    },
  },
  welcome: {
    speak: 'Welkom bij Banenbot.',
    view: {
      kind: 'welcome',
      title: 'Welkom bij Banenbot',
      summary: 'Stel een vraag over de banenafspraak, bijvoorbeeld: hoeveel fta realiseerde de politie in 2024?',
      paragraphs: ['Ik gebruik alleen cijfers uit Kamerstukken en noem altijd de bron.'],
      actions: [{ title: 'Wat kan ik vragen?', query: { intent: 'help' } }],
    },
  },
  clarify: {
    speak: 'Bedoelt u primair of voortgezet onderwijs?',
    view: {
      kind: 'clarify',
      title: 'Welke sector bedoelt u?',
      summary:
        '“Onderwijs” kan meerdere sectoren zijn. Bedoelt u het primair onderwijs (po) of het voortgezet onderwijs (vo)?',
      actions: [
        { title: 'Primair onderwijs', query: { intent: 'lookup', sector: 'po', metric: 'alles' } },
        { title: 'Voortgezet onderwijs', query: { intent: 'lookup', sector: 'vo', metric: 'alles' } },
      ],
    },
  },
  error: {
    speak: 'Onbekende sector. Bedoelde u politie?',
    view: {
      kind: 'error',
      title: 'Onbekende sector',
      summary: 'Onbekende sector “polities” — bedoelde u politie?',
      actions: [{ title: 'Politie', query: { intent: 'lookup', sector: 'politie', metric: 'alles' } }],
      sectorPicker: {
        label: 'Kies een sector',
        options: sectorOptions,
        query: { intent: 'lookup', sector: 'politie', metric: 'alles' },
      },
    },
  },
  subscription: {
    speak: 'Dit kanaal volgt nu politie en defensie.',
    view: {
      kind: 'subscription',
      title: 'Abonnement ingesteld',
      summary: 'Dit kanaal krijgt een bericht zodra er nieuwe cijfers zijn voor politie en defensie.',
      facts: [{ label: 'Sectoren', value: 'Politie, Defensie' }],
    },
  },
  digest: {
    speak: 'Nieuwe cijfers voor politie.',
    view: {
      kind: 'digest',
      title: 'Nieuwe cijfers: politie 2024',
      summary: 'De politie realiseerde in 2024 489 fta (68,4% van het doel van 713 fta).',
      facts: [
        { label: 'Realisatie', value: '489 fta' },
        { label: 'Verschil met 2023', value: '+102 fta' },
      ],
      source: BRON_348,
    },
  },
};
