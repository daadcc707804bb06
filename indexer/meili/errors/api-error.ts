/**
 * meilisearch-js wraps whatever a custom `httpClient` throws (ours: indexer/meili/client.ts) in a
 * MeilisearchRequestError, so an API answer such as "index not found" arrives as its `cause`.
 * These helpers look through that wrapping, so callers can tell "the engine said no" from
 * "the engine is unreachable".
 */
import { MeilisearchApiError } from 'meilisearch';

export function apiErrorOf(err: unknown): MeilisearchApiError | undefined {
  if (err instanceof MeilisearchApiError) return err;
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause instanceof MeilisearchApiError ? cause : undefined;
}

/** Meilisearch's error code (`index_not_found`, `invalid_search_filter`…) when the engine answered with an error. */
export function meiliErrorCode(err: unknown): string | undefined {
  return (apiErrorOf(err)?.cause as { code?: string } | undefined)?.code;
}
