/**
 * `npm run bench:index`: indexing throughput end to end, on generated Arabic news.
 *
 * Generates BENCH_DOCS documents (default 10,000) of 5 paragraphs each (= 50,000 passages) as
 * JSON Lines, starts its own Meilisearch in a temporary directory, and reports:
 *   1. our pipeline end to end (read, clean, extract facets, split, analyse, push, engine indexing);
 *   2. the same records WITHOUT our analysis (original title/text only, engine defaults for
 *      Arabic) pushed to a second index: the engine's own time, as a baseline.
 * Figures: documents/s, passages/s and MB/s of source text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectDocuments, indexPaths } from '../../indexer/index-paths.ts';
import { createClient } from '../../indexer/meili/client.ts';
import { startEngine } from '../../indexer/meili/engine.ts';
import { pushRecords, waitForAll } from '../../indexer/meili/push.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const PARAGRAPHS = 5;
const FILES = 5;

const SUBJECTS = ['وزير الخارجية', 'الرئيس الصيني', 'مجلس الأمن الروسي', 'وزارة الداخلية', 'الأمين العام', 'رئيس الوزراء', 'المتحدث الرسمي', 'وفد رفيع المستوى'];
const VERBS = ['أكد', 'أعلن', 'بحث', 'ناقش', 'وقع', 'استقبل', 'دعا', 'أشاد'];
const OBJECTS = ['التعاون الأمني', 'مكافحة الإرهاب', 'التبادل التجاري', 'أمن الحدود', 'الاستقرار الإقليمي', 'الشراكة الاستراتيجية', 'إنفاذ القانون', 'أمن المعلومات'];
const PLACES = ['بكين', 'موسكو', 'هانوي', 'القاهرة', 'الرياض', 'بغداد', 'دمشق', 'الجزائر', 'طهران', 'أنقرة'];
const COUNTRIES = ['الصين', 'روسيا', 'فيتنام', 'مصر', 'السعودية', 'العراق', 'سوريا', 'الجزائر', 'إيران', 'تركيا', 'صربيا', 'أرمينيا'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const NAMES = ['شي جين بينغ', 'باتروشيف', 'قوه شنغ كون', 'تشاو كه تشي', 'كوليسوف', 'ناريشكين', 'تو لام', 'جريجوريان'];

let seed = 42;
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = <T>(a: readonly T[]): T => a[rand(a.length)];

function sentence(): string {
  return `${pick(VERBS)} ${pick(SUBJECTS)} ${pick(NAMES)} خلال لقائه في ${pick(PLACES)} أهمية ${pick(OBJECTS)} مع ${pick(COUNTRIES)} و${pick(COUNTRIES)}، مشيرا إلى أن ${pick(OBJECTS)} يمثل أولوية للبلدين في المرحلة المقبلة.`;
}

function article(i: number): { id: string; title: string; text: string } {
  const paragraphs: string[] = [];
  for (let p = 0; p < PARAGRAPHS; p++) paragraphs.push([sentence(), sentence()].join(' '));
  paragraphs[0] = `${pick(PLACES)} ${1 + rand(28)} ${pick(MONTHS)} ${2015 + rand(10)} (وكالات) ${paragraphs[0]}`;
  return { id: `bench-${i}`, title: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} مع ${pick(COUNTRIES)}`, text: paragraphs.join('\n\n') };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const rate = (n: number, ms: number): string => (n / (ms / 1000)).toFixed(0);

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-index-'));
  const input = path.join(tmp, 'input');
  fs.mkdirSync(input);
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = [];
    for (let i = f; i < DOCS; i += FILES) lines.push(JSON.stringify(article(i)));
    fs.writeFileSync(path.join(input, `part-${f}.jsonl`), lines.join('\n') + '\n');
  }
  const engine = await startEngine({ dataDir: path.join(tmp, 'data'), log: (m) => console.error(m) });
  const client = createClient({ url: engine.url, apiKey: engine.masterKey });
  try {
    // Analysis alone (read + clean + extract + split + analyse), no engine.
    let t = Date.now();
    const collected = await collectDocuments([input]);
    const analysisMs = Date.now() - t;
    const passages = collected.docs.reduce((n, d) => n + d.records.length, 0);
    const bytes = collected.bytes;
    console.log(`generated: ${collected.docs.length} documents, ${passages} passages, ${mb(bytes)} MB of source JSONL`);
    if (passages < 50_000 && !process.env.BENCH_DOCS) throw new Error(`bench: only ${passages} passages generated`);

    // 1. Ours, end to end.
    t = Date.now();
    const summary = await indexPaths([input], { client, indexUid: 'bench_ours' });
    const oursMs = Date.now() - t;
    if (summary.skipped.length > 0) throw new Error(`bench: inputs skipped: ${JSON.stringify(summary.skipped.slice(0, 3))}`);

    // 2. Baseline: the same records, original text fields only, engine defaults for searching them.
    const plain = collected.docs.flatMap((d) => d.records.map((r) => ({
      id: r.id, doc_id: r.doc_id, n: r.n, title: r.title, text: r.text, date: r.date, year: r.year, countries: r.countries, lang: r.lang,
    })));
    await waitForAll(client, [(await client.createIndex('bench_plain', { primaryKey: 'id' })).taskUid], 'bench_plain');
    await waitForAll(client, [(await client.index('bench_plain').updateSettings({
      searchableAttributes: ['title', 'text'], filterableAttributes: ['doc_id', 'year', 'countries', 'lang'], distinctAttribute: 'doc_id',
    })).taskUid], 'settings');
    t = Date.now();
    // pushRecords only needs ids and texts for batching; the plain records are a subset of PassageRecord.
    await pushRecords(client, 'bench_plain', plain.map((r) => ({ ...r, exact: '', stem: '', phon: '' })) as never);
    const plainMs = Date.now() - t;

    const engineOursMs = oursMs - analysisMs;
    console.log('');
    console.log(`ours, end to end (read, clean, facets, analysis, engine): ${(oursMs / 1000).toFixed(1)} s`);
    console.log(`  ${rate(summary.documents, oursMs)} documents/s, ${rate(passages, oursMs)} passages/s, ${(bytes / 1e6 / (oursMs / 1000)).toFixed(2)} MB/s`);
    console.log(`  of which reading + extraction + analysis (no engine): ${(analysisMs / 1000).toFixed(1)} s (${rate(passages, analysisMs)} passages/s, ${(bytes / 1e6 / (analysisMs / 1000)).toFixed(2)} MB/s)`);
    console.log(`  and the engine with our analyzed fields: ~${(engineOursMs / 1000).toFixed(1)} s`);
    console.log(`baseline, engine only, same records without our analysis (title + text): ${(plainMs / 1000).toFixed(1)} s`);
    console.log(`  ${rate(collected.docs.length, plainMs)} documents/s, ${rate(passages, plainMs)} passages/s, ${(bytes / 1e6 / (plainMs / 1000)).toFixed(2)} MB/s`);
    console.log(`ratio ours / baseline: ${(oursMs / plainMs).toFixed(2)}×`);
  } finally {
    await engine.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
