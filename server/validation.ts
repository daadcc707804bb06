/**
 * Validates the query string of the search API. Unknown or malformed parameters are a 400 with a
 * message that names the parameter; values that reach a filter are checked against what exists
 * (integer years; each keyword facet's values by its own `parse`, indexer/facets.ts), never pasted raw.
 */
import { emptySelection, KEYWORD_FACETS } from '../indexer/facets.ts';
import type { SearchRequest } from './api-types.ts';
import { ApiFailure } from './errors.ts';

export const LIMITS = { maxQueryLength: 512, maxPerPage: 100, defaultPerPage: 10, maxValuesPerFilter: 50 } as const;

const KNOWN = new Set([
  'q',
  'year',
  'year_from',
  'year_to',
  ...KEYWORD_FACETS.map((f) => f.name),
  'lang',
  'sort',
  'page',
  'per_page',
  'offset',
  'limit',
]);

type Raw = Record<string, unknown>;

function list(raw: Raw, name: string): string[] {
  const v = raw[name];
  if (v === undefined) return [];
  const values = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]));
  if (values.some((x) => typeof x !== 'string')) throw bad(name, 'must be a plain value');
  if (values.length > LIMITS.maxValuesPerFilter) throw bad(name, `at most ${LIMITS.maxValuesPerFilter} values`);
  return (values as string[]).map((x) => x.trim()).filter((x) => x !== '');
}

function single(raw: Raw, name: string): string | undefined {
  const v = raw[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw bad(name, 'must be given once');
  return v;
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw bad(name, `must be a whole number, got ${JSON.stringify(value.slice(0, 40))}`);
  const n = Number(value);
  if (n < min || n > max) throw bad(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bad(name: string, message: string): ApiFailure {
  return new ApiFailure(400, 'invalid_parameter', `${name}: ${message}`);
}

export function parseSearchParams(raw: Raw): SearchRequest {
  const unknown = Object.keys(raw).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    throw new ApiFailure(
      400,
      'unknown_parameter',
      `unknown parameter ${unknown.map((u) => JSON.stringify(u)).join(', ')}; allowed: ${[...KNOWN].join(', ')}`,
    );
  }
  const q = single(raw, 'q') ?? '';
  if (q.length > LIMITS.maxQueryLength) throw bad('q', `at most ${LIMITS.maxQueryLength} characters, got ${q.length}`);
  // `'"` or `؟!` analyse to nothing, and an empty query lists everything: nobody typing only punctuation wants that.
  if (q.trim() !== '' && !/[\p{L}\p{N}]/u.test(q))
    throw bad('q', `has no letters or digits (${JSON.stringify(q.slice(0, 40))}); type a word or a name`);

  const years = list(raw, 'year').map((y) => integer('year', y, 1, 9999)!);
  const yearFrom = integer('year_from', single(raw, 'year_from'), 1, 9999);
  const yearTo = integer('year_to', single(raw, 'year_to'), 1, 9999);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo)
    throw bad('year_from', `must not be after year_to (${yearFrom} > ${yearTo})`);

  const facets = emptySelection();
  for (const facet of KEYWORD_FACETS) {
    const values = list(raw, facet.name).map((v) => {
      const parsed = facet.parse(v);
      if ('error' in parsed) throw bad(facet.name, parsed.error);
      return parsed.value;
    });
    facets[facet.name] = [...new Set(values)];
  }
  const lang = single(raw, 'lang');
  if (lang !== undefined && lang !== '' && !/^[a-z]{3}$/.test(lang))
    throw bad('lang', `must be an ISO 639-3 code such as arb or eng, got ${JSON.stringify(lang.slice(0, 40))}`);

  const sort = single(raw, 'sort') ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date')
    throw bad('sort', `must be relevance or date, got ${JSON.stringify(sort.slice(0, 40))}`);

  const pageParams = raw.page !== undefined || raw.per_page !== undefined;
  const offsetParams = raw.offset !== undefined || raw.limit !== undefined;
  if (pageParams && offsetParams)
    throw new ApiFailure(400, 'invalid_parameter', 'use page/per_page or offset/limit, not both');
  let offset = 0;
  let limit: number = LIMITS.defaultPerPage;
  if (offsetParams) {
    limit = integer('limit', single(raw, 'limit'), 1, LIMITS.maxPerPage) ?? LIMITS.defaultPerPage;
    offset = integer('offset', single(raw, 'offset'), 0, 1_000_000) ?? 0;
  } else {
    limit = integer('per_page', single(raw, 'per_page'), 1, LIMITS.maxPerPage) ?? LIMITS.defaultPerPage;
    const page = integer('page', single(raw, 'page'), 1, 1_000_000) ?? 1;
    offset = (page - 1) * limit;
  }
  return {
    q,
    filters: { years: [...new Set(years)], yearFrom, yearTo, facets, lang: lang || undefined },
    sort,
    offset,
    limit,
  };
}

/** Document ids are what the indexer makes: letters, digits, `_` and `-`. */
export function parseDocumentId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id))
    throw new ApiFailure(400, 'invalid_parameter', `id: ${JSON.stringify(id.slice(0, 40))} is not a document id`);
  return id;
}
