/**
 * The sample articles and the user's collection: two indexes, and `npm start` shows the samples only
 * while the user's is empty (indexer/samples.ts). The home page's suggestions come from the collection
 * and each finds something. Small API answers a first-week user met: `/readyz` counts passages, a
 * query of only punctuation is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import { chooseCollection, samplesIndexUid } from '../../indexer/samples.ts';
import { openApiDocument } from '../../server/openapi.ts';
import type { Suggestions } from '../../server/suggestions.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { seededApp, SEEDS } from '../support/server.ts';

describe('chooseCollection (what npm start serves)', () => {
  const uid = uniqueIndexUid('collection');
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'own-collection-'));
  afterAll(async () => {
    fs.rmSync(own, { recursive: true, force: true });
    for (const u of [uid, samplesIndexUid(uid)]) await testClient().deleteIndex(u).waitTask();
  });

  it("an empty collection: the samples, indexed into their own index, never into the user's", async () => {
    const log: string[] = [];
    const chosen = await chooseCollection(testClient(), { indexUid: uid, seedDir: SEEDS }, (m) => log.push(m));
    expect(chosen).toEqual({ indexUid: samplesIndexUid(uid), samples: true });
    expect(
      (await testClient().index(samplesIndexUid(uid)).search('', { hitsPerPage: 0, page: 1, distinct: 'doc_id' }))
        .totalHits,
    ).toBe(5);
    expect((await testClient().getIndexes({ limit: 1000 })).results.map((i) => i.uid)).not.toContain(uid);
    expect(log.join('\n')).toContain('index your own with `npm run index -- PATH`');
  }, 120_000);

  it("once the user has indexed a document: the user's collection, without a single sample", async () => {
    fs.writeFileSync(
      path.join(own, 'note.txt'),
      'اجتمع وزراء الزراعة لبحث محصول القمح العنبري هذا العام.\n\nوقالوا إن الإنتاج سيرتفع.',
    ); // ministers of agriculture, the amber wheat crop
    await indexPaths([own], { client: testClient(), indexUid: uid });
    const chosen = await chooseCollection(testClient(), { indexUid: uid, seedDir: SEEDS }, () => {});
    expect(chosen).toEqual({ indexUid: uid, samples: false });
    const all = await testClient()
      .index(uid)
      .search('', { hitsPerPage: 20, page: 1, attributesToRetrieve: ['source'] });
    expect(all.hits.map((h) => h.source)).toEqual(['note.txt']);
  }, 120_000);
});

describe('the API a first-week user met', () => {
  let app: Awaited<ReturnType<typeof seededApp>>['app'];
  let indexUid: string;
  beforeAll(async () => {
    ({ app, indexUid } = await seededApp());
  }, 120_000);
  afterAll(async () => {
    await testClient().deleteIndex(indexUid).waitTask();
  });

  it('/api/suggestions: countries then words of the collection, each of which finds articles', async () => {
    const res = await request(app).get('/api/suggestions');
    expect(res.status).toBe(200);
    const body = res.body as Suggestions;
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    ajv.addSchema(openApiDocument as unknown as object, 'openapi');
    expect(ajv.validate({ $ref: 'openapi#/components/schemas/Suggestions' }, body), ajv.errorsText()).toBe(true);
    expect(body.samples).toBe(false);
    expect(body.suggestions.length).toBeGreaterThanOrEqual(5);
    expect(body.suggestions[0]).toMatchObject({ q: 'الصين', kind: 'country', documents: 5 }); // China: every seed is about it
    for (const s of body.suggestions) {
      const found = await request(app).get('/api/search').query({ q: s.q });
      expect({ q: s.q, total: (found.body as { total: number }).total > 0 }).toEqual({ q: s.q, total: true });
    }
  }, 120_000);

  it.each([`'"`, '؟!', '…'])('q=%s (no letters or digits) is a 400 that says so, not every article', async (q) => {
    const res = await request(app).get('/api/search').query({ q });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('q: has no letters or digits');
  });

  it('/readyz counts passages, and calls them passages', async () => {
    const res = await request(app).get('/readyz');
    expect(res.body).toMatchObject({ status: 'ready', engine: true, index: true });
    expect(res.body.passages).toBeGreaterThan(5); // five articles, many passages
    expect(res.body).not.toHaveProperty('documents');
  });
});
