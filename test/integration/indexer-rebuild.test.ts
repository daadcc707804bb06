/** --rebuild under concurrent searching: the live index is never half-built, never missing. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import { indexExists, nextUid } from '../../indexer/meili/rebuild.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { copySeeds, stemSearch } from './indexer-support.ts';

const client = testClient();
const uid = uniqueIndexUid('indexer_rebuild');
let dir: string;

beforeAll(async () => {
  dir = copySeeds();
  await indexPaths([dir], { client, indexUid: uid });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await client.deleteIndex(uid).waitTask();
});

describe('rebuild', () => {
  it('searches in a loop during two rebuilds never fail and never come back empty', async () => {
    const query = 'الصين'; // China: in every seed
    expect((await stemSearch(client, uid, query)).length).toBe(5);
    let running = true;
    let searches = 0;
    const failures: string[] = [];
    const loop = (async () => {
      while (running) {
        try {
          const hits = await stemSearch(client, uid, query);
          searches++;
          if (hits.length === 0) failures.push(`empty result after ${searches} searches`);
        } catch (e) {
          failures.push((e as Error).message);
        }
      }
    })();
    // Small batches: many engine tasks, so the rebuild takes long enough to overlap many searches.
    const first = await indexPaths([dir], { client, indexUid: uid, rebuild: true, batchSize: 3 });
    const second = await indexPaths([dir], { client, indexUid: uid, rebuild: true, batchSize: 3 });
    running = false;
    await loop;
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(10);
    expect(first).toMatchObject({ documents: 5, skipped: [] });
    expect(second.sent).toBe(5);
    expect((await stemSearch(client, uid, query)).length).toBe(5);
    expect(await indexExists(client, nextUid(uid))).toBe(false);
  });

  it('a rebuild drops documents whose files are gone, and a leftover _next index does not stop it', async () => {
    await client.createIndex(nextUid(uid), { primaryKey: 'id' }).waitTask(); // as if a previous rebuild was interrupted
    fs.rmSync(`${dir}/${fs.readdirSync(dir).find((f) => f.startsWith('004'))}`);
    await indexPaths([dir], { client, indexUid: uid, rebuild: true });
    expect((await stemSearch(client, uid, 'الصين')).length).toBe(4);
    expect(await stemSearch(client, uid, 'هانوي')).toEqual([]);
  });

  it('rebuild creates the index when it does not exist yet (rename swap)', async () => {
    const fresh = uniqueIndexUid('indexer_rebuild_new');
    await indexPaths([dir], { client, indexUid: fresh, rebuild: true });
    expect((await stemSearch(client, fresh, 'الصين')).length).toBe(4);
    expect((await client.index(fresh).getSettings()).distinctAttribute).toBe('doc_id');
    await client.deleteIndex(fresh).waitTask();
  });
});
