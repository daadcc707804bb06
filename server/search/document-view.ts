/**
 * The article view (`GET /api/documents/:id?q=`): one document's passages in order, every match of
 * `q` marked. Bounded so that no request stalls the others:
 *
 *   - passages come a page at a time (`offset`, `limit` ≤ ARTICLE_LIMITS.maxPassages), fetched from
 *     the engine by passage number, so an article longer than the engine's 1,000-document window is
 *     read in full across pages (it used to stop silently at 1,000);
 *   - marking uses at most ARTICLE_LIMITS.maxTerms query words;
 *   - marking gives the event loop a turn every ARTICLE_LIMITS.sliceMs of work (and after any
 *     passage that took longer), so other requests are answered in between. Measured before
 *     (test/bench/article-load.ts, 1,200 passages, a 512-character query): 6.3 s on the event loop
 *     in one piece, /healthz waited 5.5 s meanwhile.
 */
import type { Meilisearch } from 'meilisearch';
import type { DocumentResponse, QueryUnderstanding } from '../api-types.ts';
import { countryLabel } from '../labels.ts';
import { DISPLAY_FIELDS, type Stored } from './build-queries.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { markSpans, spansOf } from './highlight.ts';
import { matchTokens } from './match-tokens.ts';
import type { QueryPlan } from './query-plan.ts';

export const ARTICLE_LIMITS = {
  /** Passages per request (and per engine request). */
  maxPassages: 1000,
  /** Query words used for marking (a 512-character query has ~60). */
  maxTerms: 24,
  /**
   * Longest stretch of marking between two turns of the event loop, in ms. A request needs a few
   * turns to be answered, so this is kept small; one passage is the smallest unit (~1–12 ms).
   */
  sliceMs: 2,
  /** Passages given to the query understanding (matched forms of Latin names). */
  understandFrom: 10,
} as const;

export interface PassagePage {
  offset: number;
  limit: number;
}

export type Understand = (plan: QueryPlan, records: { text: string; title: string }[]) => QueryUnderstanding;

export interface DocumentPage extends DocumentResponse {
  /** Passages the document has in all, and where the next page starts (null on the last page). */
  passagesTotal: number;
  nextOffset: number | null;
}

export async function documentView(
  client: Meilisearch,
  indexUid: string,
  id: string,
  plan: QueryPlan | null,
  page: PassagePage,
  understand: Understand,
): Promise<DocumentPage | null> {
  const limit = Math.min(page.limit, ARTICLE_LIMITS.maxPassages);
  const res = await client.index<Stored>(indexUid).getDocuments({
    filter: `doc_id = ${JSON.stringify(id)} AND n >= ${page.offset} AND n < ${page.offset + limit}`,
    limit,
    fields: DISPLAY_FIELDS as (keyof Stored)[],
  });
  // The first passage carries the document's fields even when this page does not include it.
  const head =
    page.offset === 0
      ? undefined
      : (
          await client.index<Stored>(indexUid).getDocuments({
            filter: `doc_id = ${JSON.stringify(id)} AND n = 0`,
            limit: 1,
            fields: DISPLAY_FIELDS as (keyof Stored)[],
          })
        ).results[0];
  const passages = [...res.results].sort((a, b) => a.n - b.n);
  const first = head ?? passages[0];
  if (!first) return null;
  const total = first.passages ?? passages.length;

  const words = plan ? plan.words.slice(0, ARTICLE_LIMITS.maxTerms) : [];
  const texts = [first.title, ...passages.map((p) => p.text)];
  // Only the words themselves and their forms are marked (names by their Arabic spellings), never look-alikes.
  const matches = await inTurns(texts, (text) => (words.length > 0 ? matchTokens(text, words) : []));
  const marked = await inTurns(texts, (text, i) => ({
    html: markSpans(text, spansOf(matches[i]!)),
    matches: matches[i]!.length,
  }));
  const matched = passages.filter((_, i) => marked[i + 1]!.matches > 0);
  const end = page.offset + passages.length;
  return {
    id: first.doc_id,
    source: first.source,
    title: first.title,
    titleHtml: marked[0]!.html,
    date: first.date,
    year: first.year,
    hijri_year: first.hijri_year,
    countries: first.countries.map(countryLabel),
    dateline_country: first.dateline_country ? countryLabel(first.dateline_country) : null,
    lang: first.lang,
    url: first.url,
    passages: passages.map((p, i) => ({ n: p.n, ...marked[i + 1]! })),
    query: plan
      ? understand(plan, (matched.length > 0 ? matched : passages).slice(0, ARTICLE_LIMITS.understandFrom))
      : null,
    passagesTotal: total,
    nextOffset: end < total && passages.length === limit ? end : null,
  };
}

/** `work` on every text in order, giving the event loop a turn every `sliceMs` of work. */
async function inTurns<T>(texts: string[], work: (text: string, i: number) => T): Promise<T[]> {
  const out: T[] = [];
  let since = performance.now();
  for (let i = 0; i < texts.length; i++) {
    out.push(work(texts[i]!, i));
    if (performance.now() - since > ARTICLE_LIMITS.sliceMs) {
      await nextTurn();
      since = performance.now();
    }
  }
  return out;
}
