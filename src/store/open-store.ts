// Opens the state store the configuration asks for: the lowdb file (STATE_STORE=file, default)
// or Azure Table Storage (STATE_STORE=azure). In production a missing state file or table is
// refused (a wiped disk must not silently become "no subscriptions"), unless STATE_FIRST_START
// says this is the first start; elsewhere it is created, with a warning.
import type { Config } from '../config.js';
import type { NotifyLockTiming } from './notify-lock.js';
import { StateStore } from './state.js';

export interface OpenStoreOptions {
  /** Told once when the store was created empty, and about anything else worth a log line. */
  onWarning?: (message: string) => void;
  notifyLock?: Partial<NotifyLockTiming>;
}

export async function openStateStore(config: Config, opts: OpenStoreOptions = {}): Promise<StateStore> {
  const missing = config.nodeEnv === 'production' && !config.stateFirstStart ? 'refuse' : 'create';
  const common = { missing, ...(opts.onWarning ? { onWarning: opts.onWarning } : {}) } as const;
  if (config.stateStore === 'azure') {
    // Loaded only when used: the SDK adds a second or two to every start otherwise.
    const { AzureTableBackend } = await import('./azure-table-backend.js');
    const backend = await AzureTableBackend.open({
      connectionString: config.azureStorageConnectionString ?? '',
      table: config.azureStorageTable,
      ...common,
    });
    if (backend.created) opts.onWarning?.(`${backend.description} bestond niet en is leeg aangemaakt`);
    if (backend.moved > 0)
      opts.onWarning?.(
        `${backend.description}: ${backend.moved} records naar de indeling met partities per sleutel verplaatst`,
      );
    return new StateStore(backend, opts.notifyLock ? { notifyLock: opts.notifyLock } : {});
  }
  const store = await StateStore.open(config.stateFile, {
    ...common,
    ...(opts.notifyLock ? { notifyLock: opts.notifyLock } : {}),
  });
  if (store.created) opts.onWarning?.(`${store.description} bestond niet en is leeg aangemaakt`);
  return store;
}
