/**
 * `npx tsx test/bench/typo-policy.ts` — the measurement behind the typo policy (indexer/meili/settings.ts,
 * docs/query-model.md): the same passages (the Quran's verses three by three from `quran-json`, the seed
 * articles' paragraphs, test/fixtures/search) indexed with our analyzed fields twice, with the engine's
 * default typo tolerance and with none; every 7th distinct stem of 5+ letters (typos start at 5) is
 * searched on the stem field in both. Prints how many words typos add hits to, how many hits they add,
 * and how many of those contain no form of the word at all. Asserts nothing.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from '../../indexer/meili/engine.ts';
import { createClient } from '../../indexer/meili/client.ts';
import { analyzedFields } from '../../indexer/analyzed-fields.ts';
import { analyze } from '../../indexer/arabic/analyzer.ts';
import { INDEX_SETTINGS } from '../../indexer/meili/settings.ts';

const quranFile = createRequire(import.meta.url).resolve('quran-json/dist/quran.json');
const quran = JSON.parse(fs.readFileSync(quranFile, 'utf8')) as { name: string; verses: { text: string }[] }[];
const texts: string[] = [];
for (const s of quran)
  for (let i = 0; i < s.verses.length; i += 3)
    texts.push(
      s.verses
        .slice(i, i + 3)
        .map((v) => v.text)
        .join(' '),
    );
for (const f of fs.readdirSync('seeds'))
  for (const p of fs.readFileSync(path.join('seeds', f), 'utf8').split(/\n\s*\n/))
    if (p.trim().length > 80) texts.push(p.trim());
for (const f of fs.readdirSync('test/fixtures/search'))
  texts.push(fs.readFileSync(path.join('test/fixtures/search', f), 'utf8'));
const records = texts.map((text, i) => {
  const a = analyzedFields(text);
  return { id: `r${i}`, doc_id: `r${i}`, stem: a.stem, title_stem: '' };
});
const stemsOf = records.map((r) => new Set(r.stem.split(' ')));

// Query words: every 7th distinct stem of 5+ letters (typos apply from 5), plus the issue's examples.
const df = new Map<string, number>();
for (const s of stemsOf) for (const w of s) if (/^[\u0600-\u06ff]{5,}$/.test(w)) df.set(w, (df.get(w) ?? 0) + 1);
const sample = [...df.keys()].sort().filter((_, i) => i % 7 === 0);
const issue = ['المعابر', 'الأمطار', 'فيتنام'].map((w) => analyze(w)[0]!.stem);
const queries = [...new Set([...issue, ...sample])];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'h13-typos-'));
const engine = await startEngine({ dataDir });
try {
  const client = createClient({ url: engine.url, apiKey: engine.masterKey });
  const base = { ...INDEX_SETTINGS, distinctAttribute: null, filterableAttributes: [], sortableAttributes: [] };
  for (const [uid, typo] of [
    ['on', { enabled: true }],
    ['off', { enabled: false }],
  ] as const) {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    await client
      .index(uid)
      .updateSettings({ ...base, typoTolerance: typo })
      .waitTask();
    await client.index(uid).addDocuments(records).waitTask({ timeout: 600_000 });
  }
  let withExtra = 0,
    extraDocs = 0,
    trueDocs = 0,
    extraWithoutForm = 0;
  const examples: string[] = [];
  for (const q of queries) {
    const get = async (uid: string) =>
      (
        await client
          .index(uid)
          .search(`${q} `, { attributesToSearchOn: ['stem'], limit: 1000, attributesToRetrieve: ['id'] })
      ).hits.map((h) => h.id as string);
    const on = await get('on'),
      off = new Set(await get('off'));
    const extra = on.filter((id) => !off.has(id));
    trueDocs += off.size;
    if (extra.length) withExtra++;
    extraDocs += extra.length;
    for (const id of extra) {
      const s = stemsOf[Number(id.slice(1))]!;
      if (!s.has(q)) extraWithoutForm++;
      if (examples.length < 25 && (issue.includes(q) || examples.length < 15)) {
        const near = [...s].find(
          (w) =>
            w.length >= q.length - 1 &&
            w.length <= q.length + 1 &&
            w !== q &&
            [...w].filter((c, i) => c !== q[i]).length <= 2,
        );
        if (near) examples.push(`${q} → ${near}`);
      }
    }
  }
  console.log(`passages ${records.length}, query words ${queries.length} (stems of 5+ letters)`);
  console.log(
    `typo tolerance on adds hits for ${withExtra}/${queries.length} words (${((100 * withExtra) / queries.length).toFixed(1)}%)`,
  );
  console.log(
    `hits without typos ${trueDocs}; extra hits with typos ${extraDocs} (${((100 * extraDocs) / (trueDocs + extraDocs)).toFixed(1)}% of all hits with typos on)`,
  );
  console.log(`extra hits that contain no form of the query word: ${extraWithoutForm}/${extraDocs}`);
  console.log('examples:', [...new Set(examples)].join(' | '));
} finally {
  await engine.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
