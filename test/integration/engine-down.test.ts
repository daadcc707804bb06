/**
 * The server under a failing engine: 503 with a clear JSON error while Meilisearch is down,
 * `/readyz` says so, and everything recovers by itself when the engine comes back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import { createClient, ensureSearchKey } from '../../indexer/meili/client.ts';
import { startEngine, type Engine } from '../../indexer/meili/engine.ts';
import { createApp } from '../../server/app.ts';
import { engineReadiness } from '../../server/readiness.ts';
import { SearchService } from '../../server/search/search-service.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-down-'));
let engine: Engine | undefined;
afterAll(async () => {
  await engine?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('engine down and back', () => {
  it('answers 503 while Meilisearch is unreachable and recovers without a restart', async () => {
    engine = await startEngine({ dataDir });
    const port = Number(new URL(engine.url).port);
    const admin = createClient({ url: engine.url, apiKey: engine.masterKey });
    await indexPaths([path.resolve('seeds')], { client: admin, indexUid: 'passages' });
    const client = createClient({ url: engine.url, apiKey: await ensureSearchKey(admin, 'passages'), timeoutMs: 2000 });
    const app = createApp({
      search: new SearchService(client, 'passages'),
      readiness: engineReadiness(client, 'passages'),
    });

    const before = await request(app).get('/api/search').query({ q: 'باتروشيف' });
    expect(before.status).toBe(200);
    expect(before.body.total).toBe(2);
    expect((await request(app).get('/readyz')).status).toBe(200);

    await engine.stop();
    const down = await request(app).get('/api/search').query({ q: 'باتروشيف' });
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 'engine_unavailable' });
    expect(down.body.error.message).toMatch(/Meilisearch is not answering/);
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ engine: false });
    expect((await request(app).get('/healthz')).status).toBe(200);

    engine = await startEngine({ dataDir, port });
    const after = await request(app).get('/api/search').query({ q: 'باتروشيف' });
    expect(after.status).toBe(200);
    expect(after.body.total).toBe(2);
    expect((await request(app).get('/readyz')).status).toBe(200);
  });
});
