/**
 * Bad bytes lose nothing (real engine): a UTF-8 file with one bad byte, a 10,001-line JSON Lines
 * export with one Windows-1256 line, and one with a NUL byte in one line are indexed whole, as
 * written; each odd line is reported with its number and nothing is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths, type IndexSummary } from '../../indexer/index-paths.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';
import { exactSearch } from './indexer-support.ts';

const client = testClient();
const uid = uniqueIndexUid('bad_bytes');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-bytes-'));
let summary: IndexSummary;

const RECORDS = 10_001;
const LEGACY_LINE = 5_000;
const NUL_LINE = 7;

beforeAll(async () => {
  // news.txt: UTF-8, one stray 0xFF byte in line 3.
  const lines = [
    'اجتماع وزراء خارجية دول الجوار في عمان', // neighbouring countries' foreign ministers meet in Amman
    'ناقش الوزراء ملف اللاجئين الفيروزي وإعادة الإعمار', // the ministers discussed the refugee file and reconstruction
    'وأكد البيان الختامي', // and the final statement stressed
    'واتفق المجتمعون على لقاء جديد في القاهرة', // they agreed to meet again in Cairo
  ];
  const bytes = lines.map((l) => Buffer.from(l, 'utf8'));
  bytes[2] = Buffer.concat([bytes[2]!, Buffer.from([0xff]), Buffer.from(' ضرورة الحل السياسي', 'utf8')]); // the need for a political solution
  fs.writeFileSync(path.join(dir, 'news.txt'), Buffer.concat(bytes.flatMap((b) => [b, Buffer.from('\n')])));

  // export.jsonl: 10,001 UTF-8 records; one of them (line 5000) written by a legacy tool in Windows-1256.
  const record = (i: number) =>
    JSON.stringify({ id: `r${i}`, title: `خبر رقم ${i}`, text: `نص الخبر رقم ${i} عن التعاون الاقتصادي.` }); // news item no. i about economic cooperation
  const legacy = JSON.stringify({
    id: 'legacy',
    title: 'خبر قديم',
    text: 'نقلت وكالة الأنباء خبرا عن السفير الكهرماني في بيروت.',
  }); // the news agency reported on the amber ambassador in Beirut
  const jsonl = Array.from({ length: RECORDS }, (_, i) =>
    i + 1 === LEGACY_LINE ? iconv.encode(legacy, 'windows-1256') : Buffer.from(record(i + 1), 'utf8'),
  );
  fs.writeFileSync(path.join(dir, 'export.jsonl'), Buffer.concat(jsonl.flatMap((b) => [b, Buffer.from('\n')])));

  // nul.jsonl: a NUL byte inside the text of line 7.
  const nul = Array.from({ length: 10 }, (_, i) =>
    Buffer.from(JSON.stringify({ id: `n${i + 1}`, text: `مقال رقم ${i + 1} عن الزمرد الأخضر.` }), 'utf8'),
  ); // article no. i about green emerald
  nul[NUL_LINE - 1] = Buffer.concat([
    Buffer.from(`{"id":"n${NUL_LINE}","text":"مقال عن `, 'utf8'),
    Buffer.from([0]),
    Buffer.from('الياقوت الأزرق"}', 'utf8'),
  ]); // an article about blue sapphire
  fs.writeFileSync(path.join(dir, 'nul.jsonl'), Buffer.concat(nul.flatMap((b) => [b, Buffer.from('\n')])));

  summary = await indexPaths([dir], { client, indexUid: uid, batchSize: 5000 });
}, 600_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await client.deleteIndex(uid).waitTask();
});

describe('bad bytes lose nothing', () => {
  it('nothing is skipped; each odd line is reported with its file and number', () => {
    expect(summary.skipped).toEqual([]);
    expect(summary.documents).toBe(1 + RECORDS + 10);
    expect(summary.notices).toEqual([
      { file: 'export.jsonl', reason: `line ${LEGACY_LINE} is not UTF-8; read as Windows-1256` },
      { file: 'news.txt', reason: 'line 3: 1 byte(s) are not UTF-8; replaced by U+FFFD, the rest of the line kept' },
      { file: 'nul.jsonl', reason: `line ${NUL_LINE}: 1 NUL byte(s) removed` },
    ]);
  });

  it('a file with one bad byte: every other line is indexed as UTF-8, and the bad line keeps its words', async () => {
    expect(await exactSearch(client, uid, 'الفيروزي')).toHaveLength(1); // line 2
    expect(await exactSearch(client, uid, 'القاهرة')).toHaveLength(1); // line 4
    expect(await exactSearch(client, uid, 'السياسي')).toHaveLength(1); // line 3, after the bad byte
    const doc = await client.index(uid).getDocuments({ filter: 'source = "news.txt"', fields: ['text'], limit: 10 });
    const text = doc.results.map((d) => (d as { text: string }).text).join('\n');
    expect(text).toContain('ناقش الوزراء ملف اللاجئين الفيروزي وإعادة الإعمار');
    expect(text).not.toMatch(/[ÃØÙ]/); // no mojibake anywhere
  });

  it('10,001 JSON Lines records with one Windows-1256 line: all indexed, the legacy one read correctly', async () => {
    expect(await exactSearch(client, uid, 'الكهرماني')).toHaveLength(1);
    const stats = await client.index(uid).getStats();
    expect(stats.numberOfDocuments).toBeGreaterThanOrEqual(1 + RECORDS + 10);
    const page = await client.index(uid).getDocuments({ filter: 'n = 0', fields: ['title'], limit: 10_000 });
    const titles = page.results.map((d) => (d as { title: string }).title);
    expect(titles.filter((t) => /^خبر (رقم \d+|قديم)$/.test(t)).length).toBeGreaterThan(9_000); // news item no. N / old news item
    expect(titles.filter((t) => /[ÃØÙ\uFFFD]/.test(t))).toEqual([]);
  });

  it('a NUL byte in one JSON Lines line: that record is indexed without it, and the other nine too', async () => {
    expect(await exactSearch(client, uid, 'الياقوت')).toHaveLength(1);
    expect(await exactSearch(client, uid, 'الزمرد')).toHaveLength(9);
  });
});
