/**
 * One collection on 3 engines (Meilisearch's remote federated search, docs/sharding.md) answers
 * like the same collection on 1: the same documents in the same order, the same totals and facet
 * counts, for queries with filters, both sorts and pages 1 to 3. A killed shard does not fail a
 * search: the answer names it, and full results return when it is back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { SearchRequest, SearchResponse } from '../../server/api-types.ts';
import { emptySelection } from '../../indexer/facets.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { removeDocuments } from '../../indexer/remove.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { collectionDrift, driftWarning } from '../../indexer/meili/analysis-drift.ts';
import { prepareShards, pushToShards, rebuildShards } from '../../indexer/meili/sharded-index.ts';
import { shardIndexOf } from '../../indexer/meili/shards.ts';
import { reportMissingShards, ShardedSearch } from '../../server/search/federated.ts';
import { SearchService } from '../../server/search/search-service.ts';
import { writeCorpus } from '../support/corpus.ts';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { analyze } from '../../indexer/arabic/analyzer.ts';
import { scoredClient, type ScoredClient } from '../support/scored-client.ts';
import { startShards, type TestShards } from '../support/shards.ts';

const DOCUMENTS = 120;
let shards: TestShards;
let one: SearchService;
let three: SearchService;
let records: PassageRecord[];
let scored: ScoredClient;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shards-corpus-'));
  writeCorpus(tmp, DOCUMENTS);
  const indexUid = uniqueIndexUid('shards');
  const single = testClient();
  await indexPaths([tmp], { client: single, indexUid });
  // The very records the indexer made, sent to 3 shards by the hash of their document id.
  records = (await single.index<PassageRecord>(indexUid).getDocuments({ limit: 100_000 })).results;
  shards = await startShards(3);
  await prepareShards(shards.admins, indexUid);
  await pushToShards(shards.admins, indexUid, records);
  scored = scoredClient(testEngine().url, testEngine().masterKey);
  one = new SearchService(scored.client, indexUid);
  three = new SearchService(new ShardedSearch(shards.shards).client(), indexUid);
}, 240_000);

afterAll(async () => {
  await shards?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const request = (q: string, more: Partial<SearchRequest> = {}, page = 1): SearchRequest => ({
  q,
  sort: 'relevance',
  offset: (page - 1) * 10,
  limit: 10,
  ...more,
  filters: { years: [], facets: emptySelection(), ...more.filters },
});
/** The documents a search finds, all pages (at most 1,000). */
async function allIds(
  service: SearchService,
  q: string,
): Promise<{ ids: string[]; response: SearchResponse; missingShards: string[] }> {
  const { value, missingShards } = await reportMissingShards(() => service.search({ ...request(q), limit: 1000 }));
  return { ids: value.hits.map((h) => h.id).sort(), response: value, missingShards };
}

const QUERIES: [string, string, Partial<SearchRequest>][] = [
  ['الأمن', 'security', {}],
  ['التعاون', 'cooperation, by date', { sort: 'date' }],
  ['الصين', 'China, in 2016–2019', { filters: { years: [], yearFrom: 2016, yearTo: 2019, facets: emptySelection() } }],
  [
    'مكافحة الإرهاب',
    'fighting terrorism, years 2015 and 2018',
    { filters: { years: [2015, 2018], facets: emptySelection() } },
  ],
  [
    '',
    'everything (browse), by date, from Russia or China',
    { sort: 'date', filters: { years: [], facets: { ...emptySelection(), country: ['RU', 'CN'] } } },
  ],
  ['الحدود', 'the borders, from Egypt', { filters: { years: [], facets: { ...emptySelection(), country: ['EG'] } } }],
];

describe('3 shards answer like 1 engine', () => {
  it('the documents are spread over all 3 shards', () => {
    const perShard = [0, 0, 0];
    for (const id of new Set(records.map((r) => r.doc_id))) perShard[shardIndexOf(id, 3)]!++;
    expect(perShard.every((n) => n > DOCUMENTS / 6)).toBe(true);
  });

  for (const [q, meaning, more] of QUERIES) {
    it(`${q || '(empty)'} (${meaning}): same documents in the same order (ties aside), totals and facets on pages 1–3`, async () => {
      scored.clear();
      const single: string[] = [];
      const sharded: string[] = [];
      // Page 4 too, so a tie that crosses the end of page 3 is known to the comparison.
      const singleAll: string[] = [];
      const shardedAll: string[] = [];
      for (const page of [1, 2, 3, 4]) {
        const expected = await one.search(request(q, more, page));
        const { value, missingShards } = await reportMissingShards(() => three.search(request(q, more, page)));
        expect(missingShards).toEqual([]);
        expect({ total: value.total, facets: value.facets, facetStats: value.facetStats }, `page ${page}`).toEqual({
          total: expected.total,
          facets: expected.facets,
          facetStats: expected.facetStats,
        });
        if (page < 4) {
          single.push(...expected.hits.map((h) => h.id));
          sharded.push(...value.hits.map((h) => h.id));
        }
        singleAll.push(...expected.hits.map((h) => h.id));
        shardedAll.push(...value.hits.map((h) => h.id));
      }
      // A query with a word other than its stem gets the exact-forms lift (server/search/build-queries.ts:
      // the list is query 0 of the main multi-search, the lift query 1): its documents come first, in
      // the lift's order, then the others in the list's. So there a document's rank is (lifted, its score
      // in that query).
      const lifted = q !== '' && more.sort !== 'date' && analyze(q).some((t) => t.stem !== t.surface);
      // Same rank at every position: where the ids differ, the engine tied them.
      const rank = (id: string) => {
        if (lifted) {
          const lift = scored.scoreAt(id, 1);
          return lift === undefined ? ['list', scored.scoreAt(id, 0)] : ['lift', lift];
        }
        const r = scored.rankOf(id);
        return r && (more.sort === 'date' ? [r.position, r.date, r.score] : [r.position, r.score]);
      };
      expect(sharded.map(rank)).toEqual(single.map(rank));
      expect(shardedAll.length).toBe(singleAll.length);
      const differing = sharded.filter((id, i) => id !== single[i]).length;
      expect(differing, 'ties reordered').toBeLessThan(single.length);
      // The queries must have something to compare: a first page with hits.
      expect(single.length).toBeGreaterThan(0);
    });
  }
});

describe('--rebuild on shards', () => {
  it('a document the engine refuses on one shard: the rebuild fails and every shard keeps the old collection, no temporary left', async () => {
    const indexUid = (await shards.admins[0]!.client.getIndexes()).results
      .map((i) => i.uid)
      .find((uid) => uid.startsWith('shards_'))!;
    const before = await Promise.all(
      shards.admins.map(async (s) => (await s.client.index(indexUid).getStats()).numberOfDocuments),
    );
    // An id with a space is not a valid Meilisearch id: the batch of that document's shard fails.
    const refused = { ...records[0]!, id: 'not valid', doc_id: 'rejected-doc' };
    await expect(
      rebuildShards(shards.admins, indexUid, (temp) => pushToShards(shards.admins, temp, [...records, refused])),
    ).rejects.toThrow(/invalid_document_id|not valid/);
    const after = await Promise.all(
      shards.admins.map(async (s) => (await s.client.index(indexUid).getStats()).numberOfDocuments),
    );
    expect(after).toEqual(before);
    for (const s of shards.admins)
      expect((await s.client.getIndexes()).results.map((i) => i.uid)).not.toContain(`${indexUid}_next`);
  }, 120_000);
});

describe('the indexer on 3 shards: Latin names and --remove', () => {
  it('Patrushev finds باتروشيف through the vocabularies of all shards; --remove deletes on every shard and the name goes', async () => {
    const indexUid = uniqueIndexUid('shardnames');
    const client = new ShardedSearch(shards.shards).client();
    const seeds = path.resolve('seeds');
    await indexPaths([seeds], { client, shards: shards.admins, indexUid });
    const service = new SearchService(client, indexUid);
    const sources = async (q: string) =>
      (await service.search(request(q))).hits.map((h) => h.source.slice(0, 3)).sort();
    // The two seed articles that name Patrushev (001, 002) lie on different shards or the same one:
    // either way each shard's vocabulary is read, and its forms counted together.
    expect(await sources('Patrushev')).toEqual(['001', '002']);

    const removed = await removeDocuments(client, indexUid, ['001_f5596eefdf532ee4.txt'], shards.admins);
    expect(removed).toEqual([{ target: '001_f5596eefdf532ee4.txt', documents: ['001_f5596eefdf532ee4.txt'] }]);
    expect(await sources('Patrushev')).toEqual(['002']);
    // No shard keeps a passage of it.
    for (const sh of shards.admins) {
      const left = await sh.client
        .index(indexUid)
        .getDocuments({ filter: 'source = "001_f5596eefdf532ee4.txt"', limit: 1 });
      expect(left.results, sh.name).toEqual([]);
    }
  }, 120_000);
});

describe('stems an earlier analyzer made, on 3 shards (indexer/meili/analysis-drift.ts)', () => {
  it('are found on whichever shard holds them, and indexing again brings the shard up to date', async () => {
    const indexUid = uniqueIndexUid('sharddrift');
    const client = new ShardedSearch(shards.shards).client();
    const seeds = path.resolve('seeds');
    await indexPaths([seeds], { client, shards: shards.admins, indexUid });
    const clients = shards.admins.map((a) => a.client);
    expect((await collectionDrift(clients, indexUid)).differing).toBe(0);
    // One passage of the last shard, stemmed as an earlier analyzer might have (ستتوانين → ستتو).
    const index = shards.admins[2]!.client.index<PassageRecord>(indexUid);
    const [first] = (await index.getDocuments({ fields: ['id', 'stem'], limit: 1 })).results;
    await index.updateDocuments([{ id: first!.id, stem: `${first!.stem} ستتو`, hash: 'earlier' }]).waitTask();
    const drift = await collectionDrift(clients, indexUid);
    expect(drift).toMatchObject({ differing: 1, example: first!.id });
    expect(driftWarning(indexUid, drift)).toContain('npm run index -- PATH');
    await indexPaths([seeds], { client, shards: shards.admins, indexUid });
    expect((await collectionDrift(clients, indexUid)).differing).toBe(0);
  }, 120_000);
});

describe('a shard that is down', () => {
  // Runs last: it kills shard s2 (SIGKILL), then starts it again on the same data and port.
  it('الأمن (security): the other two answer, the answer names s2; after its restart, full results return', async () => {
    const full = await allIds(one, 'الأمن');
    const onS2 = full.ids.filter((id) => shardIndexOf(id, 3) === 2);
    expect(onS2.length).toBeGreaterThan(0);

    await shards.kill(2);
    const partial = await allIds(three, 'الأمن');
    expect(partial.missingShards).toEqual(['s2']);
    expect(partial.ids).toEqual(full.ids.filter((id) => shardIndexOf(id, 3) !== 2));
    expect(partial.response.total).toBe(full.response.total - onS2.length);
    // Over HTTP, the API answer names the missing shard.
    const app = createApp({
      search: three,
      readiness: async () => ({ engine: true, index: true }),
      suggestions: async () => ({ queries: [] }) as never,
      rateLimitPerMinute: 100_000,
    });
    const res = await supertest(app).get('/api/search').query({ q: 'الأمن' });
    expect(res.status).toBe(200);
    expect(res.body.missingShards).toEqual(['s2']);

    await shards.restart(2);
    const back = await allIds(three, 'الأمن');
    expect(back.missingShards).toEqual([]);
    expect(back.ids).toEqual(full.ids);
    expect(back.response.total).toBe(full.response.total);
  }, 120_000);
});
