/** `GET /api/documents/:id?q=`: the whole article as passages, matches of `q` marked. */
import type { RequestHandler } from 'express';
import { ApiFailure } from '../errors.ts';
import type { SearchService } from '../search/search-service.ts';
import { LIMITS, parseDocumentId } from '../validation.ts';

export function documentsRoute(search: SearchService): RequestHandler {
  return async (req, res) => {
    const id = parseDocumentId(String(req.params.id));
    const unknown = Object.keys(req.query).filter((k) => k !== 'q');
    if (unknown.length > 0) throw new ApiFailure(400, 'unknown_parameter', `unknown parameter ${unknown.map((u) => JSON.stringify(u)).join(', ')}; allowed: q`);
    const q = req.query.q;
    if (q !== undefined && typeof q !== 'string') throw new ApiFailure(400, 'invalid_parameter', 'q: must be given once');
    if (q && q.length > LIMITS.maxQueryLength) throw new ApiFailure(400, 'invalid_parameter', `q: at most ${LIMITS.maxQueryLength} characters, got ${q.length}`);
    const doc = await search.document(id, q ?? '');
    if (!doc) throw new ApiFailure(404, 'not_found', `no document with id ${id}`);
    res.json(doc);
  };
}
