/**
 * The JSON the HTTP API returns. The page (public/) and the CLI read these shapes; the OpenAPI
 * description (server/openapi.ts) documents the same fields.
 */
import type { FacetName } from '../indexer/facets.ts';
import type { SearchFilters } from './search/filters.ts';

/** A validated search (server/validation.ts makes it from the query string; the CLI from its flags). */
export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
}

export interface CountryLabel {
  code: string;
  label: string;
}

export interface QueryUnderstanding {
  /** The query as typed. */
  q: string;
  /** Which scripts it uses. */
  script: 'arabic' | 'latin' | 'mixed' | 'none';
  /** The query after our normalization (what was searched). */
  normalized: string;
  /** For Latin/Arabizi words: the Arabic forms they matched in the results (`Patrushev → باتروشيف`). */
  matchedForms: { query: string; arabic: string[] }[];
}

export interface SearchHit {
  id: string;
  source: string;
  title: string;
  /** HTML: the title escaped, matched words wrapped in `<mark>`. */
  titleHtml: string;
  date: string | null;
  year: number | null;
  hijri_year: number | null;
  countries: CountryLabel[];
  lang: string;
  /** Number of the best passage (0-based), the `p-N` anchor in `url`. */
  passage: number;
  /** HTML: ~30–40 words of the original passage around the matches, escaped, matches in `<mark>`. */
  snippet: string;
  /** `/doc/ID?q=…#p-N` */
  url: string;
  /** How it matched: every word in its exact form, another form of a word (clitics, suffixes), or a Latin name through its Arabic spelling. */
  match: 'exact' | 'stem' | 'phonetic';
}

export interface FacetValue<T> {
  value: T;
  count: number;
  selected: boolean;
}

/** The counts of each keyword facet (indexer/facets.ts: `country`, `publisher`…), each value with its label. */
export type KeywordFacetCounts = { [N in FacetName]: (FacetValue<string> & { label: string })[] };

export interface SearchResponse {
  query: QueryUnderstanding;
  hits: SearchHit[];
  /** Number of documents in the list (at most 1000, the engine's window); facets count the same documents. */
  total: number;
  page: number;
  perPage: number;
  offset: number;
  processingTimeMs: number;
  facets: {
    year: FacetValue<number>[];
    /** Documents of the list with no known year: the year counts plus this add up to the list. */
    undated: number;
  } & KeywordFacetCounts;
  facetStats: { year: { min: number; max: number } | null };
  /**
   * When nothing matched: the query with a word replaced by the closest spellings the collection has,
   * and the query without the words the collection never has (`without`: those words as typed).
   */
  didYouMean: { q: string; count: number; without?: string[] }[];
  /** Sharded collection only: shards that did not answer, whose documents are missing from this answer. */
  missingShards?: string[];
}

export interface DocumentResponse {
  id: string;
  source: string;
  title: string;
  titleHtml: string;
  date: string | null;
  year: number | null;
  hijri_year: number | null;
  countries: CountryLabel[];
  dateline_country: CountryLabel | null;
  lang: string;
  url: string | null;
  /** Every passage in order; `html` is escaped text with the matches of `q` in `<mark>`. */
  passages: { n: number; html: string; matches: number }[];
  query: QueryUnderstanding | null;
  /** Passages the document has in all; `passages` is one page of them (offset/limit). */
  passagesTotal: number;
  /** Where the next page of passages starts (`?offset=`), null on the last page. */
  nextOffset: number | null;
}

export interface ApiError {
  error: { code: string; message: string };
}
