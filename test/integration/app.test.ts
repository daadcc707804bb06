/** The HTTP layer around search: rate limit per client, OpenAPI description checked against real answers. */
import Ajv2020 from 'ajv/dist/2020.js';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { meiliErrorCode } from '../../indexer/meili/errors/index.ts';
import { openApiDocument } from '../../server/openapi.ts';
import { seededApp } from '../support/server.ts';

describe('engine access', () => {
  it('the server searches with a key that can read but not write or manage keys', async () => {
    const { client, indexUid } = await seededApp();
    // The searchable fields hold stems: صين is the stem of الصين (China).
    expect((await client.index(indexUid).search('صين')).hits.length).toBeGreaterThan(0);
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'allowed',
        (e: unknown) => meiliErrorCode(e),
      );
    expect(await refusal(client.index(indexUid).addDocuments([{ id: 'x' }]))).toBe('invalid_api_key');
    expect(await refusal(client.getKeys())).toBe('invalid_api_key');
    expect(await refusal(client.deleteIndex(indexUid))).toBe('invalid_api_key');
  });
});

describe('rate limit', () => {
  it('answers 429 with a JSON error past the per-client limit', async () => {
    const { app } = await seededApp({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await request(app).get('/api/search').query({ q: 'الصين' })).status).toBe(200);
    const res = await request(app).get('/api/search').query({ q: 'الصين' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
  });
});

describe('OpenAPI', () => {
  let app: Awaited<ReturnType<typeof seededApp>>['app'];
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  ajv.addSchema(openApiDocument as unknown as object, 'openapi');
  const validate = (name: string, body: unknown) => {
    const ok = ajv.validate({ $ref: `openapi#/components/schemas/${name}` }, body);
    expect(ok, ajv.errorsText()).toBe(true);
  };
  beforeAll(async () => {
    ({ app } = await seededApp());
  });

  it('is served at /api/openapi.json', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/documents/{id}']));
  });

  it.each([
    [{ q: 'الصين' }],
    [{ q: 'الصين', country: 'VN', year: '2021' }],
    [{ q: 'Patrushev' }],
    [{}],
    [{ q: 'البرازيل' }],
  ])('search answers for %o match the SearchResponse schema', async (query) => {
    const res = await request(app).get('/api/search').query(query);
    expect(res.status).toBe(200);
    validate('SearchResponse', res.body);
  });

  it('document answers and errors match their schemas', async () => {
    const hit = (await request(app).get('/api/search').query({ q: 'هانوي' })).body.hits[0];
    validate('DocumentResponse', (await request(app).get(`/api/documents/${hit.id}`).query({ q: 'هانوي' })).body);
    validate('DocumentResponse', (await request(app).get(`/api/documents/${hit.id}`)).body);
    validate('Error', (await request(app).get('/api/search').query({ year: 'x' })).body);
    validate('Error', (await request(app).get('/api/documents/unknown')).body);
  });
});
