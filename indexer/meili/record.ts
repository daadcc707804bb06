/**
 * The record we store in Meilisearch: one per passage of a document, carrying the document's facets.
 * `distinctAttribute` is `doc_id`, so results are documents with their best passage, and facet
 * counts count documents (checked on 1.21, see docs/DESIGN.md). What each field is for (shown,
 * searched, filtered, sorted) is declared in indexer/fields.ts; the keyword facets' attributes
 * (`countries`, `publisher`) come from indexer/facets.ts.
 */
import type { FacetFields } from '../facets.ts';

export interface PassageRecord extends FacetFields {
  /** `${doc_id}-${n}`: Meilisearch ids allow only [A-Za-z0-9_-]. */
  id: string;
  /** Stable id of the document (derived from the explicit id or the file's relative path). */
  doc_id: string;
  /** Where it came from: the path relative to the indexed root, with `#id` or `#line` for a JSONL record. */
  source: string;
  /** The file it came from, relative to the indexed root (what `--sync` compares with the files on disk). Added by the indexer. */
  file?: string;
  /** Passage number within the document, from 0. */
  n: number;
  /** How many passages the document has. */
  passages: number;
  /** Original title and passage text, exactly as written (for display and highlighting). */
  title: string;
  text: string;
  /** Analyzed, space-joined stems (see indexer/analyzed-fields.ts); searchable, never shown. */
  title_stem: string;
  stem: string;
  /**
   * Every word form of the title and the passage as the analyzer normalizes it (clitics kept), once
   * each: filterable, never shown. The search lifts passages holding the query's exact forms to the top
   * (server/search/build-queries.ts).
   */
  forms: string[];
  /** Other readings of guessed clitics (analyzed-fields.ts `alt`), of the title and of the passage. */
  title_alt: string;
  alt: string;
  /** Publication date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when known. */
  date: string | null;
  year: number | null;
  /** `year !== null`, as a facet: its counts give the "undated" count beside the year counts. */
  dated: boolean;
  hijri_year: number | null;
  dateline_country: string | null;
  /** ISO 639-3 from franc (`arb`, `eng`, … or `und`). */
  lang: string;
  url: string | null;
  /** Hash of the document's content and facets: unchanged documents are not re-sent. */
  hash: string;
  /** Sortable date as a number (YYYYMMDD, missing parts as 0); 0 when unknown. */
  date_sort: number;
}
