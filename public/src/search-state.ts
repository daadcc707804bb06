/**
 * The search page's state and its two spellings: the page URL (`/?q=&year=&country=&publisher=&page=&sort=`,
 * shareable, restored on reload and back/forward) and the API URL (`/api/search?…`).
 */
import { KEYWORD_FACETS, noFacets } from './facet-list.ts';

export type Sort = 'relevance' | 'date';

export interface SearchState {
  q: string;
  years: number[];
  /** Selected values of each keyword facet (facet-list.ts), by facet name. */
  facets: Record<string, string[]>;
  page: number;
  sort: Sort;
}

export const PER_PAGE = 10;

export const EMPTY_STATE: SearchState = { q: '', years: [], facets: noFacets(), page: 1, sort: 'relevance' };

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const years = params
    .getAll('year')
    .map((y) => Number(y))
    .filter((y) => Number.isInteger(y) && y > 0 && y < 10000);
  // The server validates each value; here only blanks and absurd lengths are dropped.
  const facets = Object.fromEntries(
    KEYWORD_FACETS.map((f) => [
      f.name,
      unique(
        params
          .getAll(f.name)
          .map((v) => v.trim())
          .filter((v) => v !== '' && v.length <= 200),
      ),
    ]),
  );
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    years: unique(years),
    facets,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function commonParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const year of state.years) params.append('year', String(year));
  for (const f of KEYWORD_FACETS) for (const value of state.facets[f.name] ?? []) params.append(f.name, value);
  return params;
}

/** The page URL for a state: only what differs from the defaults. */
export function pageUrl(state: SearchState): string {
  const params = commonParams(state);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

export function apiUrl(state: SearchState): string {
  const params = commonParams(state);
  params.set('sort', state.sort);
  params.set('page', String(state.page));
  params.set('per_page', String(PER_PAGE));
  return `/api/search?${params.toString()}`;
}

export function hasFilters(state: SearchState): boolean {
  return state.years.length > 0 || KEYWORD_FACETS.some((f) => (state.facets[f.name] ?? []).length > 0);
}

/** Nothing to search: the page shows its welcome and suggestions instead of calling the API. */
export function isBlank(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state);
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return pageUrl(a) === pageUrl(b);
}
