/**
 * `npm run bench:shards`: what sharding costs per query and buys in indexing time on ONE machine.
 * The generated collection of `bench:search` (test/bench/corpus, BENCH_PASSAGES passages, default
 * 100,000) is indexed through the indexer (`--rebuild`) into 1 engine and into 3 local shards (fresh
 * engines in temporary folders, wired as a Meilisearch network), then the mixed query set of
 * `bench:search` (queries.ts) runs through the search service on each, closed loop at 1 and 8
 * concurrent searches for BENCH_SECONDS each (default 12). Prints and writes (docs/benchmarks.md) the
 * indexing times and the searches' rate, median and 95th percentile. A measurement, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptySelection } from '../../indexer/facets.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { createClient } from '../../indexer/meili/client.ts';
import { startEngine } from '../../indexer/meili/engine.ts';
import { configureNetwork } from '../../indexer/meili/network.ts';
import { embeddedShardName } from '../../indexer/meili/shards.ts';
import type { SearchRequest } from '../../server/api-types.ts';
import { ShardedSearch } from '../../server/search/federated.ts';
import { SearchService } from '../../server/search/search-service.ts';
import { benchArticles } from './corpus/articles.ts';
import { writeJsonl } from './corpus/write-jsonl.ts';
import { BENCH_QUERIES, type BenchQuery } from './queries.ts';
import { closedLoop, type LoopResult } from './support/load.ts';
import { machine } from './support/machine.ts';
import { writeSection } from './support/results-file.ts';
import { runBenchmark } from './support/run.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONCURRENCY = [1, 8];
const log = (m: string) => console.error(`bench:shards: ${m}`);

type Level = LoopResult & { concurrency: number };
interface Measured {
  engines: number;
  passages: number;
  indexSeconds: number;
  levels: Level[];
}

async function engines(count: number) {
  const dirs = Array.from({ length: count }, () => fs.mkdtempSync(path.join(os.tmpdir(), 'bench-shards-')));
  const started = await Promise.all(dirs.map((dataDir) => startEngine({ dataDir, startTimeoutMs: 60_000 })));
  return {
    shards: started.map((e, i) => ({ name: embeddedShardName(i), url: e.url, apiKey: e.masterKey })),
    stop: async () => {
      await Promise.all(started.map((e) => e.stop()));
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

function searchRequest(b: BenchQuery): SearchRequest {
  return {
    q: b.q,
    sort: 'relevance',
    offset: ((b.page ?? 1) - 1) * 10,
    limit: 10,
    filters: {
      years: b.year === undefined ? [] : [b.year],
      facets: { ...emptySelection(), country: b.country === undefined ? [] : [b.country] },
    },
  };
}

/** `concurrency` closed loops over the query set for `seconds`, through the search service. */
async function load(service: SearchService, concurrency: number, seconds: number): Promise<Level> {
  const r = await closedLoop(BENCH_QUERIES.map(searchRequest), concurrency, seconds, async (req) => {
    await service.search(req);
    return null;
  });
  return { concurrency, ...r };
}

async function measure(count: number, corpus: string): Promise<Measured> {
  const e = await engines(count);
  try {
    const admins = e.shards.map((s) => ({ name: s.name, client: createClient({ url: s.url, apiKey: s.apiKey }) }));
    const sharded = count > 1;
    if (sharded) await configureNetwork(e.shards);
    const client = sharded ? new ShardedSearch(e.shards).client() : admins[0]!.client;
    log(`${count} engine(s): indexing…`);
    const t0 = performance.now();
    const summary = await indexPaths([corpus], {
      client,
      indexUid: 'bench',
      rebuild: true,
      ...(sharded ? { shards: admins } : {}),
    });
    const indexSeconds = (performance.now() - t0) / 1000;
    log(`${count} engine(s): ${summary.passages} passages in ${indexSeconds.toFixed(1)} s`);
    const service = new SearchService(client, 'bench');
    await load(service, 1, 2); // warm-up
    const levels: Level[] = [];
    for (const c of CONCURRENCY) {
      const level = await load(service, c, SECONDS);
      log(
        `${count} engine(s), ${c} at a time: ${level.rps.toFixed(1)}/s, p50 ${level.p50.toFixed(0)} ms, p95 ${level.p95.toFixed(0)} ms, ${level.errors} errors${level.firstError ? ` (first: ${level.firstError})` : ''}`,
      );
      levels.push(level);
    }
    return { engines: count, passages: summary.passages, indexSeconds, levels };
  } finally {
    await e.stop();
  }
}

function report(one: Measured, three: Measured, articles: number): string {
  const lines = [
    '## Shards (`npm run bench:shards`)',
    '',
    `Measured ${machine()}. Corpus: ${articles} generated articles, ${one.passages} passages (\`BENCH_PASSAGES\`), the collection of \`bench:search\`; ${BENCH_QUERIES.length} queries in rotation (test/bench/queries.ts) through the search service, ${SECONDS} s per level. All engines on this one machine.`,
    '',
    '| | indexing (`--rebuild`) | ' + CONCURRENCY.map((c) => `${c} at a time: searches/s, p50, p95`).join(' | ') + ' |',
    '|---|---|' + CONCURRENCY.map(() => '---|').join(''),
  ];
  for (const m of [one, three])
    lines.push(
      `| ${m.engines === 1 ? '1 engine' : `${m.engines} local shards`} | ${m.indexSeconds.toFixed(1)} s | ` +
        m.levels.map((l) => `${l.rps.toFixed(1)}, ${l.p50.toFixed(0)} ms, ${l.p95.toFixed(0)} ms`).join(' | ') +
        ' |',
    );
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  lines.push(
    '',
    `3 shards against 1 engine: indexing time ×${ratio(three.indexSeconds, one.indexSeconds)}; ` +
      CONCURRENCY.map(
        (c, i) =>
          `${c} at a time: p50 ×${ratio(three.levels[i]!.p50, one.levels[i]!.p50)}, throughput ×${ratio(three.levels[i]!.rps, one.levels[i]!.rps)}`,
      ).join('; ') +
      '.',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-shards-corpus-'));
  try {
    const written = writeJsonl(path.join(dir, 'articles.jsonl'), benchArticles(PASSAGES), () => {});
    log(`corpus: ${written.articles} articles, ${written.passages} passages`);
    const one = await measure(1, dir);
    const three = await measure(3, dir);
    const markdown = report(one, three, written.articles);
    console.log(markdown);
    writeSection('bench:shards', markdown);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
