/** The pure parts of searching shards: the federated request, summed counts, network and settings checks. */
import { describe, expect, it } from 'vitest';
import { networkDifferences, networkFor } from '../../../indexer/meili/network.ts';
import { settingsDifferences } from '../../../indexer/meili/sharded-index.ts';
import { federatedRequest, sumCounts } from '../../../server/search/federated.ts';

describe('federatedRequest', () => {
  it('الأمن (security), page 2 of 10: the query once per shard with its remote, the window in `federation`', () => {
    const body = federatedRequest(
      { indexUid: 'passages', q: 'امن', filter: 'year = 2019', page: 2, hitsPerPage: 10, facets: ['year'] },
      ['s0', 's1', 's2'],
    );
    expect(body).toEqual({
      federation: { offset: 10, limit: 10 },
      queries: ['s0', 's1', 's2'].map((remote) => ({
        indexUid: 'passages',
        q: 'امن',
        filter: 'year = 2019',
        federationOptions: { remote },
      })),
    });
  });

  it('a query in offset/limit mode keeps its window and asks federation for merged facets', () => {
    const body = federatedRequest({ indexUid: 'passages', q: 'تعاون', offset: 5, limit: 20, facets: ['countries'] }, [
      's0',
      's1',
    ]);
    expect(body.federation).toEqual({
      offset: 5,
      limit: 20,
      facetsByIndex: { passages: ['countries'] },
      mergeFacets: {},
    });
  });
});

describe('sumCounts', () => {
  it('adds the shards’ totals and facet counts (disjoint documents) and widens the year range', () => {
    expect(
      sumCounts([
        {
          totalHits: 3,
          facetDistribution: { year: { 2019: 2, 2020: 1 }, countries: { EG: 1 } },
          facetStats: { year: { min: 2019, max: 2020 } },
        },
        {
          totalHits: 2,
          facetDistribution: { year: { 2019: 1, 2014: 1 }, countries: {} },
          facetStats: { year: { min: 2014, max: 2019 } },
        },
        { totalHits: 0, facetDistribution: { year: {}, countries: {} }, facetStats: {} },
      ]),
    ).toEqual({
      totalHits: 5,
      facetDistribution: { year: { 2019: 3, 2020: 1, 2014: 1 }, countries: { EG: 1 } },
      facetStats: { year: { min: 2014, max: 2020 } },
    });
  });

  it('no shard answered: nothing found', () => {
    expect(sumCounts([])).toEqual({ totalHits: 0 });
  });
});

describe('networkDifferences', () => {
  const shards = [
    { name: 's0', url: 'http://127.0.0.1:7700', apiKey: 'k0' },
    { name: 's1', url: 'http://127.0.0.1:7701', apiKey: 'k1' },
  ];

  it('the network a shard should hold names itself and every shard with its search key', () => {
    expect(networkFor('s1', shards)).toEqual({
      self: 's1',
      remotes: {
        s0: { url: 'http://127.0.0.1:7700', searchApiKey: 'k0' },
        s1: { url: 'http://127.0.0.1:7701', searchApiKey: 'k1' },
      },
    });
  });

  it('names a wrong self, a missing remote, a moved one and a stranger', () => {
    expect(
      networkDifferences(
        { self: 's0', remotes: { s1: { url: 'http://127.0.0.1:9999' }, s9: { url: 'http://x' } } },
        networkFor('s1', shards),
      ),
    ).toEqual([
      'self is "s0", not "s1"',
      'remote s0 is missing',
      'remote s1 points at http://127.0.0.1:9999, not http://127.0.0.1:7701',
      'remote s9 is not one of the shards',
    ]);
  });
});

describe('settingsDifferences', () => {
  it('lists in any order are equal; a lost distinct attribute is named', () => {
    expect(
      settingsDifferences(
        { filterableAttributes: ['year', 'countries'], distinctAttribute: 'doc_id' },
        { filterableAttributes: ['countries', 'year'], distinctAttribute: null },
      ),
    ).toEqual(['distinctAttribute is null, not "doc_id"']);
  });
});
