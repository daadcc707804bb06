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
export interface LoadResult {
  connections: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
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
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const r = requests[next++ % requests.length]!;
          const t0 = performance.now();
          try {
            const res = await pool.request({ method: r.method, path: r.path, body: r.body, headers: r.headers });
            await res.body.text();
            if (res.statusCode !== 200) {
              errors++;
              firstError ??= `${r.path}: HTTP ${res.statusCode}`;
              continue;
            }
            times.push(performance.now() - t0);
          } catch (e) {
            errors++;
            firstError ??= `${r.path}: ${(e as Error).message}`;
          }
        }
      }),
    );
  } finally {
    await pool.close();
  }
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    errors,
    rps: times.length / elapsed,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    firstError,
  };
}
