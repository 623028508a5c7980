// Every metric in data/metrics.json can be asked for in plain Dutch: for each one a question as a
// user would type it, whose answer carries a fact of that metric (issue 9, item 2). A metric added
// to the dataset without a question here fails the first test.
import { describe, expect, it } from 'vitest';
import { ask, dataset } from './support.js';

const QUESTIONS: Record<string, string> = {
  doel: 'wat is het doel van de politie?',
  realisatie: 'realisatie defensie 2024',
  percentage: 'welk percentage haalt het mbo?',
  inkoop: 'hoeveel banen via inkoop bij het vo in 2024?',
  realisatie_incl_inkoop: 'realisatie hbo inclusief inkoop 2024',
  percentage_incl_inkoop: 'percentage defensie inclusief sroi',
  formeel_excl_binnenwerk: 'formele dienstverbanden bij Financiën zonder Binnenwerk',
  binnenwerk: 'hoeveel banen via binnenwerk bij JenV?',
  inleen: 'hoeveel inleen heeft Financiën?',
  doel_niet_toegerekend: 'hoeveel doelbanen zijn nog niet toegerekend aan een ministerie?',
  realisatie_vast: 'hoeveel vaste contracten heeft de politie?',
  realisatie_tijdelijk: 'hoeveel mensen met een tijdelijk contract bij de politie',
  realisatie_inhuur: 'politie inhuur 2023',
  realisatie_peildatum: 'wat was de tussentijdse stand bij de politie in 2023?',
  aandeel_vast: 'welk percentage heeft een vaste aanstelling bij de waterschappen?',
  aandeel_tijdelijk: 'aandeel tijdelijke aanstellingen hbo',
  aandeel_inhuur: 'hoeveel procent inhuur bij de waterschappen',
  aandeel_inhuur_en_inkoop: 'aandeel inhuur en inkoop hbo',
  sroi_contractpartners: 'met hoeveel sroi partners werken de waterschappen?',
  detacheringen: 'hoeveel gedetacheerden bij de umcs?',
  organisaties_totaal: 'hoeveel mbo scholen zijn er?',
  organisaties_gerapporteerd: 'hoeveel umcs leverden gegevens aan?',
  organisaties_jaarverslag: 'hoeveel mbo-instellingen noemen de banenafspraak in hun jaarverslag?',
  organisaties_zonder_gegevens: 'hoeveel mbo scholen zonder gegevens?',
  organisaties_onder_half_doel: 'hoeveel mbo scholen zitten onder de helft van hun doel?',
  aandeel_organisaties_met_werknemers: 'hoeveel procent van de scholen in het po heeft werknemers uit de doelgroep?',
  aandeel_organisaties_met_acties: 'welk deel van de vo-scholen heeft acties ondernomen?',
  aandeel_personeel_gerapporteerd: 'hbo 2020 aandeel personeel bij de instellingen met gegevens',
  stijging_gemeld: 'hoeveel is de politie gestegen?',
  daling_gemeld: 'hoeveel zijn de gemeenten gedaald?',
  stijging_procent_gemeld: 'met hoeveel procent groeiden de umcs in 2024?',
  daling_procentpunt_gemeld: 'hoeveel zijn de onderzoeksinstellingen gedaald?',
  quotumpercentage: 'wat is het quotumpercentage van de gemeenten?',
  personeelsomvang: 'hoeveel personeel hebben de gemeenten?',
  percentage_ondersteunend: 'po percentage als je alleen ondersteunende functies meetelt',
};

describe('every metric of the dataset is reachable in plain Dutch', () => {
  it('each metric has a question', () => {
    expect(dataset.metrics.map((m) => m.id).filter((id) => !(id in QUESTIONS))).toEqual([]);
  });

  it.each(dataset.metrics.map((m) => [m.id, QUESTIONS[m.id] ?? '']))('%s: %j', (metric, question) => {
    const a = ask(question);
    expect(
      a.facts.map((f) => f.metric),
      JSON.stringify(a.query),
    ).toContain(metric);
  });

  it('"hoeveel vaste contracten heeft de politie?" leads with that metric, not the total', () => {
    const a = ask('hoeveel vaste contracten heeft de politie?');
    expect(a.query).toEqual({ intent: 'figure', metric: 'realisatie_vast', sector: 'politie' });
    expect(a.text.split('\n')[0]).toBe('Realisatie met vast dienstverband bij de politie, 2024: 249 fta.');
  });
});
