/**
 * `npm run bench:shards [-- DOCUMENTS]`: what sharding costs per query and buys in indexing time on
 * ONE machine. The same generated collection (test/support/corpus.ts, default 2,000 documents) is
 * indexed through the indexer into 1 engine and into 3 local shards (fresh engines in temporary
 * folders), then the same queries run through the search service on each, one at a time.
 * Prints the indexing times and the per-query median and 95th percentile. Bounded: a few minutes.
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
import { writeCorpus } from '../support/corpus.ts';

const documents = Number(process.argv[2] ?? 2000);
const QUERIES = ['الأمن', 'التعاون', 'الصين', 'مكافحة الإرهاب', 'الحدود', 'مجلس الأمن الروسي', ''];
const ROUNDS = 5;

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

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function measure(count: number, corpus: string): Promise<void> {
  const e = await engines(count);
  try {
    const admins = e.shards.map((s) => ({ name: s.name, client: createClient({ url: s.url, apiKey: s.apiKey }) }));
    const sharded = count > 1;
    if (sharded) await configureNetwork(e.shards);
    const client = sharded ? new ShardedSearch(e.shards).client() : admins[0]!.client;
    const t0 = performance.now();
    const summary = await indexPaths([corpus], {
      client,
      indexUid: 'bench',
      rebuild: true,
      ...(sharded ? { shards: admins } : {}),
    });
    const indexMs = performance.now() - t0;
    const service = new SearchService(client, 'bench');
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES)
        for (const sort of ['relevance', 'date'] as const) {
          const req: SearchRequest = {
            q,
            sort,
            offset: 0,
            limit: 10,
            filters: { years: [], facets: emptySelection() },
          };
          const s = performance.now();
          await service.search(req);
          if (round > 0) times.push(performance.now() - s); // round 0 warms the engines up
        }
    }
    console.log(
      `${count} engine(s): ${summary.passages} passages indexed in ${(indexMs / 1000).toFixed(1)} s; ` +
        `search over ${times.length} queries: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    );
  } finally {
    await e.stop();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-shards-corpus-'));
try {
  const corpus = writeCorpus(dir, documents);
  await measure(1, corpus);
  await measure(3, corpus);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
