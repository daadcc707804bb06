/**
 * The search API over HTTP (supertest) against the real Meilisearch, on the seed articles:
 * Arabic forms, facets, highlights on the original words, pagination, validation, escaping.
 */
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/api-types.ts';
import { seededApp } from '../support/server.ts';

type App = Awaited<ReturnType<typeof seededApp>>['app'];
let app: App;

// Seed files by subject: 000 border crossings (Kolesov), 001 Patrushev in China, 002 Chen Wenqing in Russia,
// 003 Guo Shengkun in Ufa (Armenia, Afghanistan, Serbia), 004 Zhao Kezhi in Hanoi.
const SEED = { crossings: '000', patrushev: '001', chen: '002', ufa: '003', hanoi: '004' } as const;

async function search(query: Record<string, string | string[]>): Promise<SearchResponse> {
  const res = await request(app).get('/api/search').query(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SearchResponse;
}
const seedsOf = (r: SearchResponse) => r.hits.map((h) => h.source.slice(0, 3)).sort();
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

beforeAll(async () => {
  ({ app } = await seededApp({ docs: [path.resolve('test/fixtures/api')] }));
});

describe('Arabic queries', () => {
  it('المعابر (the crossings) finds only the border-crossings article, marks the word and never a bare ال', async () => {
    const r = await search({ q: 'المعابر' });
    expect(seedsOf(r)).toEqual([SEED.crossings]);
    const marks = marked(r.hits[0]!.snippet);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/المعابر$/);
    expect(marks).not.toContain('ال');
  });

  it('البرازيل (Brazil), absent from the corpus, finds nothing even though it starts with ال', async () => {
    expect((await search({ q: 'البرازيل' })).total).toBe(0);
  });

  it.each([
    ['بموسكو', 'موسكو', 'in Moscow → Moscow'],
    ['والصين', 'الصين', 'and China → China'],
    ['بالصين', 'الصين', 'in China → China'],
    ['للتعاون', 'التعاون', 'for cooperation → cooperation'],
    ['وبكين', 'بكين', 'and Beijing → Beijing'],
  ])('clitic form %s finds the same articles as %s (%s)', async (withClitic, plain) => {
    const expected = seedsOf(await search({ q: plain }));
    expect(expected.length).toBeGreaterThan(0);
    expect(seedsOf(await search({ q: withClitic }))).toEqual(expected);
  });

  it.each([
    ['الصِّينُ', 'الصين', 'China with shadda and damma'],
    ['باتْرُوشِيف', 'باتروشيف', 'Patrushev with sukun, damma, kasra'],
    ['إنفاذ', 'انفاذ', 'enforcement: hamza under alef'],
    ['ﺑﻜﻴﻦ', 'بكين', 'Beijing in presentation forms'],
    ['٢٠١٩', '2019', 'Arabic-Indic digits'],
    ['الصينيّة', 'الصينية', 'Chinese (fem.) with shadda'],
    ['الصينيه', 'الصينية', 'Chinese (fem.): heh for teh marbuta'],
    ['مستوي', 'مستوى', 'level: ya for alef maqsura'],
    ['آخر', 'اخر', 'last: alef madda'],
  ])('%s finds the same articles as %s (%s)', async (variant, plain) => {
    const expected = seedsOf(await search({ q: plain }));
    expect(expected.length).toBeGreaterThan(0);
    expect(seedsOf(await search({ q: variant }))).toEqual(expected);
  });

  it('باتروشيف finds the two articles that mention Patrushev', async () => {
    expect(seedsOf(await search({ q: 'باتروشيف' }))).toEqual([SEED.patrushev, SEED.chen]);
  });

  it('marks whole original words with their clitics and diacritics as written', async () => {
    const r = await search({ q: 'موسكو' });
    const hit = r.hits.find((h) => h.source.startsWith(SEED.patrushev))!;
    expect(marked(hit.snippet).every((m) => /موسكو$/.test(m))).toBe(true);
    const withClitic = await search({ q: 'الصين' });
    const all = withClitic.hits.flatMap((h) => marked(h.snippet));
    expect(all.some((m) => m === 'والصين' || m === 'بالصين' || m === 'للصين' || m === 'الصين')).toBe(true);
  });

  it('ranks the exact form above stem matches', async () => {
    const r = await search({ q: 'الصينية' });
    const tiers = r.hits.map((h) => h.match);
    expect(tiers[0]).toBe('exact');
    expect(
      [...tiers].sort((a, b) => ['exact', 'stem', 'phonetic'].indexOf(a) - ['exact', 'stem', 'phonetic'].indexOf(b)),
    ).toEqual(tiers);
  });
});

describe('facets', () => {
  it('الصين with country=VN returns only the Hanoi article; the country facet still counts the others', async () => {
    const r = await search({ q: 'الصين', country: 'VN' });
    expect(seedsOf(r)).toEqual([SEED.hanoi]);
    const counts = Object.fromEntries(r.facets.country.map((c) => [c.value, c.count]));
    expect(counts).toMatchObject({ VN: 1, RU: 4, AM: 1, AF: 1, RS: 1 });
    expect(r.facets.country.find((c) => c.value === 'VN')!.selected).toBe(true);
    expect(r.facets.country.find((c) => c.value === 'RU')!.label).toBe('روسيا');
  });

  it('counts documents, not passages, per year, and gives the year range', async () => {
    const r = await search({ q: 'الصين' });
    expect(Object.fromEntries(r.facets.year.map((y) => [y.value, y.count]))).toEqual({ 2019: 2, 2021: 1 });
    expect(r.facetStats.year).toEqual({ min: 2019, max: 2021 });
  });

  it('counts documents even when one hit per page is asked for (Meilisearch dedupes lazily otherwise)', async () => {
    const r = await search({ q: 'الصين', per_page: '1', country: 'VN' });
    expect(r.total).toBe(1);
    expect(Object.fromEntries(r.facets.country.map((c) => [c.value, c.count]))).toMatchObject({ CN: 5, RU: 4, VN: 1 });
    const all = await search({ q: 'الصين', per_page: '1' });
    expect(all.total).toBe(5);
    expect(Object.fromEntries(all.facets.year.map((y) => [y.value, y.count]))).toEqual({ 2019: 2, 2021: 1 });
  });

  it('year=2019 narrows to the 2019 articles while the year facet keeps 2021', async () => {
    const r = await search({ q: 'الصين', year: '2019' });
    expect(seedsOf(r)).toEqual([SEED.crossings, SEED.ufa]);
    expect(r.facets.year.map((y) => y.value)).toContain(2021);
  });

  it('year_from/year_to bound the range; several countries are OR-ed', async () => {
    expect(seedsOf(await search({ q: 'الصين', year_from: '2020', year_to: '2022' }))).toEqual([SEED.hanoi]);
    expect(seedsOf(await search({ q: 'الصين', country: ['VN', 'AM'] }))).toEqual([SEED.ufa, SEED.hanoi]);
  });

  it('a selected value with no match stays listed with count 0', async () => {
    const r = await search({ q: 'المعابر', country: 'VN' });
    expect(r.total).toBe(0);
    expect(r.facets.country.find((c) => c.value === 'VN')).toMatchObject({ count: 0, selected: true });
  });
});

describe('results', () => {
  it('each hit has metadata, a passage anchor and a link to it', async () => {
    const r = await search({ q: 'هانوي' });
    const hit = r.hits[0]!;
    expect(hit).toMatchObject({ year: 2021, date: '2021-02-20', lang: 'arb' });
    expect(hit.countries.map((c) => c.code).sort()).toEqual(['CN', 'VN']);
    expect(hit.url).toBe(`/doc/${hit.id}?q=${encodeURIComponent('هانوي')}#p-${hit.passage}`);
    expect(r.query).toMatchObject({ script: 'arabic', normalized: 'هانوي' });
  });

  it('paginates without repeating documents', async () => {
    const all = await search({ q: 'الصين', per_page: '100' });
    const pages = await Promise.all([1, 2, 3].map((p) => search({ q: 'الصين', per_page: '2', page: String(p) })));
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(ids).toEqual(all.hits.map((h) => h.id).slice(0, 6));
    expect(new Set(ids).size).toBe(ids.length);
    const byOffset = await search({ q: 'الصين', offset: '2', limit: '2' });
    expect(byOffset.hits.map((h) => h.id)).toEqual(pages[1]!.hits.map((h) => h.id));
  });

  it('lang narrows by the language franc found (ISO 639-3)', async () => {
    expect((await search({ q: 'الصين', lang: 'arb' })).total).toBe(5);
    expect((await search({ q: 'الصين', lang: 'eng' })).total).toBe(0);
  });

  it('sort=relevance is the default and the same as no sort', async () => {
    const ids = (r: SearchResponse) => r.hits.map((h) => h.id);
    expect(ids(await search({ q: 'الصين', sort: 'relevance' }))).toEqual(ids(await search({ q: 'الصين' })));
  });

  it('sort=date puts the newest dated article first', async () => {
    const r = await search({ q: 'الصين', sort: 'date' });
    expect(r.hits[0]!.source.slice(0, 3)).toBe(SEED.hanoi);
  });

  it('an empty query browses everything with facets', async () => {
    const r = await search({});
    expect(r.total).toBe(6);
    expect(r.facets.country.length).toBeGreaterThan(3);
  });
});

describe('the document view', () => {
  it('returns every passage in order with the matches of q marked', async () => {
    const hit = (await search({ q: 'المعابر' })).hits[0]!;
    const res = await request(app).get(`/api/documents/${hit.id}`).query({ q: 'المعابر' });
    expect(res.status).toBe(200);
    expect(res.body.passages.map((p: { n: number }) => p.n)).toEqual([...res.body.passages.keys()]);
    const marks = res.body.passages.flatMap((p: { html: string }) => marked(p.html));
    expect(marks).toEqual(expect.arrayContaining(['بالمعابر', 'المعابر']));
    expect(res.body.passages[hit.passage].matches).toBeGreaterThan(0);
  });

  it('404 for an unknown id, 400 for a malformed one', async () => {
    expect((await request(app).get('/api/documents/nope0000')).status).toBe(404);
    const bad = await request(app).get('/api/documents/a%22%20OR%20doc_id%20EXISTS');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_parameter');
  });
});

describe('escaping', () => {
  it('shows <script> and <img onerror> from a document as text', async () => {
    const r = await search({ q: 'زنجبيل' });
    expect(r.hits).toHaveLength(1);
    const html = r.hits[0]!.snippet + r.hits[0]!.titleHtml;
    expect(html).not.toMatch(/<(script|img)/i);
    expect(r.hits[0]!.titleHtml).toContain('&lt;script&gt;');
    const doc = await request(app).get(`/api/documents/${r.hits[0]!.id}`).query({ q: 'زنجبيل' });
    expect(JSON.stringify(doc.body.passages)).not.toMatch(/<(script|img)/i);
    expect(doc.body.passages.map((p: { html: string }) => p.html).join('')).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
  });

  it('a query full of markup is searched as text and echoed only as JSON data', async () => {
    const r = await search({ q: '<img src=x onerror=alert(1)> زنجبيل' });
    expect(r.hits.every((h) => !/<img/.test(h.snippet))).toBe(true);
    expect(r.hits[0]!.url).not.toContain('<');
  });
});

describe('validation', () => {
  it.each([
    [{ qq: 'x' }, 'unknown_parameter', 'qq'],
    [{ year: 'abc' }, 'invalid_parameter', 'year'],
    [{ country: 'CN OR year > 0' }, 'invalid_parameter', 'country'],
    [{ country: 'XX' }, 'invalid_parameter', 'country'],
    [{ country: 'CN", "RU' }, 'invalid_parameter', 'country'],
    [{ lang: 'arb" OR lang EXISTS' }, 'invalid_parameter', 'lang'],
    [{ per_page: '1000' }, 'invalid_parameter', 'per_page'],
    [{ page: '0' }, 'invalid_parameter', 'page'],
    [{ sort: 'title' }, 'invalid_parameter', 'sort'],
    [{ year_from: '2022', year_to: '2019' }, 'invalid_parameter', 'year_from'],
    [{ q: 'ب'.repeat(513) }, 'invalid_parameter', 'q'],
    [{ page: '2', offset: '5' }, 'invalid_parameter', 'page/per_page'],
  ])('%o → 400 %s naming %s', async (query, code, name) => {
    const res = await request(app).get('/api/search').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(name);
  });

  it('filter injection through a repeated parameter is refused too', async () => {
    const res = await request(app).get('/api/search?q=الصين&country=CN&country=RU%20OR%20year%20%3E%200');
    expect(res.status).toBe(400);
  });

  it('unknown API paths are JSON 404s', async () => {
    const res = await request(app).get('/api/nothing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('security headers', () => {
  it('sends a strict CSP and no x-powered-by', async () => {
    const res = await request(app).get('/api/search').query({ q: 'الصين' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
