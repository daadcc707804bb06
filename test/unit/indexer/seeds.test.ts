/** The seed articles through the whole document builder: the facet values the issue expects. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentId, type BuiltDocument } from '../../../indexer/document.ts';
import { readText } from '../../../indexer/sources/read-file.ts';
import type { SourceDocument } from '../../../indexer/sources/source-document.ts';

function seedFile(prefix: string): string {
  const file = fs.readdirSync('seeds').find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}_*.txt in seeds/`);
  return file;
}

function readSeed(prefix: string): SourceDocument {
  const file = seedFile(prefix);
  const read = readText(file, fs.readFileSync(`seeds/${file}`));
  if (!read.ok) throw new Error(read.reason);
  return read.documents[0]!;
}

function build(source: SourceDocument, file: string): BuiltDocument {
  const built = buildDocument(source, { file });
  if (!built.ok) throw new Error(built.reason);
  return built.doc;
}

function seed(prefix: string): BuiltDocument {
  return build(readSeed(prefix), seedFile(prefix));
}

describe('seeds', () => {
  it.each([
    ['000', '2019-11-22', ['CN', 'RU'], null],
    ['001', null, ['CN', 'RU'], null],
    ['002', null, ['CN', 'RU'], null],
    ['003', '2019-06-20', ['AF', 'AM', 'CN', 'RS', 'RU'], 'RU'],
    ['004', '2021-02-20', ['CN', 'VN'], 'VN'],
  ])('%s → date %s, countries %j, dateline %s', (prefix, date, countries, dateline) => {
    const d = seed(prefix);
    expect(d.date).toBe(date);
    expect(d.year).toBe(date ? Number(date.slice(0, 4)) : null);
    expect([...d.countries].sort()).toEqual(countries);
    expect(d.datelineCountry).toBe(dateline);
    expect(d.lang).toBe('arb');
  });

  it('titles: headline, or the first sentence after the dateline', () => {
    expect(seed('001').title).toBe('باتروشيف: موسكو وبكين متحدتان في ضمان الأمن الإقليمي والاستقرار العالمي');
    expect(seed('004').title).toBe('اتفق وزيرا الأمن العام في الصين وفيتنام على تعزيز التعاون بشأن مكافحة الجرائم');
  });

  it('no passage is boilerplate, the date line is not a passage, passages ≤ ~1000 characters', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const d = seed(p);
      for (const r of d.records) {
        expect(r.text).not.toMatch(/اخترنا لك|ملفات تعريف الارتباط|أوافق|مشاركة :|^2019-11-22$/);
        expect(r.text.trim().length).toBeGreaterThan(20);
        expect(r.text.length).toBeLessThanOrEqual(1000);
      }
    }
  });

  it('records carry ids, numbers, analyzed fields and the document facets', () => {
    const d = seed('004');
    expect(d.records.map((r) => r.n)).toEqual(d.records.map((_, i) => i));
    for (const r of d.records) {
      expect(r).toMatchObject({
        id: `${d.docId}-${r.n}`,
        doc_id: d.docId,
        passages: d.records.length,
        date_sort: 20210220,
        year: 2021,
        hash: d.hash,
      });
      expect(r.stem.length).toBeGreaterThan(0);
    }
  });

  it('ids: the document id is the hash of its file name, the same on every run', () => {
    expect(seed('003').docId).toBe(documentId(undefined, seedFile('003')));
    expect(seed('003').docId).not.toBe(seed('004').docId);
  });

  // The indexer sends only documents whose hash changed (index-paths.ts), so the hash must change
  // with anything that is indexed and with nothing else.
  it('hash: the same article read twice has the same hash; a change in text, title or date changes it', () => {
    const source = readSeed('003');
    const hashOf = (changes: Partial<SourceDocument>) => build({ ...source, ...changes }, seedFile('003')).hash;
    const original = hashOf({});
    expect(original).toMatch(/^[0-9a-f]{20}$/);
    expect(hashOf({})).toBe(original);
    expect(readSeed('003')).toEqual(source); // (reading again gives the same input)
    expect(hashOf({ text: source.text.replace('أرمينيا', 'جورجيا') })).not.toBe(original); // Armenia → Georgia
    expect(hashOf({ title: 'عنوان آخر' })).not.toBe(original); // "another title"
    expect(hashOf({ date: '2020-01-01' })).not.toBe(original);
    expect(seed('004').hash).not.toBe(original);
  });
});

describe('documentId', () => {
  it('a safe explicit id is kept', () => expect(documentId('abc-1', 'x.jsonl')).toBe('abc-1'));
  it.each([
    ['مقال 1', 'x.jsonl', /^h[0-9a-f]{16}$/, 'an unsafe id ("article 1") is hashed'],
    [undefined, 'news/a.txt', /^f[0-9a-f]{16}$/, 'no id: hash of the relative path'],
  ] as [string | undefined, string, RegExp, string][])('%s, %s → %s (%s)', (id, file, expected) => {
    expect(documentId(id, file)).toMatch(expected);
  });
});
