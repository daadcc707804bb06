/** A response as terminal text: what a result shows, and what the output (tty, NO_COLOR) allows. */
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResponse } from '../../../server/api-types.ts';
import { formatResults, metaLine } from '../../../server/cli/format-results.ts';
import { viewFor } from '../../../server/cli/search.ts';

const hit: SearchHit = {
  id: 'd1',
  source: '001_patrushev.txt',
  title: 'باتروشيف في بكين',
  titleHtml: '<mark>باتروشيف</mark> في بكين', // Patrushev in Beijing
  date: '2019-05-14',
  year: 2019,
  hijri_year: 1440,
  countries: [
    { code: 'CN', label: 'الصين' },
    { code: 'RU', label: 'روسيا' },
  ],
  lang: 'arb',
  passage: 0,
  snippet: 'وقال <mark>باتروشيف</mark> إن &quot;التعاون&quot; مهم',
  url: '/doc/d1?q=Patrushev#p-0',
  match: 'phonetic',
};
const response: SearchResponse = {
  query: {
    q: 'Patrushev',
    script: 'latin',
    normalized: 'patrushev',
    matchedForms: [{ query: 'Patrushev', arabic: ['باتروشيف'] }],
  },
  hits: [hit],
  total: 1,
  page: 1,
  perPage: 5,
  offset: 0,
  processingTimeMs: 3,
  facets: { year: [], undated: 0, country: [], publisher: [] },
  facetStats: { year: null },
  didYouMean: [],
};
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('formatResults', () => {
  it('in logical order (pipes, --shape=never): summary, matched forms, title, date/Hijri/countries/source, snippet', () => {
    const text = strip(formatResults(response, { shape: false, color: false, width: Infinity }));
    expect(text).toBe(
      [
        '1 result for «Patrushev», 3 ms',
        'Patrushev → باتروشيف',
        '',
        '1. باتروشيف في بكين',
        '   2019-05-14 · 1440 هـ · الصين، روسيا · 001_patrushev.txt',
        '   وقال باتروشيف إن "التعاون" مهم', // and Patrushev said that "cooperation" is important
        '',
      ].join('\n'),
    );
  });

  it('shaped: the title is in presentation forms, right to left, and no escape without colour', () => {
    const text = formatResults(response, { shape: true, color: false, width: 60 });
    expect(text).toContain('\ufee6\ufef4\ufedc\ufe91 \ufef2\ufed3 \ufed2\ufef4\ufeb7\ufeed\ufeae\ufe97\ufe8e\ufe91'); // بكين في باتروشيف
    expect(text).not.toContain('\u001b[');
    expect(text).not.toContain('باتروشيف');
  });

  it('with colour, the matched name is bold yellow in title and snippet', () => {
    const text = formatResults(response, { shape: true, color: true, width: 60 });
    expect(text.split('\u001b[1;33m\ufed2\ufef4\ufeb7\ufeed\ufeae\ufe97\ufe8e\ufe91\u001b[0m')).toHaveLength(3);
  });

  it('says so when nothing matched', () => {
    const none = { ...response, hits: [], total: 0, query: { ...response.query, matchedForms: [] } };
    expect(strip(formatResults(none, { shape: false, color: false, width: Infinity }))).toBe(
      'no results for «Patrushev»\n',
    );
  });

  it('offers the suggestions when nothing matched: a spelling, and the query without a word no document has', () => {
    const none = {
      ...response,
      hits: [],
      total: 0,
      query: { ...response.query, q: 'الصين والبرازيل', matchedForms: [] },
      didYouMean: [{ q: 'الصين', count: 5, without: ['والبرازيل'] }],
    };
    expect(strip(formatResults(none, { shape: false, color: false, width: Infinity }))).toContain(
      'did you mean «الصين» (5 results, without «والبرازيل»)',
    );
  });
});

describe('metaLine', () => {
  it('leaves out what a hit does not have', () => {
    expect(strip(metaLine({ ...hit, date: null, year: null, hijri_year: null, countries: [] }))).toBe(
      '001_patrushev.txt',
    );
  });
});

describe('viewFor', () => {
  const tty = { isTTY: true, columns: 100, write: () => true };
  const pipe = { write: () => true };
  it('shapes, colours and wraps on a terminal', () => {
    expect(viewFor({ shape: 'auto' }, { env: {}, stdout: tty })).toEqual({ shape: true, color: true, width: 99 }); // the last column left free
  });
  it('honours NO_COLOR, but not when empty', () => {
    expect(viewFor({ shape: 'auto' }, { env: { NO_COLOR: '1' }, stdout: tty }).color).toBe(false);
    expect(viewFor({ shape: 'auto' }, { env: { NO_COLOR: '' }, stdout: tty }).color).toBe(true);
  });
  it('into a pipe: logical order, no colour, no wrapping; --shape=always still shapes', () => {
    expect(viewFor({ shape: 'auto' }, { env: {}, stdout: pipe })).toEqual({
      shape: false,
      color: false,
      width: Infinity,
    });
    expect(viewFor({ shape: 'always' }, { env: {}, stdout: pipe }).shape).toBe(true);
    expect(viewFor({ shape: 'never' }, { env: {}, stdout: tty }).shape).toBe(false);
  });
});
