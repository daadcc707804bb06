/**
 * The query model of issue 13 over HTTP against the real Meilisearch: only what matches (no typos,
 * no sound-alikes for ordinary words), totals and facets that count the documents of the list, the
 * date sort, deep links, Latin names as you type, and "did you mean" when nothing matches.
 * Seeds plus test/fixtures/search: look-alike words next to the words searched for.
 */
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/api-types.ts';
import { createApp } from '../../server/app.ts';
import { engineReadiness } from '../../server/readiness.ts';
import { SearchService, type NameExpander } from '../../server/search/search-service.ts';
import { seededApp } from '../support/server.ts';
import { testClient } from '../support/engine.ts';
import { vocabUid } from '../../indexer/meili/vocab.ts';

type App = Awaited<ReturnType<typeof seededApp>>['app'];
let app: App;

async function search(query: Record<string, string | string[]>): Promise<SearchResponse> {
  const res = await request(app).get('/api/search').query(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SearchResponse;
}
/** The fixture or seed file names of the hits, in order. */
const files = (r: SearchResponse) => r.hits.map((h) => path.basename(h.source));
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

/**
 * The same index with a name expansion that gives one made-up Latin word two spellings (saffron and
 * cloves), so that the union of two searches is exercised on the real engine whatever the vocabulary says.
 */
let twoSpellings: App;
const spices: NameExpander = async (q) =>
  q.startsWith('Spices')
    ? [
        {
          start: 0,
          end: 6,
          forms: [
            { normalized: 'الزعفران', written: 'الزعفران', score: 0.9 },
            { normalized: 'القرنفل', written: 'القرنفل', score: 0.8 },
          ],
        },
      ]
    : [];

beforeAll(async () => {
  const seeded = await seededApp({ docs: [path.resolve('test/fixtures/search')] });
  app = seeded.app;
  twoSpellings = createApp({
    search: new SearchService(seeded.client, seeded.indexUid, { names: spices }),
    readiness: engineReadiness(seeded.client, seeded.indexUid),
    rateLimitPerMinute: 100_000,
  });
});

describe('only documents that contain a form of every word', () => {
  it.each([
    ['المعابر', 'ascents.txt', 'the crossings ≠ المعارج (the ascents), one letter apart'],
    ['الأمطار', 'emirates.txt', 'the rain ≠ والإمارات (and the Emirates) or إطار (framework)'],
    ['عمان', 'look-alikes.txt', 'Amman ≠ العام أن (the year that), two words that sound like it'],
    ['فيتنام', 'look-alikes.txt', 'Vietnam ≠ فتنا (we were charmed)'],
  ])('%s never returns %s (%s)', async (q, junk) => {
    const r = await search({ q, per_page: '100' });
    expect(r.total).toBeGreaterThan(0);
    expect(files(r)).not.toContain(junk);
    expect(r.total).toBe(r.hits.length);
  });

  it('الأمطار (the rain) finds exactly the rain article, and marks only الأمطار', async () => {
    const r = await search({ q: 'الأمطار' });
    expect(files(r)).toEqual(['rain.txt']);
    expect(new Set(marked(r.hits[0]!.snippet))).toEqual(new Set(['الأمطار']));
  });

  it('عمان (Amman) finds the Amman article only', async () => {
    expect(files(await search({ q: 'عمان' }))).toEqual(['amman.txt']);
  });

  it('a Latin word with no Arabic form does not empty the list: الزعفران Group (saffron Group) finds the saffron article', async () => {
    expect(files(await search({ q: 'الزعفران Group' }))).toEqual(['saffron.txt']);
  });
});

describe('a word meets its forms whatever the model guessed of its first letter', () => {
  // برلمان (parliament) opens with ب, which the clitic model reads as "in" on the bare word (ب + رلمان)
  // but as the word's own after the article (ال + برلمان); the other reading is stored beside the stem.
  it.each([
    ['برلمان', 'parliament, bare: finds البرلمان (the parliament) too'],
    ['البرلمان', 'the parliament: finds برلمان الإقليم (the parliament of the region) too'],
    ['وبرلمان', 'and a parliament'],
  ])('%s (%s)', async (q) => {
    const r = await search({ q });
    expect(new Set(files(r))).toEqual(new Set(['parliament-bare.txt', 'parliament-definite.txt']));
  });

  it('marks the word in each article as written: برلمان in one, البرلمان in the other', async () => {
    const r = await search({ q: 'برلمان' });
    const marks = r.hits.flatMap((h) => marked(h.snippet));
    expect(new Set(marks)).toEqual(new Set(['برلمان', 'البرلمان']));
  });
});

describe('a broken plural meets its singular', () => {
  it('طفل (child) finds the articles that write only الأطفال, للأطفال (the children, for children), marked as written', async () => {
    const r = await search({ q: 'طفل' });
    expect(new Set(files(r))).toEqual(new Set(['children.txt', 'amman.txt']));
    expect(new Set(r.hits.flatMap((h) => marked(h.snippet)))).toEqual(new Set(['الأطفال', 'للأطفال']));
  });

  it('علن (openness) does not find الإعلان (the announcement): إفعال, a masdar, has its hamza below', async () => {
    expect(files(await search({ q: 'علن' }))).toEqual([]);
  });
});

describe('the future particle: a verb meets its future', () => {
  it('يزور (visits) finds the article that writes only سيزور, سيزورون (will visit, they will visit), marked as written', async () => {
    const r = await search({ q: 'يزور' });
    expect(files(r)).toEqual(['potters.txt']);
    expect(new Set(r.hits.flatMap((h) => marked(h.snippet)))).toEqual(new Set(['سيزورون', 'سيزور']));
  });
});

describe('a pronoun the stemmer leaves on: the word meets its bare form', () => {
  it('بلدية (municipality) finds the article that writes only بلديتكم (your municipality), marked as written', async () => {
    const r = await search({ q: 'بلدية' });
    expect(files(r)).toContain('letter.txt');
    expect(r.hits.find((h) => h.source.endsWith('letter.txt'))!.snippet).toContain('<mark>بلديتكم</mark>');
  });
});

describe('an alef written with hamza is never the article', () => {
  it('الألعاب (the games) finds the article that writes ألعاب (games): one stem, العاب, not عاب', async () => {
    expect(files(await search({ q: 'الألعاب' }))).toContain('children.txt');
  });

  it('هام (important) does not find إلهام (inspiration): إل is no article', async () => {
    expect(files(await search({ q: 'هام' }))).not.toContain('children.txt');
  });

  it('آلية (mechanism) no longer finds every article with إلى (to): a suffix off a word never leaves a stop word', async () => {
    const found = files(await search({ q: 'آلية' }));
    expect(found).toContain('children.txt');
    // These write إلى but neither آلية nor إليه (to him), which normalizes to the same اليه (ة → ه, إ → ا).
    for (const f of ['saffron.txt', 'egypt.txt', 'emirates.txt', 'cloves.txt']) expect(found).not.toContain(f);
  });
});

describe('totals and facets count exactly the documents of the list', () => {
  const cases: Record<string, string | string[]>[] = [
    { q: 'الصين' },
    { q: 'الصين', year: '2019' },
    { q: 'الصين', country: 'RU' },
    { q: 'الصين', country: ['VN', 'AM'] },
    { q: 'التعاون' },
    { q: 'موسكو' },
    { q: 'في' },
    { q: '' },
    { q: 'الأمطار' },
    { q: 'المعابر', year_from: '2019', year_to: '2020' },
  ];
  const all = (query: Record<string, string | string[]>) => search({ ...query, per_page: '100' });

  it.each(cases)('%o: total is the number of documents listed, each once', async (query) => {
    const r = await all(query);
    expect(r.total).toBe(r.hits.length);
    expect(new Set(r.hits.map((h) => h.id)).size).toBe(r.hits.length);
  });

  it.each(cases.filter((c) => !('year' in c) && !('year_from' in c)))(
    '%o: year counts plus undated add up to the list',
    async (query) => {
      const r = await all(query);
      const byYear: Record<number, number> = {};
      for (const h of r.hits.filter((x) => x.year !== null)) byYear[h.year!] = (byYear[h.year!] ?? 0) + 1;
      expect(Object.fromEntries(r.facets.year.map((y) => [y.value, y.count]))).toEqual(byYear);
      expect(r.facets.undated).toBe(r.hits.filter((h) => h.year === null).length);
    },
  );

  it.each(cases.filter((c) => !('country' in c)))(
    '%o: country counts are those of the listed documents',
    async (query) => {
      const r = await all(query);
      const byCountry: Record<string, number> = {};
      for (const h of r.hits) for (const c of h.countries) byCountry[c.code] = (byCountry[c.code] ?? 0) + 1;
      expect(Object.fromEntries(r.facets.country.map((c) => [c.value, c.count]))).toEqual(byCountry);
    },
  );

  it.each(cases.filter((c) => 'country' in c))(
    '%o: each country count is the total that selecting it alone gives (disjunctive)',
    async (query) => {
      const r = await all(query);
      const shown = r.facets.country.slice(0, 4);
      const alone = await Promise.all(shown.map((c) => all({ ...query, country: c.value })));
      expect(shown.map((c) => c.count)).toEqual(alone.map((a) => a.total));
    },
  );
});

describe('sort=date', () => {
  it.each(['الصين', 'في', ''])('%j: the same documents as relevance, newest first, undated last', async (q) => {
    const byRelevance = await search({ q, per_page: '100' });
    const byDate = await search({ q, per_page: '100', sort: 'date' });
    expect(byDate.total).toBe(byRelevance.total);
    expect(byDate.hits.map((h) => h.id).sort()).toEqual(byRelevance.hits.map((h) => h.id).sort());
    const dates = byDate.hits.map((h) => h.date ?? '');
    const dated = dates.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it('pages of the date order do not repeat documents', async () => {
    const all = await search({ q: 'في', per_page: '100', sort: 'date' });
    const pages = await Promise.all(
      [1, 2, 3].map((p) => search({ q: 'في', per_page: '3', page: String(p), sort: 'date' })),
    );
    expect(pages.flatMap((p) => p.hits.map((h) => h.id))).toEqual(all.hits.slice(0, 9).map((h) => h.id));
  });
});

describe('deep links', () => {
  it('a title-only match (القرنفل, cloves) opens the article at its top, with nothing marked in the snippet', async () => {
    const r = await search({ q: 'القرنفل' });
    expect(files(r)).toEqual(['cloves.txt']);
    const hit = r.hits[0]!;
    expect(marked(hit.titleHtml)).toEqual(['القرنفل']);
    expect(hit.url).not.toContain('#');
    expect(hit.passage).toBe(0);
    expect(marked(hit.snippet)).toEqual([]);
  });

  it('a match in title and body (الزعفران, saffron) links to the body passage that has it, marked', async () => {
    const r = await search({ q: 'الزعفران' });
    expect(files(r)).toEqual(['saffron.txt']);
    const hit = r.hits[0]!;
    expect(hit.passage).toBe(2);
    expect(hit.url).toMatch(/#p-2$/);
    expect(marked(hit.snippet)).toEqual(['الزعفران']);
    const doc = await request(app).get(`/api/documents/${hit.id}`).query({ q: 'الزعفران' });
    expect(doc.body.passages.map((p: { matches: number }) => p.matches)).toEqual([0, 0, 1]);
  });

  it('باتروشيف (Patrushev) links to a body passage that names him', async () => {
    const r = await search({ q: 'باتروشيف' });
    for (const hit of r.hits) {
      expect(hit.url).toMatch(/#p-\d+$/);
      expect(marked(hit.snippet)).toContain('باتروشيف');
    }
  });
});

describe('search as you type', () => {
  it('a growing Arabic word finds the words it starts (القرن → القرنفل) only while nothing is spelt that way', async () => {
    expect(files(await search({ q: 'القرنف' }))).toEqual(['cloves.txt']);
    // مصر (Egypt) is a whole word: it does not also bring مصرف-like longer words, nor look-alikes.
    expect(files(await search({ q: 'مصر' }))).toEqual(['egypt.txt']);
  });
});

describe('did you mean', () => {
  it('المعاير (a misspelling) finds nothing and suggests المعابر, a spelling the collection has', async () => {
    const r = await search({ q: 'المعاير' });
    expect(r.total).toBe(0);
    expect(r.didYouMean.map((s) => s.q)).toContain('المعابر');
    const again = await search({ q: r.didYouMean.find((s) => s.q === 'المعابر')!.q });
    expect(again.total).toBeGreaterThan(0);
  });

  it('بوتن (Putin without its ي, 4 letters) suggests بوتين, one word: never a two-word name form around it', async () => {
    const r = await search({ q: 'بوتن' });
    expect(r.total).toBe(0);
    const spellings = r.didYouMean.filter((s) => s.without === undefined).map((s) => s.q);
    expect(spellings).toContain('بوتين');
    expect(spellings.every((q) => !q.includes(' '))).toBe(true);
  });

  it('شي جين بينج (g written ج) suggests شي جين بينغ, as the seeds write it, and not بين ("between", a stop word)', async () => {
    const r = await search({ q: 'شي جين بينج' });
    expect(r.total).toBe(0);
    const spellings = r.didYouMean.filter((s) => s.without === undefined).map((s) => s.q);
    expect(spellings).toContain('شي جين بينغ');
    expect(spellings).not.toContain('شي جين بين');
  });

  it('an index whose vocabulary is missing (built before it existed) answers 200 with no spelling suggestions', async () => {
    const own = await seededApp();
    await testClient().deleteIndex(vocabUid(own.indexUid)).waitTask();
    const res = await request(own.app).get('/api/search').query({ q: 'المعاير' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body as SearchResponse;
    expect(body.total).toBe(0);
    expect(body.didYouMean.filter((s) => s.without === undefined)).toEqual([]);
  });

  it('a word that exists gets no suggestion', async () => {
    expect((await search({ q: 'المعابر' })).didYouMean).toEqual([]);
  });

  it('الصين والبرازيل (China and Brazil): no article has both, Brazil is nowhere; offers الصين without والبرازيل', async () => {
    const r = await search({ q: 'الصين والبرازيل' });
    expect(r.total).toBe(0);
    const without = r.didYouMean.find((s) => s.without !== undefined);
    expect(without).toMatchObject({ q: 'الصين', without: ['والبرازيل'] });
    const china = await search({ q: 'الصين' });
    expect(without!.count).toBe(china.total);
    expect(china.total).toBeGreaterThan(0);
  });

  it('a Latin name and an absent Arabic word: Patrushev والبرازيل offers Patrushev without والبرازيل', async () => {
    const r = await search({ q: 'Patrushev والبرازيل' });
    expect(r.total).toBe(0);
    expect(r.didYouMean.find((s) => s.without !== undefined)).toMatchObject({
      q: 'Patrushev',
      without: ['والبرازيل'],
    });
  });

  it('two words the collection has, never together, get no "without" suggestion: every word is in it', async () => {
    const r = await search({ q: 'القرنفل باتروشيف' });
    expect(r.total).toBe(0);
    expect(r.didYouMean.filter((s) => s.without !== undefined)).toEqual([]);
  });
});

describe('Latin names', () => {
  it('Egypt finds the article about مصر and never الموثرة or مسار (look-alikes by sound)', async () => {
    const r = await search({ q: 'Egypt', per_page: '100' });
    expect(files(r)).toEqual(['egypt.txt']);
    expect(r.query.matchedForms).toEqual([{ query: 'Egypt', arabic: ['مصر'] }]);
  });

  it('Patrushev finds the two articles that name باتروشيف, matched as a name', async () => {
    const r = await search({ q: 'Patrushev' });
    expect(r.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['001', '002']);
    expect(r.hits.every((h) => h.match === 'phonetic')).toBe(true);
    expect(marked(r.hits[0]!.snippet)).toContain('باتروشيف');
  });

  it('Putin finds the articles that name بوتين, never الوتين (the aorta): a name keeps its first letter', async () => {
    const r = await search({ q: 'Putin', per_page: '100' });
    expect(files(r)).not.toContain('aorta.txt');
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits.every((h) => marked(h.snippet).some((m) => m.includes('بوتين')))).toBe(true);
  });

  it('Patr, typed letter by letter, finds باتروشيف from the 4th letter and never ordinary words', async () => {
    const r = await search({ q: 'Patr' });
    expect(r.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['001', '002']);
    expect(r.query.matchedForms[0]!.arabic).toContain('باتروشيف');
    expect((await search({ q: 'Pat' })).total).toBe(0);
  });

  it('Russia, a whole Latin word of 4+ letters, is read as a name before as a prefix: روسيا (Russia)', async () => {
    const r = await search({ q: 'Russia' });
    expect(r.query.matchedForms[0]!.arabic).toContain('روسيا');
    expect(r.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003']);
  });

  it('Patrushev Group: the word with no Arabic form is optional', async () => {
    const r = await search({ q: 'Patrushev Group' });
    expect(r.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['001', '002']);
  });
});

describe('a word with two spellings: one search per spelling, counted together', () => {
  async function spiceSearch(query: Record<string, string>): Promise<SearchResponse> {
    const res = await request(twoSpellings).get('/api/search').query(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as SearchResponse;
  }

  it('finds both articles, the better spelling first, with exact totals and facets', async () => {
    const r = await spiceSearch({ q: 'Spices' });
    expect(files(r)).toEqual(['saffron.txt', 'cloves.txt']);
    expect(r.total).toBe(2);
    expect(r.facets.year).toEqual([{ value: 2023, count: 1, selected: false }]);
    expect(r.facets.undated).toBe(1);
    expect(r.hits.every((h) => h.match === 'phonetic')).toBe(true);
  });

  it('pages and filters over the union; the year facet stays disjunctive', async () => {
    const second = await spiceSearch({ q: 'Spices', per_page: '1', page: '2' });
    expect(files(second)).toEqual(['cloves.txt']);
    expect(second.total).toBe(2);
    const dated = await spiceSearch({ q: 'Spices', year: '2023' });
    expect(files(dated)).toEqual(['cloves.txt']);
    expect(dated.total).toBe(1);
    expect(dated.facets.year).toEqual([{ value: 2023, count: 1, selected: true }]);
    expect(dated.facets.undated).toBe(1);
  });

  it('sort=date: the dated article first, the undated last', async () => {
    expect(files(await spiceSearch({ q: 'Spices', sort: 'date' }))).toEqual(['cloves.txt', 'saffron.txt']);
  });
});
