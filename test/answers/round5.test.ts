// Acceptance round 5 (issue 9), answer level: the key figures of the new kinds of questions,
// checked against data/ (sums with their parts, other metrics, asked years and periods, rankings
// by other measures, ranges, garbage), and every number is one of the answer's facts.
import { describe, expect, it } from 'vitest';
import { ask, unexplainedNumbers } from './support.js';

const first = (q: string) => ask(q).text.split('\n')[0];

describe('round 5 answers', () => {
  it('a sum of chosen sectors shows the parts, in one unit', () => {
    const a = ask('po en vo samen realisatie 2024');
    expect(a.text).toContain('realisatie 2.122 fta van een doel van 9.700 fta (21,9%)');
    expect(a.text).toContain('po 1.372 fta + vo 750 fta');
    expect(a.text).toContain('Samen nog 7.578 fta tot het doel');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('politie en defensie samen: what they still miss together', () => {
    const a = ask('politie en defensie samen: hoeveel missen ze nog?');
    expect(a.text).toContain('realisatie 1.084,4 fta van een doel van 1.612 fta (67,3%)');
    expect(a.text).toContain('Samen nog 527,6 fta tot het doel');
  });

  it('gemeenten, provincies en waterschappen: above the goal together', () => {
    const a = ask('wat is het totaal van de gemeenten, provincies en waterschappen?');
    expect(a.text).toContain('realisatie 6.802,2 fta van een doel van 6.613,4 fta (102,9%)');
    expect(a.text).toContain('Samen 188,8 fta boven het doel');
  });

  it('two ministries added up, with the Rijk beside them', () => {
    const a = ask('financien en jenv samen');
    expect(a.text).toContain('realisatie 2.564 fta van een doel van 2.484 fta (103,2%)');
  });

  it('vaste contracten politie: that metric, with the whole realisatie', () => {
    const a = ask('hoeveel vaste contracten heeft de politie?');
    expect(first('hoeveel vaste contracten heeft de politie?')).toBe(
      'Realisatie met vast dienstverband bij de politie, 2024: 249 fta.',
    );
    expect(a.text).toContain('489 fta');
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('inleen per ministerie lists every ministry and the Rijk', () => {
    const a = ask('inleen per ministerie');
    expect(a.text).toContain('Financiën 2024 (stand vierde kwartaal): 160 fta');
    expect(a.text).toContain('Rijk 2024 (stand vierde kwartaal): 305 fta');
  });

  it('a metric a sector does not report says where it is reported', () => {
    const a = ask('hoeveel vaste contracten heeft defensie?');
    expect(a.text).toContain('Voor Defensie staat realisatie met vast dienstverband niet in de bronnen.');
    expect(a.text).toContain('249 fta');
  });

  it('an asked year without figures is never replaced by another year', () => {
    expect(first('gemeenten 1987')).toBe(
      'Voor de gemeenten heb ik geen cijfers over 1987; er zijn cijfers over 2020 en 2022–2024.',
    );
    expect(first('totaal overheid 1999')).toBe(
      'Voor de overheidssectoren heb ik geen cijfers over 1999; er zijn cijfers over 2015 en 2019–2024.',
    );
    expect(ask('gemeenten 1987').facts).toEqual([]);
  });

  it('a date or quarter picks that period of the doelgroepregister', () => {
    const end2023 = ask('doelgroepregister eind 2023');
    expect(end2023.text).toContain('265.445');
    expect(end2023.text).not.toContain('274.804');
    const q4 = ask('doelgroepregister Q4 2024');
    expect(q4.text).toContain('274.804');
    expect(q4.text).not.toContain('265.445');
  });

  it('rankings by procentpunten, inkoop and "dichtst bij het doel zonder het te halen"', () => {
    expect(first('grootste stijging in procentpunten')).toBe(
      'Grootste stijging van het realisatiepercentage in 2024 ten opzichte van 2023: Politie (+14,1 procentpunt).',
    );
    expect(first('meeste banen via inkoop')).toBe(
      'Meeste banen via inkoop/SROI in 2024: Voortgezet onderwijs (668 banen).',
    );
    expect(ask('meeste banen via inkoop').text).toContain('Defensie (230,9 fta) staat niet in de ranglijst');
    expect(first('wie zit het dichtst bij het doel zonder het te halen')).toBe(
      'Het dichtst bij het doel zonder het te halen in 2024: Provincies (89,4%).',
    );
  });

  it('laagste realisatie is the percentage, with the absolute figures beside it', () => {
    const a = ask('welke sector heeft de laagste realisatie');
    expect(a.text.split('\n')[0]).toBe('Laagste realisatiepercentage in 2024: Voortgezet onderwijs (20%).');
    expect(a.text).toContain('1. Voortgezet onderwijs: 20% (750 fta van 3.842 fta)');
  });

  it('a range of percentages', () => {
    const a = ask('welke sectoren zitten tussen 50 en 70%');
    expect(a.text).toContain('3 van de 13 sectoren');
    for (const line of ['Defensie: 66,2%', 'Waterschappen: 54,8%', 'Politie: 68,4%']) expect(a.text).toContain(line);
    expect(unexplainedNumbers(a)).toEqual([]);
  });

  it('garbage and injection get the help reply, never a figure', () => {
    for (const q of ["'; DROP TABLE sectors; --", 'select * from sectors where 1=1', '{{7*7}} sectoren']) {
      const a = ask(q);
      expect(a.intent, q).toBe('help');
      expect(a.facts, q).toEqual([]);
    }
  });
});
