/**
 * The publisher facet end to end (indexer/facets.ts: one entry plus indexer/extract/publisher.ts):
 * indexed from JSONL `source` and HTML og:site_name, filtered and counted by the API, described by
 * OpenAPI, asked for by the CLI's --publisher through a running server.
 * Fixture: test/fixtures/publisher/ — four JSONL articles about China (الصين), two from Xinhua
 * (one named by a URL), one whose publisher has quotes in its name, one with none; one HTML page.
 */
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/api-types.ts';
import { searchServer } from '../../server/cli/http-search.ts';
import { parseCliArgs } from '../../server/cli/options.ts';
import { openApiDocument } from '../../server/openapi.ts';
import { seededApp, startTestServer } from '../support/server.ts';

const FIXTURE = path.resolve('test/fixtures/publisher');
const XINHUA = 'وكالة شينخوا'; // Xinhua agency
const QUOTED = 'وكالة "الأنباء" العربية'; // the "News" Arab agency
const SPUTNIK = 'سبوتنيك عربي'; // Sputnik Arabic

let app: Awaited<ReturnType<typeof seededApp>>['app'];
beforeAll(async () => {
  ({ app } = await seededApp({ docs: [FIXTURE] }));
});

async function search(query: Record<string, string | string[]>): Promise<SearchResponse> {
  const res = await request(app).get('/api/search').query(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SearchResponse;
}
const counts = (r: SearchResponse) => Object.fromEntries(r.facets.publisher.map((v) => [v.value, v.count]));
const sources = (r: SearchResponse) => r.hits.map((h) => h.source).sort();

describe('publisher facet', () => {
  it('counts each publisher found in JSONL "source" and HTML og:site_name (a URL counts as its host)', async () => {
    const r = await search({ q: 'الصين', per_page: '20' });
    expect(counts(r)).toMatchObject({ [XINHUA]: 1, 'news.cn': 1, [QUOTED]: 1, [SPUTNIK]: 1 });
    expect(r.facets.publisher.find((v) => v.value === SPUTNIK)).toMatchObject({ label: SPUTNIK, selected: false });
  });

  it('?publisher= narrows the list to that publisher', async () => {
    const r = await search({ q: 'الصين', publisher: XINHUA });
    expect(sources(r)).toEqual(['articles.jsonl#pub-xinhua-1']);
    expect(r.total).toBe(1);
  });

  it('repeated, any of them matches; a name with quotes is matched exactly, not broken into the filter', async () => {
    const r = await search({ q: 'الصين', publisher: [QUOTED, SPUTNIK] });
    expect(sources(r)).toEqual(['articles.jsonl#pub-quote-1', 'sputnik.html']);
  });

  it('is disjunctive: with a publisher selected, the other publishers still show their counts', async () => {
    const r = await search({ q: 'الصين', publisher: XINHUA });
    expect(r.facets.publisher.find((v) => v.value === XINHUA)).toMatchObject({ count: 1, selected: true });
    expect(counts(r)[SPUTNIK]).toBe(1);
  });

  it('combines with the country facet (and is counted within it): Vietnam (VN) gives a seed and one Xinhua article', async () => {
    const r = await search({ q: 'الصين', country: 'VN' });
    expect(sources(r)).toEqual(['004_7ef82ad4fe3cbf5e.txt', 'articles.jsonl#pub-xinhua-1']); // the seed has no publisher
    expect(counts(r)).toEqual({ [XINHUA]: 1 });
  });

  it('an answer with the facet matches the OpenAPI description, and a bad value is a 400 naming it', async () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    ajv.addSchema(openApiDocument as unknown as object, 'openapi');
    const ok = ajv.validate(
      { $ref: 'openapi#/components/schemas/SearchResponse' },
      await search({ q: 'الصين', publisher: XINHUA }),
    );
    expect(ok, ajv.errorsText()).toBe(true);
    const params = openApiDocument.paths['/api/search'].get.parameters.map((p) => p.name);
    expect(params).toContain('publisher');
    const bad = await request(app)
      .get('/api/search')
      .query({ q: 'الصين', publisher: 'ن'.repeat(101) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^publisher: /);
  });

  it('the CLI: --publisher through a running server (--url)', async () => {
    const server = await startTestServer({ docs: [FIXTURE] });
    try {
      const options = parseCliArgs(['--url', server.baseUrl, '--publisher', SPUTNIK, 'الصين'])!;
      const r = await searchServer(options.url!, options.request);
      expect(sources(r)).toEqual(['sputnik.html']);
    } finally {
      await server.close();
    }
  });
});
