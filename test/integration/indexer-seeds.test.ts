/** The seeds in the real engine: facets, no boilerplate, banner text unsearchable, idempotence, sync. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../indexer/index-paths.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { copySeeds, exactSearch, stemSearch } from './indexer-support.ts';

const client = testClient();
const uid = uniqueIndexUid('indexer_seeds');
let dir: string;

async function all(): Promise<PassageRecord[]> {
  return (await client.index<PassageRecord>(uid).getDocuments({ limit: 10_000 })).results;
}
async function firstPassages(): Promise<Map<string, PassageRecord>> {
  const docs = (await client.index<PassageRecord>(uid).getDocuments({ filter: 'n = 0', limit: 1000 })).results;
  return new Map(docs.map((d) => [d.source.slice(0, 3), d]));
}

beforeAll(async () => {
  dir = copySeeds();
  const summary = await indexPaths([dir], { client, indexUid: uid });
  expect(summary).toMatchObject({ files: 5, documents: 5, skipped: [] });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await client.deleteIndex(uid).waitTask();
});

describe('seeds in the engine', () => {
  it.each([
    ['000', '2019-11-22', 2019, ['CN', 'RU']],
    ['001', null, null, ['CN', 'RU']],
    ['002', null, null, ['CN', 'RU']],
    ['003', '2019-06-20', 2019, ['AF', 'AM', 'CN', 'RS', 'RU']],
    ['004', '2021-02-20', 2021, ['CN', 'VN']],
  ])('%s → date %s, year %s, countries %j', async (prefix, date, year, countries) => {
    const d = (await firstPassages()).get(prefix)!;
    expect(d).toMatchObject({ date, year, lang: 'arb' });
    expect([...d.countries].sort()).toEqual(countries);
  });

  it('facets are filterable: year and countries select documents', async () => {
    const docs = async (filter: string): Promise<number> =>
      (await client.index(uid).search('', { filter, limit: 50 })).hits.length; // distinct on doc_id: one hit per document
    expect(await docs('year = 2019')).toBe(2);
    expect(await docs('countries = VN')).toBe(1);
    expect(await docs('countries = CN AND countries = RU')).toBe(4); // all but 004 (CN VN)
    expect(await docs('dateline_country = RU')).toBe(1);
  });

  it('no passage is made only of boilerplate', async () => {
    for (const r of await all()) {
      expect(r.text).not.toMatch(/^\s*(•|اخترنا لك|أوافق|مشاركة :|2019-11-22)?\s*$/);
      expect(r.text).not.toMatch(/ملفات تعريف الارتباط|بيان الخصوصية|اخترنا لك/);
    }
  });

  it.each([
    ['من خلال الاستمرار في تصفح موقعنا', 'cookie banner sentence'],
    ['ملفات تعريف الارتباط', 'cookies'],
    ['بيان الخصوصية', 'privacy statement'],
    ['سياسة الخصوصية المنقحة', 'the revised privacy policy'],
    ['أوافق', 'I agree'],
    ['اخترنا لك', 'we chose for you'],
  ])('searching banner-only text "%s" (%s) returns nothing', async (q) => {
    expect(await stemSearch(client, uid, q)).toEqual([]);
    expect(await exactSearch(client, uid, q)).toEqual([]);
  });

  it('article text is found, with clitics (بموسكو → موسكو)', async () => {
    expect((await stemSearch(client, uid, 'باتروشيف')).length).toBeGreaterThan(0);
    expect((await stemSearch(client, uid, 'بهانوي')).length).toBe(1);
  });

  it('rerunning sends nothing; a changed file is re-sent and its extra passages deleted', async () => {
    expect(await indexPaths([dir], { client, indexUid: uid })).toMatchObject({ sent: 0, unchanged: 5 });
    const file = fs.readdirSync(dir).find((f) => f.startsWith('001'))!;
    const before = (await all()).filter((r) => r.source === file).length;
    fs.writeFileSync(
      path.join(dir, file),
      'باتروشيف يزور الصين\n\nقال باتروشيف إن التعاون مع الصين سيتواصل في جميع المجالات الأمنية والاقتصادية خلال السنوات المقبلة بلا توقف.',
    );
    expect(await indexPaths([dir], { client, indexUid: uid })).toMatchObject({ sent: 1, unchanged: 4 });
    const after = (await all()).filter((r) => r.source === file);
    expect(before).toBeGreaterThan(1);
    expect(after.map((r) => r.n)).toEqual([0]);
  });

  it('a removed file stays without --sync and goes with --sync', async () => {
    const file = fs.readdirSync(dir).find((f) => f.startsWith('002'))!;
    fs.rmSync(path.join(dir, file));
    expect(await indexPaths([dir], { client, indexUid: uid })).toMatchObject({ documents: 4, deleted: 0 });
    expect((await all()).some((r) => r.source === file)).toBe(true);
    expect(await indexPaths([dir], { client, indexUid: uid, sync: true })).toMatchObject({ documents: 4, deleted: 1 });
    expect((await all()).some((r) => r.source === file)).toBe(false);
  });
});
