// readParts: what a question states explicitly, read part by part (entities as a set, metric,
// years / range / period, operation, measure, threshold or range, follow-up cues).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/nlu/index.js';
import { parse } from './support.js';

const parts = (text: string) => parse.readParts(text);

describe('readParts', () => {
  it('entities as a set, in order, with the operation and the sum', () => {
    const p = parts('po en vo samen realisatie 2024');
    expect(p.entities).toEqual(['po', 'vo']);
    expect(p.together).toBe(true);
    expect(p.operation).toBe('sum');
    expect(p.metric).toBe('realisatie');
    expect(p.time.years).toEqual([2024]);
  });

  it('a metric beyond the core figures', () => {
    expect(parts('hoeveel vaste contracten heeft de politie?').figure).toBe('realisatie_vast');
    expect(parts('aandeel vaste aanstellingen waterschappen').figure).toBe('aandeel_vast');
    expect(parts('inleen per ministerie').figure).toBe('inleen');
    expect(parts('realisatie politie').figure).toBeUndefined();
  });

  it('a year without figures is kept; dates and quarters give the period', () => {
    expect(parts('gemeenten 1987').time.years).toEqual([1987]);
    expect(parts('doelgroepregister eind 2023').time).toMatchObject({ years: [2023], period: '2023-12-31' });
    expect(parts('31 december 2023').time).toMatchObject({ years: [2023], period: '2023-12-31' });
    expect(parts('stand Q4 2024').time).toMatchObject({ years: [2024], period: '2024Q4' });
    expect(parts('vierde kwartaal van 2024').time).toMatchObject({ years: [2024], period: '2024Q4' });
    expect(parts('2024q4').time).toMatchObject({ years: [2024], period: '2024Q4' });
  });

  it('ranking measure, order, limit, threshold and range', () => {
    expect(parts('top 3 grootste tekort').measure).toEqual({ by: 'gap', order: 'hoog', limit: 3 });
    expect(parts('grootste stijging in procentpunten').measure).toMatchObject({ by: 'stijging_pp', order: 'hoog' });
    expect(parts('meeste banen via inkoop').measure).toMatchObject({ by: 'inkoop', order: 'hoog' });
    expect(parts('laagste realisatie').measure).toMatchObject({ by: 'percentage', order: 'laag' });
    expect(parts('wie heeft de minste banen').measure).toMatchObject({ by: 'realisatie', order: 'laag' });
    expect(parts('het dichtst bij het doel zonder het te halen').measure).toMatchObject({ by: 'dichtst_bij' });
    expect(parts('welke sectoren zitten onder de 50%').measure.threshold).toBe(50);
    expect(parts('tussen 50 en 70%').measure.range).toEqual({ min: 50, max: 70 });
  });

  it('follow-up cues: a leading "en", pronouns, "wij/ons"', () => {
    expect(parts('en in 2023?').followUp).toMatchObject({ leadingAnd: true, we: false });
    expect(parts('en in 2023?').entities).toEqual([]);
    expect(parts('hoeveel mist die nog?').followUp.pronoun).toBe('die');
    expect(parts('vergelijk ze').followUp.pronoun).toBe('ze');
    expect(parts('hoe doen wij het t.o.v. het hbo?').followUp.we).toBe(true);
    expect(parts('ons tekort').followUp.we).toBe(true);
    expect(parts('realisatie politie 2024').followUp).toEqual({ leadingAnd: false, we: false, same: false });
  });

  it('fromParts(readParts(text)) is parse(text)', () => {
    for (const q of ['realisatie politie 2024', 'po en vo samen', 'top 3', 'gemeenten 1987', 'abonneer brandweer'])
      expect(parse.fromParts(parts(q))).toEqual(parse(q));
  });

  it('the rule table documents every rule', () => {
    expect(RULES.length).toBeGreaterThan(30);
    for (const rule of RULES) expect(rule.says.length).toBeGreaterThan(10);
  });
});
