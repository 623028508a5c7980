// The state file on disk: read and validated with zod, written atomically by lowdb's JSONFile
// (steno writes `.<name>.tmp` next to it, then renames it over the file), and only while holding
// an inter-process lock (proper-lockfile, `<file>.lock`), so the server and a CLI run that share
// STATE_FILE never write over each other: before writing, a file changed by another process is
// read again and the pending changes are applied to it (group commit, see StateStore).
//
// A file that cannot be read or does not hold valid state (also `null`) is never written:
// StateFileError. A folder Banenbot cannot write in is reported at once, in one line.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import pRetry from 'p-retry';
import lockfile from 'proper-lockfile';
import { StoreError } from './backend.js';
import { emptyState, type State, StateSchema } from './state-schema.js';

export class StateFileError extends StoreError {
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

/** The folder cannot be written (read-only file system, no permission): one clear line. */
export class StateFolderError extends StoreError {
  constructor(folder: string, code: string | undefined) {
    super(
      `Banenbot kan niet schrijven in de map ${folder} (${code ?? 'onbekende fout'}: alleen-lezen of geen schrijfrechten): ` +
        'zet STATE_FILE op een schrijfbaar pad of gebruik STATE_STORE=azure.',
    );
    this.name = 'StateFolderError';
  }
}

/** Missing file where one was expected (a restart after the disk was wiped). */
export class StateFileMissingError extends StoreError {
  constructor(file: string) {
    super(
      `Het statusbestand ${file} ontbreekt. Zonder dat bestand kent Banenbot geen gesprekken en abonnementen meer. ` +
        'Zet het bestand terug (bijvoorbeeld uit een back-up), of zet STATE_FIRST_START=true als dit echt de eerste start is.',
    );
    this.name = 'StateFileMissingError';
  }
}

/** What `load` does when the file does not exist. */
export type MissingFile = 'create' | 'refuse';

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

  /** Read and validate; undefined when the file does not exist (a file holding `null` is invalid). Never writes. */
  private async read(): Promise<State | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StateFileError(this.file, (err as Error).message);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new StateFileError(this.file, `onleesbaar, geen geldige JSON (${(err as Error).message})`);
    }
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

  /** Creates the folder and checks that a file can be written in it (fails fast, in one line). */
  async checkFolder(): Promise<void> {
    const folder = dirname(this.file);
    const probe = join(folder, `.${process.pid}.banenbot-probe`);
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(probe, '');
      await rm(probe, { force: true });
    } catch (err) {
      throw new StateFolderError(folder, (err as NodeJS.ErrnoException).code);
    }
  }

  /** Runs `fn` holding the file's inter-process lock. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
    } catch (err) {
      throw new StateFolderError(dirname(this.file), (err as NodeJS.ErrnoException).code);
    }
    // Only a lock held by another process is waited for (about two stale periods, so a dead
    // one's lock is taken over); any other error (read-only disk, no permission) fails at once.
    const release = await pRetry(() => lockfile.lock(this.file, { realpath: false, stale: this.timing.staleMs }), {
      retries: Math.ceil((this.timing.staleMs * 2) / 100),
      factor: 1.2,
      minTimeout: 5,
      maxTimeout: 100,
      shouldRetry: ({ error }) => (error as NodeJS.ErrnoException).code === 'ELOCKED',
    }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ELOCKED')
        throw new StateFileError(this.file, `vergrendeld door een ander proces (${err.message})`);
      throw new StateFolderError(dirname(this.file), err.code);
    });
    try {
      return await fn();
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Opens the file: reads it, or (missing = 'create') creates it with an empty state. */
  async load(missing: MissingFile = 'create'): Promise<{ state: State; created: boolean }> {
    await this.checkFolder();
    return this.withLock(async () => {
      const existing = await this.read();
      if (existing) {
        this.stamp = await this.currentStamp();
        return { state: existing, created: false };
      }
      if (missing === 'refuse') throw new StateFileMissingError(this.file);
      const state = emptyState();
      await this.writeLocked(state);
      return { state, created: true };
    });
  }

  /**
   * Under the lock: the file's state when another process changed it since we last saw it;
   * 'gone' when the file was deleted while running (the caller writes its own copy back).
   */
  async changedByOthers(): Promise<State | undefined | 'gone'> {
    const now = await this.currentStamp();
    if (sameStamp(now, this.stamp)) return undefined;
    const state = await this.read();
    if (!state) return 'gone';
    this.stamp = now;
    return state;
  }

  /** Under the lock: atomic write (temp file + rename). */
  async writeLocked(state: State): Promise<void> {
    try {
      await this.adapter.write(state);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
        throw new StateFolderError(dirname(this.file), code);
      throw new StateFileError(this.file, `schrijven mislukt: ${(err as Error).message}`);
    }
    this.stamp = await this.currentStamp();
  }
}
