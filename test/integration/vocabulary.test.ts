/**
 * The name-expansion vocabulary (indexer/meili/vocab.ts) is the same whichever way it is built: from
 * the passages in hand while the engine indexes them (a first run into an empty index, a rebuild), or
 * read back from the index afterwards (every other run, --remove).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../indexer/arabic/names/vocabulary.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { collectionSettingsMismatch, rebuildVocabulary, startVocabulary, vocabUid } from '../../indexer/meili/vocab.ts';
import { nextUid } from '../../indexer/meili/rebuild.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';

async function vocabulary(indexUid: string): Promise<VocabEntry[]> {
  const res = await testClient().index<VocabEntry>(vocabUid(indexUid)).getDocuments({ limit: 100_000 });
  return [...res.results].sort((a, b) => a.form.localeCompare(b.form));
}

describe('the vocabulary index', () => {
  it('built in hand on a first run equals the one read back from the index; a rebuild gives it again', async () => {
    const indexUid = uniqueIndexUid('vocab');
    const client = testClient();
    await indexPaths([path.resolve('seeds')], { client, indexUid });
    const inHand = await vocabulary(indexUid);
    expect(inHand.find((e) => e.form === 'باتروشيف')).toMatchObject({ written: 'باتروشيف', stop: false });
    expect(inHand.length).toBeGreaterThan(1000);

    await rebuildVocabulary(client, indexUid);
    expect(await vocabulary(indexUid)).toEqual(inHand);

    await indexPaths([path.resolve('seeds')], { client, indexUid, rebuild: true });
    expect(await vocabulary(indexUid)).toEqual(inHand);
  }, 120_000);

  it('a vocabulary enqueued by a run that then fails is deleted; the live one stays', async () => {
    const indexUid = uniqueIndexUid('vocab');
    const client = testClient();
    await indexPaths([path.resolve('seeds')], { client, indexUid });
    const live = await vocabulary(indexUid);
    // "Patrushev" as the only form of the abandoned vocabulary
    const pending = await startVocabulary(client, indexUid, [
      {
        id: 'x',
        form: 'باتروشيف',
        written: 'باتروشيف',
        count: 1,
        base: 'باتروشيف',
        words: 1,
        stop: false,
        inflected: false,
        keys: [],
        pkeys: [],
      },
    ]);
    await pending.abandon();
    await client.tasks.waitForTasks(
      (await client.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.map((t) => t.uid),
    );
    const left = (await client.getRawIndexes({ limit: 1000 })).results.filter((i) =>
      i.uid.startsWith(nextUid(vocabUid(indexUid))),
    );
    expect(left).toEqual([]);
    expect(await vocabulary(indexUid)).toEqual(live);
  }, 120_000);
});

describe('a vocabulary keyed by an earlier version', () => {
  it('is reported with the collection settings that differ, so npm start says to index again (or re-indexes the samples)', async () => {
    const indexUid = uniqueIndexUid('vocab');
    const client = testClient();
    await indexPaths([path.resolve('seeds')], { client, indexUid });
    expect(await collectionSettingsMismatch(client, indexUid)).toEqual([]);
    // The coarse keys an earlier version gave three-consonant forms (KTB3 where this version writes ktb3).
    const index = client.index<VocabEntry>(vocabUid(indexUid));
    const { results } = await index.getDocuments({ fields: ['id', 'keys'], limit: 200 });
    await index
      .updateDocuments(results.map((e) => ({ id: e.id, keys: e.keys.map((k: string) => k.toUpperCase()) })))
      .waitTask();
    const stale = await collectionSettingsMismatch(client, indexUid);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^vocabulary blocking keys of an earlier version \(\d+ of 200 forms sampled; /);
  }, 120_000);

  it('is reported, not a crash, when its forms lack a field this version stores (no prefix keys)', async () => {
    const indexUid = uniqueIndexUid('vocab');
    const client = testClient();
    await indexPaths([path.resolve('seeds')], { client, indexUid });
    const index = client.index(vocabUid(indexUid));
    const { results } = await index.getDocuments<VocabEntry>({ limit: 200 });
    // addDocuments replaces each document whole: the forms come back without `pkeys`.
    const withoutPrefixKeys = results.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'pkeys')));
    await index.addDocuments(withoutPrefixKeys).waitTask();
    const stale = await collectionSettingsMismatch(client, indexUid);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^vocabulary blocking keys of an earlier version \(200 of 200 forms sampled; /);
  }, 120_000);
});
