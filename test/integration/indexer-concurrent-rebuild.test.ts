/**
 * Two `--rebuild` runs at once on one index: while they run, the live index is always one complete
 * collection (all documents of one run, never a mix, never empty) with all its settings. The CLI
 * serializes them (the second says who holds the index and waits); `rebuildIndex` called without
 * the lock is safe too, since each run builds its own temporary index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import { leftoverTempIndexes, settingsMismatch } from '../../indexer/meili/rebuild.ts';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { copySeeds } from './indexer-support.ts';
import { cleanUp, run, tempDataDir } from './service-support.ts';

const client = testClient();
const uids: string[] = [];
afterAll(async () => {
  cleanUp();
  for (const uid of uids) await client.deleteIndex(uid).waitTask();
});

/** Two different collections: the five seeds, and three of them plus a note of its own. */
function collections(): { a: string; b: string } {
  const a = copySeeds();
  const b = copySeeds();
  for (const f of fs.readdirSync(b).filter((f) => /^00[12]/.test(f))) fs.rmSync(path.join(b, f));
  // "A note on the Hanoi talks": a document only collection B has.
  fs.writeFileSync(
    path.join(b, 'note.txt'),
    'ملاحظة عن محادثات هانوي\n\nعقدت جولة جديدة من المحادثات في هانوي يوم الاثنين.',
  );
  return { a, b };
}

/** The document ids the live index holds now (one record per document has n = 0). */
async function liveDocIds(uid: string): Promise<string> {
  const page = await client.index(uid).getDocuments({ filter: 'n = 0', fields: ['doc_id'], limit: 1000 });
  return page.results
    .map((d) => (d as { doc_id: string }).doc_id)
    .sort()
    .join(' ');
}

/** Watches the live index until `done` resolves: every distinct state seen, and any settings gaps. */
async function watch(
  uid: string,
  done: Promise<unknown>,
): Promise<{ states: Set<string>; problems: string[]; polls: number }> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  const states = new Set<string>();
  const problems: string[] = [];
  let polls = 0;
  while (!finished) {
    polls++;
    try {
      states.add(await liveDocIds(uid));
      const mismatch = await settingsMismatch(client, uid);
      if (mismatch.length > 0) problems.push(mismatch.join('; '));
    } catch (e) {
      problems.push((e as Error).message);
    }
    await new Promise((r) => setTimeout(r, 25)); // poll interval: leave the engine time to index
  }
  return { states, problems, polls };
}

async function docIdsOf(dir: string): Promise<string> {
  const summary = await indexPaths([dir], { indexUid: 'unused', dryRun: true });
  return summary
    .preview!.map((d) => d.doc_id)
    .sort()
    .join(' ');
}

describe('concurrent rebuilds', () => {
  it('two `npm run index -- --rebuild` at once: the live index is always one complete collection with settings', async () => {
    const uid = uniqueIndexUid('concurrent_cli');
    uids.push(uid);
    const { a, b } = collections();
    const [idsA, idsB] = [await docIdsOf(a), await docIdsOf(b)];
    await indexPaths([a], { client, indexUid: uid, rebuild: true });

    const { url, masterKey } = testEngine();
    const env = {
      MEILI_URL: url,
      MEILI_MASTER_KEY: masterKey,
      MEILI_INDEX: uid,
      DATA_DIR: tempDataDir('concurrent-rebuild'),
    };
    const runs = [
      run(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', b, '--rebuild'], env),
      run(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', a, '--rebuild'], env),
    ];
    const exits = Promise.all(runs.map((r) => r.exited));
    const seen = await watch(uid, exits);

    expect(await exits).toEqual([0, 0]);
    expect(seen.problems).toEqual([]);
    expect(seen.polls).toBeGreaterThan(5);
    for (const state of seen.states) expect([idsA, idsB]).toContain(state);
    expect([idsA, idsB]).toContain(await liveDocIds(uid));
    // One run waited for the other, and said for whom.
    expect(runs.map((r) => r.output()).join('\n')).toMatch(
      /index ".*" is being written by pid \d+ \(indexer --rebuild, since .*\); waiting for it to finish/,
    );
    expect(await leftoverTempIndexes(client, uid)).toEqual([]);
  }, 400_000);

  it('two rebuilds at once without the lock (library callers) still swap in one complete collection each', async () => {
    const uid = uniqueIndexUid('concurrent_lib');
    uids.push(uid);
    const { a, b } = collections();
    const [idsA, idsB] = [await docIdsOf(a), await docIdsOf(b)];
    await indexPaths([a], { client, indexUid: uid, rebuild: true });
    const both = Promise.all([
      indexPaths([b], { client, indexUid: uid, rebuild: true, batchSize: 4 }),
      indexPaths([a], { client, indexUid: uid, rebuild: true, batchSize: 4 }),
    ]);
    const seen = await watch(uid, both);
    await both;
    expect(seen.problems).toEqual([]);
    for (const state of seen.states) expect([idsA, idsB]).toContain(state);
    expect(
      (await client.getRawIndexes({ limit: 1000 })).results.filter((i) => i.uid.startsWith(`${uid}_next`)),
    ).toEqual([]);
  }, 400_000);
});
