/**
 * API errors: every failure becomes `{ error: { code, message } }` with the right status. An
 * unreachable engine is a 503 the page can explain; the server itself never goes down with it.
 */
import type { ErrorRequestHandler } from 'express';
import { MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { AppError } from '../indexer/errors.ts';
import { apiErrorOf, meiliErrorCode } from '../indexer/meili/errors/index.ts';

/** A failure the API answers with: `where` is the parameter at fault when there is one (`q: …`). */
export class ApiFailure extends AppError {
  override name = 'ApiFailure';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message, { defaultWhere: 'api' });
  }
}

export function toApiFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  const apiError = apiErrorOf(err);
  if (apiError) {
    if (meiliErrorCode(err) === 'index_not_found')
      return new ApiFailure(
        503,
        'index_not_ready',
        'the index does not exist yet; index some documents first (npm run index -- PATH)',
      );
    return new ApiFailure(502, 'engine_error', `search engine error: ${apiError.message}`);
  }
  if (err instanceof MeilisearchRequestError || err instanceof MeilisearchRequestTimeOutError) {
    return new ApiFailure(
      503,
      'engine_unavailable',
      'search engine unavailable: Meilisearch is not answering; retry in a moment',
    );
  }
  return new ApiFailure(500, 'internal_error', 'internal error');
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  // Malformed JSON bodies, bad URL encodings…: the client's fault.
  const status = (err as { status?: number }).status;
  const failure =
    status && status >= 400 && status < 500 && !(err instanceof ApiFailure)
      ? new ApiFailure(status, 'bad_request', (err as Error).message)
      : toApiFailure(err);
  if (failure.status >= 500 && failure.code === 'internal_error') console.error('server:', err);
  res.status(failure.status).json({ error: { code: failure.code, message: failure.message } });
};
