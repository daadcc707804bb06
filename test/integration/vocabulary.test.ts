/**
 * The name-expansion vocabulary (indexer/meili/vocab.ts) is the same whichever way it is built: from
 * the passages in hand while the engine indexes them (a first run into an empty index, a rebuild), or
 * read back from the index afterwards (every other run, --remove).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../indexer/arabic/names/vocabulary.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { rebuildVocabulary, vocabUid } from '../../indexer/meili/vocab.ts';
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
});
