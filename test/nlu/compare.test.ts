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
    ['gemeenten, provincies en waterschappen', { intent: 'compare', sectors: ['gemeenten', 'provincies', 'waterschappen'] }],
    ['vergelijk defensie dit jaar en vorig jaar', { intent: 'compare', sectors: ['defensie'], years: [2023, 2024] }],
    ['politie 2019, 2020 en 2021', { intent: 'compare', sectors: ['politie'], years: [2019, 2020, 2021] }],
    ['hoe doet de politie het vergeleken met andere sectoren', {
      intent: 'compare', sectors: ['politie', ...ALL_SECTORS.filter((s) => s !== 'politie')], scope: 'sectoren',
    }],
    ['vergelijk politie', { intent: 'compare', sectors: ['politie', 'rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen'], scope: 'overheid' }],
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
