/**
 * The keyword facets the page shows (`country`, `publisher`…), in order, with their headings. The
 * list is indexer/facets.ts's, put into the bundle by server/assets.ts (esbuild `define`), so the page
 * never keeps a copy: a new facet appears here without a change to the page.
 */
export interface PageFacet {
  /** URL and API parameter, and the key of the response's counts. */
  name: string;
  /** Heading of its list and prefix of its chips (Arabic). */
  heading: string;
}

declare const __KEYWORD_FACETS__: readonly PageFacet[] | undefined;

export const KEYWORD_FACETS: readonly PageFacet[] = typeof __KEYWORD_FACETS__ === 'undefined' ? [] : __KEYWORD_FACETS__;

/** No value selected in any facet. */
export function noFacets(): Record<string, string[]> {
  return Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, []]));
}
