// Instrumentation for the fan-out benchmark: wraps a record backend so every call is counted and
// timed (per method and kind), and listings are kept with their start time and duration — to see
// where a run's time goes (posts per second against store operations per second).
import type { RecordBackend } from '../src/store/backend.js';

export interface ProbeStats {
  /** `method kind` → calls, total ms, slowest ms. */
  ops: Record<string, { calls: number; ms: number; maxMs: number }>;
  /** Each listing: kind, epoch ms at start, duration, records. */
  listings: { kind: string; at: number; ms: number; records: number }[];
  /** put latencies of the ledger (ms), sorted. */
  ledgerPutMs: number[];
}

export function probe(backend: RecordBackend): ProbeStats {
  const stats: ProbeStats = { ops: {}, listings: [], ledgerPutMs: [] };
  const b = backend as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of ['get', 'list', 'listKeys', 'put', 'update'] as const) {
    const original = b[method]!.bind(backend);
    b[method] = async (...args: unknown[]) => {
      const t0 = performance.now();
      const at = Date.now();
      try {
        return await original(...args);
      } finally {
        const ms = performance.now() - t0;
        const name = `${method} ${String(args[0])}`;
        const o = (stats.ops[name] ??= { calls: 0, ms: 0, maxMs: 0 });
        o.calls += 1;
        o.ms += ms;
        o.maxMs = Math.max(o.maxMs, ms);
        if (method === 'list' || method === 'listKeys')
          stats.listings.push({ kind: String(args[0]), at, ms, records: 0 });
        if (method === 'put' && args[0] === 'ledger') stats.ledgerPutMs.push(ms);
      }
    };
  }
  return stats;
}

export function summarise(stats: ProbeStats) {
  const lat = [...stats.ledgerPutMs].sort((a, b) => a - b);
  const q = (p: number) => (lat.length ? Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!) : 0);
  return {
    ops: Object.fromEntries(
      Object.entries(stats.ops).map(([k, v]) => [
        k,
        { calls: v.calls, avgMs: Math.round(v.ms / v.calls), maxMs: Math.round(v.maxMs) },
      ]),
    ),
    listings: stats.listings.map((l) => ({ ...l, ms: Math.round(l.ms) })),
    ledgerPut: { n: lat.length, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) },
  };
}
