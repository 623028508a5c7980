import { describe } from 'vitest';
import type { EntityId } from '../../src/domain/model.js';
import { ALL_SECTORS, expectQueries, MINISTRIES, ONDERWIJS, OVERHEID } from './support.js';

const HBO_WITH_GROUP: EntityId[] = ['hbo', 'umc', 'po', 'vo', 'mbo', 'wo', 'onderzoeksinstellingen'];

describe('compare: sectors side by side, or one sector across years', () => {
  expectQueries([
    ['vergelijk politie en defensie 2024', { intent: 'compare', sectors: ['politie', 'defensie'], years: [2024] }],
    ['po vs vo', { intent: 'compare', sectors: ['po', 'vo'] }],
    ['politie versus defensie', { intent: 'compare', sectors: ['politie', 'defensie'] }],
    ['vergelijk alle onderwijssectoren', { intent: 'compare', sectors: ONDERWIJS, scope: 'onderwijs' }],
    ['alle sectoren 2024', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2024] }],
    ['politie 2023 en 2024', { intent: 'compare', sectors: ['politie'], years: [2023, 2024] }],
    // "we" is unknown: hbo is shown within its own group.
    ['hoe doen we het t.o.v. het hbo?', { intent: 'compare', sectors: HBO_WITH_GROUP, scope: 'onderwijs' }],
    ['vergelijk alle ministeries', { intent: 'compare', sectors: MINISTRIES, scope: 'ministeries' }],
    ['Vergelijk de gemeenten met de provincies', { intent: 'compare', sectors: ['gemeenten', 'provincies'] }],
    ['Politie of defensie, wie doet het beter?', { intent: 'compare', sectors: ['politie', 'defensie'] }],
    ['hbo vs wo 2024', { intent: 'compare', sectors: ['hbo', 'wo'], years: [2024] }],
    ['Vergelijk Rijk, defensie en politie', { intent: 'compare', sectors: ['rijk', 'defensie', 'politie'] }],
    ['Verschil tussen po en vo', { intent: 'compare', sectors: ['po', 'vo'] }],
    ['Hoe doet het vo het ten opzichte van het po?', { intent: 'compare', sectors: ['vo', 'po'] }],
    ['vergelijk alle overheidssectoren', { intent: 'compare', sectors: OVERHEID, scope: 'overheid' }],
    ['realisatie po en vo 2024', { intent: 'compare', sectors: ['po', 'vo'], years: [2024] }],
    [
      'gemeenten, provincies en waterschappen',
      { intent: 'compare', sectors: ['gemeenten', 'provincies', 'waterschappen'] },
    ],
    ['vergelijk defensie dit jaar en vorig jaar', { intent: 'compare', sectors: ['defensie'], years: [2023, 2024] }],
    ['politie 2019, 2020 en 2021', { intent: 'compare', sectors: ['politie'], years: [2019, 2020, 2021] }],
    [
      'hoe doet de politie het vergeleken met andere sectoren',
      {
        intent: 'compare',
        sectors: ['politie', ...ALL_SECTORS.filter((s) => s !== 'politie')],
        scope: 'sectoren',
      },
    ],
    [
      'vergelijk politie',
      {
        intent: 'compare',
        sectors: ['politie', 'rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'],
        scope: 'overheid',
      },
    ],
    ['universiteit vs hogeschool', { intent: 'compare', sectors: ['wo', 'hbo'] }],
    ['vergelijk hoger onderwijs en mbo', { intent: 'compare', sectors: ['hbo', 'wo', 'mbo'] }],
    ['verschil 2023 2024', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2023, 2024] }],
    ['Hoe verhoudt het mbo zich tot het hbo?', { intent: 'compare', sectors: ['mbo', 'hbo'] }],
    ['gemeenten vs rijk 2023 en 2024', { intent: 'compare', sectors: ['gemeenten', 'rijk'], years: [2023, 2024] }],
    ['vergelijk met vorig jaar', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2023, 2024] }],
    ['vergelijk politie met vorig jaar', { intent: 'compare', sectors: ['politie'], years: [2023, 2024] }],
    ['vergelijk politie 2024 met 2023', { intent: 'compare', sectors: ['politie'], years: [2023, 2024] }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('compare (acceptance): mbo vs hbo, a scope over years, "vs vorig jaar", "per sector"', () => {
  expectQueries([
    ['mbo vs hbo', { intent: 'compare', sectors: ['mbo', 'hbo'] }],
    ['mbo t.o.v. hbo 2024', { intent: 'compare', sectors: ['mbo', 'hbo'], years: [2024] }],
    [
      'hoe doet het mbo het vergeleken met vorig jaar en met het hbo',
      { intent: 'compare', sectors: ['mbo', 'hbo'], years: [2023, 2024] },
    ],
    [
      'mbo vergeleken met de rest van het onderwijs',
      {
        intent: 'compare',
        sectors: ['mbo', 'umc', 'po', 'vo', 'hbo', 'wo', 'onderzoeksinstellingen'],
        scope: 'onderwijs',
      },
    ],
    [
      'hoe doet JenV het ten opzichte van de andere ministeries',
      {
        intent: 'compare',
        sectors: ['jenv', 'az', 'bz', 'bzk', 'ezk', 'fin', 'ienw', 'lnv', 'ocw', 'szw', 'vws', 'hcvs', 'rechtspraak'],
        scope: 'ministeries',
      },
    ],
    ['onderwijs in 2023 en 2024', { intent: 'compare', sectors: ONDERWIJS, scope: 'onderwijs', years: [2023, 2024] }],
    ['onderwijs vs vorig jaar', { intent: 'compare', sectors: ONDERWIJS, scope: 'onderwijs', years: [2023, 2024] }],
    [
      'hoe doen we het in vergelijking met vorig jaar',
      { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2023, 2024] },
    ],
    [
      'overheid 2020 tot 2024',
      { intent: 'compare', sectors: OVERHEID, scope: 'overheid', years: [2020, 2021, 2022, 2023, 2024] },
    ],
    ['realisatie hoger onderwijs totaal', { intent: 'total', scope: 'sectoren', sectors: ['hbo', 'wo'] }],
    [
      'trend politie en defensie',
      { intent: 'compare', sectors: ['politie', 'defensie'], years: [2020, 2021, 2022, 2023, 2024] },
    ],
    ['doel per sector', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren' }],
    ['welke doelen hebben de sectoren', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren' }],
    ['realisatie per sector 2024', { intent: 'compare', sectors: ALL_SECTORS, scope: 'sectoren', years: [2024] }],
    [
      'hoe doen we het t.o.v. het hbo?',
      {
        intent: 'compare',
        sectors: ['hbo', 'umc', 'po', 'vo', 'mbo', 'wo', 'onderzoeksinstellingen'],
        scope: 'onderwijs',
      },
    ],
    ['is het rijk beter dan de gemeenten', { intent: 'compare', sectors: ['rijk', 'gemeenten'] }],
  ]);
});
