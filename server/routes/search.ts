/** `GET /api/search`: validated parameters in, `SearchResponse` out. */
import type { RequestHandler } from 'express';
import type { SearchService } from '../search/search-service.ts';
import { parseSearchParams } from '../validation.ts';

export function searchRoute(search: SearchService): RequestHandler {
  return async (req, res) => {
    const request = parseSearchParams(req.query as Record<string, unknown>);
    res.json(await search.search(request));
  };
}
