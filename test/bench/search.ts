/**
 * `npm run bench:search`: our search API (`npm start` on its own engine) against Meilisearch alone
 * doing the comparable search on the same passages (title/text, default Arabic handling, distinct
 * per article, year and country facets, highlight and crop, page mode), with a mixed query set
 * (queries.ts) at 1, 8 and 32 connections, BENCH_SECONDS each (default 12), loopback only.
 * Reports req/s, p50 and p95 of both and their ratios, the server's memory, and — because the
 * collection is built first — the indexing times too; and the engine client's transport against
 * meilisearch-js over fetch (transport.ts). Writes docs/benchmarks.md.
 * A measurement, not a test: exits 0 unless the harness fails.
 */
import { BENCH_QUERIES, aloneRequest, apiRequest } from './queries.ts';
import { ALONE_INDEX, buildCollection, indexMarkdown } from './support/collection.ts';
import { load, type LoadResult } from './support/load.ts';
import { machine } from './support/machine.ts';
import { memoryMb } from './support/processes.ts';
import { startServer, type Server } from './support/project.ts';
import { measureTransport } from './transport.ts';
import { RESULTS_FILE, writeSection } from './support/results-file.ts';
import { runBenchmark } from './support/run.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const WARMUP_SECONDS = 2;
const CONNECTIONS = [1, 8, 32];

const log = (m: string) => console.error(`bench:search: ${m}`);
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

interface Row {
  api: LoadResult;
  alone: LoadResult;
  serverMb: { rss: number; peak: number };
}

async function main(): Promise<void> {
  const collection = await buildCollection(PASSAGES, log);
  let server: Server | undefined;
  try {
    server = await startServer(collection.oursDataDir);
    const api = BENCH_QUERIES.map(apiRequest);
    const alone = BENCH_QUERIES.map((b) => aloneRequest(b, ALONE_INDEX, collection.alone.key));

    // Every query once on both sides: checks that both answer, and shows what each finds.
    const totals: string[] = ['| query | kind | API total | alone total |', '|---|---|---|---|'];
    for (const [i, b] of BENCH_QUERIES.entries()) {
      const ours = await server.get<{ total: number }>(api[i]!.path);
      const theirs = await collection.alone.request<{ totalHits: number }>('POST', alone[i]!.path, alone[i]!.body);
      totals.push(
        `| \`${b.q}\`${b.page ? ` p${b.page}` : ''}${b.year ? ` year=${b.year}` : ''}${b.country ? ` country=${b.country}` : ''} | ${b.kind} | ${ours.total} | ${theirs.totalHits} |`,
      );
    }

    const rows: Row[] = [];
    for (const c of CONNECTIONS) {
      await load(collection.alone.url, alone, c, WARMUP_SECONDS);
      const a = await load(collection.alone.url, alone, c, SECONDS);
      await load(server.url, api, c, WARMUP_SECONDS);
      const o = await load(server.url, api, c, SECONDS);
      const row = { api: o, alone: a, serverMb: memoryMb(server.pid) };
      rows.push(row);
      log(
        `${c} connection(s): API ${o.rps.toFixed(1)} req/s p50 ${ms(o.p50)} ms p95 ${ms(o.p95)} ms (${o.errors} errors); ` +
          `alone ${a.rps.toFixed(1)} req/s p50 ${ms(a.p50)} ms p95 ${ms(a.p95)} ms (${a.errors} errors)`,
      );
      for (const r of [o, a]) if (r.errors > 0) log(`  first error: ${r.firstError}`);
    }
    const transport = await measureTransport(
      collection.alone.url,
      collection.alone.key,
      ALONE_INDEX,
      'الصين',
      Math.min(SECONDS, 5),
    );
    const enginePid = server.enginePid();
    const ourEngineMb = enginePid ? memoryMb(enginePid) : undefined;
    const aloneMb = memoryMb(collection.alone.pid);

    const m = machine();
    const markdown = [
      '## Search (`npm run bench:search`)',
      '',
      `Measured ${m}.`,
      `Corpus: ${collection.corpus.articles} generated articles, ${collection.corpus.passages} passages (ours: ${collection.ours.passages}). ` +
        `${BENCH_QUERIES.length} queries in rotation (test/bench/queries.ts), ${SECONDS} s per level after ${WARMUP_SECONDS} s of warm-up, closed loop over undici, loopback.`,
      '',
      '| connections | API req/s | API p50 | API p95 | alone req/s | alone p50 | alone p95 | throughput API/alone | p50 API/alone | errors API/alone |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        ({ api: o, alone: a }) =>
          `| ${o.connections} | ${o.rps.toFixed(1)} | ${ms(o.p50)} ms | ${ms(o.p95)} ms | ${a.rps.toFixed(1)} | ${ms(a.p50)} ms | ${ms(a.p95)} ms | ${(o.rps / a.rps).toFixed(2)} | ${(o.p50 / a.p50).toFixed(1)}× | ${o.errors}/${a.errors} |`,
      ),
      '',
      `Memory: our server process RSS ${rows.map((r) => `${Math.round(r.serverMb.rss)} MB`).join(' / ')} after each level (peak ${Math.round(Math.max(...rows.map((r) => r.serverMb.peak)))} MB); ` +
        `its engine ${ourEngineMb ? `${Math.round(ourEngineMb.rss)} MB` : 'not found'}; Meilisearch alone ${Math.round(aloneMb.rss)} MB.`,
      '',
      `Engine client transport (docs/DESIGN.md, "client latency trap"), one connection to Meilisearch alone, ${Math.round(transport.answerKb)} KB answers: ` +
        `meilisearch-js over global fetch p50 ${ms(transport.fetchP50)} ms, p95 ${ms(transport.fetchP95)} ms; over our undici client p50 ${ms(transport.undiciP50)} ms, p95 ${ms(transport.undiciP95)} ms.`,
      '',
      'What each side finds (one request each, before the load):',
      '',
      ...totals,
    ].join('\n');
    console.log(markdown);
    const indexing = indexMarkdown(collection, m);
    console.log(`\n${indexing}`);
    writeSection('bench:search', markdown);
    writeSection('bench:index', indexing);
    log(`written to ${RESULTS_FILE}`);
  } finally {
    await server?.stop();
    await collection.close();
  }
}

runBenchmark(main);
