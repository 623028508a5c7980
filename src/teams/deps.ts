// What the Teams handlers need, passed in once by src/server.ts (tests pass their own).
// Logger: pino, created by src/log.ts (`createLogger`); hash ids with `hashId` before logging.

import type { Answerer } from '../answers/index.js';
import type { Config } from '../config.js';
import type { Dataset } from '../domain/model.js';
import type { Logger } from '../log.js';
import type { StateStore } from '../store/state.js';

export type { Logger } from '../log.js';

export interface BotDeps {
  config: Config;
  /**
   * The dataset in use and the answerer built on it. A new dataset version loaded while the
   * server runs (src/teams/proactive/dataset-reload.ts) replaces both at once: read them when needed,
   * never keep them.
   */
  dataset: Dataset;
  answerer: Answerer;
  store: StateStore;
  log: Logger;
}
