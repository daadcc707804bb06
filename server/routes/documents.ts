/** `GET /api/documents/:id?q=&offset=&limit=`: a page of the article's passages, matches of `q` marked. */
import type { RequestHandler } from 'express';
import { ApiFailure } from '../errors.ts';
import { ARTICLE_LIMITS } from '../search/document-view.ts';
import type { Searcher } from '../search/search-service.ts';
import { LIMITS, parseDocumentId } from '../validation.ts';

const ALLOWED = ['q', 'offset', 'limit'];

function whole(name: string, raw: unknown, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw))
    throw new ApiFailure(400, 'invalid_parameter', `${name}: must be a whole number, given once`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new ApiFailure(400, 'invalid_parameter', `${name}: must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function documentsRoute(search: Searcher): RequestHandler {
  return async (req, res) => {
    const id = parseDocumentId(String(req.params.id));
    const unknown = Object.keys(req.query).filter((k) => !ALLOWED.includes(k));
    if (unknown.length > 0)
      throw new ApiFailure(
        400,
        'unknown_parameter',
        `unknown parameter ${unknown.map((u) => JSON.stringify(u)).join(', ')}; allowed: ${ALLOWED.join(', ')}`,
      );
    const q = req.query.q;
    if (q !== undefined && typeof q !== 'string')
      throw new ApiFailure(400, 'invalid_parameter', 'q: must be given once');
    if (q && q.length > LIMITS.maxQueryLength)
      throw new ApiFailure(400, 'invalid_parameter', `q: at most ${LIMITS.maxQueryLength} characters, got ${q.length}`);
    const offset = whole('offset', req.query.offset, 0, 10_000_000, 0);
    const limit = whole('limit', req.query.limit, 1, ARTICLE_LIMITS.maxPassages, ARTICLE_LIMITS.maxPassages);
    const doc = await search.document(id, q ?? '', { offset, limit });
    if (!doc)
      throw new ApiFailure(
        404,
        'not_found',
        offset > 0 ? `no document with id ${id}, or no passage from ${offset} on` : `no document with id ${id}`,
      );
    res.json(doc);
  };
}
