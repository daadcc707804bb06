/**
 * A whole-collection run (the first into an empty index, or --rebuild) sends records while it still
 * reads, into a temporary index swapped in at the end (indexer/index-paths.ts streamCollection). A run
 * that fails after some records were sent leaves the live index as it was and no temporary index.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths, type Progress } from '../../indexer/index-paths.ts';
import { indexExists, nextUid } from '../../indexer/meili/rebuild.ts';
import { vocabUid } from '../../indexer/meili/vocab.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { copySeeds } from './indexer-support.ts';

const client = testClient();
let dir: string;

beforeAll(() => {
  dir = copySeeds();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Fails while reading the fourth seed, after the first three were sent (one record per request). */
function failingRun(uid: string, rebuild: boolean): Promise<unknown> {
  return indexPaths([dir], {
    client,
    indexUid: uid,
    rebuild,
    batchSize: 1,
    onProgress: (p: Progress) => {
      if (p.phase === 'read' && p.done === 3) throw new Error('test: interrupted');
    },
  });
}

/** Records the run had sent to its temporary index before it failed. */
async function sentToTemporary(uid: string): Promise<number> {
  const tasks = await client.tasks.getTasks({ types: ['documentAdditionOrUpdate'], limit: 1000 });
  return tasks.results
    .filter((t) => t.indexUid?.startsWith(nextUid(uid)))
    .reduce((n, t) => n + Number(t.details?.receivedDocuments ?? 0), 0);
}

async function leftovers(uid: string): Promise<string[]> {
  await client.tasks.waitForTasks(
    (await client.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.map((t) => t.uid),
  );
  const all = (await client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid);
  return all.filter((u) => u.startsWith(nextUid(uid)) || u.startsWith(nextUid(vocabUid(uid))));
}

describe('streaming a whole collection', () => {
  it('a first run that fails mid-way leaves no index (nor vocabulary, nor temporary index)', async () => {
    const uid = uniqueIndexUid('indexer_stream');
    await expect(failingRun(uid, false)).rejects.toThrow(/interrupted/);
    expect(await sentToTemporary(uid)).toBeGreaterThan(3); // three seeds' passages went out before
    expect(await indexExists(client, uid)).toBe(false);
    expect(await indexExists(client, vocabUid(uid))).toBe(false);
    expect(await leftovers(uid)).toEqual([]);
  }, 120_000);

  it('a rebuild that fails mid-way leaves the live index as it was', async () => {
    const uid = uniqueIndexUid('indexer_stream');
    const first = await indexPaths([dir], { client, indexUid: uid });
    expect(first.sent).toBe(5);
    const before = (await client.index(uid).getStats()).numberOfDocuments;
    const sentBefore = await sentToTemporary(uid); // the first run's, into its own temporary index
    await expect(failingRun(uid, true)).rejects.toThrow(/interrupted/);
    expect((await sentToTemporary(uid)) - sentBefore).toBeGreaterThan(3);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(before);
    expect(await leftovers(uid)).toEqual([]);
    await client.deleteIndex(uid).waitTask();
    await client.deleteIndex(vocabUid(uid)).waitTask();
  }, 120_000);
});
