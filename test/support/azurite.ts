// Azurite (npm `azurite`, the Azure Storage emulator) for tests and the fan-out benchmark: its
// Table service on a free loopback port, data in a temp folder, stopped (and the folder removed)
// by close(). `AZURITE_TABLE_ENDPOINT` (set by .ci/run) reuses a running one instead; each
// caller then gets its own table name, so runs never share data.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The emulator's well-known development account (Azurite documentation; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const connectionStringFor = (tableEndpoint: string) =>
  `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=${tableEndpoint};`;

export interface Azurite {
  connectionString: string;
  /** A fresh table name for one test or run. */
  tableName(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const tableName = () => `t${randomUUID().replaceAll('-', '').slice(0, 20)}`;

/** Starts Azurite's Table service (or connects to the one in AZURITE_TABLE_ENDPOINT, unless `own`: a test that stops it). */
export async function startAzurite(opts: { own?: boolean; inMemory?: boolean } = {}): Promise<Azurite> {
  const shared = opts.own ? undefined : process.env.AZURITE_TABLE_ENDPOINT;
  if (shared) return { connectionString: connectionStringFor(shared), tableName, close: async () => undefined };

  const dir = await mkdtemp(join(tmpdir(), 'banenbot-azurite-'));
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/table/main.js');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [
        main,
        '--silent',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
        // In memory: Azurite does not save its whole database to the folder every few seconds
        // (at 30.000 entities that blocks it for seconds on a loaded machine; Azure does no such thing).
        ...(opts.inMemory ? ['--inMemoryPersistence'] : []),
        ...(opts.inMemory ? [] : ['--location', dir]),
        '--tableHost',
        '127.0.0.1',
        '--tablePort',
        String(port),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const started = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 30_000);
      const onData = (chunk: Buffer) => {
        output += String(chunk);
        if (/successfully (started|listening)/i.test(output)) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (started) {
      return {
        connectionString: connectionStringFor(`http://127.0.0.1:${port}/${DEV_ACCOUNT}`),
        tableName,
        close: async () => {
          if (child.exitCode === null) {
            const exited = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
            if (child.exitCode === null) child.kill('SIGKILL');
          }
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    if (attempt >= 3) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`Azurite did not start on port ${port}: ${output.trim()}`);
    }
  }
}
