// A new dataset version while the server runs (data:ingest --accept, or a hand edit with a
// version bump in meta.json): src/data/watch.ts notices and validates it; here it is swapped in
// and announced. The new answerer (with a new, empty answer cache) and the dataset replace the
// old ones in one synchronous step, so a question is answered wholly from the old figures or
// wholly from the new; then the version trigger runs as at start (`notifyIfNewVersion`: under
// the notify lock, checked against the last version notified in the state), so with several
// instances each reloads on its own and one of them posts the digest, once. An invalid dataset
// is logged once and the one in use stays.
import type { Answerer } from '../../answers/index.js';
import { DEFAULT_DATA_DIR } from '../../data/load.js';
import { type DatasetWatch, watchDataset } from '../../data/watch.js';
import type { Dataset } from '../../domain/model.js';
import { NotifyLockBusyError } from '../../store/notify-lock.js';
import type { BotDeps } from '../deps.js';

export interface DatasetReloadOptions {
  /** The answerer for a dataset, built as at start (with its answer cache). */
  answerer(dataset: Dataset): Answerer;
  /** The version trigger, run after each swap (src/notify/notifier.ts notifyIfNewVersion). */
  notifyIfNewVersion(): Promise<unknown>;
  /** Quiet time after a change before the directory is read (ms; tests). */
  debounceMs?: number;
}

/** Watches the data directory (DATA_DIR) and checks it every DATA_RELOAD_SECONDS; `stop()` on shutdown. */
export function startDatasetReload(deps: BotDeps, opts: DatasetReloadOptions): DatasetWatch {
  const log = deps.log.child({ component: 'dataset' });
  const dir = deps.config.dataDir ?? DEFAULT_DATA_DIR;
  return watchDataset(dir, {
    current: () => deps.dataset.meta.version,
    intervalMs: deps.config.dataReloadSeconds * 1000,
    ...(opts.debounceMs !== undefined ? { debounceMs: opts.debounceMs } : {}),
    onDataset: async (dataset) => {
      const previous = deps.dataset.meta.version;
      const answerer = opts.answerer(dataset);
      deps.answerer = answerer;
      deps.dataset = dataset;
      log.info(
        { version: dataset.meta.version, previous, figures: dataset.figures.length },
        'dataset: new version loaded, answering from it',
      );
      try {
        await opts.notifyIfNewVersion();
      } catch (err) {
        // Several instances reload together: one runs the update, the others stop waiting for it.
        if (err instanceof NotifyLockBusyError)
          log.info({ version: dataset.meta.version }, 'dataset: another instance is notifying the new version');
        else log.error({ err, version: dataset.meta.version }, 'dataset: notification of the new version failed');
      }
    },
    onInvalid: (error) =>
      log.error(
        { problems: error.problems.slice(0, 20), count: error.problems.length, inUse: deps.dataset.meta.version },
        `dataset: the data in ${dir} is invalid; still answering from version ${deps.dataset.meta.version} (tried again on the next change)`,
      ),
    onError: (err) => log.error({ err }, 'dataset: watching the data directory failed'),
  });
}
