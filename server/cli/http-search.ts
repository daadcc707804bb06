/**
 * Searches through a running server's HTTP API (`--url`): `GET /api/search` with the request as
 * query parameters. The server's own error messages (they already name the remedy) are shown as
 * they come; an unreachable server says to start it.
 */
import type { ApiError, SearchRequest, SearchResponse } from '../api-types.ts';
import { KEYWORD_FACETS } from '../../indexer/facets.ts';
import { CliError } from './errors.ts';

export function searchUrl(baseUrl: string, request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q });
  for (const y of request.filters.years) params.append('year', String(y));
  for (const facet of KEYWORD_FACETS) for (const v of request.filters.facets[facet.name]) params.append(facet.name, v);
  params.set('offset', String(request.offset));
  params.set('limit', String(request.limit));
  return `${baseUrl}/api/search?${params}`;
}

export async function searchServer(
  baseUrl: string,
  request: SearchRequest,
  timeoutMs = 30_000,
): Promise<SearchResponse> {
  let res: Response;
  try {
    res = await fetch(searchUrl(baseUrl, request), {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (cause) {
    throw new CliError(`search: no server answers at ${baseUrl}: start it with \`npm start\` (or check --url)`, 1, {
      cause,
    });
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = (body as ApiError | undefined)?.error;
    throw new CliError(`search: ${baseUrl} answered ${res.status}${error ? `: ${error.message}` : ''}`);
  }
  if (typeof body !== 'object' || body === null || !Array.isArray((body as SearchResponse).hits)) {
    throw new CliError(
      `search: ${baseUrl} does not answer like this project's server (no search results at /api/search); check --url`,
    );
  }
  return body as SearchResponse;
}
