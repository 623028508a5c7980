import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { createParser } from '../../src/nlu/index.js';
import { expectQueries } from './support.js';

describe('years anywhere in the question', () => {
  expectQueries([
    ['2024 politie realisatie', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2024 }],
    ['politie, realisatie (2023)', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 }],
    ['realisatie politie vorig jaar', { intent: 'lookup', sector: 'politie', metric: 'realisatie', year: 2023 }],
    ['doel gemeenten dit jaar', { intent: 'lookup', sector: 'gemeenten', metric: 'doel', year: 2024 }],
    ['trend politie 2019 t/m 2024', { intent: 'trend', sector: 'politie', from: 2019, to: 2024 }],
    ['trend politie van 2019 tot 2024', { intent: 'trend', sector: 'politie', from: 2019, to: 2024 }],
    ['trend politie tot 2022', { intent: 'trend', sector: 'politie', to: 2022 }],
    ['ontwikkeling rijk vanaf 2021', { intent: 'trend', sector: 'rijk', from: 2021 }],
    ['groei defensie sinds vorig jaar', { intent: 'change', sector: 'defensie', from: 2023 }],
    ['stijging po 2024 vergeleken met 2022', { intent: 'change', sector: 'po', from: 2022, to: 2024 }],
    ['politie 2023/2024', { intent: 'compare', sectors: ['politie'], years: [2023, 2024] }],
    ['politie 2024 en 2023', { intent: 'compare', sectors: ['politie'], years: [2023, 2024] }],
  ]);

  it('without the years option, relative years are left out', () => {
    const plain = createParser(loadDataset().sectors);
    expect(plain('realisatie politie vorig jaar')).toEqual({
      intent: 'lookup',
      sector: 'politie',
      metric: 'realisatie',
    });
    expect(plain('realisatie politie 2023')).toEqual({
      intent: 'lookup',
      sector: 'politie',
      metric: 'realisatie',
      year: 2023,
    });
  });

  it('relative years follow the latest year given', () => {
    const later = createParser(loadDataset().sectors, { years: [2023, 2024, 2025] });
    expect(later('realisatie politie vorig jaar')).toEqual({
      intent: 'lookup',
      sector: 'politie',
      metric: 'realisatie',
      year: 2024,
    });
    expect(later('trend politie laatste 2 jaar')).toEqual({ intent: 'trend', sector: 'politie', from: 2024, to: 2025 });
  });
});
