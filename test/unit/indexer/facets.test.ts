/**
 * The keyword facets declared once (indexer/facets.ts) and the record's fields (indexer/fields.ts):
 * the publisher facet from JSONL `source` and HTML og:site_name, and everything that derives from
 * the two lists (engine settings, fields returned, validation).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../indexer/document.ts';
import { extractPublisher, tidyPublisher } from '../../../indexer/extract/publisher.ts';
import { FACET_ATTRIBUTES, KEYWORD_FACETS } from '../../../indexer/facets.ts';
import { INTERNAL_FIELDS, SHOWN_FIELDS } from '../../../indexer/fields.ts';
import { INDEX_SETTINGS, MAX_RESULT_WINDOW } from '../../../indexer/meili/settings.ts';
import { readHtml } from '../../../indexer/sources/html.ts';
import { readJsonl } from '../../../indexer/sources/jsonl.ts';
import { parseSearchParams } from '../../../server/validation.ts';

// "China and Russia strengthen security cooperation", a dateline from Beijing.
const TEXT =
  'بكين 20 يونيو 2019 (شينخوا) قال مسؤول صيني إن الصين وروسيا ستعززان التعاون الأمني بينهما في الفترة المقبلة.';

describe('tidyPublisher / extractPublisher', () => {
  it.each([
    ['وكالة  شينخوا', 'وكالة شينخوا', 'Xinhua agency: spaces collapsed'],
    ['\u200fالجزيرة نت\u200e', 'الجزيرة نت', 'Al Jazeera Net: bidi marks removed'],
    ['https://www.aljazeera.net/news/2019/1', 'aljazeera.net', 'a URL: its host, without www.'],
    ['Sputnik Arabic', 'Sputnik Arabic', 'Latin names kept as written'],
  ])('%s → %s (%s)', (raw, tidy) => expect(tidyPublisher(raw)).toBe(tidy));

  it('no usable name: no publisher', () => {
    expect(tidyPublisher(' \u200f ')).toBeNull();
    expect(extractPublisher({ text: TEXT })).toEqual([]);
  });

  it('at most 100 characters', () => expect([...tidyPublisher('ن'.repeat(300))!]).toHaveLength(100));
});

describe('publisher from the readers', () => {
  it('JSONL: the "source" field', () => {
    const [doc] = readJsonl(JSON.stringify({ id: 'a1', title: 'تعاون', text: TEXT, source: 'وكالة شينخوا' })).documents;
    expect(extractPublisher(doc!)).toEqual(['وكالة شينخوا']);
  });

  it('HTML: <meta property="og:site_name">, whatever the attribute order', () => {
    const html = (meta: string) => `<html><head>${meta}<title>تعاون</title></head><body><p>${TEXT}</p></body></html>`;
    expect(readHtml(html('<meta property="og:site_name" content="سبوتنيك عربي">')).documents[0]!.publisher).toBe(
      'سبوتنيك عربي',
    );
    expect(readHtml(html("<meta content='RT Arabic' property='og:site_name' />")).documents[0]!.publisher).toBe(
      'RT Arabic',
    );
    expect(readHtml(html('<meta property="og:title" content="تعاون">')).documents[0]!.publisher).toBeUndefined();
  });

  it('a built document carries every facet on every passage record', () => {
    const built = buildDocument({ text: TEXT, publisher: 'وكالة شينخوا' }, { file: 'a.jsonl' });
    if (!built.ok) throw new Error(built.reason);
    expect(built.doc.facets).toEqual({ countries: expect.arrayContaining(['CN', 'RU']), publisher: ['وكالة شينخوا'] });
    for (const r of built.doc.records) expect(r).toMatchObject({ publisher: ['وكالة شينخوا'] });
  });
});

/** Every attribute the engine settings let a filter use, whatever its rule. */
function filterable(comparison = false): string[] {
  return (INDEX_SETTINGS.filterableAttributes ?? []).flatMap((r) =>
    typeof r === 'string'
      ? comparison
        ? []
        : [r]
      : !comparison || r.features.filter.comparison
        ? r.attributePatterns
        : [],
  );
}

describe('declared once: what derives from the facet and field lists', () => {
  it('only the year and the passage number are compared (year >= 2020, n < 1000); every other filter is by equality, and no facet is searched', () => {
    expect(filterable(true).sort()).toEqual(['n', 'year']);
    expect(INDEX_SETTINGS.facetSearch).toBe(false);
    expect(filterable()).toEqual(expect.arrayContaining(['doc_id', 'n', 'year', 'dated', 'hash']));
  });

  it('the engine may filter on every facet attribute, and returns it with each hit', () => {
    for (const a of FACET_ATTRIBUTES) {
      expect(filterable()).toContain(a);
      expect(SHOWN_FIELDS).toContain(a);
    }
  });

  it('analyzed and bookkeeping fields are searchable or filterable but never returned', () => {
    for (const f of ['forms', 'stem', 'title_stem', 'hash', 'date_sort']) {
      expect(INTERNAL_FIELDS).toContain(f);
      expect(SHOWN_FIELDS).not.toContain(f);
    }
    for (const f of INDEX_SETTINGS.searchableAttributes!) expect(INTERNAL_FIELDS).toContain(f);
  });

  it('the result window is the engine setting', () => {
    expect(INDEX_SETTINGS.pagination?.maxTotalHits).toBe(MAX_RESULT_WINDOW);
  });

  it.each(KEYWORD_FACETS.map((f) => [f.name, f] as const))(
    '?%s= is a parameter, validated by the facet itself',
    (name, facet) => {
      expect(parseSearchParams({ [name]: [facet.example, facet.example] }).filters.facets[name]).toEqual([
        (facet.parse(facet.example) as { value: string }).value,
      ]);
    },
  );

  it('a refused value names the parameter: ?country=XX, ?publisher= of 101 letters', () => {
    expect(() => parseSearchParams({ country: 'XX' })).toThrow(
      /^country: "XX" is not an ISO 3166-1 alpha-2 country code/,
    );
    expect(() => parseSearchParams({ publisher: 'ن'.repeat(101) })).toThrow(
      /^publisher: must be a publisher's name of 1 to 100 characters/,
    );
  });
});
