// A letter's text (as extracted from its PDF, OCR damage included) split into sections: one per
// sector heading and sub-heading ("Defensie" → "Cijfermatige realisatie", "Algemeen beeld"), the
// Bijlage and the national parts. Pure: the caller reads the file. Quotes are taken from the
// whitespace-normalised text, the form in which `data:check` finds every quote in its source.
import type { EntityId } from '../../domain/model.js';
import type { SectorNames } from './sector-names.js';

/** Whitespace-insensitive form of a text, as data:check compares quotes. */
export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Line breaks inside hyphenated words joined ("gereali- seerd" → "gerealiseerd"), for matching only. */
export const dehyphenate = (text: string) => text.replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2');

export interface Section {
  /** The entity the section is about; undefined for national parts (introduction, doelgroep). */
  sector?: EntityId;
  /** Printed sector heading ("Rijksoverheid"), or the national heading. */
  heading: string;
  /** Sub-heading inside a sector ("Cijfermatige realisatie 2023", "Algemeen beeld"). */
  sub?: string;
  /** Year in the sub-heading ("Cijfermatige realisatie 2023"). */
  year?: number;
  /** Label used as ref.section: "Defensie — Cijfermatige realisatie". */
  label: string;
  /** Whether the section belongs to the appendix (Bijlage). */
  bijlage: boolean;
  /** The section's lines as printed (without its heading). */
  lines: string[];
}

const SUBHEADING = /^(cijf+ermatige realisatie|algemeen beeld|activiteiten\b|doorkijk\b|realisatie per sector)/i;
const CIJFERS = /^cijf+ermatige realisatie/i;
const GROUP_HEADING = /^(overheidssectoren|onderwijssectoren)$/i;
const BIJLAGE = /^bijlage\s*\d*\b/i;
const FOOTER = /^Tweede Kamer, vergaderjaar/;

function looksLikeHeading(t: string): boolean {
  if (t.length < 2 || t.length > 70) return false;
  if (!/^[\p{Lu}]/u.test(t)) return false;
  if (/[.,;:!?'’"-]$/.test(t)) return false;
  if (FOOTER.test(t)) return false;
  return t.split(/\s+/).length <= 8;
}

/** Split a letter into sections. */
export function readSections(text: string, names: SectorNames): Section[] {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const sections: Section[] = [];
  let group: string | undefined;
  let bijlage = false;
  let current: Section = { heading: 'Inleiding', label: 'Inleiding', bijlage: false, lines: [] };
  let sectorHeading: { sector?: EntityId; heading: string } = { heading: 'Inleiding' };
  let prevBlank = true;
  let prevHeading = false;
  const start = (s: Omit<Section, 'lines' | 'label'>) => {
    sections.push(current);
    const label = s.sub ? `${s.heading} — ${s.sub}` : group && s.sector ? `${group} — ${s.heading}` : s.heading;
    current = { ...s, label, lines: [] };
  };
  let bijlageHeading = 'Bijlage';
  lines.forEach((raw, index) => {
    const t = raw.replace(/\s+/g, ' ').trim();
    const canStart = prevBlank || prevHeading;
    const next =
      lines
        .slice(index + 1)
        .find((l) => l.trim())
        ?.trim() ?? '';
    const nextStarts = !next || /^[\p{Lu}\d•*«»�¢]/u.test(next);
    let heading = false;
    if (t && looksLikeHeading(t)) {
      const sector = names.exact(t);
      const isOther =
        canStart &&
        nextStarts &&
        !sector &&
        !/,/.test(t) &&
        !/\d/.test(t.replace(/\b(19|20)\d\d\b/g, '')) &&
        t.split(/\s+/).length <= 6 &&
        !/^(Tabel|Figuur|Bron)\b/.test(t);
      if (BIJLAGE.test(t) && t.split(/\s+/).length <= 2) {
        bijlage = true;
        group = undefined;
        bijlageHeading = t.replace(/^BIJLAGE/, 'Bijlage');
        sectorHeading = { sector: 'rijk', heading: bijlageHeading };
        start({ sector: 'rijk', heading: bijlageHeading, bijlage: true });
        heading = true;
      } else if (GROUP_HEADING.test(t) && canStart) {
        group = t;
        sectorHeading = { heading: t };
        start({ heading: t, bijlage });
        heading = true;
      } else if (SUBHEADING.test(t) && nextStarts && !/\d/.test(t.replace(/\b(19|20)\d\d\b/g, ''))) {
        const year = CIJFERS.test(t) ? t.match(/\b(20\d\d)\b/) : null;
        start({
          ...(sectorHeading.sector ? { sector: sectorHeading.sector } : {}),
          heading: sectorHeading.heading,
          sub: t,
          ...(year ? { year: Number(year[1]) } : {}),
          bijlage,
        });
        heading = true;
      } else if (sector && nextStarts) {
        if (bijlage) {
          sectorHeading = { sector, heading: bijlageHeading };
          start({ sector, heading: bijlageHeading, sub: t, bijlage });
        } else {
          sectorHeading = { sector, heading: t };
          start({ sector, heading: t, bijlage });
        }
        heading = true;
      } else if (isOther) {
        // Another heading ("Doelgroep op de arbeidsmarkt", "Maatregelen Rijk"): national text,
        // or in the Bijlage still about the Rijk.
        if (bijlage) {
          sectorHeading = { sector: 'rijk', heading: bijlageHeading };
          start({ sector: 'rijk', heading: bijlageHeading, sub: t, bijlage });
        } else {
          group = undefined;
          sectorHeading = { heading: t };
          start({ heading: t, bijlage });
        }
        heading = true;
      }
    }
    if (!heading) current.lines.push(raw);
    prevHeading = heading;
    prevBlank = !t;
  });
  sections.push(current);
  return sections.filter((s) => s.lines.some((l) => l.trim()));
}

/** The year a letter reports on: the latest year in its figure tables, else the most mentioned year. */
export function letterYear(text: string, sections: readonly Section[]): number {
  const tableYears: number[] = [];
  for (const s of sections) {
    if (s.year) tableYears.push(s.year);
    for (const l of s.lines) {
      const m = l.trim().match(/^(20\d\d)(\s+20\d\d)+$/);
      if (m) tableYears.push(...l.trim().split(/\s+/).map(Number));
    }
  }
  if (tableYears.length >= 3) return Math.max(...tableYears);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(?:in|eind|over|jaar)\s+(20\d\d)\b/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : new Date().getFullYear() - 1;
}
