/**
 * The mixed query set of `bench:search`: Arabic words, clitic forms, phrases, Latin names, year and
 * country filters, pages 1–3 — each sent to our API and, as the comparable request, to Meilisearch
 * alone (page mode so totals and facets count articles, facets, highlight and crop).
 */
import type { Request } from './support/load.ts';

export interface BenchQuery {
  kind: string;
  q: string;
  page?: number;
  year?: number;
  country?: string;
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { kind: 'word', q: 'الصين' },
  { kind: 'word', q: 'الحدود', page: 2 },
  { kind: 'word', q: 'التعاون' },
  { kind: 'word', q: 'الرحمن', page: 3 },
  { kind: 'clitic', q: 'بموسكو' },
  { kind: 'clitic', q: 'والصين' },
  { kind: 'clitic', q: 'للأمن', page: 2 },
  { kind: 'clitic', q: 'بالصين' },
  { kind: 'phrase', q: '"مكافحة الإرهاب"' },
  { kind: 'phrase', q: 'وزارة الأمن العام' },
  { kind: 'phrase', q: 'التعاون الأمني', page: 2 },
  { kind: 'latin', q: 'Patrushev' },
  { kind: 'latin', q: 'Xi Jinping' },
  { kind: 'latin', q: 'Moscow', page: 2 },
  { kind: 'filter', q: 'الصين', year: 2019 },
  { kind: 'filter', q: 'التعاون', country: 'RU' },
  { kind: 'filter', q: 'الأمن', year: 2021, country: 'CN', page: 2 },
  { kind: 'filter', q: 'باتروشيف', country: 'EG' },
  { kind: 'absent', q: 'البرازيل' },
  { kind: 'confusable', q: 'المعابر' },
];

export function apiRequest(b: BenchQuery): Request {
  const p = new URLSearchParams({ q: b.q });
  if (b.page) p.set('page', String(b.page));
  if (b.year) p.set('year', String(b.year));
  if (b.country) p.set('country', b.country);
  return { method: 'GET', path: `/api/search?${p}` };
}

export function aloneRequest(b: BenchQuery, index: string, apiKey: string): Request {
  const filter = [b.year ? `year = ${b.year}` : '', b.country ? `countries = "${b.country}"` : ''].filter(Boolean);
  return {
    method: 'POST',
    path: `/indexes/${index}/search`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      q: b.q,
      page: b.page ?? 1,
      hitsPerPage: 10,
      filter: filter.length ? filter : undefined,
      facets: ['year', 'countries'],
      attributesToHighlight: ['title', 'text'],
      attributesToCrop: ['text'],
      cropLength: 40,
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    }),
  };
}
