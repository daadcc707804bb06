/**
 * `npm run bench:names` — what expanding a Latin name costs with a large vocabulary (issue 14: at most a
 * few milliseconds per query word with 500,000 distinct forms).
 *
 * The vocabulary: the seeds' real forms plus synthetic Arabic-like forms (3–4 consonant roots from the
 * letter frequencies of Arabic, long vowels between them, common clitics and suffixes, a fixed seed) up
 * to `--forms N` (default 500,000), written with the indexer's own writer into a fresh engine. Then each
 * query word is expanded `--rounds` times through `expandNames` exactly as the server does, and the time
 * is split into the engine request (VocabReader.lookup) and the scoring in Node; then the same for
 * names being typed (the last word a prefix, as the server expands it when it finds nothing whole).
 * Options: --forms N, --rounds N, MEILI_URL / MEILI_MASTER_KEY to use a running engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  VocabularyBuilder,
  entryKeys,
  formId,
  baseOf,
  type VocabEntry,
} from '../../indexer/arabic/names/vocabulary.ts';
import { collectDocuments } from '../../indexer/index-paths.ts';
import { writeVocabulary } from '../../indexer/meili/vocab.ts';
import { expandNames, VocabReader } from '../../server/search/name-expansion.ts';

const QUERIES = [
  'Patrushev',
  'Naryshkin',
  'Xi Jinping',
  'Guo Shengkun',
  'Mohammed',
  'Ali',
  'Hsinhua',
  'Medwedew',
  'Nguyen Xuan Phuc',
  'Abdel Fattah el-Sisi',
  'Wagner Group',
  'Kuwait',
  'BRICS',
  'Tsinghua University',
  'mo7amed',
  'Stoltenberg',
  'Washington',
  'Alexandria',
  'Vladivostok',
  'Lavrov',
];

/** Names being typed: a prefix of 4–5 letters, after a whole word or alone. */
const PREFIXES_TYPED = ['Patr', 'Medw', 'Vlad', 'Mosc', 'Alexa', 'Lavr', 'Moham', 'Stolt', 'Xi Jinp', 'Nguy'];

/** Arabic consonants with rough corpus frequencies (per mille), for the synthetic roots. */
const LETTERS: [string, number][] = [
  ['ل', 120],
  ['م', 70],
  ['ن', 70],
  ['ر', 60],
  ['ت', 60],
  ['ب', 45],
  ['ع', 45],
  ['د', 35],
  ['س', 35],
  ['ق', 30],
  ['ف', 30],
  ['ك', 30],
  ['ح', 25],
  ['ج', 20],
  ['ه', 20],
  ['ش', 15],
  ['ص', 12],
  ['ط', 12],
  ['خ', 12],
  ['ز', 10],
  ['ض', 8],
  ['غ', 8],
  ['ث', 8],
  ['ذ', 8],
  ['ظ', 4],
  ['ء', 4],
];
const PREFIXES = ['', '', '', 'ال', 'ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ف', 'م', 'ت', 'ي', 'است'];
const SUFFIXES = ['', '', '', 'ه', 'ات', 'ين', 'ون', 'ي', 'يه', 'ها', 'هم', 'نا', 'ان', 'يين'];
const VOWELS = ['', '', '', 'ا', 'و', 'ي'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function synthetic(count: number, existing: Set<string>): VocabEntry[] {
  const random = rng(14);
  const total = LETTERS.reduce((n, [, w]) => n + w, 0);
  const letter = () => {
    let x = random() * total;
    for (const [l, w] of LETTERS) {
      x -= w;
      if (x < 0) return l;
    }
    return 'ل';
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: VocabEntry[] = [];
  while (out.length < count) {
    const consonants = random() < 0.75 ? 3 : 4;
    let w = pick(PREFIXES);
    for (let i = 0; i < consonants; i++) w += letter() + (i < consonants - 1 ? pick(VOWELS) : '');
    w += pick(SUFFIXES);
    if (existing.has(w)) continue;
    existing.add(w);
    const base = baseOf(w);
    out.push({
      id: formId(w),
      form: w,
      written: w,
      count: 1 + Math.floor(random() * 5),
      base,
      words: 1,
      stop: false,
      inflected: false,
      ...entryKeys(w, base),
    });
  }
  return out;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

async function main(): Promise<void> {
  const forms = arg('--forms', 500_000);
  const rounds = arg('--rounds', 5);
  const { startEngine } = await import('../../indexer/meili/engine.ts');
  const { createClient } = await import('../../indexer/meili/client.ts');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-bench-'));
  const engine = await startEngine({
    dataDir,
    url: process.env.MEILI_URL,
    masterKey: process.env.MEILI_MASTER_KEY,
    startTimeoutMs: 60_000,
  });
  const indexUid = `names_bench_${process.pid}`;
  const client = createClient({ url: engine.url, apiKey: engine.masterKey });
  try {
    const builder = new VocabularyBuilder();
    const seeds = (await collectDocuments([path.resolve(import.meta.dirname, '../../seeds')])).docs;
    for (const d of seeds) for (const r of d.records) builder.add(`${r.title}\n${r.text}`);
    const real = [...builder.entries()];
    const entries = [...real, ...synthetic(Math.max(0, forms - real.length), new Set(real.map((e) => e.form)))];
    let t = Date.now();
    await writeVocabulary(client, indexUid, entries);
    console.log(
      `vocabulary: ${entries.length} forms (${real.length} from the seeds), written in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    const reader = new VocabReader(client, indexUid);
    let lookupMs = 0,
      candidates = 0;
    const lookup = reader.lookup.bind(reader);
    reader.lookup = async (q) => {
      const t0 = performance.now();
      const r = await lookup(q);
      lookupMs += performance.now() - t0;
      candidates += r.length;
      return r;
    };
    const measure = async (queries: readonly string[], prefix: boolean, label: string): Promise<void> => {
      for (const q of queries) await expandNames(reader, q, { prefix }); // warm-up (JIT, connections)
      const perWord: number[] = [];
      const rows: string[] = [];
      for (const q of queries) {
        const words = q.split(/\s+/).length;
        const times: number[] = [];
        lookupMs = 0;
        candidates = 0;
        let found = '';
        for (let i = 0; i < rounds; i++) {
          t = performance.now();
          const exp = await expandNames(reader, q, { prefix });
          times.push(performance.now() - t);
          found = exp.map((e) => e.forms[0]?.normalized ?? '∅').join(' | ');
        }
        const median = percentile(times, 0.5);
        perWord.push(...times.map((x) => x / words));
        rows.push(
          `  ${q.padEnd(22)} ${median.toFixed(2).padStart(6)} ms  (engine ${(lookupMs / rounds).toFixed(2)} ms, ${Math.round(candidates / rounds)} candidates)  → ${found}`,
        );
      }
      console.log(`${label}, median of ${rounds} rounds per query:`);
      console.log(rows.join('\n'));
      console.log(
        `per query word: p50 ${percentile(perWord, 0.5).toFixed(2)} ms, p95 ${percentile(perWord, 0.95).toFixed(2)} ms, max ${Math.max(...perWord).toFixed(2)} ms`,
      );
    };
    await measure(QUERIES, false, 'expandNames');
    // Search as you type: the server expands a last word as a prefix when it finds nothing whole.
    await measure(PREFIXES_TYPED, true, 'expandNames as you type (the last word a prefix)');
  } finally {
    await client.deleteIndex(`${indexUid}_vocab`).waitTask();
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
