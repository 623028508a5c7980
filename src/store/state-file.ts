// The state file on disk: read and validated with zod, written atomically by lowdb's JSONFile
// (steno writes `.<name>.tmp` next to it, then renames it over the file), and only while holding
// an inter-process lock (proper-lockfile, `<file>.lock`), so the server and a CLI run that share
// STATE_FILE never write over each other: before writing, a file changed by another process is
// read again and the pending changes are applied to it (group commit, see StateStore).
//
// A file that cannot be read or does not hold valid state is never written: StateFileError.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JSONFile } from 'lowdb/node';
import lockfile from 'proper-lockfile';
import { emptyState, type State, StateSchema } from './state-schema.js';

export class StateFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `Het statusbestand ${file} is niet te gebruiken: ${reason}. Banenbot laat het bestand ongemoeid: ` +
        `herstel het (bijvoorbeeld uit een back-up) of zet STATE_FILE op een ander pad. ` +
        `(The state file ${file} cannot be used; it was not modified.)`,
    );
    this.name = 'StateFileError';
  }
}

/** Identifies one version of the file on disk: a rename gives a new inode. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) =>
  !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export interface LockTiming {
  /** A lock not refreshed for this long belongs to a dead process (proper-lockfile: ≥ 5000). */
  staleMs: number;
}

export const DEFAULT_LOCK: LockTiming = { staleMs: 10_000 };

export class StateFile {
  private readonly adapter: JSONFile<State>;
  private stamp: FileStamp | undefined;

  constructor(
    readonly file: string,
    private readonly timing: LockTiming = DEFAULT_LOCK,
  ) {
    this.adapter = new JSONFile<State>(file);
  }

  private async currentStamp(): Promise<FileStamp | undefined> {
    try {
      const s = await stat(this.file);
      return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StateFileError(this.file, (err as Error).message);
    }
  }

  /** Read and validate; undefined when the file does not exist. Never writes. */
  private async read(): Promise<State | undefined> {
    let raw: unknown;
    try {
      raw = await this.adapter.read();
    } catch (err) {
      throw new StateFileError(
        this.file,
        err instanceof SyntaxError ? `onleesbaar, geen geldige JSON (${err.message})` : (err as Error).message,
      );
    }
    if (raw === null) return undefined;
    const parsed = StateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StateFileError(
        this.file,
        `ongeldige inhoud bij ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'onbekend'}`,
      );
    }
    return parsed.data;
  }

  /** Runs `fn` holding the file's inter-process lock. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
    } catch (err) {
      throw new StateFileError(this.file, `map niet aan te maken: ${(err as Error).message}`);
    }
    const release = await lockfile.lock(this.file, {
      realpath: false,
      stale: this.timing.staleMs,
      // Waits up to about two stale periods for another process (or a dead one's lock).
      retries: { retries: Math.ceil((this.timing.staleMs * 2) / 100), factor: 1.2, minTimeout: 5, maxTimeout: 100 },
    });
    try {
      return await fn();
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Opens the file: reads it, or creates it (empty state) when missing. */
  async load(): Promise<State> {
    return this.withLock(async () => {
      const existing = await this.read();
      if (existing) {
        this.stamp = await this.currentStamp();
        return existing;
      }
      const state = emptyState();
      await this.writeLocked(state);
      return state;
    });
  }

  /** Under the lock: the file's state when another process changed it since we last saw it. */
  async changedByOthers(): Promise<State | undefined> {
    const now = await this.currentStamp();
    if (sameStamp(now, this.stamp)) return undefined;
    const state = await this.read();
    if (!state) throw new StateFileError(this.file, 'het bestand is verdwenen terwijl Banenbot draaide');
    this.stamp = now;
    return state;
  }

  /** Under the lock: atomic write (temp file + rename). */
  async writeLocked(state: State): Promise<void> {
    try {
      await this.adapter.write(state);
    } catch (err) {
      throw new StateFileError(this.file, `schrijven mislukt: ${(err as Error).message}`);
    }
    this.stamp = await this.currentStamp();
  }
}
