// The name table: derived once from the dataset's sectors; short names distinct; each form as a
// Dutch reader expects it (article in a sentence, abbreviation explained, soft hyphen where a
// phone would otherwise break a long name mid-word).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import type { Sector } from '../../src/domain/model.js';
import { NARROW_NAME_CHARS, namesOf, nameTable, withoutSoftHyphens } from '../../src/domain/names.js';

const { sectors } = loadDataset();
const table = nameTable(sectors);

describe('name table', () => {
  it('has one entry per entity, and no two share a short name (case-insensitive)', () => {
    expect(table.size).toBe(sectors.length);
    const shorts = [...table.values()].map((n) => n.short.toLowerCase());
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('refuses a dataset in which two entities share a short name', () => {
    const twin: Sector = { ...sectors.find((s) => s.id === 'vo')!, id: 'po', shortName: 'VO' };
    expect(() => nameTable([...sectors, twin])).toThrow('Korte naam "VO" hoort bij vo en po');
  });

  it('names an entity in a sentence with its article: het Rijk, de politie, het primair onderwijs, Defensie', () => {
    expect(table.get('rijk')?.subject).toBe('het Rijk');
    expect(table.get('politie')?.subject).toBe('de politie');
    expect(table.get('po')?.subject).toBe('het primair onderwijs');
    expect(table.get('defensie')?.subject).toBe('Defensie');
    expect(table.get('fin')?.subject).toBe('Financiën');
  });

  it('explains an abbreviation: po (primair onderwijs), umc’s (universitaire medische centra), BZK (…)', () => {
    expect(table.get('po')?.explained).toBe('po (primair onderwijs)');
    expect(table.get('umc')?.explained).toBe('umc’s (universitaire medische centra)');
    expect(table.get('bzk')?.explained).toBe('BZK (Binnenlandse Zaken en Koninkrijksrelaties)');
    expect(table.get('politie')?.explained).toBe('Politie');
  });

  it('narrow names: every unbreakable part fits a narrow cell; the text reads the same without soft hyphens', () => {
    for (const [id, n] of table) {
      expect(withoutSoftHyphens(n.narrow), id).toBe(n.short);
      for (const part of n.narrow.split(/[\s\u00ad]/))
        expect(part.length, `${id}: ${part}`).toBeLessThanOrEqual(NARROW_NAME_CHARS);
    }
    expect(table.get('onderzoeksinstellingen')?.narrow).toBe('Onderzoeks\u00adinstellingen');
  });

  it('namesOf is what the table holds', () => {
    const politie = sectors.find((s) => s.id === 'politie')!;
    expect(table.get('politie')).toEqual(namesOf(politie));
  });
});
