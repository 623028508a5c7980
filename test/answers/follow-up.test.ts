// Multi-turn dialogues in the answer core: each turn is answered with the previous resolved
// query of the same conversation (as src/teams keeps it) and must resolve to exactly the query
// listed; some turns also check the heading and the figures a user reads.
import { describe, expect, it } from 'vitest';
import { type AskContext, remembered } from '../../src/answers/index.js';
import type { EntityId } from '../../src/domain/model.js';
import type { Query } from '../../src/nlu/query.js';
import { answerer } from './support.js';

interface Turn {
  say: string;
  query: Query;
  heading?: string;
  text?: string[];
}

/** Plays a dialogue the way src/teams does: remembers what each turn resolved to. */
function play(turns: readonly Turn[], start: AskContext = {}) {
  let context: AskContext = { ...start };
  return turns.map((turn) => {
    const answer = answerer.ask(turn.say, context);
    const q = answer.query;
    if (q.intent === 'speaks_for') context = { ...context, speaksFor: q.sector as EntityId };
    else if (remembered(q)) context = { ...context, previous: remembered(q) };
    return { turn, answer };
  });
}

const dialogues: Record<string, Turn[]> = {
  'one sector: other years, sector, metric, operation': [
    {
      say: 'realisatie politie 2024?',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
    },
    {
      say: 'en in 2023?',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 },
      heading: 'Politie · 2023 · realisatie',
      text: ['Realisatie politie 2023: 387 fta, dat is 54,3% van het doel van 713 fta.'],
    },
    { say: 'en een jaar later?', query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 } },
    { say: 'en het jaar ervoor?', query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 } },
    {
      say: 'hoeveel mist die nog?',
      query: { intent: 'gap', sector: 'politie', year: 2023 },
      heading: 'Politie · 2023 · tekort',
      text: ['Politie 2023: nog 326 fta tekort om het doel van 713 fta te halen (realisatie 387 fta).'],
    },
    {
      say: 'en defensie?',
      query: { intent: 'gap', sector: 'defensie', year: 2023 },
      heading: 'Defensie · 2023 · tekort',
    },
    { say: 'en het percentage?', query: { intent: 'lookup', sector: 'defensie', metric: 'percentage', year: 2023 } },
    { say: 'en de realisatie?', query: { intent: 'lookup', sector: 'defensie', metric: 'realisatie', year: 2023 } },
    { say: 'en het tekort?', query: { intent: 'gap', sector: 'defensie', year: 2023 } },
    { say: 'vergelijk met 2024', query: { intent: 'compare', sectors: ['defensie'], years: [2023, 2024] } },
    { say: 'hoe ging dat sinds 2020?', query: { intent: 'trend', sector: 'defensie', from: 2020 } },
    { say: 'waarom?', query: { intent: 'notes', sector: 'defensie' }, heading: 'Defensie · duiding' },
  ],
  '"vorig jaar" is the latest year minus one, or the year before the one just asked about': [
    { say: 'doel gemeenten 2024', query: { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2024 } },
    { say: 'en vorig jaar?', query: { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2023 } },
    { say: 'en vorig jaar?', query: { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2022 } },
    {
      say: 'en vergeleken met vorig jaar?',
      query: { intent: 'compare', sectors: ['gemeenten'], years: [2022, 2023] },
    },
    { say: 'en t.o.v. 2020?', query: { intent: 'compare', sectors: ['gemeenten'], years: [2020, 2023] } },
  ],
  'a filter turns to its other side': [
    {
      say: 'welke sectoren haalden hun doel in 2023?',
      query: { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2023 },
    },
    {
      say: 'en welke niet?',
      query: { intent: 'filter', scope: 'sectoren', condition: 'doel_niet_gehaald', year: 2023 },
    },
    { say: 'en welke wel?', query: { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2023 } },
    { say: 'en welke daalden?', query: { intent: 'filter', scope: 'sectoren', condition: 'gedaald', year: 2023 } },
  ],
  '"ervoor" in "hoe staat … ervoor" is not a year': [
    {
      say: 'realisatie politie 2023',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 },
    },
    {
      say: 'hoe staat defensie ervoor?',
      query: { intent: 'lookup', sector: 'defensie', metric: 'realisatie', year: 2023 },
    },
    { say: 'en daarvoor?', query: { intent: 'lookup', sector: 'defensie', metric: 'realisatie', year: 2022 } },
  ],
  'a bare sector, "hoe zit het met", acknowledgements before "en"': [
    { say: 'tekort defensie 2023', query: { intent: 'gap', sector: 'defensie', year: 2023 } },
    { say: 'hoe zit het met de politie?', query: { intent: 'gap', sector: 'politie', year: 2023 } },
    { say: 'dank je', query: { intent: 'thanks' } },
    { say: 'ok, en gemeenten?', query: { intent: 'gap', sector: 'gemeenten', year: 2023 } },
    { say: 'het hbo', query: { intent: 'gap', sector: 'hbo', year: 2023 } },
    { say: 'wat is een fta?', query: { intent: 'context', topic: 'fta' } },
    { say: 'en in 2024?', query: { intent: 'gap', sector: 'hbo', year: 2024 } },
  ],
  'a ranking carries over to another year and scope; "die" is its first': [
    {
      say: 'welke sector scoort het best in 2024?',
      query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2024 },
    },
    {
      say: 'en in 2023?',
      query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', year: 2023 },
      heading: 'Alle sectoren · 2023 · ranglijst op realisatiepercentage',
    },
    {
      say: 'en het slechtst?',
      query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'laag', year: 2023 },
      heading: 'Alle sectoren · 2023 · ranglijst op realisatiepercentage (laagste eerst)',
    },
    { say: 'en het tekort?', query: { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'laag', year: 2023 } },
    {
      say: 'en in het onderwijs?',
      query: { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'laag', year: 2023 },
    },
    { say: 'top 3', query: { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'hoog', limit: 3, year: 2023 } },
  ],
  'a comparison stays a comparison': [
    {
      say: 'vergelijk politie en defensie 2024',
      query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] },
    },
    { say: 'en in 2023?', query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2023] } },
    {
      say: 'en gemeenten?',
      query: { intent: 'compare', sectors: ['politie', 'defensie', 'gemeenten'], years: [2023] },
    },
    {
      say: 'hoeveel mist die nog?',
      query: {
        intent: 'clarify',
        term: 'die',
        options: ['politie', 'defensie', 'gemeenten'],
        ask: 'gap',
        year: 2023,
      },
    },
    { say: 'gemeenten', query: { intent: 'gap', sector: 'gemeenten', year: 2023 } },
  ],
  'sectors join a comparison; its gaps are ranked among those sectors': [
    { say: 'vergelijk po en vo', query: { intent: 'compare', sectors: ['po', 'vo'] } },
    { say: 'en het mbo erbij?', query: { intent: 'compare', sectors: ['po', 'vo', 'mbo'] } },
    { say: 'voeg defensie toe', query: { intent: 'compare', sectors: ['po', 'vo', 'mbo', 'defensie'] } },
    {
      say: 'vergelijk po en vo 2023',
      query: { intent: 'compare', sectors: ['po', 'vo'], years: [2023] },
    },
    {
      say: 'en het tekort?',
      query: { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'hoog', sectors: ['po', 'vo'], year: 2023 },
      heading: 'Primair onderwijs, Voortgezet onderwijs · 2023 · ranglijst op tekort',
    },
  ],
  '"vergelijk ze" and "vergelijk met …" use the previous sectors': [
    {
      say: 'realisatie politie 2024',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
    },
    { say: 'vergelijk met defensie', query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] } },
    {
      say: 'vergelijk met vorig jaar',
      query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2023, 2024] },
    },
    { say: 'vergelijk ze', query: { intent: 'compare', sectors: ['politie', 'defensie'], years: [2023, 2024] } },
  ],
  'filters, totals and the trend carry over': [
    {
      say: 'welke sectoren haalden hun doel in 2023?',
      query: { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2023 },
    },
    { say: 'en in 2024?', query: { intent: 'filter', scope: 'sectoren', condition: 'doel_gehaald', year: 2024 } },
    { say: 'totaal overheid 2023', query: { intent: 'total', scope: 'overheid', year: 2023 } },
    {
      say: 'en in het onderwijs?',
      query: { intent: 'total', scope: 'onderwijs', year: 2023 },
      heading: 'Onderwijssectoren · 2023 · totaal',
    },
    { say: 'ontwikkeling rijk 2019-2024', query: { intent: 'trend', sector: 'rijk', from: 2019, to: 2024 } },
    { say: 'en defensie?', query: { intent: 'trend', sector: 'defensie', from: 2019, to: 2024 } },
    { say: 'hoeveel is dat gestegen?', query: { intent: 'change', sector: 'defensie', from: 2019, to: 2024 } },
  ],
  'a question back is answered by naming a sector': [
    {
      say: 'tekort hoger onderwijs',
      query: { intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'], ask: 'gap' },
    },
    { say: 'het hbo', query: { intent: 'gap', sector: 'hbo' }, heading: 'Hoger beroepsonderwijs · 2024 · tekort' },
    { say: 'en in 2023?', query: { intent: 'gap', sector: 'hbo', year: 2023 } },
  ],
  '"wij" once declared': [
    {
      say: 'wij zijn het mbo',
      query: { intent: 'speaks_for', sector: 'mbo' },
      text: ['"wij" en "ons" voor middelbaar'],
    },
    {
      say: 'hoe doen wij het t.o.v. het hbo?',
      query: { intent: 'compare', sectors: ['mbo', 'hbo'] },
    },
    {
      say: 'ons tekort',
      query: { intent: 'gap', sector: 'mbo' },
      heading: 'Middelbaar beroepsonderwijs · 2024 · tekort',
    },
    { say: 'en in 2023?', query: { intent: 'gap', sector: 'mbo', year: 2023 } },
    { say: 'dit kanaal gaat over politie', query: { intent: 'speaks_for', sector: 'politie' } },
    {
      say: 'wat is onze realisatie in 2023?',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 },
    },
  ],
  '"wij" is the subject, not an object ("vertel ons …") and not next to a named sector': [
    { say: 'ik werk bij defensie', query: { intent: 'speaks_for', sector: 'defensie' } },
    { say: 'vertel ons over de politie', query: { intent: 'lookup', sector: 'politie', metric: 'alles' } },
    { say: 'kunnen we het tekort van gemeenten zien?', query: { intent: 'gap', sector: 'gemeenten' } },
    { say: 'hoeveel moeten we nog?', query: { intent: 'gap', sector: 'defensie' } },
    {
      say: 'hoe scoren wij vergeleken met de politie?',
      query: { intent: 'compare', sectors: ['defensie', 'politie'] },
    },
    { say: 'namens de gemeenten', query: { intent: 'speaks_for', sector: 'gemeenten' } },
    { say: 'ons doel', query: { intent: 'lookup', sector: 'gemeenten', metric: 'doel' } },
  ],
  '"dezelfde vraag voor …", "die van …" ask the same for another sector; "vergelijk die met …" compares': [
    { say: 'tekort politie 2023', query: { intent: 'gap', sector: 'politie', year: 2023 } },
    { say: 'dezelfde vraag voor defensie', query: { intent: 'gap', sector: 'defensie', year: 2023 } },
    { say: 'en die van gemeenten?', query: { intent: 'gap', sector: 'gemeenten', year: 2023 } },
    { say: 'zelfde voor het hbo', query: { intent: 'gap', sector: 'hbo', year: 2023 } },
    { say: 'vergelijk die met defensie', query: { intent: 'compare', sectors: ['hbo', 'defensie'], years: [2023] } },
  ],
  'a national or source question in between is an aside: the context stays': [
    {
      say: 'realisatie politie 2024',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 },
    },
    { say: 'tellen detacheringen mee?', query: { intent: 'passage', text: 'tellen detacheringen mee?' } },
    { say: 'wat is een fta?', query: { intent: 'context', topic: 'fta' } },
    { say: 'en in 2023?', query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 } },
  ],
  'other figures and sums of chosen sectors carry over too': [
    {
      say: 'vaste contracten politie 2024',
      query: { intent: 'figure', metric: 'realisatie_vast', sector: 'politie', year: 2024 },
    },
    { say: 'en defensie?', query: { intent: 'figure', metric: 'realisatie_vast', sector: 'defensie', year: 2024 } },
    { say: 'po en vo samen', query: { intent: 'total', scope: 'sectoren', sectors: ['po', 'vo'] } },
    { say: 'en in 2023?', query: { intent: 'total', scope: 'sectoren', sectors: ['po', 'vo'], year: 2023 } },
    { say: 'en het tekort?', query: { intent: 'total', scope: 'sectoren', sectors: ['po', 'vo'], year: 2023 } },
  ],
  'a new complete question replaces the context': [
    {
      say: 'realisatie politie 2023',
      query: { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 },
    },
    { say: 'doel gemeenten 2024', query: { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2024 } },
    { say: 'en het tekort?', query: { intent: 'gap', sector: 'gemeenten', year: 2024 } },
    {
      say: 'welke sector scoort het best?',
      query: { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' },
    },
  ],
};

describe('follow-up dialogues', () => {
  for (const [name, turns] of Object.entries(dialogues)) {
    it(name, () => {
      for (const { turn, answer } of play(turns)) {
        expect(answer.query, turn.say).toEqual(turn.query);
        if (turn.heading) expect(answer.view.title, turn.say).toBe(turn.heading);
        for (const t of turn.text ?? []) expect(answer.text, turn.say).toContain(t);
        expect(answer.text, turn.say).not.toMatch(/begrijp ik niet|lukte me niet/);
      }
    });
  }
});

describe('what a conversation keeps', () => {
  it('never message text: a passage question is not kept, a question back keeps no term', () => {
    expect(remembered({ intent: 'passage', text: 'tellen detacheringen mee?' })).toBeUndefined();
    expect(remembered({ intent: 'clarify', term: 'hoger onderwijs', options: ['hbo', 'wo'], ask: 'gap' })).toEqual({
      intent: 'clarify',
      term: '',
      options: ['hbo', 'wo'],
      ask: 'gap',
    });
    expect(remembered({ intent: 'gap', sector: 'politie', year: 2023 })).toEqual({
      intent: 'gap',
      sector: 'politie',
      year: 2023,
    });
    expect(remembered({ intent: 'thanks' })).toBeUndefined();
  });
});

describe('follow-ups without a usable context ask back', () => {
  it('"en in 2023?" as the first message asks which sector, with buttons that keep 2023', () => {
    const a = answerer.ask('en in 2023?', {});
    expect(a.query).toMatchObject({ intent: 'clarify', ask: 'lookup', year: 2023 });
    expect(a.text).toContain('Welke sector bedoelt u met 2023?');
    expect(a.view.actions?.[0]).toEqual({
      title: 'Rijk',
      query: { intent: 'lookup', sector: 'rijk', metric: 'alles', year: 2023 },
    });
    // Every other sector through the picker; the pick carries the year.
    expect(a.view.sectorPicker?.query).toEqual({ intent: 'lookup', sector: 'rijk', metric: 'alles', year: 2023 });
    expect(a.view.sectorPicker?.options.map((o) => o.value)).toContain('politie');
  });

  it.each([
    ['hoeveel mist die nog?', 'gap'],
    ['en het tekort?', 'gap'],
    ['waarom?', 'notes'],
    ['en een jaar later?', 'lookup'],
    ['vergelijk ze', 'compare'],
  ])('"%s" first asks back (ask %s), never about another conversation’s sector', (say, ask) => {
    const a = answerer.ask(say, {});
    expect(a.query).toMatchObject({ intent: 'clarify', ask });
    expect(a.fromContext).toBeUndefined();
  });

  it('"ons tekort" without a known "wij" asks which sector, and says how to declare it', () => {
    const a = answerer.ask('ons tekort', {});
    expect(a.query).toMatchObject({ intent: 'clarify', term: 'wij', ask: 'gap', wij: true });
    expect(a.text).toContain('Voor welke sector spreekt u?');
    expect(a.text).toContain('"wij zijn het mbo"');
    expect(a.view.actions?.map((b) => b.query)).toContainEqual({ intent: 'gap', sector: 'defensie' });
  });

  it('"hoe doen wij het t.o.v. het hbo?" without "wij": the buttons compare the pick with hbo', () => {
    const a = answerer.ask('hoe doen wij het t.o.v. het hbo?', {});
    expect(a.query).toMatchObject({ intent: 'clarify', ask: 'compare', with: ['hbo'], wij: true });
    expect(a.view.actions?.[1]?.query).toEqual({ intent: 'compare', sectors: ['hbo', 'defensie'] });
  });

  it('a channel subscribed to one sector reads "wij" as that sector and asks to confirm', () => {
    const a = answerer.ask('ons tekort', { assumedSpeaksFor: 'politie' });
    expect(a.query).toEqual({ intent: 'gap', sector: 'politie' });
    expect(a.text).toContain('Ik lees "wij" als politie: dit kanaal is op die sector geabonneerd.');
    expect(a.text).toContain('nog 224 fta tekort');
    expect(a.view.actions?.[0]).toEqual({
      title: 'Klopt: wij zijn politie',
      query: { intent: 'speaks_for', sector: 'politie' },
    });
    // A declared "wij" wins over the subscription.
    expect(answerer.ask('ons tekort', { assumedSpeaksFor: 'politie', speaksFor: 'mbo' }).query).toEqual({
      intent: 'gap',
      sector: 'mbo',
    });
  });
});
