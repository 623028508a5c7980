// Questions the sources answer in prose: the passage found, quoted word for word, with document
// and section; counting questions get yes or no with the rule; nothing that fits gets a plain "not
// found" with suggestions. Expected passages were checked by hand against ../shared/sources/.
import { describe, expect, it } from 'vitest';
import { answer, ask, dataset, unexplainedNumbers, unverifiedQuotes } from './support.js';

/** [question, source id, section of the first quoted passage]. */
const PINNED: readonly [string, string, string][] = [
  [
    'Wat is Emma at Work?',
    'kst-34352-348',
    'Universitaire medische centra (umc’s) › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  [
    'voor wie is Emma at Work bedoeld?',
    'kst-34352-348',
    'Universitaire medische centra (umc’s) › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  ['waarom daalde het vo in 2024?', 'kst-34352-348', 'Voortgezet onderwijs › Cijfermatige realisatie'],
  ['hoe komt het dat het vo in 2024 lager uitkwam?', 'kst-34352-348', 'Voortgezet onderwijs › Cijfermatige realisatie'],
  ['tellen sroi-banen mee?', 'kst-34352-328', 'Realisatie per sector'],
  ['telt social return mee voor de overheid?', 'kst-34352-328', 'Realisatie per sector'],
  ['tellen ingeleende medewerkers mee?', 'kst-34352-328', 'Realisatie per sector'],
  ['worden gedetacheerde mensen meegeteld?', 'kst-34352-328', 'Realisatie per sector'],
  ['tellen mensen buiten het doelgroepregister mee?', 'kamerbrief-2021', 'Waterschappen'],
  ['wat is het VN-verdrag Handicap?', 'kst-34352-348', 'Bijlage 1 › VN-verdrag Handicap'],
  ['wat is de Netwerkorganisatie Social Return?', 'kst-34352-348', 'Bijlage 1 › Netwerkorganisatie Social Return'],
  ['wat is de Rijksscanstraat?', 'kst-34352-348', 'Bijlage 1 › Kansrijke domeinen'],
  ['wat is Zestor?', 'kst-34352-328', 'Hoger beroepsonderwijs › Algemeen beeld'],
  [
    'wat is het A&O fonds Waterschappen?',
    'kst-34352-348',
    'Waterschappen › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  ['wat is het programma Verschil mag er zijn?', 'kst-34352-328', 'Waterschappen › Algemeen beeld'],
  ['wat is de Personeelsmonitor Provincies?', 'kamerbrief-2021', 'Provincies'],
  ['wat is Baanbrekers?', 'kamerbrief-2021', 'Funderend onderwijs'],
  ['wat is de motie Buijsse en De Kort?', 'kst-34352-348', 'Motie leden Buijsse en De Kort'],
  ['wat is de cao Aan de slag?', 'kamerbrief-2025', 'Cao aan de Slag'],
  ['wat zegt de aanjager over de politie?', 'aanjager-2015', 'Politie'],
  ['wat zegt de aanjager over het primair onderwijs?', 'aanjager-2015', 'Primair Onderwijs'],
  ['wat zegt de aanjager over de waterschappen?', 'aanjager-2015', 'Waterschappen'],
  ['wat zegt de aanjager over defensie?', 'aanjager-2015', 'Defensie'],
  ['hoe wordt het quotum van defensie berekend?', 'kst-34352-328', 'Defensie › Cijfermatige realisatie 2023'],
  [
    'waarom gaat de realisatie van de onderzoeksinstellingen omlaag?',
    'kst-34352-328',
    'Onderzoeksinstellingen › Cijfermatige realisatie 2023',
  ],
  [
    'wat schrijft de staatssecretaris over de Dienst Justitiële Inrichtingen?',
    'kamerbrief-2025',
    'Doelstelling overheidssectoren en reflectie op behaalde resultaten',
  ],
  ['wat zegt de brief over digitale toegankelijkheid?', 'kst-34352-348', 'Digitale toegankelijkheid'],
  ['wat is het werkgeversforum?', 'kst-34352-348', 'Gemeenten › Activiteiten in 2024 en doorkijk naar 2025'],
  [
    'wat zegt de Nederlandse Arbeidsinspectie over de doelgroep?',
    'kst-34352-328',
    'Onderzoek Nederlandse Arbeidsinspectie',
  ],
  ['wat is de interne jobcoach van defensie?', 'kst-34352-348', 'Defensie › Algemeen beeld'],
  [
    'hoe werkt de jobcoachpilot van Tilburg University?',
    'kst-34352-348',
    'Wetenschappelijk onderwijs › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  [
    'wat is het HARRIE-platform?',
    'kst-34352-348',
    'Wetenschappelijk onderwijs › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  ['wat is het expertteam?', 'kst-34352-328', 'Politie › Algemeen beeld'],
  ['wat is SBCM?', 'aanjager-2015', 'Overheid- en onderwijssectoren'],
  ['wat is het ondersteuningsprogramma voor gemeenten uit 2015?', 'aanjager-2015', 'Gemeenten'],
  ['wat is Staatsbosbeheer?', 'aanjager-2015', 'ZBO’s'],
  ['wat is het centraal loket van defensie?', 'kst-34352-328', 'Defensie › Algemeen beeld'],
  ['wat zijn de kansrijke domeinen?', 'kst-34352-348', 'Bijlage 1 › Kansrijke domeinen'],
  [
    'Wat houdt Emma at Work in?',
    'kst-34352-348',
    'Universitaire medische centra (umc’s) › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  ['hoe werkt de Netwerkorganisatie Social Return?', 'kst-34352-348', 'Bijlage 1 › Netwerkorganisatie Social Return'],
  ['wat doet de Netwerkorganisatie Social Return?', 'kst-34352-348', 'Bijlage 1 › Netwerkorganisatie Social Return'],
  ['tellen banen via inkoop mee?', 'kst-34352-328', 'Realisatie per sector'],
  ['tellen inkoopbanen mee voor het doel?', 'kst-34352-328', 'Realisatie per sector'],
  ['telt inleen mee?', 'kst-34352-328', 'Realisatie per sector'],
  ['worden uitzendkrachten meegeteld?', 'kst-34352-328', 'Realisatie per sector'],
  ['wat is de motie Buijsse De Kort', 'kst-34352-348', 'Motie leden Buijsse en De Kort'],
  ['wat zegt de aanjager over de gemeenten?', 'aanjager-2015', 'Gemeenten'],
  ['wat zegt de aanjager over de provincies?', 'aanjager-2015', 'Provincies'],
  ['wat zegt de aanjager over het mbo?', 'aanjager-2015', 'MBO'],
  ['wat zegt de aanjager over de universiteiten?', 'aanjager-2015', 'Universiteiten'],
  ["wat zegt de aanjager over de umc's?", 'aanjager-2015', 'Universitair Medische Centra'],
  ['wat zegt de aanjager over het vo?', 'aanjager-2015', 'Voortgezet Onderwijs'],
  ['wat zegt de aanjager over het hbo?', 'aanjager-2015', 'HBO'],
  ['wat zegt de aanjager over het rijk?', 'aanjager-2015', 'Rijk'],
  ['wat schrijft de aanjager over de onderzoeksinstellingen?', 'aanjager-2015', 'Onderzoekinstellingen'],
  ['wat is Staatsbosbeheer aan het doen?', 'aanjager-2015', 'ZBO’s'],
  [
    'wat zegt de brief over de Dienst Justitiële Inrichtingen?',
    'kamerbrief-2025',
    'Doelstelling overheidssectoren en reflectie op behaalde resultaten',
  ],
  [
    'wat is het programma Verschil mag er zijn van de waterschappen?',
    'kst-34352-328',
    'Waterschappen › Algemeen beeld',
  ],
  [
    'Wat is Emma at Work precies?',
    'kst-34352-348',
    'Universitaire medische centra (umc’s) › Activiteiten in 2024 en doorkijk naar 2025',
  ],
  ['wat zegt de aanjager over de gemeenten in 2015?', 'aanjager-2015', 'Gemeenten'],
];

describe('passage questions find their passage', () => {
  it('there are enough of them, across all five sources', () => {
    expect(PINNED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PINNED.map(([, s]) => s))).toEqual(new Set(dataset.sources.map((s) => s.id)));
  });

  it.each(PINNED)('%s → %s, %s', (question, source, section) => {
    const a = ask(question);
    expect(a.intent).toBe('passage');
    expect(a.quotes?.[0]).toMatchObject({ source, section });
    // Quoted word for word, cited with document and section, no number of our own.
    for (const q of a.quotes ?? []) {
      expect(a.text).toContain(`“${q.text}”`);
      expect(a.text).toContain(`(${dataset.sources.find((s) => s.id === q.source)!.citation}, ${q.section})`);
    }
    expect(unverifiedQuotes(a)).toEqual([]);
    expect(unexplainedNumbers(a)).toEqual([]);
  });
});

describe('counting questions: yes or no with the rule', () => {
  it('sroi and inkoop: no, they count for the markt', () => {
    for (const q of [
      'tellen sroi-banen mee?',
      'tellen banen via inkoop mee?',
      'telt social return mee voor de overheid?',
    ]) {
      const a = ask(q);
      expect(a.text.startsWith('Nee, niet voor de overheid:'), q).toBe(true);
      expect(a.text).toContain('die banen tellen mee in de marktsector');
    }
  });

  it('inleen and detachering: yes', () => {
    for (const q of ['telt inleen mee?', 'worden gedetacheerde mensen meegeteld?']) {
      const a = ask(q);
      expect(a.text.startsWith('Ja:'), q).toBe(true);
      expect(a.text).toContain('met een contract of via inleenverbanden');
    }
  });

  it('people outside the register: no', () => {
    const a = ask('tellen mensen buiten het doelgroepregister mee?');
    expect(a.text.startsWith('Nee:')).toBe(true);
    expect(a.quotes?.[0]?.text).toContain('Hoewel deze banen niet meetellen voor het bereiken van het quotum');
  });
});

describe('why questions quote the explanation', () => {
  it('vo 2024: the footnote on the booking error is quoted after the figures', () => {
    const a = ask('waarom daalde het vo in 2024?');
    expect(a.query).toEqual({ intent: 'passage', text: 'waarom daalde het vo in 2024?', sector: 'vo', year: 2024 });
    expect(a.quotes?.map((q) => q.section)).toEqual([
      'Voortgezet onderwijs › Cijfermatige realisatie',
      'Voortgezet onderwijs › Algemeen beeld › voetnoot 9',
    ]);
    expect(a.text).toContain('abusievelijk bij de reguliere banen zijn meegeteld i.p.v. bij inkoop');
  });
});

describe('why questions whose only words are figures: the sector passage that gives the reason', () => {
  it('hbo 2022: the footnote on the partial report', () => {
    const a = ask('waarom zijn de cijfers van de hbo 2022 anders?');
    expect(a.quotes?.[0]).toMatchObject({
      source: 'kst-34352-328',
      section: 'Hoger beroepsonderwijs › Algemeen beeld › voetnoot 12',
    });
    expect(unexplainedNumbers(a)).toEqual([]);
  });
});

describe('nothing fits', () => {
  it('says so and suggests what can be asked, without quoting a passage that only shares a word', () => {
    const a = ask('wat is het weer in Amsterdam?');
    expect(a.intent).toBe('passage');
    expect(a.quotes).toBeUndefined();
    expect(a.text).toContain('Daarover vind ik in mijn bronnen geen passage die de vraag beantwoordt.');
    expect(a.view.actions?.length).toBeGreaterThan(0);
  });

  it('a passage of another sector is no answer for this one', () => {
    const a = answer({ intent: 'passage', text: 'wat is Emma at Work?', sector: 'politie' });
    expect(a.quotes).toBeUndefined();
    expect(a.text).toContain('Ik kan wel de cijfers en de toelichting van politie geven');
  });
});

describe('the number check sees through quotes only when they are verbatim', () => {
  it('an altered quote is not trusted', () => {
    const a = ask('waarom daalde het vo in 2024?');
    const forged = { ...a, quotes: a.quotes!.map((q) => ({ ...q, text: q.text.replace('750 fta', '751 fta') })) };
    expect(unverifiedQuotes(forged).length).toBe(1);
    expect(unexplainedNumbers({ ...forged, text: forged.text.replace('750 fta', '751 fta') })).toContain('751');
  });
});
