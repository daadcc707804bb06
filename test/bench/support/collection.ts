/**
 * The benchmark collection, built once per run in a temporary directory: the generated articles
 * as JSON Lines for our indexer, and the same passages (one per paragraph, which is how our indexer
 * splits them) as plain records for Meilisearch alone. Both indexes are built here, timed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchArticles, type GeneratedArticle } from '../corpus/articles.ts';
import { COUNTRIES } from '../corpus/countries.ts';
import { writeJsonl, type Written } from '../corpus/write-jsonl.ts';
import { bulkAdd, startMeiliAlone, type MeiliAlone, type PlainPassage } from './meili-alone.ts';
import { runIndexer, type IndexRun } from './project.ts';

export const ALONE_INDEX = 'plain';

export interface Collection {
  dir: string;
  /** Where our engine keeps its data: start the server on it. */
  oursDataDir: string;
  corpus: Written;
  alone: MeiliAlone;
  aloneIndexMs: number;
  ours: IndexRun;
  /** The indexer's own figure (its summary line), without process and engine start. */
  oursReportedMs: number;
  close(): Promise<void>;
}

/**
 * Countries of an article for Meilisearch alone: its `country` and every country of the list whose
 * name its text contains, so a country filter selects about as many articles on both sides (our
 * indexer finds countries named in the text with its gazetteer).
 */
function countriesOf(a: GeneratedArticle): string[] {
  const named = COUNTRIES.filter((c) => a.title.includes(c.name) || a.text.includes(c.name)).map((c) => c.code);
  return [...new Set([...(a.country ? [a.country] : []), ...named])];
}

export async function buildCollection(passages: number, log: (m: string) => void): Promise<Collection> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-search-bench-'));
  let alone: MeiliAlone | undefined;
  try {
    fs.mkdirSync(path.join(dir, 'input'));
    const plain: PlainPassage[] = [];
    const corpus = writeJsonl(path.join(dir, 'input', 'articles.jsonl'), benchArticles(passages), (a) => {
      const countries = countriesOf(a);
      a.paragraphs.forEach((text, n) =>
        plain.push({ id: `${a.id}-${n}`, doc_id: a.id, n, title: a.title, text, year: a.year ?? null, countries }),
      );
    });
    log(
      `collection: ${corpus.articles} articles, ${corpus.passages} passages, ${(corpus.bytes / 1e6).toFixed(1)} MB of JSON Lines in ${dir}`,
    );

    alone = await startMeiliAlone(path.join(dir, 'alone'));
    log('Meilisearch alone: adding the passages…');
    const t0 = performance.now();
    await bulkAdd(alone, ALONE_INDEX, plain);
    const aloneIndexMs = performance.now() - t0;
    log(`Meilisearch alone: ${(aloneIndexMs / 1000).toFixed(1)} s`);

    log('ours: npm run index…');
    const oursDataDir = path.join(dir, 'ours');
    const ours = await runIndexer([path.join(dir, 'input')], oursDataDir);
    const reported = /passage\(s\)[^\n]* in ([\d.]+) s/.exec(ours.output);
    log(`ours: ${(ours.ms / 1000).toFixed(1)} s, ${ours.documents} documents, ${ours.passages} passages`);
    const a = alone;
    return {
      dir,
      oursDataDir,
      corpus,
      alone: a,
      aloneIndexMs,
      ours,
      oursReportedMs: reported ? Number(reported[1]) * 1000 : NaN,
      close: async () => {
        await a.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await alone?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function indexMarkdown(c: Collection, machine: string): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return [
    '## Indexing (`npm run bench:index`)',
    '',
    `Measured ${machine}.`,
    `Corpus: ${c.corpus.articles} generated articles, ${c.corpus.passages} passages, ${(c.corpus.bytes / 1e6).toFixed(1)} MB of JSON Lines (seed sentences mixed with Quran verses; \`BENCH_PASSAGES\`).`,
    '',
    '| | time | passages/s | ratio |',
    '|---|---|---|---|',
    `| ours: \`npm run index\` (process, engine start, analysis, push, engine indexing) | ${s(c.ours.ms)} s | ${Math.round(c.ours.passages / (c.ours.ms / 1000))} | ${(c.ours.ms / c.aloneIndexMs).toFixed(2)}× |`,
    `| ours: the indexer's own summary figure | ${s(c.oursReportedMs)} s | ${Math.round(c.ours.passages / (c.oursReportedMs / 1000))} | ${(c.oursReportedMs / c.aloneIndexMs).toFixed(2)}× |`,
    `| Meilisearch alone: bulk add of the same passages (title, text; distinct, facets) | ${s(c.aloneIndexMs)} s | ${Math.round(c.corpus.passages / (c.aloneIndexMs / 1000))} | 1 |`,
    '',
    `Our indexer made ${c.ours.documents} documents and ${c.ours.passages} passages of them (Meilisearch alone: ${c.corpus.passages} passages).`,
  ].join('\n');
}
