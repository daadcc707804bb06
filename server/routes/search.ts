/** `GET /api/search`: validated parameters in, `SearchResponse` out. */
import type { RequestHandler } from 'express';
import type { Searcher } from '../search/search-service.ts';
import { reportMissingShards } from '../search/federated.ts';
import { parseSearchParams } from '../validation.ts';

export function searchRoute(search: Searcher): RequestHandler {
  return async (req, res) => {
    const request = parseSearchParams(req.query as Record<string, unknown>);
    // A sharded collection may answer without some shards: say which (server/search/federated.ts).
    const { value, missingShards } = await reportMissingShards(() => search.search(request));
    res.json(missingShards.length > 0 ? { ...value, missingShards } : value);
  };
}
