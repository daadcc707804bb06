/**
 * A closed-loop load client over undici: `connections` workers, each sending its next request as
 * soon as the previous answer is read, for a bounded time, only to loopback addresses.
 * Reports requests/s and latency percentiles of the answered requests; errors are counted.
 */
import { Pool } from 'undici';

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}
export interface LoadResult extends LoopResult {
  connections: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export interface LoopResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  firstError?: string;
}

/**
 * `workers` closed loops over `items` for `seconds`: each worker starts its next call when the last one
 * is done. `call` resolves to null for an answer, or to what went wrong; a throw is an error too.
 */
export async function closedLoop<T>(
  items: readonly T[],
  workers: number,
  seconds: number,
  call: (item: T) => Promise<string | null>,
): Promise<LoopResult> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) {
        const item = items[next++ % items.length]!;
        const t0 = performance.now();
        let error: string | null;
        try {
          error = await call(item);
        } catch (e) {
          error = (e as Error).message;
        }
        if (error === null) times.push(performance.now() - t0);
        else {
          errors++;
          firstError ??= error;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors,
    rps: times.length / elapsed,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    firstError,
  };
}

export async function load(
  url: string,
  requests: Request[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(url))
    throw new Error(`bench: load tests go to loopback only, not ${url}`);
  const pool = new Pool(url, { connections, pipelining: 1 });
  try {
    const result = await closedLoop(requests, connections, seconds, async (r) => {
      try {
        const res = await pool.request({ method: r.method, path: r.path, body: r.body, headers: r.headers });
        await res.body.text();
        return res.statusCode === 200 ? null : `${r.path}: HTTP ${res.statusCode}`;
      } catch (e) {
        return `${r.path}: ${(e as Error).message}`;
      }
    });
    return { connections, ...result };
  } finally {
    await pool.close();
  }
}
