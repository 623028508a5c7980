// References into the previous answer's result (round 7): after a comparison, ranking, filter or
// total over several sectors a follow-up points at members of it by role. The resolver is pure:
// what the previous answer showed (`focus`, in its order) and how a group ranks (`order`) are
// passed in; here they are fixed stand-ins, so each case says exactly which member is meant.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import type { EntityId } from '../../src/domain/model.js';
import { type ConversationState, createResolver } from '../../src/nlu/index.js';
import type { Query, QueryOf } from '../../src/nlu/query.js';

const dataset = loadDataset();
const resolve = createResolver(dataset.sectors, { years: [...new Set(dataset.figures.map((f) => f.year))] });
const ids = (...xs: string[]) => xs as EntityId[];

const compareTwo: Query = { intent: 'compare', sectors: ids('politie', 'defensie') };
const compareThree: Query = { intent: 'compare', sectors: ids('po', 'vo', 'mbo'), years: [2024] };
const top3: Query = { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog', limit: 3, year: 2024 };
const filter: Query = { intent: 'filter', scope: 'sectoren', condition: 'gedaald', year: 2024 };
const total: Query = { intent: 'total', scope: 'sectoren', sectors: ids('hbo', 'wo'), year: 2024 };

/** A stand-in for the answer core: rankings are ordered as listed here (best first). */
const BEST_FIRST = ids('gemeenten', 'provincies', 'rijk', 'politie', 'defensie', 'mbo', 'wo', 'hbo', 'po', 'vo');
const orderCalls: QueryOf<'ranking'>[] = [];
function state(previous: Query | undefined, shown: EntityId[] = [], recent?: EntityId[]): ConversationState {
  return {
    previous,
    focus: () => ({ sectors: shown, year: 2024 }),
    recent,
    order: (q) => {
      orderCalls.push(q);
      const members = q.sectors ?? [];
      const sorted = BEST_FIRST.filter((id) => members.includes(id));
      return q.order === 'hoog' ? sorted : [...sorted].reverse();
    },
  };
}

describe('"wie/welke van …": the same members ranked among themselves', () => {
  it.each([
    [
      'wie van de twee heeft het grootste tekort?',
      state(compareTwo),
      { intent: 'ranking', scope: 'overheid', by: 'gap', order: 'hoog', sectors: ['politie', 'defensie'], year: 2024 },
    ],
    [
      'welke van die drie heeft het laagste percentage?',
      state(compareThree),
      {
        intent: 'ranking',
        scope: 'onderwijs',
        by: 'percentage',
        order: 'laag',
        sectors: ['po', 'vo', 'mbo'],
        year: 2024,
      },
    ],
    [
      'welke daarvan daalde het meest?',
      state(filter, ids('gemeenten', 'vo', 'hbo', 'wo')),
      {
        intent: 'ranking',
        scope: 'sectoren',
        by: 'stijging',
        order: 'laag',
        sectors: ['gemeenten', 'vo', 'hbo', 'wo'],
        year: 2024,
      },
    ],
    [
      'wie van beide is het meest gestegen?',
      state(total),
      { intent: 'ranking', scope: 'onderwijs', by: 'stijging', order: 'hoog', sectors: ['hbo', 'wo'], year: 2024 },
    ],
    [
      'en de laagste daarvan in 2023?',
      state(compareTwo),
      {
        intent: 'ranking',
        scope: 'overheid',
        by: 'percentage',
        order: 'laag',
        sectors: ['politie', 'defensie'],
        year: 2023,
      },
    ],
    [
      // Two lookups before: the recent subjects are the two.
      'wie van de twee scoort beter?',
      state(
        { intent: 'lookup', sector: 'defensie' as EntityId, metric: 'realisatie', year: 2024 },
        [],
        ids('politie', 'defensie'),
      ),
      {
        intent: 'ranking',
        scope: 'overheid',
        by: 'percentage',
        order: 'hoog',
        sectors: ['politie', 'defensie'],
        year: 2024,
      },
    ],
  ])('%s', (text, st, query) => {
    const r = resolve(text, st);
    expect(r.query).toEqual(query);
    expect(r.fromContext).toBe(true);
  });

  it('all members of a group ("vergelijk alle onderwijssectoren") rank as the group itself', () => {
    const prev: Query = {
      intent: 'compare',
      scope: 'onderwijs',
      sectors: ids('umc', 'po', 'vo', 'mbo', 'hbo', 'wo', 'onderzoeksinstellingen'),
    };
    const r = resolve('wie is de beste daarvan?', state(prev, [...(prev as QueryOf<'compare'>).sectors]));
    expect(r.query).toEqual({ intent: 'ranking', scope: 'onderwijs', by: 'percentage', order: 'hoog', year: 2024 });
  });

  it('a follow-up on the ranked members keeps them ("en het kleinste?", "en in 2023?")', () => {
    const prev: Query = {
      intent: 'ranking',
      scope: 'overheid',
      by: 'gap',
      order: 'hoog',
      sectors: ids('politie', 'defensie'),
      year: 2024,
    };
    expect(resolve('en het kleinste?', state(prev, ids('defensie', 'politie'))).query).toEqual({
      ...prev,
      order: 'laag',
    });
    expect(resolve('en in 2023?', state(prev, ids('defensie', 'politie'))).query).toEqual({ ...prev, year: 2023 });
    // "hoe komt dat?": the one the answer named first.
    expect(resolve('hoe komt dat?', state(prev, ids('defensie', 'politie'))).query).toEqual({
      intent: 'notes',
      sector: 'defensie',
    });
    // A scope named: that scope's own ranking, not the two.
    expect(resolve('en bij de ministeries?', state(prev, ids('defensie', 'politie'))).query).toEqual({
      intent: 'ranking',
      scope: 'ministeries',
      by: 'gap',
      order: 'hoog',
      year: 2024,
    });
  });
});

describe('a member picked by role, place or as "de andere", then the question about it', () => {
  it.each([
    ['het tekort van de slechtste', state(compareTwo), { intent: 'gap', sector: 'defensie' }, 'bad'],
    [
      'wanneer haalt de slechtste van de twee het doel?',
      state(compareTwo),
      { intent: 'projection', sector: 'defensie' },
      'bad',
    ],
    [
      'vergelijk de beste van de drie met het hbo',
      state(compareThree),
      { intent: 'compare', sectors: ['mbo', 'hbo'], years: [2024] },
      'good',
    ],
    [
      'hoe deed de beste het in 2023?',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      { intent: 'lookup', sector: 'gemeenten', metric: 'percentage', year: 2023 },
      'good',
    ],
    [
      'wat is het tekort van de laatste?',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      { intent: 'gap', sector: 'rijk', year: 2024 },
      'position',
    ],
    [
      'en de ontwikkeling van nummer 2?',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      { intent: 'trend', sector: 'provincies' },
      'position',
    ],
    [
      'vergelijk de eerste met het mbo',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      { intent: 'compare', sectors: ['gemeenten', 'mbo'], years: [2024] },
      'position',
    ],
    [
      'hoeveel hebben de eerste twee samen?',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      { intent: 'total', scope: 'sectoren', sectors: ['gemeenten', 'provincies'], year: 2024 },
      'position',
    ],
    [
      'en de andere?',
      state(
        {
          intent: 'ranking',
          scope: 'overheid',
          by: 'gap',
          order: 'hoog',
          sectors: ids('politie', 'defensie'),
          year: 2024,
        },
        ids('defensie', 'politie'),
      ),
      { intent: 'gap', sector: 'politie', year: 2024 },
      'other',
    ],
    [
      'en de andere?',
      state({ intent: 'gap', sector: 'defensie' as EntityId, year: 2023 }, [], ids('politie', 'defensie')),
      { intent: 'gap', sector: 'politie', year: 2023 },
      'other',
    ],
    [
      'en de beste daarvan vergeleken met 2023?',
      state(compareTwo),
      { intent: 'compare', sectors: ['politie'], years: [2023, 2024] },
      'good',
    ],
  ])('%s', (text, st, query, role) => {
    const r = resolve(text, st);
    expect(r.query).toEqual(query);
    expect(r.picked?.role).toBe(role);
    expect(r.fromContext).toBe(true);
  });

  it('"de slechtste" after a ranking by gap is the largest gap; after a comparison the lowest percentage', () => {
    orderCalls.length = 0;
    const byGap: Query = { intent: 'ranking', scope: 'onderwijs', by: 'gap', order: 'hoog', year: 2024 };
    resolve('het doel van de slechtste', state(byGap, ids('po', 'vo', 'mbo')));
    expect(orderCalls.at(-1)).toMatchObject({ by: 'gap', order: 'hoog', sectors: ['po', 'vo', 'mbo'] });
    resolve('het doel van de slechtste', state(compareThree));
    expect(orderCalls.at(-1)).toMatchObject({
      by: 'percentage',
      order: 'laag',
      sectors: ['po', 'vo', 'mbo'],
      year: 2024,
    });
  });
});

describe('other wordings', () => {
  const gemeentenProvincies: Query = { intent: 'compare', sectors: ids('gemeenten', 'provincies'), years: [2024] };
  it('"wie van beiden zat hoger?": beiden after "van" is the group whatever follows', () => {
    expect(resolve('wie van beiden zat hoger?', state(compareTwo)).query).toMatchObject({
      intent: 'ranking',
      sectors: ['politie', 'defensie'],
      order: 'hoog',
    });
  });
  it('"welke van de twee zit dichter bij het doel?" ranks on the realisatiepercentage, not the goal', () => {
    expect(resolve('welke van de twee zit dichter bij het doel?', state(gemeentenProvincies)).query).toEqual({
      intent: 'ranking',
      scope: 'overheid',
      by: 'percentage',
      order: 'hoog',
      sectors: ['gemeenten', 'provincies'],
      year: 2024,
    });
  });
  it('"de andere dan het rijk" is the member that is not the rijk', () => {
    const prev: Query = { intent: 'compare', sectors: ids('rijk', 'gemeenten'), years: [2023] };
    const r = resolve('de andere dan het rijk, hoeveel heeft die?', state(prev));
    expect(r.query).toEqual({ intent: 'lookup', sector: 'gemeenten', metric: 'alles', year: 2023 });
    expect(r.picked).toMatchObject({ role: 'other', sectors: ['gemeenten'] });
  });
});

describe('filters among the members, places without "de", the one a ranking named', () => {
  const three: Query = { intent: 'compare', sectors: ids('politie', 'defensie', 'gemeenten') };
  it('"welke van hen heeft het doel gehaald?": the filter over those three', () => {
    expect(resolve('welke van hen heeft het doel gehaald?', state(three)).query).toEqual({
      intent: 'filter',
      scope: 'overheid',
      condition: 'doel_gehaald',
      sectors: ['politie', 'defensie', 'gemeenten'],
      year: 2024,
    });
  });
  it('"wie van de twee zit boven het doel?": the count "twee" is no threshold', () => {
    const q = resolve('wie van de twee zit boven het doel?', state(compareTwo)).query;
    expect(q).toMatchObject({ intent: 'filter', condition: 'doel_gehaald', sectors: ['politie', 'defensie'] });
    expect(q).not.toHaveProperty('threshold');
  });
  it('"en wie is tweede?" and "de op een na grootste" are the second in the list shown', () => {
    const shown = ids('szw', 'fin', 'lnv');
    const top3Min: Query = { intent: 'ranking', scope: 'ministeries', by: 'percentage', order: 'hoog', limit: 3 };
    expect(resolve('en wie is tweede?', state(top3Min, shown)).query).toEqual({
      intent: 'lookup',
      sector: 'fin',
      metric: 'percentage',
    });
    const byGap: Query = { intent: 'ranking', scope: 'sectoren', by: 'gap', order: 'hoog' };
    expect(resolve('en hoe staat de op een na grootste ervoor?', state(byGap, ids('po', 'vo', 'umc'))).query).toEqual({
      intent: 'gap',
      sector: 'vo',
    });
  });
  it('"hoeveel banen is dat?" after "welke sector scoort het best?": the figure of the one it named', () => {
    const best: Query = { intent: 'ranking', scope: 'sectoren', by: 'percentage', order: 'hoog' };
    expect(resolve('hoeveel banen is dat?', state(best, ids('gemeenten', 'provincies'))).query).toEqual({
      intent: 'lookup',
      sector: 'gemeenten',
      metric: 'realisatie',
    });
  });
});

describe('fourth batch', () => {
  it('"wie van hen zit het dichtst bij het doel?" ranks those three on the realisatiepercentage, highest first', () => {
    const prev: Query = { intent: 'compare', sectors: ids('gemeenten', 'provincies', 'waterschappen'), years: [2023] };
    expect(resolve('wie van hen zit het dichtst bij het doel?', state(prev)).query).toEqual({
      intent: 'ranking',
      scope: 'overheid',
      by: 'percentage',
      order: 'hoog',
      sectors: ['gemeenten', 'provincies', 'waterschappen'],
      year: 2023,
    });
  });
  it('"en wat doen ze daar?" after members ranked among themselves: "ze" is the one named first', () => {
    const prev: Query = {
      intent: 'ranking',
      scope: 'sectoren',
      by: 'percentage',
      order: 'laag',
      sectors: ids('vo', 'umc', 'po'),
    };
    expect(resolve('en wat doen ze daar?', state(prev, ids('vo', 'umc', 'po'))).query).toEqual({
      intent: 'notes',
      sector: 'vo',
    });
  });
});

describe('references that cannot be resolved ask back', () => {
  it.each([
    ['wie van de twee heeft het grootste tekort?', state(undefined)],
    ['en de andere?', state(undefined)],
  ])('nothing before: "%s" asks which sector', (text, st) => {
    const q = resolve(text, st).query;
    expect(q).toMatchObject({ intent: 'clarify', term: '' });
  });

  it.each([
    // Three shown, "van de twee" does not fit: which of the three?
    [
      'wie van de twee heeft het grootste tekort?',
      state(top3, ids('gemeenten', 'provincies', 'rijk')),
      ['gemeenten', 'provincies', 'rijk'],
    ],
    // "de andere" of three: which of them?
    ['en de andere?', state(compareThree), ['po', 'vo', 'mbo']],
    // "nummer 5" of a top 3.
    ['en nummer 5?', state(top3, ids('gemeenten', 'provincies', 'rijk')), ['gemeenten', 'provincies', 'rijk']],
    // One lookup and no recent second sector.
    [
      'wie van de twee scoort beter?',
      state({ intent: 'lookup', sector: 'politie' as EntityId, metric: 'realisatie', year: 2024 }),
      undefined,
    ],
  ])('"%s" asks back with the members as options', (text, st, options) => {
    const q = resolve(text, st).query;
    expect(q.intent).toBe('clarify');
    if (options && q.intent === 'clarify') expect(q.options).toEqual(options);
  });
});

describe('not a reference: the words stay what they were', () => {
  it.each([
    'wie heeft de grootste voorsprong',
    'welke sectoren zitten onder de helft van hun doel',
    'hoeveel banen had de politie in het eerste kwartaal van 2024',
    'welke sector is de beste?',
    'wie scoort het best?',
    'doelgroepregister eerste kwartaal 2024',
  ])('%s: the same query with or without a previous comparison', (text) => {
    expect(resolve(text, state(compareTwo)).query).toEqual(resolve(text).query);
  });

  it('"de onderste drie" after a top 3 is the bottom of the whole ranking', () => {
    const q = resolve('en de onderste drie?', state(top3, ids('gemeenten', 'provincies', 'rijk'))).query;
    expect(q).toEqual({ ...top3, order: 'laag' });
  });
});

describe('"zonder X" and "de hele lijst"', () => {
  it('"en zonder het wo?" after a total of the onderwijs: the sum of the others', () => {
    const prev: Query = { intent: 'total', scope: 'onderwijs', year: 2024 };
    const q = resolve('en zonder het wo?', state(prev)).query;
    expect(q).toEqual({
      intent: 'total',
      scope: 'sectoren',
      sectors: ['umc', 'po', 'vo', 'mbo', 'hbo', 'onderzoeksinstellingen'],
      year: 2024,
    });
  });
  it('"en zonder defensie?" after a comparison of three: the other two', () => {
    const prev: Query = { intent: 'compare', sectors: ids('politie', 'defensie', 'rijk') };
    expect(resolve('en zonder defensie?', state(prev)).query).toEqual({
      intent: 'compare',
      sectors: ['politie', 'rijk'],
    });
  });
  it('"laat de hele lijst zien" after a top 3: the whole ranking', () => {
    const { limit: _limit, ...whole } = top3 as QueryOf<'ranking'>;
    expect(resolve('laat de hele lijst zien', state(top3)).query).toEqual(whole);
  });
});
