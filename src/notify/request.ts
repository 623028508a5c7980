// What a caller may ask for (CLI options, POST /api/notify body), checked before anything runs:
// a year with figures, sectors by id, name or alias ("politie", "MBO", "universiteiten"), and a
// message of reasonable length. Problems come back as one Dutch sentence (the 400 reason).
import Fuse from 'fuse.js';
import { z } from 'zod';
import type { Dataset, EntityId } from '../domain/model.js';

export class NotifyRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotifyRequestError';
  }
}

/** The JSON body of POST /api/notify. */
export const NotifyBodySchema = z
  .object({
    year: z
      .number({ invalid_type_error: 'year moet een getal zijn' })
      .int('year moet een geheel getal zijn')
      .min(2013, 'year moet 2013 of later zijn')
      .max(2100, 'year moet 2100 of eerder zijn')
      .optional(),
    sectors: z
      .array(z.string().trim().min(1).max(100), { invalid_type_error: 'sectors moet een lijst van namen zijn' })
      .max(30)
      .optional(),
    message: z
      .string({ invalid_type_error: 'message moet tekst zijn' })
      .trim()
      .max(1000, 'message mag hoogstens 1000 tekens zijn')
      .optional(),
    /** Report what would happen without posting. */
    dryRun: z.boolean({ invalid_type_error: 'dryRun moet true of false zijn' }).optional(),
  })
  .strict();

export type NotifyBody = z.infer<typeof NotifyBodySchema>;

/** A checked request: what Notifier.run takes. */
export interface NotifyRequest {
  year?: number;
  /** Undefined or empty: all sectors (each subscription's own choice). */
  sectors?: EntityId[];
  message?: string;
  /** Scheduled digests only: the run's date. */
  edition?: string;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`´.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Resolves names to sector ids; throws NotifyRequestError naming what was not understood (with a suggestion). */
export function resolveSectors(names: readonly string[], dataset: Dataset): EntityId[] {
  const index = new Map<string, EntityId>();
  for (const s of dataset.sectors) {
    for (const n of [s.id, s.name, s.shortName, ...s.aliases]) if (!index.has(normal(n))) index.set(normal(n), s.id);
  }
  const out: EntityId[] = [];
  const unknown: string[] = [];
  for (const raw of names.flatMap((n) => n.split(','))) {
    if (!raw.trim()) continue;
    if (['alle', 'alles', 'alle sectoren'].includes(normal(raw))) return [];
    const id = index.get(normal(raw));
    if (id) out.push(id);
    else unknown.push(raw.trim());
  }
  if (unknown.length) {
    const fuse = new Fuse([...index.keys()], { threshold: 0.4 });
    const hints = unknown.map((u) => {
      const best = fuse.search(normal(u))[0];
      return best ? `"${u}" (bedoelt u ${index.get(best.item)}?)` : `"${u}"`;
    });
    throw new NotifyRequestError(
      `Onbekende sector: ${hints.join(', ')}. Gebruik een sector-id zoals politie of mbo, of een naam uit data/sectors.json.`,
    );
  }
  return [...new Set(out)];
}

/** The reporting years the dataset has doel/realisatie figures for. */
function yearsWithFigures(dataset: Dataset): number[] {
  return [
    ...new Set(dataset.figures.filter((f) => f.metric === 'realisatie' || f.metric === 'doel').map((f) => f.year)),
  ].sort((a, b) => a - b);
}

/** Checks the year against the dataset; undefined becomes meta.latestYear. */
export function resolveYear(year: number | undefined, dataset: Dataset): number {
  const y = year ?? dataset.meta.latestYear;
  const years = yearsWithFigures(dataset);
  if (!years.includes(y)) {
    throw new NotifyRequestError(
      `Geen cijfers over ${y} in de dataset; wel over ${years.join(', ') || 'geen enkel jaar'}.`,
    );
  }
  return y;
}

/** A parsed body (or CLI options) as a checked NotifyRequest. */
export function toNotifyRequest(body: NotifyBody, dataset: Dataset): NotifyRequest {
  const req: NotifyRequest = { year: resolveYear(body.year, dataset) };
  if (body.sectors?.length) req.sectors = resolveSectors(body.sectors, dataset);
  if (body.message) req.message = body.message;
  return req;
}
