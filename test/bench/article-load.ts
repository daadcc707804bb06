/**
 * `npm run bench:article`: the article endpoint on a long article with a long query, and how much
 * it delays `/healthz` meanwhile (the event loop is shared). Bounded: one engine, one article of
 * 1,200 passages, a few requests. Prints the article request's time, the passages returned, and the
 * worst /healthz latency while it ran vs /healthz alone (the baseline, measured in the same run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { indexPaths } from '../../indexer/index-paths.ts';
import { createClient } from '../../indexer/meili/client.ts';
import { startEngine } from '../../indexer/meili/engine.ts';
import { createApp } from '../../server/app.ts';
import { engineReadiness } from '../../server/readiness.ts';
import { SearchService } from '../../server/search/search-service.ts';

/** One article of `n` paragraphs, each a few sentences long enough to be its own passage. */
export function longArticle(n: number): string {
  const sentence = (i: number) =>
    `وقال المتحدث باسم وزارة الخارجية في الفقرة ${i} إن المحادثات مع الجانب الروسي تناولت التعاون الأمني والاقتصادي وملفات المنطقة.`;
  const paras = Array.from({ length: n }, (_, i) => `${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}`);
  return `محادثات طويلة في موسكو\n\n${paras.join('\n\n')}\n`;
}

/** A query of about `chars` characters of varied Arabic and Latin words. */
export function longQuery(chars: number): string {
  const words = [
    'الخارجية',
    'المحادثات',
    'الروسي',
    'التعاون',
    'الأمني',
    'Patrushev',
    'موسكو',
    'بكين',
    'mo7amed',
    'الاقتصادي',
    'المنطقة',
    'وزارة',
  ];
  let q = '';
  for (let i = 0; q.length < chars; i++)
    q += (q ? ' ' : '') + words[i % words.length] + (i >= words.length ? String(i) : '');
  return q.slice(0, chars);
}

export const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function timeGet(url: string): Promise<{ ms: number; status: number; body: unknown }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.json();
  return { ms: performance.now() - t0, status: res.status, body };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-article-'));
  const engine = await startEngine({ dataDir });
  let server: Server | undefined;
  try {
    const docs = path.join(dataDir, 'docs');
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, 'long.txt'), longArticle(1200));
    const client = createClient({ url: engine.url, apiKey: engine.masterKey });
    await indexPaths([docs], { client, indexUid: 'bench' });
    const app = createApp({
      search: new SearchService(client, 'bench'),
      readiness: engineReadiness(client, 'bench'),
      rateLimitPerMinute: 1_000_000,
    });
    server = await new Promise<Server>((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const id = (
      (await (await fetch(`${base}/api/search?q=${encodeURIComponent('موسكو')}`)).json()) as { hits: { id: string }[] }
    ).hits[0]!.id;

    const alone: number[] = [];
    for (let i = 0; i < 40; i++) alone.push((await timeGet(`${base}/healthz`)).ms);
    const q = longQuery(512);
    let running = true;
    const during: number[] = [];
    const article = timeGet(`${base}/api/documents/${id}?q=${encodeURIComponent(q)}`).finally(() => {
      running = false;
    });
    while (running) during.push((await timeGet(`${base}/healthz`)).ms);
    const a = await article;
    const body = a.body as { passages?: unknown[]; passagesTotal?: number };
    console.log(
      `article: ${a.status} in ${a.ms.toFixed(0)} ms, ${body.passages?.length} passages returned` +
        (body.passagesTotal !== undefined ? ` of ${body.passagesTotal}` : ''),
    );
    const stats = (xs: number[]) =>
      `p50 ${percentile(xs, 0.5).toFixed(1)} / p95 ${percentile(xs, 0.95).toFixed(1)} / max ${Math.max(...xs).toFixed(1)} ms`;
    console.log(`/healthz alone (${alone.length} probes): ${stats(alone)}`);
    console.log(`/healthz during the article request (${during.length} probes): ${stats(during)}`);
  } finally {
    server?.close();
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
