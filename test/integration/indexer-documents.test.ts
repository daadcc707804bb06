/**
 * A user's folder as it really is: PDF (one in logical order, one from an old producer in shaped
 * letters and visual order), Word, CSV, plus what cannot be indexed: an unreadable file, a symbolic
 * link, a FIFO, an unreadable sub-folder, an image, an empty file. `npm run index` must index what it
 * can read, list every other input with its reason, not stop at the first problem, and exit 1.
 * Unreadable files need a user that permissions apply to: as root the CLI runs as `nobody`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { docx, pdfWithTextLayer, shapedVisual } from '../support/documents.ts';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { stemSearch } from './indexer-support.ts';

const uid = uniqueIndexUid('indexer_documents');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-documents-'));
const folder = path.join(root, 'news');
const dataDir = path.join(root, 'data');

/** Each made-up word (a gem name used as an adjective) appears in one file only. */
const LOGICAL_PDF = [
  'اتفقت مصر والأردن على تطوير ميناء العقبة الفيروزجي',
  'وقال وزير النقل إن المرحلة الأولى تبدأ عام ٢٠٢٢',
];
const VISUAL_PDF = [
  'وقعت الجزائر وتونس اتفاقية لحماية واحة الياقوتية من التصحر',
  'ولا تزال المفاوضات جارية حول تقاسم المياه الجوفية',
];
const DOCX = {
  heading: 'مياه النيل',
  paragraphs: ['ناقش وزراء المياه في دول حوض النيل مشروع السد الزبرجدي.', 'وأكد الوزراء أهمية التعاون الإقليمي.'],
};
const CSV =
  'id,title,text,date\nlz-1,خبر أول,"أعلنت المغرب افتتاح المرصد اللازوردي في الصحراء.",2023-03-01\nlz-2,خبر ثان,,2023-03-02\n';

let as: { uid?: number; gid?: number } = {};

beforeAll(async () => {
  fs.mkdirSync(path.join(folder, 'locked'), { recursive: true });
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(folder, 'logical.pdf'), await pdfWithTextLayer(LOGICAL_PDF));
  fs.writeFileSync(path.join(folder, 'visual.pdf'), await pdfWithTextLayer(VISUAL_PDF.map(shapedVisual)));
  fs.writeFileSync(path.join(folder, 'nile.docx'), await docx(DOCX.heading, DOCX.paragraphs));
  fs.writeFileSync(path.join(folder, 'records.csv'), CSV);
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'نص سري');
  fs.chmodSync(path.join(folder, 'secret.txt'), 0o000);
  fs.writeFileSync(path.join(folder, 'locked', 'inside.txt'), 'نص في مجلد مقفل');
  fs.chmodSync(path.join(folder, 'locked'), 0o000);
  fs.symlinkSync(path.join(folder, 'records.csv'), path.join(folder, 'link.csv'));
  spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]);
  fs.writeFileSync(path.join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(folder, 'empty.md'), '');
  for (const p of [root, folder, dataDir]) fs.chmodSync(p, 0o777);
  if (process.getuid?.() === 0) {
    as = { uid: 65534, gid: 65534 }; // nobody: root reads mode-000 files
    letNobodyIn();
  }
});

/**
 * Directories above the checkout that `nobody` may not enter (a clone in a mode-700 temporary
 * folder, as CI makes): given the search bit for this file's run, and their modes restored after.
 */
const opened: { dir: string; mode: number }[] = [];
function letNobodyIn(): void {
  for (let dir = path.resolve('.'); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      opened.push({ dir, mode });
      fs.chmodSync(dir, mode | 0o001);
    }
    if (dir === path.dirname(dir)) break;
  }
}

afterAll(async () => {
  for (const { dir, mode } of opened) fs.chmodSync(dir, mode);
  fs.chmodSync(path.join(folder, 'locked'), 0o755);
  fs.rmSync(root, { recursive: true, force: true });
  await testClient().deleteIndex(uid).waitTask();
});

function indexCli(...args: string[]) {
  const { url, masterKey } = testEngine();
  return spawnSync(path.resolve('node_modules/.bin/tsx'), ['indexer/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    ...as,
    env: {
      ...process.env,
      MEILI_URL: url,
      MEILI_MASTER_KEY: masterKey,
      MEILI_INDEX: uid,
      DATA_DIR: dataDir,
      HOME: root,
      TMPDIR: root,
    },
  });
}

describe('a folder of PDF, Word, CSV and things that cannot be indexed', () => {
  let run: ReturnType<typeof indexCli>;
  beforeAll(() => {
    run = indexCli(folder);
  }, 120_000);

  it('the visual-order PDF really comes out of PDF.js backwards, in presentation forms (so the repair is needed)', async () => {
    const pdf = await getDocument({
      data: new Uint8Array(fs.readFileSync(path.join(folder, 'visual.pdf'))),
      verbosity: VerbosityLevel.ERRORS,
    }).promise;
    const raw = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await pdf.destroy();
    expect(raw).toMatch(/[\ufe70-\ufeff]/); // shaped glyph code points
    expect(raw).not.toContain('الياقوتية');
  });

  it('exits 1 and names every file not indexed with its reason', () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(run.status).toBe(1);
    const out = run.stdout;
    expect(out).toMatch(/^indexer: 4 file\(s\) read, 4 document\(s\)/m); // 2 PDF, 1 docx, 1 good CSV row
    expect(out).toContain('indexer: secret.txt cannot be read (EACCES); skipped');
    expect(out).toContain('indexer: locked/ folder cannot be read (EACCES): its files were not indexed; skipped');
    expect(out).toContain('indexer: link.csv is a symbolic link: not followed (give its target to index it); skipped');
    expect(out).toContain('indexer: pipe.txt is a FIFO (named pipe), not a file: not read; skipped');
    expect(out).toMatch(/indexer: photo\.png unsupported type \(\.png\): formats read are .*\.pdf \.docx; skipped/);
    expect(out).toContain('indexer: empty.md is empty; skipped');
    expect(out).toContain('indexer: records.csv line 3 has no "text" string; skipped');
    expect(out).toContain('indexer: 7 input(s) not indexed:');
  });

  it.each([
    ['الفيروزجي', 'logical.pdf', 'turquoise (port): the logical-order PDF'],
    ['الياقوتية', 'visual.pdf', 'ruby (oasis): the visual-order PDF in presentation forms, repaired'],
    ['الزبرجدي', 'nile.docx', 'emerald (dam): the Word file'],
    ['اللازوردي', 'records.csv#lz-1', 'lapis (observatory): a CSV row'],
  ])('%s is found in %s (%s)', async (word, source) => {
    const hits = await stemSearch(testClient(), uid, word);
    const sources = await testClient()
      .index<PassageRecord>(uid)
      .getDocuments({
        filter: `doc_id IN [${hits.map((h) => JSON.stringify(h.doc_id)).join(',')}] AND n = 0`,
        fields: ['source'],
      });
    expect(sources.results.map((r) => r.source)).toEqual([source]);
  });

  it('the visual-order PDF is stored in reading order with base letters, lam-alef and all', async () => {
    const [doc] = await testClient()
      .index<PassageRecord>(uid)
      .getDocuments({ filter: 'source = "visual.pdf"', fields: ['title', 'text'], limit: 1 })
      .then((r) => r.results);
    expect(`${doc.title}\n${doc.text}`).toContain(VISUAL_PDF[0]); // "Algeria and Tunisia signed…"
    expect(`${doc.title}\n${doc.text}`).toContain(VISUAL_PDF[1]); // "…and (ولا) the negotiations…"
    expect(doc.text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
  });

  it("the Word file's Heading 1 is its title, not repeated as the first line", async () => {
    const [doc] = await testClient()
      .index<PassageRecord>(uid)
      .getDocuments({ filter: 'source = "nile.docx" AND n = 0', fields: ['title', 'text'], limit: 1 })
      .then((r) => r.results);
    expect(doc.title).toBe(DOCX.heading); // "The Nile's water"
    expect(doc.text.startsWith(DOCX.heading)).toBe(false);
  });
});
