// The whole reading of one letter against the dataset: read (propose.ts), then compare
// (compare.ts). Pure: text in, proposals out.
import type { Dataset } from '../../domain/model.js';
import { type Comparison, compareWithDataset } from './compare.js';
import { readLetter } from './propose.js';
import type { LetterReading } from './types.js';

export interface IngestInput {
  text: string;
  /** Source id (existing in sources.json, or the id to register). */
  source: string;
  /** The letter's file name (for a new source record). */
  file: string;
  year?: number;
}

export interface IngestResult extends Comparison {
  reading: LetterReading;
}

export function ingestLetter(data: Dataset, input: IngestInput): IngestResult {
  const reading = readLetter(input.text, data.sectors, {
    source: input.source,
    ...(input.year ? { year: input.year } : {}),
  });
  return { ...compareWithDataset(reading, data, input.source, input.file, input.text), reading };
}
