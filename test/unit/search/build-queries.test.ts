/** The engine requests of one search (server/search/build-queries.ts): how many, which count exhaustively. */
import { describe, expect, it } from 'vitest';
import {
  buildQueries,
  combinations,
  MAX_COMBINATIONS,
  type EngineQueries,
} from '../../../server/search/build-queries.ts';
import { planQuery, withNames } from '../../../server/search/query-plan.ts';
import type { SearchRequest } from '../../../server/search/search-service.ts';
import { emptySelection } from '../../../indexer/facets.ts';

const req = (over: Partial<SearchRequest> = {}): SearchRequest => ({
  q: '',
  filters: { years: [], facets: emptySelection() },
  sort: 'relevance',
  offset: 0,
  limit: 10,
  ...over,
});
const engine = (q: string, over: Partial<SearchRequest> = {}, prefix = false) =>
  buildQueries('p', planQuery(q), req({ q, ...over }), { prefix }) as EngineQueries;

describe('buildQueries', () => {
  it('one exhaustive list search on the stems (with the facets) and one cheap exact-forms lift', () => {
    const b = engine('بالمعابر');
    expect(b.mode).toBe('engine');
    expect(b.queries).toHaveLength(2);
    expect(b.queries[0]).toMatchObject({
      q: 'معابر ',
      attributesToSearchOn: ['title_stem', 'title_alt', 'stem', 'alt'],
      page: 1,
      hitsPerPage: 10,
      facets: ['year', 'dated', 'countries', 'publisher'],
    });
    // The lift: the same search, on the passages that hold the word as typed ("in the crossings")
    expect(b.queries[1]).toMatchObject({
      q: 'معابر ',
      attributesToSearchOn: ['title_stem', 'title_alt', 'stem', 'alt'],
      filter: ['forms = "بالمعابر"'],
      offset: 0,
      limit: 10,
    });
    expect(b.queries[1]).not.toHaveProperty('page');
  });

  it('the lift keeps the filters of the list and asks for every word as typed', () => {
    const b = engine('والصين بالمعابر', { filters: { years: [2019], facets: emptySelection() } });
    // "and China", "in the crossings"
    expect(b.queries[b.lift!]!.filter).toEqual(['year IN [2019]', 'forms = "والصين"', 'forms = "بالمعابر"']);
  });

  it('a last word being typed is no exact form: the lift asks for the words before it, or is not sent', () => {
    // "and China", then "the crossi…" being typed
    expect(engine('والصين المعا', {}, true).queries[1]!.filter).toEqual(['forms = "والصين"']);
    expect(engine('والصي', {}, true).queries).toHaveLength(1);
  });

  it('no lift when every word is its own stem (بكين, Beijing): one search in all', () => {
    expect(engine('بكين').queries).toHaveLength(1);
  });

  it("a count-only search per selected facet, with that facet's own filter left out (disjunctive)", () => {
    const b = engine('الصين', { filters: { years: [2019], facets: { ...emptySelection(), country: ['RU'] } } });
    expect(b.queries).toHaveLength(4);
    expect(b.queries[b.yearFacetAt]).toMatchObject({
      hitsPerPage: 0,
      facets: ['year', 'dated'],
      filter: ['countries IN ["RU"]'],
    });
    expect(b.queries[b.facetAt.country]).toMatchObject({
      hitsPerPage: 0,
      facets: ['countries'],
      filter: ['year IN [2019]'],
    });
  });

  it('sort=date: the same list search sorted by date, no lift (it would reorder by form)', () => {
    const b = engine('بالمعابر', { sort: 'date' });
    expect(b.queries).toHaveLength(1);
    expect(b.queries[0]!.sort).toEqual(['date_sort:desc']);
  });

  it("the growing last word is a prefix only when asked: a trailing space turns the engine's prefix off", () => {
    expect(engine('الصي').queries[0]!.q).toBe('صي ');
    expect(engine('الصي', {}, true).queries[0]!.q).toBe('صي');
  });

  it('a name with two spellings is one search per spelling, counted together (union mode)', () => {
    const plan = withNames(planQuery('Guo'), [
      {
        start: 0,
        end: 3,
        forms: [
          { normalized: 'قوه', written: 'قوه', score: 0.9 },
          { normalized: 'غو', written: 'غو', score: 0.85 },
        ],
      },
    ]);
    const b = buildQueries('p', plan, req({ q: 'Guo', filters: { years: [2019], facets: emptySelection() } }), {
      prefix: false,
    });
    expect(b.mode).toBe('union');
    if (b.mode !== 'union') return;
    expect(b.queries.map((q) => q.q)).toEqual(['قوه ', 'قوه ', 'غو ', 'غو ']);
    expect(b.scopes).toEqual(['all', 'year', 'all', 'year']);
    expect(b.combos).toEqual([0, 0, 1, 1]);
  });

  it(`at most ${MAX_COMBINATIONS} combinations of forms, best first`, () => {
    const plan = withNames(planQuery('Guo Shengkun'), [
      {
        start: 0,
        end: 3,
        forms: ['قوه', 'غو', 'جو'].map((f, i) => ({ normalized: f, written: f, score: 1 - i / 10 })),
      },
      {
        start: 4,
        end: 12,
        forms: ['شنغ كون', 'شينغ كون'].map((f, i) => ({ normalized: f, written: f, score: 1 - i / 10 })),
      },
    ]);
    const combos = combinations(plan.words);
    expect(combos).toHaveLength(MAX_COMBINATIONS);
    expect(combos[0]!.map((f) => f.written)).toEqual(['قوه', 'شنغ كون']);
  });
});
