/**
 * Searching a sharded collection as if it were one engine: a Meilisearch client whose transport
 * turns each search into Meilisearch's own remote federated multi-search (docs/sharding.md), so the
 * search service above it (search-service.ts) runs unchanged on 1 or N shards.
 *
 * Per search query of a request:
 * - the hits come from ONE federated multi-search sent to one shard (the coordinator), with the
 *   query once per shard (`federationOptions.remote`); the engine merges the shards' hits by
 *   ranking score (and by the sort, when there is one). Every passage of a document lives on one
 *   shard (indexer/meili/shards.ts), so `distinct` per document still holds across shards.
 * - an exhaustive query (`page`/`hitsPerPage`, whose totals and facet counts count documents) gets
 *   its counts from every shard directly, in one plain multi-search per shard, summed here:
 *   federation accepts only `limit`/`offset` and its totals and facet counts are estimates that
 *   count passages on a query without words (checked on 1.21: 49 for 40 documents). The shards hold
 *   disjoint documents, so the sums are exact.
 * - a query in `limit`/`offset` mode keeps federation's `estimatedTotalHits` and merged facets
 *   (estimates, as on one engine).
 * A shard that does not answer (connection refused, or named in federation's `remoteErrors`) does
 * not fail the search: its name is reported through `reportMissingShards` and the rest answers.
 * Requests other than searches (documents, stats, settings) go to every shard and are merged, or to
 * the first shard that answers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { Pool } from 'undici';
import type { Shard } from '../../indexer/meili/shards.ts';

type Json = Record<string, unknown>;
type Query = Json & {
  indexUid: string;
  offset?: number;
  limit?: number;
  page?: number;
  hitsPerPage?: number;
  facets?: string[];
};
type Result = Json & { hits: Json[]; processingTimeMs: number };

const missingStore = new AsyncLocalStorage<Set<string>>();

/** Runs `fn`; returns its value and the names of the shards that did not answer during it. */
export async function reportMissingShards<T>(fn: () => Promise<T>): Promise<{ value: T; missingShards: string[] }> {
  const missing = new Set<string>();
  const value = await missingStore.run(missing, fn);
  return { value, missingShards: [...missing].sort() };
}

function noteMissing(name: string): void {
  missingStore.getStore()?.add(name);
}

/** Thrown when no shard at all answers: the search cannot be served. */
class AllShardsDown extends Error {}

interface ShardTransport {
  shard: Shard;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

function transport(shard: Shard, timeoutMs: number): ShardTransport {
  const pool = new Pool(new URL(shard.url).origin, { connections: 16, pipelining: 1, keepAliveTimeout: 30_000 });
  const base = new URL(shard.url).pathname.replace(/\/+$/, '');
  return {
    shard,
    async send(method, path, body) {
      const res = await pool.request({
        path: base + path,
        method: method as 'GET',
        headers: {
          'content-type': 'application/json',
          ...(shard.apiKey ? { authorization: `Bearer ${shard.apiKey}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const text = await res.body.text();
      return { status: res.statusCode, body: text === '' ? undefined : JSON.parse(text) };
    },
  };
}

/** The exhaustive (page) and windowed (offset/limit) views of one query. */
function windowOf(q: Query): { exhaustive: boolean; offset: number; limit: number } {
  if (q.page !== undefined || q.hitsPerPage !== undefined) {
    const perPage = q.hitsPerPage ?? 20;
    return { exhaustive: true, offset: ((q.page ?? 1) - 1) * perPage, limit: perPage };
  }
  return { exhaustive: false, offset: q.offset ?? 0, limit: q.limit ?? 20 };
}

/** The federated multi-search that gives a query's hits from every shard (pure). */
export function federatedRequest(q: Query, shardNames: readonly string[]): Json {
  const { offset: _o, limit: _l, page: _p, hitsPerPage: _h, facets, ...rest } = q;
  const w = windowOf(q);
  const facetsWanted = !w.exhaustive && facets && facets.length > 0;
  return {
    federation: {
      offset: w.offset,
      limit: w.limit,
      ...(facetsWanted ? { facetsByIndex: { [q.indexUid]: facets }, mergeFacets: {} } : {}),
    },
    queries: shardNames.map((name) => ({ ...rest, federationOptions: { remote: name } })),
  };
}

/** Sums the shards' exhaustive counts of one query (pure): totals, facet counts, facet ranges. */
export function sumCounts(parts: readonly Json[]): {
  totalHits: number;
  facetDistribution?: Record<string, Record<string, number>>;
  facetStats?: Record<string, { min: number; max: number }>;
} {
  let totalHits = 0;
  let distribution: Record<string, Record<string, number>> | undefined;
  let stats: Record<string, { min: number; max: number }> | undefined;
  for (const part of parts) {
    totalHits += Number(part.totalHits ?? 0);
    const dist = part.facetDistribution as Record<string, Record<string, number>> | undefined;
    if (dist) {
      distribution ??= {};
      for (const [facet, values] of Object.entries(dist)) {
        const into = (distribution[facet] ??= {});
        for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
      }
    }
    const st = part.facetStats as Record<string, { min: number; max: number }> | undefined;
    if (st) {
      stats ??= {};
      for (const [facet, { min, max }] of Object.entries(st)) {
        const seen = stats[facet];
        stats[facet] = seen ? { min: Math.min(seen.min, min), max: Math.max(seen.max, max) } : { min, max };
      }
    }
  }
  return {
    totalHits,
    ...(distribution ? { facetDistribution: distribution } : {}),
    ...(stats ? { facetStats: stats } : {}),
  };
}

export interface ShardedSearchOptions {
  /** Per-request time limit, ms. */
  timeoutMs?: number;
  /** Indexes held whole by the first shard instead of split (e.g. a vocabulary index). */
  wholeIndex?: (indexUid: string) => boolean;
}

export class ShardedSearch {
  private readonly shards: ShardTransport[];
  private next = 0;

  constructor(
    shards: readonly Shard[],
    private readonly options: ShardedSearchOptions = {},
  ) {
    if (shards.length === 0) throw new Error('federated: no shard to search');
    this.shards = shards.map((s) => transport(s, options.timeoutMs ?? 30_000));
  }

  get names(): string[] {
    return this.shards.map((t) => t.shard.name);
  }

  /** A Meilisearch client over all shards (what SearchService is given). */
  client(): Meilisearch {
    return new Meilisearch({ host: this.shards[0]!.shard.url, httpClient: (input, init) => this.route(input, init) });
  }

  /** Runs the queries of a (non-federated) multi-search over the shards; same answer shape. */
  async multiSearch(queries: Query[]): Promise<{ results: Result[] }> {
    const exhaustive = queries.map((q) => windowOf(q).exhaustive && !this.isWhole(q.indexUid));
    const [hits, counts] = await Promise.all([
      Promise.all(
        queries.map((q) =>
          this.isWhole(q.indexUid)
            ? this.onFirst('POST', '/multi-search', { queries: [q] }).then(
                (r) => (r as { results: Result[] }).results[0]!,
              )
            : windowOf(q).limit === 0
              ? null
              : this.federated(q),
        ),
      ),
      this.counts(queries.filter((_, i) => exhaustive[i])),
    ]);
    let c = 0;
    const results = queries.map((q, i): Result => {
      const fed = hits[i];
      if (this.isWhole(q.indexUid)) return fed!;
      const w = windowOf(q);
      const hitList = (fed?.hits ?? []).map(({ _federation: _f, ...h }) => h);
      const base = {
        indexUid: q.indexUid,
        query: (q.q as string | undefined) ?? '',
        hits: hitList,
        processingTimeMs: fed?.processingTimeMs ?? 0,
      };
      if (!exhaustive[i]) {
        return {
          ...base,
          offset: w.offset,
          limit: w.limit,
          estimatedTotalHits: fed?.estimatedTotalHits ?? 0,
          ...(fed?.facetDistribution
            ? { facetDistribution: fed.facetDistribution, facetStats: fed.facetStats ?? {} }
            : {}),
        };
      }
      const sum = counts[c++]!;
      const perPage = w.limit;
      return {
        ...base,
        page: q.page ?? 1,
        hitsPerPage: perPage,
        totalHits: sum.totalHits,
        totalPages: perPage === 0 ? 0 : Math.ceil(sum.totalHits / perPage),
        ...(q.facets ? { facetDistribution: sum.facetDistribution ?? {}, facetStats: sum.facetStats ?? {} } : {}),
      };
    });
    return { results };
  }

  private isWhole(indexUid: string): boolean {
    return this.options.wholeIndex?.(indexUid) ?? false;
  }

  /** One federated multi-search, on the first shard that answers (the others are tried in turn). */
  private async federated(q: Query): Promise<Result> {
    const body = federatedRequest(q, this.names);
    const start = this.next++ % this.shards.length; // spread the coordinating work
    let lastError: unknown;
    for (let k = 0; k < this.shards.length; k++) {
      const t = this.shards[(start + k) % this.shards.length]!;
      let res;
      try {
        res = await t.send('POST', '/multi-search', body);
      } catch (e) {
        noteMissing(t.shard.name);
        lastError = e;
        continue;
      }
      if (res.status >= 400) throw apiError(res.status, res.body);
      const result = res.body as Result & { remoteErrors?: Record<string, unknown> };
      for (const name of Object.keys(result.remoteErrors ?? {})) noteMissing(name);
      return result;
    }
    throw new AllShardsDown(
      `federated: no shard answers (${this.names.join(', ')}): ${lastError instanceof Error ? lastError.message : String(lastError)}`,
    );
  }

  /** Exhaustive counts of the queries: one multi-search per shard, summed per query. */
  private async counts(queries: Query[]): Promise<ReturnType<typeof sumCounts>[]> {
    if (queries.length === 0) return [];
    const countQueries = queries.map(({ offset: _o, limit: _l, ...q }) => ({ ...q, page: 1, hitsPerPage: 0 }));
    const answers = await this.each('POST', '/multi-search', { queries: countQueries });
    return queries.map((_, i) => sumCounts(answers.map((a) => (a as { results: Json[] }).results[i]!)));
  }

  /** The request on every shard; the answers of those that answered (the others are noted missing). */
  private async each(method: string, path: string, body?: unknown): Promise<unknown[]> {
    const settled = await Promise.all(
      this.shards.map(async (t) => {
        try {
          const res = await t.send(method, path, body);
          if (res.status >= 400) throw apiError(res.status, res.body);
          return { ok: true as const, body: res.body };
        } catch (e) {
          if (e instanceof MeilisearchApiError) throw e;
          noteMissing(t.shard.name);
          return { ok: false as const, error: e };
        }
      }),
    );
    const ok = settled.flatMap((s) => (s.ok ? [s.body] : []));
    if (ok.length === 0) throw new AllShardsDown(`federated: no shard answers (${this.names.join(', ')})`);
    return ok;
  }

  private async onFirst(method: string, path: string, body?: unknown): Promise<unknown> {
    for (const t of this.shards) {
      let res;
      try {
        res = await t.send(method, path, body);
      } catch {
        noteMissing(t.shard.name);
        continue;
      }
      if (res.status >= 400) throw apiError(res.status, res.body);
      return res.body;
    }
    throw new AllShardsDown(`federated: no shard answers (${this.names.join(', ')})`);
  }

  /**
   * A page of documents over all shards, as if they were one list: shard 0's documents, then shard
   * 1's, …; each shard's total (one small request each) maps the page's offset onto the shards.
   */
  private async documents(pathname: string, body: Json): Promise<Json> {
    const offset = Number(body.offset ?? 0);
    const limit = Number(body.limit ?? 20);
    const totals = await Promise.all(
      this.shards.map(async (t) => {
        try {
          const res = await t.send('POST', pathname, { ...body, offset: 0, limit: 1, fields: ['id'] });
          if (res.status >= 400) throw apiError(res.status, res.body);
          return Number((res.body as Json).total ?? 0);
        } catch (e) {
          if (e instanceof MeilisearchApiError) throw e;
          noteMissing(t.shard.name);
          return 0;
        }
      }),
    );
    const results: Json[] = [];
    let start = 0;
    for (const [i, t] of this.shards.entries()) {
      const end = start + totals[i]!;
      const from = Math.max(offset, start);
      const to = Math.min(offset + limit, end);
      if (to > from) {
        const res = await t.send('POST', pathname, { ...body, offset: from - start, limit: to - from });
        if (res.status >= 400) throw apiError(res.status, res.body);
        results.push(...(res.body as { results: Json[] }).results);
      }
      start = end;
    }
    return { results, offset, limit, total: start };
  }

  /** The transport behind `client()`: searches are federated, document reads merged. */
  private async route(input: RequestInfo | URL, init?: RequestInit): Promise<unknown> {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Json) : undefined;
    const path = url.pathname + url.search;
    try {
      const search = /^\/indexes\/([^/]+)\/search$/.exec(url.pathname);
      const index = /^\/indexes\/([^/]+)/.exec(url.pathname)?.[1];
      if (index && this.isWhole(decodeURIComponent(index))) return await this.onFirst(method, path, body);
      if (url.pathname === '/multi-search' && method === 'POST' && body && !body.federation) {
        return await this.multiSearch(body.queries as Query[]);
      }
      if (search && method === 'POST') {
        return (await this.multiSearch([{ ...body, indexUid: decodeURIComponent(search[1]!) } as Query])).results[0];
      }
      if (/^\/indexes\/[^/]+\/documents\/fetch$/.test(url.pathname) && method === 'POST') {
        return await this.documents(url.pathname, body ?? {});
      }
      if (/^\/indexes\/[^/]+\/documents$/.test(url.pathname) && method === 'GET') {
        // The same read as POST …/documents/fetch (what meilisearch-js sends when there is a filter).
        const p = url.searchParams;
        const fields = p.get('fields');
        return await this.documents(`${url.pathname}/fetch`, {
          offset: Number(p.get('offset') ?? 0),
          limit: Number(p.get('limit') ?? 20),
          ...(fields ? { fields: fields.split(',') } : {}),
        });
      }
      if (/^\/indexes\/[^/]+\/stats$/.test(url.pathname)) {
        const parts = (await this.each(method, path)) as Json[];
        return { ...parts[0], numberOfDocuments: parts.reduce((n, p) => n + Number(p.numberOfDocuments ?? 0), 0) };
      }
      return await this.onFirst(method, path, body);
    } catch (e) {
      if (e instanceof MeilisearchApiError) throw e;
      throw new MeilisearchRequestError(url.toString(), e);
    }
  }
}

function apiError(status: number, body: unknown): MeilisearchApiError {
  return new MeilisearchApiError(new Response(null, { status }), body as never);
}
