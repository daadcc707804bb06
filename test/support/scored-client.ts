/**
 * A Meilisearch client that also notes, for every document a search returns, where it ranked it:
 * the position of the first query of a multi-search that returned it (over all searches, as a short
 * window may miss it in an earlier query), its ranking score, and its
 * date. Two documents with the same note are tied for the engine (their order is the engine's
 * choice), which lets a test compare two orders "ties aside". Every request still goes to the real
 * engine; `showRankingScore` is only added to the searches.
 */
import { Meilisearch } from 'meilisearch';

export interface Rank {
  position: number;
  score: number;
  date: string | null;
}
export interface ScoredClient {
  client: Meilisearch;
  rankOf(docId: string): Rank | undefined;
  /**
   * The document's ranking score in the query at `position` of a search's main multi-search (the one
   * with a page-mode query: the list, its lift and its counts), if that query returned it. The later
   * requests of a search (best body passages, lead passages) are not noted here.
   */
  scoreAt(docId: string, position: number): number | undefined;
  clear(): void;
}

export function scoredClient(url: string, apiKey: string): ScoredClient {
  const ranks = new Map<string, Rank>();
  const scores = new Map<string, Map<number, number>>();
  const client = new Meilisearch({
    host: url,
    apiKey,
    httpClient: async (input, init) => {
      const target = typeof input === 'string' || input instanceof URL ? input.toString() : input.url;
      let body = init?.body;
      const multi = target.endsWith('/multi-search') && typeof body === 'string';
      let main = false;
      if (multi) {
        const parsed = JSON.parse(body as string) as { queries: Record<string, unknown>[] };
        main = parsed.queries.some((q) => q.hitsPerPage !== undefined);
        body = JSON.stringify({ ...parsed, queries: parsed.queries.map((q) => ({ ...q, showRankingScore: true })) });
      }
      const res = await fetch(target, { ...init, body });
      const text = await res.text();
      const json = text === '' ? undefined : JSON.parse(text);
      if (!res.ok) throw new Error(`scored client: ${res.status} ${text}`);
      if (multi) {
        (
          json as { results: { hits: { doc_id?: string; date?: string | null; _rankingScore?: number }[] }[] }
        ).results.forEach((r, position) => {
          for (const h of r.hits) {
            if (h.doc_id === undefined || h._rankingScore === undefined) continue;
            const rank = { position, score: h._rankingScore, date: h.date ?? null };
            const seen = ranks.get(h.doc_id);
            if (!seen || position < seen.position) ranks.set(h.doc_id, rank);
            if (!main) continue;
            const at = scores.get(h.doc_id) ?? new Map<number, number>();
            at.set(position, Math.max(at.get(position) ?? 0, h._rankingScore));
            scores.set(h.doc_id, at);
          }
        });
      }
      return json;
    },
  });
  return {
    client,
    rankOf: (id) => ranks.get(id),
    scoreAt: (id, position) => scores.get(id)?.get(position),
    clear: () => {
      ranks.clear();
      scores.clear();
    },
  };
}
