/**
 * The engine client: a Meilisearch client whose transport is an undici `Pool` on a kept-alive
 * connection, and the search-only key the server uses it with.
 *
 * Why: through Node's global fetch (meilisearch-js's default), a search whose JSON answer is more
 * than a few KB takes ~30 ms instead of ~1 ms (measured, see docs/DESIGN.md "client latency trap").
 * `npm run bench:search` (test/bench/search.ts) keeps both paths measured side by side.
 */
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { Pool } from 'undici';

export interface ClientOptions { url: string; apiKey?: string; timeoutMs?: number }

export function createClient({ url, apiKey, timeoutMs = 30_000 }: ClientOptions): Meilisearch {
  const origin = new URL(url).origin;
  const pool = new Pool(origin, { connections: 16, pipelining: 1, keepAliveTimeout: 30_000 });
  const httpClient = async (input: RequestInfo | URL, init?: RequestInit): Promise<unknown> => {
    const target = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => { headers[key] = value; });
    let res;
    try {
      res = await pool.request({
        path: target.pathname + target.search,
        method: (init?.method ?? 'GET') as 'GET',
        headers,
        body: typeof init?.body === 'string' ? init.body : undefined,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (cause) {
      throw new MeilisearchRequestError(target.toString(), cause);
    }
    const text = await res.body.text();
    const body = text === '' ? undefined : JSON.parse(text);
    if (res.statusCode >= 400) {
      throw new MeilisearchApiError(new Response(null, { status: res.statusCode }), body);
    }
    return body;
  };
  // Timeouts are undici's (headersTimeout/bodyTimeout above), not an AbortSignal per request.
  return new Meilisearch({ host: url, apiKey, httpClient });
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
