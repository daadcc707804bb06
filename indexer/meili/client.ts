/**
 * The engine client: a Meilisearch client whose transport is an undici `Pool` on a kept-alive connection.
 *
 * Why: through Node's global fetch (meilisearch-js's default), a search whose JSON answer is more
 * than a few KB takes ~30 ms instead of ~1 ms (measured, see docs/DESIGN.md "client latency trap").
 * `npm run bench:search` (test/bench/search.ts) keeps both paths measured side by side.
 *
 * Every request has a time limit (`timeoutMs`, whole request), so a frozen engine costs a caller
 * seconds, not the 30 s of a TCP or proxy timeout; and when `unavailable()` names a reason (the
 * engine monitor saw /health fail), requests fail at once instead of queueing behind a dead engine.
 */
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { Pool } from 'undici';

/** Per-request time limit when none is given: well below the 30 s at which proxies give up. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface ClientOptions {
  /** The engine's address, or a function giving the current one (it may move to another port). */
  url: string | (() => string);
  apiKey?: string;
  /** Time limit of each request, in ms (default 10 s). */
  timeoutMs?: number;
  /** A reason when the engine is known to be down right now: requests then fail immediately. */
  unavailable?: () => string | null;
}

export function createClient({
  url,
  apiKey,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  unavailable,
}: ClientOptions): Meilisearch {
  const currentUrl = typeof url === 'function' ? url : () => url;
  let pool: Pool | undefined;
  let poolOrigin = '';
  const poolFor = (origin: string): Pool => {
    if (!pool || poolOrigin !== origin) {
      void pool?.close().catch(() => {});
      pool = new Pool(origin, { connections: 16, pipelining: 1, keepAliveTimeout: 30_000 });
      poolOrigin = origin;
    }
    return pool;
  };
  const httpClient = async (input: RequestInfo | URL, init?: RequestInit): Promise<unknown> => {
    const target = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const down = unavailable?.();
    if (down) throw new MeilisearchRequestError(target.toString(), new Error(`engine unavailable: ${down}`));
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    let res;
    let text: string;
    try {
      res = await poolFor(new URL(currentUrl()).origin).request({
        path: target.pathname + target.search,
        method: (init?.method ?? 'GET') as 'GET',
        headers,
        body: typeof init?.body === 'string' ? init.body : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await res.body.text();
    } catch (cause) {
      throw new MeilisearchRequestError(target.toString(), cause);
    }
    const body = text === '' ? undefined : JSON.parse(text);
    if (res.statusCode >= 400) {
      throw new MeilisearchApiError(new Response(null, { status: res.statusCode }), body);
    }
    return body;
  };
  return new Meilisearch({ host: currentUrl(), apiKey, httpClient });
}

/*
 * The server never holds more power than it needs: with the master key it creates (once) a key
 * that can only search and read documents of our index and of its vocabulary index (name expansion,
 * "did you mean"), and uses that for every request.
 */
const KEY_NAME = 'arabic-search server (search only)';
const ACTIONS = ['search', 'documents.get', 'indexes.get', 'stats.get'] as const;

export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const name = `${KEY_NAME}: ${indexUid}`;
  const { results } = await admin.getKeys({ limit: 1000 });
  const indexes = [indexUid, `${indexUid}_vocab`];
  // A key made before the vocabulary index existed cannot read it: a key's indexes cannot be changed, so make a new one.
  const existing = results.find((k) => k.name === name && indexes.every((i) => k.indexes.includes(i)));
  if (existing) return existing.key;
  const key = await admin.createKey({
    name,
    description: 'Created by the arabic-search server; may search and read documents of one index and its vocabulary.',
    actions: [...ACTIONS],
    indexes,
    expiresAt: null,
  });
  return key.key;
}
