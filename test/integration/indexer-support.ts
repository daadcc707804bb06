/** Shared helpers of the indexer integration tests: fixture folders and a plain stem search. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Meilisearch } from 'meilisearch';
import { analyzedFields } from '../../indexer/analyzed-fields.ts';
import { hasForm } from '../../indexer/meili/settings.ts';

export const FIXTURES = path.resolve('test/fixtures/indexer/formats');

/** Arabic text of the generated legacy-encoding fixtures, each with its own made-up word. */
export const GENERATED = {
  'legacy-1256.txt': {
    encoding: 'windows-1256',
    text: 'دمشق 5 أيار 2020 - قال مسؤول سوري إن الحكومة ستفتح المعبر الحدودي الكهرماني مع لبنان.\n\nوأضاف أن القرار يشمل الشاحنات التجارية.',
  },
  'utf16le.txt': {
    encoding: 'utf-16le',
    text: 'أعلنت الهند وباكستان استئناف المحادثات حول نهر السندي الفيروزي.\n\nوقال متحدث إن الجولة المقبلة ستعقد في إسلام آباد.',
  },
  'utf16be.txt': {
    encoding: 'utf-16be',
    text: 'وقعت تركيا وإيران اتفاقا لتوسيع التبادل التجاري عبر المعبر الزمردي.\n\nويشمل الاتفاق قطاعات الطاقة والنقل.',
  },
  'bom-utf8.txt': {
    encoding: 'utf-8-bom',
    text: 'بحث وزيرا خارجية مصر والسودان ملف سد النهضة العقيقي.\n\nوأكد الجانبان ضرورة التوصل إلى اتفاق ملزم.',
  },
} as const;

/** Copies the committed fixtures into a temp folder and adds the generated encodings and a binary file. */
export function makeFixtureDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-fixtures-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  for (const [name, { encoding, text }] of Object.entries(GENERATED)) {
    let bytes: Buffer;
    if (encoding === 'utf-16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    else if (encoding === 'utf-16be')
      bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    else if (encoding === 'utf-8-bom')
      bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    else bytes = iconv.encode(text, 'windows-1256');
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  // A zip/PDF-like binary with a supported extension: must be rejected, not indexed as garbage.
  fs.writeFileSync(
    path.join(dir, 'scan.txt'),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80]),
  );
  return dir;
}

export function copySeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-seeds-'));
  fs.cpSync(path.resolve('seeds'), dir, { recursive: true });
  return dir;
}

/** A plain engine search on our stem fields, the query analysed like the documents; all words required. */
export async function stemSearch(
  client: Meilisearch,
  indexUid: string,
  q: string,
): Promise<{ doc_id: string; text: string }[]> {
  const res = await client.index(indexUid).search(analyzedFields(q).stem, {
    attributesToSearchOn: ['title_stem', 'stem'],
    matchingStrategy: 'all',
    limit: 50,
    attributesToRetrieve: ['doc_id', 'text'],
  });
  return res.hits as { doc_id: string; text: string }[];
}

/** Documents holding every word of `q` in the exact form it has there (the `forms` the search lifts first). */
export async function exactSearch(client: Meilisearch, indexUid: string, q: string): Promise<{ doc_id: string }[]> {
  const res = await client.index(indexUid).search('', {
    filter: analyzedFields(q).forms.map(hasForm),
    limit: 50,
    attributesToRetrieve: ['doc_id'],
  });
  return res.hits as { doc_id: string }[];
}
