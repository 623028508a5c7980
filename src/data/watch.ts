// Notices a new dataset version in a data directory while the server runs. Node's fs.watch on
// the directory (not on meta.json itself: a write through rename replaces the file, and a watch
// on the old file would hear nothing more), debounced so that a write of several files is read
// once it is complete, and a check every `intervalMs` as a fallback (file systems that report
// no changes, a missed event). Only a meta.json version other than the one in use counts; that
// dataset is read and validated as at start (zod schema, references) plus the consistency rules
// of data:check, and handed to `onDataset`. An invalid one goes to `onInvalid` once (the same
// problems are not reported again on the next check); the dataset in use stays, and the next
// change is tried again.
import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../domain/model.js';
import { checkDataset } from './check.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from './load.js';
import { DATA_FILES } from './schema.js';

/** Quiet time after the last change in the directory before it is read (ms). */
const DEFAULT_DEBOUNCE_MS = 300;

export interface DatasetWatchOptions {
  /** The version in use (meta.json's `version`). */
  current(): string;
  /** A valid dataset with another version; awaited before the next check. */
  onDataset(dataset: Dataset): void | Promise<void>;
  /** The directory holds another version that does not load or fails the checks. */
  onInvalid(error: DatasetError): void;
  /** The watch itself failed (directory gone; the periodic check goes on) or `onDataset` threw. */
  onError?(error: Error): void;
  /** Periodic check besides watching (ms); 0 = none. */
  intervalMs: number;
  debounceMs?: number;
}

export interface DatasetWatch {
  /** Checks now (also what a change and the interval do); resolves when done. */
  check(): Promise<void>;
  stop(): void;
}

/** meta.json's version, or undefined when it cannot be read (the full load then says why). */
function versionIn(dir: string): string | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(dir, DATA_FILES.meta.file), 'utf8')) as { version?: unknown };
    return typeof meta?.version === 'string' ? meta.version : undefined;
  } catch {
    return undefined;
  }
}

/** Loads and validates the dataset in `dir`: the start-up validation plus the consistency rules. */
function loadCheckedDataset(dir: string): Dataset {
  const dataset = loadDataset(dir);
  const problems = checkDataset(dataset, { dir });
  if (problems.length) throw new DatasetError(problems);
  return dataset;
}

export function watchDataset(dir: string = DEFAULT_DATA_DIR, opts: DatasetWatchOptions): DatasetWatch {
  const dataFiles = new Set([...Object.values(DATA_FILES).map((f) => f.file), 'passages.json', 'passage-index.json']);
  let reported: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let debounce: NodeJS.Timeout | undefined;

  const once = async () => {
    const version = versionIn(dir);
    if (version === opts.current()) {
      reported = undefined;
      return;
    }
    let dataset: Dataset;
    try {
      dataset = loadCheckedDataset(dir);
    } catch (err) {
      const error = err instanceof DatasetError ? err : new DatasetError([`${dir}: ${(err as Error).message}`]);
      if (error.message !== reported) opts.onInvalid(error);
      reported = error.message;
      return;
    }
    reported = undefined;
    if (dataset.meta.version === opts.current()) return;
    try {
      await opts.onDataset(dataset);
    } catch (err) {
      opts.onError?.(err as Error);
    }
  };
  const check = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => {
      if (filename && !dataFiles.has(String(filename))) return; // temp files of a write in progress
      clearTimeout(debounce);
      debounce = setTimeout(() => void check(), opts.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    });
    watcher.on('error', (err) => opts.onError?.(err));
  } catch (err) {
    opts.onError?.(err as Error);
  }
  const interval = opts.intervalMs > 0 ? setInterval(() => void check(), opts.intervalMs) : undefined;
  interval?.unref();
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(debounce);
      clearInterval(interval);
      watcher?.close();
    },
  };
}
