/**
 * Builds Meilisearch filter expressions from VALIDATED values only (server/validation.ts): years are
 * integers, countries are known ISO codes, languages are 3 letters; nothing the user typed is pasted
 * into an expression as text. Facets are disjunctive: each facet's counts use every filter but its own.
 */
export interface SearchFilters {
  years: number[];
  yearFrom?: number;
  yearTo?: number;
  countries: string[];
  lang?: string;
}

type Clause = 'year' | 'country' | 'lang';

export function filterExpression(f: SearchFilters, without?: Clause): string[] {
  const parts: string[] = [];
  if (without !== 'year') {
    if (f.years.length > 0) parts.push(`year IN [${f.years.map((y) => String(Math.trunc(y))).join(', ')}]`);
    if (f.yearFrom !== undefined) parts.push(`year >= ${Math.trunc(f.yearFrom)}`);
    if (f.yearTo !== undefined) parts.push(`year <= ${Math.trunc(f.yearTo)}`);
  }
  if (without !== 'country' && f.countries.length > 0) parts.push(`countries IN [${f.countries.map(quote).join(', ')}]`);
  if (without !== 'lang' && f.lang) parts.push(`lang = ${quote(f.lang)}`);
  return parts;
}

function quote(value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error(`filters: refusing unvalidated value ${JSON.stringify(value)}`);
  return `"${value}"`;
}
