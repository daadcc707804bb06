/**
 * `npm run eval:relevance`: how good the result lists are, measured through the HTTP API of a
 * server started on a fresh engine (own DATA_DIR in a temporary folder, own port) over `seeds/`,
 * the judged fixtures and about 4,000 generated Quran distractor passages.
 *
 * For every judged query (queries.ts): precision@10, recall@10, nDCG@10 and reciprocal rank of the
 * first page (metrics.ts), averaged per category; and the strict precision check — each of the
 * first 100 hits must hold some form of every query word (word-forms.ts, independent of our
 * analyzer), else it is a violation. Prints the tables and writes them to docs/benchmarks.md.
 * An evaluation, not a test: exits 0 unless the harness itself fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machine } from '../bench/support/machine.ts';
import { runIndexer, startServer, type Server } from '../bench/support/project.ts';
import { RESULTS_FILE, writeSection } from '../bench/support/results-file.ts';
import { stageCollection, type StagedDocument } from './collection.ts';
import { mean, score, type Scores } from './metrics.ts';
import { QUERIES, type Category, type JudgedQuery } from './queries.ts';
import { DocumentWords, missingWords, requiredWords } from './word-forms.ts';
import { runBenchmark } from '../bench/support/run.ts';

interface Hit {
  id: string;
  source: string;
}
interface SearchAnswer {
  hits: Hit[];
  total: number;
}
interface DocumentAnswer {
  title: string;
  passages: { html: string }[];
}

interface QueryResult {
  query: JudgedQuery;
  scores: Scores;
  total: number;
  relevant: number;
  checked: number;
  /** Violations among the first page's hits (what a user sees first). */
  firstPageViolations: number;
  violations: { source: string; missing: string[] }[];
}

const log = (m: string) => console.error(`eval:relevance: ${m}`);
const STRICT_HITS = 100;

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What a document holds, as the API shows it (title and every passage), read once per document. */
function documentReader(server: Server) {
  const cache = new Map<string, DocumentWords>();
  return async (id: string): Promise<DocumentWords> => {
    let words = cache.get(id);
    if (!words) {
      const doc = await server.get<DocumentAnswer>(`/api/documents/${encodeURIComponent(id)}`);
      words = new DocumentWords([doc.title, ...doc.passages.map((p) => htmlText(p.html))].join('\n'));
      cache.set(id, words);
    }
    return words;
  };
}

function judgedRelevant(query: JudgedQuery, documents: StagedDocument[]): Set<string> {
  const relevant = new Set(query.relevant);
  if (query.distractorsContaining) {
    const required = requiredWords(query.q, query.forms);
    for (const d of documents) {
      if (
        d.source.startsWith('distractors.jsonl#') &&
        missingWords(new DocumentWords(`${d.title}\n${d.text}`), required).length === 0
      )
        relevant.add(d.source);
    }
  }
  return relevant;
}

async function evaluate(server: Server, documents: StagedDocument[]): Promise<QueryResult[]> {
  const read = documentReader(server);
  const sources = new Set(documents.map((d) => d.source));
  const results: QueryResult[] = [];
  for (const query of QUERIES) {
    const unknown = query.relevant.filter((s) => !sources.has(s));
    if (unknown.length > 0)
      throw new Error(
        `eval: the judgments of ${JSON.stringify(query.q)} name documents not in the collection: ${unknown.join(', ')}; fix test/eval/queries.ts`,
      );
    const relevant = judgedRelevant(query, documents);
    const q = encodeURIComponent(query.q);
    const first = await server.get<SearchAnswer>(`/api/search?q=${q}`);
    const scores = score(
      first.hits.map((h) => h.source),
      relevant,
    );
    const many = await server.get<SearchAnswer>(`/api/search?q=${q}&per_page=${STRICT_HITS}`);
    const required = requiredWords(query.q, query.forms);
    const lacking = async (hit: Hit) => missingWords(await read(hit.id), required);
    const violations: QueryResult['violations'] = [];
    for (const hit of many.hits) {
      const missing = await lacking(hit);
      if (missing.length > 0) violations.push({ source: hit.source, missing });
    }
    let firstPageViolations = 0;
    for (const hit of first.hits) if ((await lacking(hit)).length > 0) firstPageViolations++;
    results.push({
      query,
      scores,
      total: first.total,
      relevant: relevant.size,
      checked: many.hits.length,
      firstPageViolations,
      violations,
    });
  }
  return results;
}

const f2 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));

function report(results: QueryResult[], info: string): string {
  const categories = [...new Set(results.map((r) => r.query.category))] as Category[];
  const row = (name: string, rs: QueryResult[]) => {
    const checked = rs.reduce((a, r) => a + r.checked, 0),
      bad = rs.reduce((a, r) => a + r.violations.length, 0);
    const firstPage = rs.reduce((a, r) => a + r.firstPageViolations, 0);
    return `| ${name} | ${rs.length} | ${f2(mean(rs.map((r) => r.scores.precision)))} | ${f2(mean(rs.map((r) => r.scores.recall)))} | ${f2(mean(rs.map((r) => r.scores.ndcg)))} | ${f2(mean(rs.map((r) => r.scores.rr)))} | ${f2(mean(rs.map((r) => r.relevant)))} | ${f2(mean(rs.map((r) => r.total)))} | ${firstPage} | ${bad} / ${checked} | ${rs.filter((r) => r.violations.length > 0).length} |`;
  };
  const lines = [
    '## Relevance (`npm run eval:relevance`)',
    '',
    info,
    '',
    'Per category, means over its queries. P, R, nDCG and RR at 10 over the first page (P over the hits returned; a query with nothing relevant scores 1 only for an empty list). ' +
      `"total" is the API's \`total\`. A violation is a hit that holds no form of some query word (test/eval/word-forms.ts): counted on the first page, and among the first ${STRICT_HITS} hits (\`per_page=${STRICT_HITS}\`); the last column counts the queries with at least one.`,
    '',
    '| category | queries | P@10 | R@10 | nDCG@10 | MRR | relevant | total | violations, first page | violations / hits, first 100 | queries with a violation |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...categories.map((c) =>
      row(
        c,
        results.filter((r) => r.query.category === c),
      ),
    ),
    row('**all**', results),
    '',
    'Per query:',
    '',
    '| category | query | meaning | relevant | total | P@10 | R@10 | nDCG@10 | RR | violations (first of them) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.query.category} | \`${r.query.q.replace(/\|/g, '\\|')}\` | ${r.query.meaning} | ${r.relevant} | ${r.total} | ${f2(r.scores.precision)} | ${f2(r.scores.recall)} | ${f2(r.scores.ndcg)} | ${f2(r.scores.rr)} | ` +
        `${r.violations.length}/${r.checked}${
          r.violations.length
            ? ` (${r.violations
                .slice(0, 2)
                .map((v) => `${v.source} lacks ${v.missing.join(', ')}`)
                .join('; ')})`
            : ''
        } |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-search-eval-'));
  let server: Server | undefined;
  try {
    const collection = path.join(dir, 'collection');
    const { distractors, documents } = stageCollection(collection);
    log(
      `collection: ${documents.length - distractors.articles} seeds and fixtures, ${distractors.articles} distractor articles (${distractors.passages} passages); indexing…`,
    );
    const dataDir = path.join(dir, 'data');
    const indexed = await runIndexer([collection], dataDir);
    log(
      `indexed ${indexed.documents} documents, ${indexed.passages} passages in ${(indexed.ms / 1000).toFixed(1)} s; starting the server…`,
    );
    server = await startServer(dataDir, { SEED_DIR: collection });
    const results = await evaluate(server, documents);
    const info =
      `Measured ${machine()}. Collection: ${indexed.documents} documents, ${indexed.passages} passages (5 seeds, ` +
      `${documents.length - distractors.articles - 5} judged fixtures, ${distractors.articles} Quran distractor articles); ${QUERIES.length} judged queries (test/eval/queries.ts).`;
    const markdown = report(results, info);
    console.log(markdown);
    writeSection('eval:relevance', markdown);
    log(`written to ${RESULTS_FILE}`);
  } finally {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
