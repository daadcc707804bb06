/**
 * An index whose stems an earlier analyzer made (indexer/meili/analysis-drift.ts): the check finds the
 * passages whose stored stems the analyzer now makes otherwise, `npm start` indexes the samples again,
 * and indexing the collection again sends exactly the documents whose analysis changed.
 * The "earlier analyzer" is simulated: one passage's stored stems are overwritten in the engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import { analysisDrift } from '../../indexer/meili/analysis-drift.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { chooseCollection, samplesIndexUid } from '../../indexer/samples.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { SEEDS } from '../support/server.ts';

/** Stores stems for one passage (the first, or the last) as an earlier analyzer might have made them (ستتوانين → ستتو). */
async function ageOnePassage(indexUid: string, which: 'first' | 'last' = 'first'): Promise<string> {
  const index = testClient().index<PassageRecord>(indexUid);
  const offset = which === 'first' ? 0 : (await index.getStats()).numberOfDocuments - 1;
  const [passage] = (await index.getDocuments({ fields: ['id', 'stem'], offset, limit: 1 })).results;
  await index.updateDocuments([{ id: passage!.id, stem: `${passage!.stem} ستتو`, hash: 'earlier' }]).waitTask();
  return passage!.id;
}

describe('stems an earlier analyzer made', () => {
  const uid = uniqueIndexUid('drift');
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-'));
  afterAll(async () => {
    fs.rmSync(own, { recursive: true, force: true });
    for (const u of [uid, samplesIndexUid(uid)]) await testClient().deleteIndex(u).waitTask();
  });

  it('are found by re-analyzing the stored text, and indexing again sends only that document', async () => {
    fs.writeFileSync(path.join(own, 'a.txt'), 'قال الوزير إن المحادثات كانت مثمرة.'); // the minister said the talks were fruitful
    fs.writeFileSync(path.join(own, 'b.txt'), 'وصل الوفد إلى بكين صباح اليوم.'); // the delegation reached Beijing this morning
    await indexPaths([own], { client: testClient(), indexUid: uid });
    expect(await analysisDrift(testClient(), uid)).toEqual({ checked: 2, differing: 0, example: undefined });

    const aged = await ageOnePassage(uid);
    expect(await analysisDrift(testClient(), uid)).toEqual({ checked: 2, differing: 1, example: aged });

    const summary = await indexPaths([own], { client: testClient(), indexUid: uid });
    expect(summary.sent).toBe(1);
    expect(summary.unchanged).toBe(1);
    expect((await analysisDrift(testClient(), uid)).differing).toBe(0);

    // A sample smaller than the index is read in slices spread over it: it meets the last passage too.
    const last = await ageOnePassage(uid, 'last');
    expect(await analysisDrift(testClient(), uid, 1)).toMatchObject({ differing: 1, example: last });
  }, 120_000);

  it('in the samples: npm start indexes them again', async () => {
    const config = { indexUid: uid, seedDir: SEEDS };
    const samples = samplesIndexUid(uid);
    await testClient().deleteIndex(uid).waitTask(); // the user's collection empty: the samples are shown
    await chooseCollection(testClient(), config, () => {});
    await ageOnePassage(samples);
    const log: string[] = [];
    await chooseCollection(testClient(), config, (m) => log.push(m));
    expect(log.join('\n')).toContain('were indexed by an earlier version; indexing them again');
    expect((await analysisDrift(testClient(), samples)).differing).toBe(0);
  }, 120_000);
});
