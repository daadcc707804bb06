/** Every supported format and encoding into the real engine; bad inputs reported with reasons. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths, type IndexSummary } from '../../indexer/index-paths.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { makeFixtureDir, stemSearch } from './indexer-support.ts';

const client = testClient();
const uid = uniqueIndexUid('indexer_formats');
let dir: string;
let summary: IndexSummary;

beforeAll(async () => {
  dir = makeFixtureDir();
  summary = await indexPaths([dir], { client, indexUid: uid });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await client.deleteIndex(uid).waitTask();
});

describe('indexing every format and encoding', () => {
  it('reads the good files and reports each bad input with its reason', () => {
    expect(summary.files).toBe(8); // txt, md, html, jsonl, 1256, utf16le, utf16be, bom
    expect(summary.documents).toBe(9); // the jsonl holds 2 good records
    const reasons = summary.skipped.map((s) => `${s.file}: ${s.reason}`).sort();
    expect(reasons).toEqual([
      'empty.txt: is empty',
      expect.stringMatching(/^records\.jsonl: line 3 is not valid JSON \(.+\); skipped$/),
      'records.jsonl: line 4 has no "text" string; skipped',
      'scan.txt: is binary (NUL bytes)',
    ]);
  });

  it.each([
    ['الزجاجي', 'plain.txt', 'UTF-8 text'],
    ['البرتقال', 'notes.md', 'Markdown'],
    ['الفسفوري', 'page.html', 'HTML'],
    ['البنفسجية', 'records.jsonl#rec-1', 'JSON Lines'],
    ['lavender', 'records.jsonl#rec-2', 'English JSON Lines record'],
    ['الكهرماني', 'legacy-1256.txt', 'Windows-1256'],
    ['الفيروزي', 'utf16le.txt', 'UTF-16 LE'],
    ['الزمردي', 'utf16be.txt', 'UTF-16 BE'],
    ['العقيقي', 'bom-utf8.txt', 'UTF-8 with BOM'],
  ])('finds "%s" in %s (%s)', async (word, source) => {
    const hits = await stemSearch(client, uid, word);
    expect(hits).toHaveLength(1);
    const [doc] = (
      await client.index<PassageRecord>(uid).getDocuments({ filter: `doc_id = "${hits[0].doc_id}"`, limit: 1 })
    ).results;
    expect(doc.source).toBe(source);
  });

  it('extracts facets per format: JSONL date and country win, datelines in HTML and Windows-1256', async () => {
    const get = async (source: string): Promise<PassageRecord> =>
      (await client.index<PassageRecord>(uid).getDocuments({ filter: `source = "${source}" AND n = 0`, limit: 1 }))
        .results[0];
    expect(await get('records.jsonl#rec-1')).toMatchObject({
      date: '2023-03-16',
      year: 2023,
      url: 'https://example.org/1',
      title: 'اليابان وكوريا الجنوبية تستأنفان الحوار',
      doc_id: 'rec-1',
    });
    expect((await get('records.jsonl#rec-1')).countries.sort()).toEqual(['JP', 'KR']);
    expect(await get('records.jsonl#rec-2')).toMatchObject({ lang: 'eng', date: null, year: null });
    expect(await get('page.html')).toMatchObject({
      title: 'تونس والجزائر تبحثان أمن الحدود',
      date: '2023-01-12',
      dateline_country: 'TN',
    });
    expect(await get('legacy-1256.txt')).toMatchObject({ date: '2020-05-05', dateline_country: 'SY' });
    expect(await get('plain.txt')).toMatchObject({ date: '2022-03-03', dateline_country: 'EG' });
  });

  it('HTML navigation, scripts and footers, and Markdown "اخترنا لك" are not searchable', async () => {
    for (const q of ['القائمة الرئيسية', 'رياضة', 'جميع الحقوق محفوظة', 'اخترنا لك'])
      expect(await stemSearch(client, uid, q)).toEqual([]);
  });

  it('a second run sends nothing: unchanged documents are compared by hash', async () => {
    const again = await indexPaths([dir], { client, indexUid: uid });
    expect(again).toMatchObject({ documents: 9, sent: 0, unchanged: 9, deleted: 0 });
  });

  it('a dry run reads and extracts without an engine', async () => {
    const dry = await indexPaths([dir], { indexUid: 'unused', dryRun: true });
    expect(dry.preview).toHaveLength(9);
    expect(dry.sent).toBe(0);
  });
});
