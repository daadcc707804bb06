/**
 * Names across scripts on the seed articles, through the HTTP API and the real engine (issue 7):
 * every person and place the seeds name is found by a usual Latin spelling with the right article first,
 * the snippet marks the Arabic name, `query.matchedForms` explains the match; Arabizi; Arabic spelling
 * variants of foreign names find each other, below exact matches; mixed Latin + Arabic queries; absent
 * Latin names find nothing.
 *
 * Two indexes: seeds + an Arabizi test article (test/fixtures/names/arabizi), and seeds + an article
 * writing the Levantine spellings غريغوريان / سكرتير (test/fixtures/names/variants) for the ranking of
 * exact above phonetic matches.
 */
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/api-types.ts';
import { seededApp } from '../support/server.ts';

type App = Awaited<ReturnType<typeof seededApp>>['app'];
let app: App;
let variantsApp: App;

// Seed files: 000 border crossings (Kolesov, Xu Ganlu), 001 Patrushev in China (Nanjing, Fujian, Yang Jiechi,
// غو شنغ كون), 002 Chen Wenqing in Russia (Naryshkin), 003 قوه شنغ كون in Ufa (Grigoryan, Mohib,
// Stefanovic), 004 Zhao Kezhi and To Lam in Hanoi.
async function search(q: string, on: App = app): Promise<SearchResponse> {
  const res = await request(on).get('/api/search').query({ q });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SearchResponse;
}
const seedOf = (source: string) => source.slice(0, 3);
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

beforeAll(async () => {
  [{ app }, { app: variantsApp }] = await Promise.all([
    seededApp({ docs: [path.resolve('test/fixtures/names/arabizi')] }),
    seededApp({ docs: [path.resolve('test/fixtures/names/variants')] }),
  ]);
});

describe('Latin spellings of the people and places in the seeds', () => {
  // [query, seeds that write the name (the first hit must be one of them), the Arabic word that must be marked]
  it.each([
    ['Patrushev', ['001', '002'], 'باتروشيف'],
    ['Naryshkin', ['002'], 'ناريشكين'],
    ['Kolesov', ['000'], 'كوليسوف'],
    ['Xi Jinping', ['000', '001', '002'], 'بينغ'],
    ['Guo Shengkun', ['001', '003'], 'شنغ'],
    ['Chen Wenqing', ['002'], 'تشينغ'],
    ['Zhao Kezhi', ['004'], 'تشاو'],
    ['To Lam', ['004'], 'لام'],
    ['Beijing', ['000', '001'], 'بكين'],
    ['Moscow', ['001'], 'موسكو'],
    ['Hanoi', ['004'], 'هانوي'],
    ['Ufa', ['003'], 'أوفا'],
    ['Putin', ['001', '002'], 'بوتين'],
    ['Gregorian', ['003'], 'جريجوريان'],
    ['Grigoryan', ['003'], 'جريجوريان'],
    ['Mohib', ['003'], 'مهيب'],
    ['Hamdullah Mohib', ['003'], 'مهيب'],
    ['Stefanovic', ['003'], 'ستيفانوفيتش'],
    ['Nanjing', ['001'], 'جينغ'],
    ['Fujian', ['001'], 'فوجيان'],
    ['Yang Jiechi', ['001'], 'يانغ'],
    ['Xu Ganlu', ['000'], 'قان'],
    ['Nikolai Patrushev', ['001', '002'], 'باتروشيف'],
    ['Armen Grigoryan', ['003'], 'أرمين'],
  ])('%s finds its article first (one of %j) and marks %s', async (q, seeds, arabic) => {
    const r = await search(q);
    expect(r.hits.length, q).toBeGreaterThan(0);
    expect(seeds).toContain(seedOf(r.hits[0]!.source));
    // Only articles that write the name: nothing beyond the seeds listed
    for (const h of r.hits) expect(seeds, `${q}: ${h.source}`).toContain(seedOf(h.source));
    const marks = r.hits.flatMap((h) => [...marked(h.snippet), ...marked(h.titleHtml)]);
    expect(marks.some((m) => m.endsWith(arabic)), `${q}: ${marks.join(' ')}`).toBe(true);
  });

  it.each([
    ['Patrushev', 'باتروشيف'],
    ['Moscow', 'موسكو'],
    ['Kolesov', 'كوليسوف'],
    ['Jinping', 'جين بينغ'],
    ['To Lam', 'تو لام'],
  ])('query.matchedForms explains %s → %s', async (q, arabic) => {
    const r = await search(q);
    const form = r.query.matchedForms.find((f) => f.query === q);
    expect(form?.arabic, JSON.stringify(r.query.matchedForms)).toContain(arabic);
  });

  it('the page links the Latin query to a one-click Arabic search: the forms are Arabic words of the article', async () => {
    const r = await search('Patrushev');
    for (const f of r.query.matchedForms) for (const a of f.arabic) expect(a).toMatch(/^[\u0600-\u06ff ]+$/);
  });
});

describe('Arabizi (Arabic chat alphabet)', () => {
  it.each([
    ['mo7amed', 'محمد'],
    ['ta3awon', 'تعاون'],
    ['mo7amed ta3awon', 'تعاون'],
  ])('%s finds the article writing %s and marks it', async (q, arabic) => {
    const r = await search(q);
    const hit = r.hits.find((h) => h.source === 'mohamed.txt');
    expect(hit, JSON.stringify(r.hits.map((h) => h.source))).toBeDefined();
    expect([...marked(hit!.snippet), ...marked(hit!.titleHtml)].some((m) => m.endsWith(arabic))).toBe(true);
  });

  it('mo7amed ta3awon finds only the article with both words, and explains both', async () => {
    const r = await search('mo7amed ta3awon');
    expect(r.hits.map((h) => h.source)).toEqual(['mohamed.txt']);
    expect(r.query.matchedForms.map((f) => f.query).sort()).toEqual(['mo7amed', 'ta3awon']);
  });

  it('Mohammed, Muhammad and Mohamed find the same article as mo7amed', async () => {
    for (const q of ['Mohammed', 'Muhammad', 'Mohamed']) {
      expect((await search(q)).hits.map((h) => h.source), q).toContain('mohamed.txt');
    }
  });
});

describe('Arabic spelling variants of foreign names', () => {
  it('غريغوريان (Levantine G) finds the article writing جريجوريان (Egyptian G), as a phonetic match', async () => {
    const r = await search('غريغوريان');
    expect(r.hits.map((h) => seedOf(h.source))).toEqual(['003']);
    expect(r.hits[0]!.match).toBe('phonetic');
    expect(marked(r.hits[0]!.snippet).some((m) => m.endsWith('جريجوريان'))).toBe(true);
  });

  it.each([
    ['غو شنغ كون', '001', '003'],
    ['قوه شنغ كون', '003', '001'],
  ])('%s finds its own spelling first (%s, exact) and the other spelling after it (%s, phonetic)', async (q, exact, variant) => {
    const r = await search(q);
    expect(r.hits.map((h) => seedOf(h.source))).toEqual([exact, variant]);
    expect(r.hits.map((h) => h.match)).toEqual(['exact', 'phonetic']);
  });

  it('where both spellings exist, the exact spelling ranks above the variant', async () => {
    const r = await search('غريغوريان', variantsApp);
    expect(r.hits.map((h) => h.source.slice(0, 9))).toEqual(['levantine', '003_02c04']);
    expect(r.hits.map((h) => h.match)).toEqual(['exact', 'phonetic']);
  });

  it('سكرتير and سكريتر (secretary, long vowel moved) find each other, exact spelling first', async () => {
    const r = await search('سكرتير', variantsApp);
    expect(r.hits[0]!.source).toBe('levantine.txt');
    expect(r.hits.map((h) => seedOf(h.source))).toContain('001');
    const back = await search('سكريتر', variantsApp);
    expect(seedOf(back.hits[0]!.source)).toBe('001');
    expect(back.hits.map((h) => h.source)).toContain('levantine.txt');
  });

  it('a Latin query finds both Arabic spellings: Gregorian → جريجوريان and غريغوريان', async () => {
    const r = await search('Gregorian', variantsApp);
    expect(r.hits.map((h) => h.source.slice(0, 9)).sort()).toEqual(['003_02c04', 'levantine']);
    expect(r.query.matchedForms[0]!.arabic.sort()).toEqual(['جريجوريان', 'غريغوريان']);
  });
});

describe('mixed Latin and Arabic queries', () => {
  it('Patrushev الصين finds the Patrushev articles, Patrushev article first, and marks both words', async () => {
    const r = await search('Patrushev الصين');
    expect(r.hits.map((h) => seedOf(h.source))).toEqual(['001', '002']);
    const marks = r.hits.flatMap((h) => [...marked(h.snippet), ...marked(h.titleHtml)]);
    expect(marks.some((m) => m.endsWith('باتروشيف'))).toBe(true);
    expect(marks.some((m) => m.endsWith('الصين'))).toBe(true);
  });

  it('باتروشيف Moscow needs both: only the article naming Patrushev and Moscow', async () => {
    const r = await search('باتروشيف Moscow');
    expect(r.hits.map((h) => seedOf(h.source))).toEqual(['001']);
  });
});

describe('precision: Latin names absent from the seeds', () => {
  it.each(['Scholz', 'Obama', 'Biden', 'Trump', 'Maduro', 'Netanyahu', 'Guterres', 'Stoltenberg', 'Helsinki', 'Nairobi', 'Macron', 'Erdogan', 'Lavrov', 'Kim Jong Un'])(
    '%s finds nothing', async (q) => {
      const r = await search(q);
      expect(r.hits.map((h) => `${h.source}:${h.match}`)).toEqual([]);
    },
  );
});
