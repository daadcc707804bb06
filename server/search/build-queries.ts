/**
 * The Meilisearch multi-search for one request (pure): one search per tier of the query plan, and the
 * disjunctive facet searches. Kept apart from SearchService so the benchmark can send exactly the
 * same requests to the engine alone.
 */
import type { MultiSearchQuery } from 'meilisearch';
import { FACET_ATTRIBUTES, KEYWORD_FACETS, type FacetName } from '../../indexer/facets.ts';
import { SHOWN_FIELDS, type Stored } from '../../indexer/fields.ts';
import { MAX_RESULT_WINDOW } from '../../indexer/meili/settings.ts';
import { filterExpression } from './filters.ts';
import type { QueryPlan, TierName } from './query-plan.ts';
import type { SearchRequest } from '../api-types.ts';

export { MAX_RESULT_WINDOW, type Stored };
/** What the server asks the engine to return with each hit (indexer/fields.ts). */
export const DISPLAY_FIELDS: string[] = SHOWN_FIELDS;

export interface BuiltQueries {
  queries: MultiSearchQuery[];
  /** The tiers searched, in the order of the first results. */
  tiers: { name: TierName }[];
  /** Which result holds the year counts, and which each keyword facet's counts. */
  yearFacetAt: number;
  facetAt: Record<FacetName, number>;
}

export function buildQueries(indexUid: string, plan: QueryPlan, req: SearchRequest): BuiltQueries {
  const window = Math.min(req.offset + req.limit, MAX_RESULT_WINDOW);
  const filter = filterExpression(req.filters);
  const sort = req.sort === 'date' ? ['date_sort:desc'] : undefined;
  // With a date sort, tiers would fight the order: search the broadest tier only.
  const tiers = plan.tiers.length === 0
    ? [{ name: 'stem' as TierName, q: '', attributes: undefined }]
    : req.sort === 'date' ? plan.tiers.slice(-1) : plan.tiers;
  const broadest = tiers[tiers.length - 1]!;
  const base = (q: string, attributes?: string[]): MultiSearchQuery => ({
    indexUid, q, attributesToSearchOn: attributes, matchingStrategy: 'all',
  });

  const queries: MultiSearchQuery[] = tiers.map((t, i) => i < tiers.length - 1
    // Narrow tiers only contribute their first hits (always one per document).
    ? { ...base(t.q, t.attributes), filter, sort, offset: 0, limit: window, attributesToRetrieve: DISPLAY_FIELDS }
    // The broadest tier gives the total and the facets. page/hitsPerPage, not offset/limit: only in
    // this mode does Meilisearch apply `distinct` to every candidate, so totals and facet counts count
    // documents, not passages (checked on 1.21: with limit=1 a facet counted 16 for 5 documents).
    : { ...base(t.q, t.attributes), filter, sort, page: 1, hitsPerPage: window, attributesToRetrieve: DISPLAY_FIELDS, facets: ['year', ...FACET_ATTRIBUTES] });

  // Disjunctive facets: a facet's counts ignore its own selection, so other values stay visible.
  let yearFacetAt = tiers.length - 1;
  const facetAt = Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, tiers.length - 1])) as Record<FacetName, number>;
  const yearSelected = req.filters.years.length > 0 || req.filters.yearFrom !== undefined || req.filters.yearTo !== undefined;
  if (yearSelected) {
    yearFacetAt = queries.push({ ...base(broadest.q, broadest.attributes), filter: filterExpression(req.filters, 'year'), page: 1, hitsPerPage: 0, facets: ['year'] }) - 1;
  }
  for (const f of KEYWORD_FACETS) {
    if (req.filters.facets[f.name].length === 0) continue;
    facetAt[f.name] = queries.push({ ...base(broadest.q, broadest.attributes), filter: filterExpression(req.filters, f.name), page: 1, hitsPerPage: 0, facets: [f.attribute] }) - 1;
  }
  return { queries, tiers, yearFacetAt, facetAt };
}
