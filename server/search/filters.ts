/**
 * Builds Meilisearch filter expressions from VALIDATED values only (server/validation.ts): years are
 * integers, countries are known ISO codes, languages are 3 letters, a text value (a publisher) is
 * quoted and escaped; nothing the user typed is pasted into an expression raw. Facets are disjunctive: each facet's counts use every filter but its own.
 */
import { KEYWORD_FACETS, type FacetName, type FacetSelection } from '../../indexer/facets.ts';

export interface SearchFilters {
  years: number[];
  yearFrom?: number;
  yearTo?: number;
  /** Selected values of each keyword facet (indexer/facets.ts): any of them matches. */
  facets: FacetSelection;
  lang?: string;
}

export type Clause = 'year' | 'lang' | FacetName;

export function filterExpression(f: SearchFilters, without?: Clause): string[] {
  const parts: string[] = [];
  if (without !== 'year') {
    if (f.years.length > 0) parts.push(`year IN [${f.years.map((y) => String(Math.trunc(y))).join(', ')}]`);
    if (f.yearFrom !== undefined) parts.push(`year >= ${Math.trunc(f.yearFrom)}`);
    if (f.yearTo !== undefined) parts.push(`year <= ${Math.trunc(f.yearTo)}`);
  }
  for (const facet of KEYWORD_FACETS) {
    const selected = f.facets[facet.name];
    if (without !== facet.name && selected.length > 0)
      parts.push(`${facet.attribute} IN [${selected.map(quote).join(', ')}]`);
  }
  if (without !== 'lang' && f.lang) parts.push(`lang = ${quote(f.lang)}`);
  return parts;
}

/**
 * A value as a filter string: double-quoted, with `\` and `"` escaped (the engine's filter syntax).
 * Values come from a facet's `parse`; control characters never do, so one here is a bug.
 */
function quote(value: string): string {
  if (/[\p{Cc}]/u.test(value)) throw new Error(`filters: refusing unvalidated value ${JSON.stringify(value)}`);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
