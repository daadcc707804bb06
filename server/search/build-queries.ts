/**
 * The engine requests for one search (pure), designed for cost. Kept apart from SearchService so the
 * benchmark can send exactly the same requests to the engine alone.
 *
 * Why this shape (Meilisearch 1.21 facts, checked here):
 *  - Counting documents is what costs. With `distinctAttribute` set, totals and facet counts count
 *    documents only in page/hitsPerPage mode, which applies `distinct` to every candidate (with
 *    offset/limit a facet counted 16 for 5 documents). That exhaustive search is most of the engine's
 *    time per query, so there is ONE of it: the `list` search on the stem fields. Its hits, total and
 *    facets are the list the user sees, so they agree exactly (issue 13: facets counted one tier while
 *    the list merged three).
 *  - Exact forms rank first. Meilisearch cannot OR two forms of a word in one query, and its
 *    `exactness` rule knows typos and prefixes, not our surface/stem split. A second, cheap
 *    offset/limit search (`lift`, no counting) is the list's own search, filtered to the passages
 *    whose `forms` hold every query word as typed (`forms = "والصين"`); its documents, in the list's
 *    order, are moved to the top of the first window. A filter on an equality-only array costs the
 *    indexing far less than searchable copies of the text would (indexer/meili/settings.ts). The
 *    lift is skipped when no word has a form other than its stem, and a last word still being typed
 *    is left out of it (a prefix is no exact form).
 *  - Federated multi-search (weights per query) was the other candidate: it merges by weighted score
 *    but holds `distinct` per query only (two passages of one article come back) and takes no
 *    page/hitsPerPage, so its totals and facets are estimates — exactly the disagreement to remove.
 *  - A word with several forms (a name written two ways: غو / قوه) would need an OR the engine does not
 *    have. Each combination of forms is then its own search, and the union is counted here, on up to
 *    MAX_RESULT_WINDOW light hits per combination (`union` mode); disjunctive facets come from the
 *    same union with the facet's own filter left out. Rare, and still exact up to the engine's window.
 *  - Disjunctive facets (a facet's counts ignore its own selection) need one count-only search per
 *    selected facet; none when nothing is selected.
 */
import type { MultiSearchQuery } from 'meilisearch';
import { FACET_ATTRIBUTES, KEYWORD_FACETS, type FacetName } from '../../indexer/facets.ts';
import { SHOWN_FIELDS, type Stored } from '../../indexer/fields.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { ANALYZED_FIELDS, hasForm, MAX_RESULT_WINDOW } from '../../indexer/meili/settings.ts';
import { filterExpression, type SearchFilters } from './filters.ts';
import type { QueryPlan, QueryWord, WordForm } from './query-plan.ts';
import type { SearchRequest } from '../api-types.ts';

export { MAX_RESULT_WINDOW, type Stored };
/** What the server asks the engine to return with each hit (indexer/fields.ts). */
export const DISPLAY_FIELDS: string[] = SHOWN_FIELDS;
/** What the union mode needs of each candidate: the document, its passage, and what facets and sorting read. */
export const LIGHT_FIELDS = ['doc_id', 'n', 'year', 'date_sort', ...FACET_ATTRIBUTES] as const;
export type LightHit = Pick<PassageRecord, (typeof LIGHT_FIELDS)[number]> & { _rankingScore?: number };
/** At most this many combinations of forms are searched (best forms first); each is one engine search. */
export const MAX_COMBINATIONS = 4;
const FACETS = ['year', 'dated', ...FACET_ATTRIBUTES];

export type FacetScope = 'all' | 'year' | FacetName;

export interface EngineQueries {
  mode: 'engine';
  queries: MultiSearchQuery[];
  /** The exhaustive search: list, total and facets. */
  list: number;
  /** The exact-forms search, or null when it would add nothing. */
  lift: number | null;
  /** Which result holds the year (and undated) counts, and which the country counts. */
  yearFacetAt: number;
  /** Which result holds each keyword facet's counts (indexer/facets.ts). */
  facetAt: Record<FacetName, number>;
}

export interface UnionQueries {
  mode: 'union';
  queries: MultiSearchQuery[];
  /** For each search: which facet's filter it leaves out ('all' = every filter: the list). */
  scopes: FacetScope[];
  /** For each search: the rank of its combination of forms (0 = every word's best form). */
  combos: number[];
}

export type BuiltQueries = EngineQueries | UnionQueries;

export interface BuildOptions {
  /** Let the last word match as a prefix (search as you type); off for complete words. */
  prefix: boolean;
  /** Send the exact-forms lift when it would add something (default); off for an index without `forms`. */
  lift?: boolean;
}

export function buildQueries(
  indexUid: string,
  plan: QueryPlan,
  req: SearchRequest,
  options: BuildOptions,
): BuiltQueries {
  const combos = combinations(plan.words.filter((w) => !w.optional));
  const prefix = options.prefix && lastIsPrefixable(plan);
  const ending = prefix ? '' : ' ';
  const base = (q: string, attributes: readonly string[] | undefined): MultiSearchQuery => ({
    indexUid,
    q,
    attributesToSearchOn: attributes ? [...attributes] : undefined,
    matchingStrategy: 'all',
  });
  const searchedOn = plan.words.length > 0 ? ANALYZED_FIELDS.stem : undefined;
  // The list's filter, then one per selected facet without its own clause (disjunctive facets).
  const scoped: { scope: FacetScope; filter: string[] }[] = [{ scope: 'all', filter: filterExpression(req.filters) }];
  if (yearSelected(req.filters)) scoped.push({ scope: 'year', filter: filterExpression(req.filters, 'year') });
  for (const f of KEYWORD_FACETS)
    if (req.filters.facets[f.name].length > 0)
      scoped.push({ scope: f.name, filter: filterExpression(req.filters, f.name) });

  if (combos.length > 1) {
    const queries: MultiSearchQuery[] = [];
    const scopes: FacetScope[] = [];
    const ranks: number[] = [];
    for (const [rank, combo] of combos.entries()) {
      for (const { scope, filter } of scoped) {
        ranks.push(rank);
        queries.push({
          ...base(stems(combo) + ending, searchedOn),
          filter,
          page: 1,
          hitsPerPage: MAX_RESULT_WINDOW,
          attributesToRetrieve: [...LIGHT_FIELDS],
          showRankingScore: true,
        });
        scopes.push(scope);
      }
    }
    return { mode: 'union', queries, scopes, combos: ranks };
  }

  const combo = combos[0] ?? [];
  const window = Math.min(req.offset + req.limit, MAX_RESULT_WINDOW);
  const filter = filterExpression(req.filters);
  const sort = req.sort === 'date' ? ['date_sort:desc'] : undefined;
  const queries: MultiSearchQuery[] = [
    {
      ...base(stems(combo) + (combo.length > 0 ? ending : ''), searchedOn),
      filter,
      sort,
      page: 1,
      hitsPerPage: window,
      attributesToRetrieve: DISPLAY_FIELDS,
      facets: FACETS,
    },
  ];
  let lift: number | null = null;
  const exact = surfaces(plan.words, combo);
  if (options.lift !== false && req.sort === 'relevance' && exact.join(' ') !== stems(combo)) {
    // A growing last word is no form yet: the lift asks for the forms of the words before it.
    const typed = prefix ? exact.slice(0, -combo.at(-1)!.tokens.length) : exact;
    if (typed.length > 0)
      lift =
        queries.push({
          ...base(stems(combo) + ending, searchedOn),
          filter: [...filter, ...typed.map(hasForm)],
          offset: 0,
          limit: window,
          attributesToRetrieve: DISPLAY_FIELDS,
        }) - 1;
  }
  let yearFacetAt = 0;
  const facetAt = Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, 0])) as Record<FacetName, number>;
  for (const { scope, filter: f } of scoped.slice(1)) {
    const attribute = KEYWORD_FACETS.find((k) => k.name === scope)?.attribute;
    const at =
      queries.push({
        ...base(stems(combo) + (combo.length > 0 ? ending : ''), searchedOn),
        filter: f,
        page: 1,
        hitsPerPage: 0,
        facets: attribute === undefined ? ['year', 'dated'] : [attribute],
      }) - 1;
    if (scope === 'year') yearFacetAt = at;
    else if (scope !== 'all') facetAt[scope] = at;
  }
  return { mode: 'engine', queries, list: 0, lift, yearFacetAt, facetAt };
}

/**
 * The searches that find, for documents of a page, the best passage whose BODY matches (the list's
 * best passage may match only in the title, which every passage carries) and the lead passage for
 * those that match only in the title. `matchingStrategy: 'last'` so a passage with some of the words counts.
 */
export function bodyPassageQueries(indexUid: string, plan: QueryPlan, docIds: string[]): MultiSearchQuery[] {
  const ids = `doc_id IN [${docIds.map((id) => JSON.stringify(id)).join(', ')}]`;
  const combos = combinations(plan.words.filter((w) => !w.optional));
  return [
    ...combos.map((combo): MultiSearchQuery => ({
      indexUid,
      q: stems(combo) + ' ',
      attributesToSearchOn: [...ANALYZED_FIELDS.body],
      matchingStrategy: 'last',
      filter: [ids],
      offset: 0,
      limit: docIds.length,
      attributesToRetrieve: DISPLAY_FIELDS,
    })),
    { indexUid, q: '', filter: [ids, 'n = 0'], offset: 0, limit: docIds.length, attributesToRetrieve: DISPLAY_FIELDS },
  ];
}

/** The forms of the required words, one per word, in every combination (best first), at most MAX_COMBINATIONS. */
export function combinations(words: QueryWord[]): WordForm[][] {
  let out: WordForm[][] = [[]];
  for (const w of words) {
    out = out.flatMap((c) => w.forms.map((f) => [...c, f]));
    // Best first: the product of ranks grows slowly; keep the first combinations of the best forms.
    out = out.slice(0, MAX_COMBINATIONS);
  }
  return words.length === 0 ? [] : out;
}

function stems(combo: WordForm[]): string {
  return combo.flatMap((f) => f.tokens.map((t) => t.stem)).join(' ');
}

/** The exact forms in query order: the combination's form of each required word, optional words as typed. */
function surfaces(words: QueryWord[], combo: WordForm[]): string[] {
  let i = 0;
  const forms = words.map((w) => (w.optional ? w.forms[0]! : combo[i++]!));
  return forms.flatMap((f) => f.tokens.map((t) => t.surface));
}

/** Only an Arabic word or number may grow into a longer word; a name's forms are whole names. */
function lastIsPrefixable(plan: QueryPlan): boolean {
  const last = plan.words[plan.words.length - 1];
  return last !== undefined && last.last && last.via === 'word' && last.script !== 'latin';
}

function yearSelected(f: SearchFilters): boolean {
  return f.years.length > 0 || f.yearFrom !== undefined || f.yearTo !== undefined;
}
