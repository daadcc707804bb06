/**
 * `npm run bench:search` — latency and throughput of our search API against the engine alone,
 * measured in the same run on the same records, plus the "client latency trap" (docs/DESIGN.md):
 * meilisearch-js over Node's fetch versus over our undici Pool transport.
 *
 * Prints figures and ratios; asserts nothing (targets are read by people, not by timed tests).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { Meilisearch } from 'meilisearch';
import { Pool } from 'undici';
import { analyzedFields } from '../../indexer/analyzed-fields.ts';
import { createClient, ensureSearchKey } from '../../indexer/meili/client.ts';
import { startEngine } from '../../indexer/meili/engine.ts';
import type { PassageRecord } from '../../indexer/meili/record.ts';
import { INDEX_SETTINGS } from '../../indexer/meili/settings.ts';
import { rebuildVocabulary } from '../../indexer/meili/vocab.ts';
import { createApp } from '../../server/app.ts';
import { engineReadiness } from '../../server/readiness.ts';
import { buildQueries } from '../../server/search/build-queries.ts';
import { planQuery } from '../../server/search/query-plan.ts';
import { SearchService } from '../../server/search/search-service.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const QUERIES = ['الصين', 'بموسكو', 'التعاون الأمني', 'باتروشيف', 'الحدود', 'Patrushev', 'مكافحة الإرهاب', 'وزارة الأمن العام'];
const COUNTRIES = ['CN', 'RU', 'VN', 'AM', 'AF', 'RS', 'EG', 'SA'];

function sentences(): string[] {
  const dir = path.resolve('seeds');
  return fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!؟])\s+|\n+/))
    .map((s) => s.trim()).filter((s) => s.length > 30);
}

function records(n: number): PassageRecord[] {
  const pool = sentences();
  let seed = 42;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const out: PassageRecord[] = [];
  for (let i = 0; i < n; i++) {
    const doc = Math.floor(i / 4);
    const text = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pool[Math.floor(rand() * pool.length)]).join(' ');
    const title = pool[Math.floor(rand() * pool.length)]!.slice(0, 80);
    const f = analyzedFields(text), t = analyzedFields(title);
    const year = 2015 + Math.floor(rand() * 10);
    out.push({
      id: `d${doc}-${i % 4}`, doc_id: `d${doc}`, source: `bench/${doc}.txt`, n: i % 4, passages: 4, title, text,
      title_exact: t.exact, title_stem: t.stem, exact: f.exact, stem: f.stem,
      date: `${year}-01-01`, year, dated: true, hijri_year: null, countries: [COUNTRIES[Math.floor(rand() * 8)]!, 'CN'],
      dateline_country: null, lang: 'arb', url: null, hash: String(i), date_sort: year * 10000 + 101,
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Runs `fn` from `concurrency` loops for SECONDS; returns requests/s and latency percentiles in ms. */
async function load(concurrency: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  let i = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await fn(i++);
      times.push(performance.now() - t0);
    }
  }));
  times.sort((a, b) => a - b);
  return { rps: times.length / SECONDS, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 0);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const engine = await startEngine({ dataDir });
  let server: Server | undefined;
  try {
    const admin = createClient({ url: engine.url, apiKey: engine.masterKey });
    await admin.createIndex('bench', { primaryKey: 'id' }).waitTask();
    await admin.index('bench').updateSettings(INDEX_SETTINGS).waitTask();
    console.log(`bench:search: generating and indexing ${PASSAGES} passages…`);
    const recs = records(PASSAGES);
    for (let i = 0; i < recs.length; i += 5000) await admin.index('bench').addDocuments(recs.slice(i, i + 5000)).waitTask({ timeout: 600_000 });
    await rebuildVocabulary(admin, 'bench'); // name expansion reads it (server/search/name-expansion.ts)

    const key = await ensureSearchKey(admin, 'bench');
    const search = new SearchService(createClient({ url: engine.url, apiKey: key }), 'bench');
    const app = createApp({ search, readiness: engineReadiness(admin, 'bench'), rateLimitPerMinute: 10_000_000 });
    server = await new Promise<Server>((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
    const port = (server.address() as { port: number }).port;

    // The engine alone: exactly the multi-search our server sends (buildQueries), straight over undici.
    const raw = new Pool(engine.url, { connections: 64 });
    const bodies = QUERIES.map((q) => JSON.stringify({
      queries: buildQueries('bench', planQuery(q), { q, filters: { years: [], countries: [] }, sort: 'relevance', offset: 0, limit: 10 }, { prefix: false }).queries,
    }));
    const engineOnly = (i: number) => raw.request({
      path: '/multi-search', method: 'POST', body: bodies[i % bodies.length],
      headers: { 'content-type': 'application/json', authorization: `Bearer ${engine.masterKey}` },
    }).then((r) => r.body.text());
    const api = new Pool(`http://127.0.0.1:${port}`, { connections: 64 });
    const ours = (i: number) => api.request({ path: `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`, method: 'GET' })
      .then((r) => r.body.text());

    console.log('\nAPI end to end (analysis, tiers, facets, highlighting) vs the engine alone (same multi-search):');
    console.log('conc | engine req/s  p50   p99 | API req/s  p50   p99 | API/engine throughput');
    for (const c of [1, 8, 32]) {
      await load(c, engineOnly); // warm-up
      const e = await load(c, engineOnly);
      const a = await load(c, ours);
      console.log(`${String(c).padStart(4)} | ${fmt(e.rps).padStart(11)} ${fmt(e.p50).padStart(5)} ${fmt(e.p99).padStart(5)} | ${fmt(a.rps).padStart(9)} ${fmt(a.p50).padStart(5)} ${fmt(a.p99).padStart(5)} | ${(a.rps / e.rps).toFixed(2)}`);
    }

    // The client latency trap: a highlighted, faceted search with a large JSON answer.
    const bigQuery = { q: 'الصين', limit: 20, facets: ['year', 'countries'], attributesToHighlight: ['text'], attributesToCrop: ['text'] };
    const viaFetch = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
    const viaUndici = createClient({ url: engine.url, apiKey: engine.masterKey });
    const size = JSON.stringify(await viaUndici.index('bench').search(bigQuery.q, bigQuery)).length;
    const f = await load(1, () => viaFetch.index('bench').search(bigQuery.q, bigQuery));
    const u = await load(1, () => viaUndici.index('bench').search(bigQuery.q, bigQuery));
    console.log(`\nmeilisearch-js transport, one connection, ${Math.round(size / 1024)} KB answers:`);
    console.log(`  global fetch : p50 ${fmt(f.p50)} ms, p99 ${fmt(f.p99)} ms, ${fmt(f.rps)} req/s`);
    console.log(`  undici Pool  : p50 ${fmt(u.p50)} ms, p99 ${fmt(u.p99)} ms, ${fmt(u.rps)} req/s  (fetch/undici p50 ratio ${(f.p50 / u.p50).toFixed(1)}x)`);
    await raw.close(); await api.close();
  } finally {
    server?.closeAllConnections();
    server?.close();
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
