/**
 * Runs a search with the query model of query-plan.ts: Latin names are expanded to their Arabic
 * spellings first (name-expansion), then ONE multi-search request carries the engine's work
 * (build-queries.ts: one exhaustive list search, an optional exact-forms lift, and disjunctive facet
 * counts only when a facet is selected). Every hit is highlighted on its original text, and linked to
 * its best body passage. Round trips beyond the first happen only when needed: a hit whose best
 * passage matches only through the title, a growing last word that found nothing as a whole word,
 * and "did you mean" when nothing matched.
 */
import type {
  Meilisearch,
  MultiSearchParams,
  MultiSearchResponse,
  SearchResponse as EngineResponse,
} from 'meilisearch';
import type { KeywordFacetCounts, QueryUnderstanding, SearchHit, SearchRequest, SearchResponse } from '../api-types.ts';
import { KEYWORD_FACETS, type FacetName, type FacetSelection } from '../../indexer/facets.ts';
import { ARTICLE_LIMITS, documentView, type DocumentPage, type PassagePage } from './document-view.ts';
import { countryLabel } from '../labels.ts';
import {
  bodyPassageQueries,
  buildQueries,
  DISPLAY_FIELDS,
  MAX_RESULT_WINDOW,
  type EngineQueries,
  type LightHit,
  type Stored,
  type UnionQueries,
} from './build-queries.ts';
import { markSpans, snippet, spansOf } from './highlight.ts';
import { matchTokens, type TokenMatch } from './match-tokens.ts';
import { analyze, type Token } from '../../indexer/arabic/analyzer.ts';
import { planQuery, relaxNames, withNames, type NameForms, type QueryPlan } from './query-plan.ts';
import { expandNames, VocabReader } from './name-expansion.ts';
import { MAX_SUGGESTIONS, suggestSpellings } from './suggestions.ts';
import { alone, wordsToCheck, withoutWords } from './fewer-words.ts';
import { apiErrorOf, meiliErrorCode } from '../../indexer/meili/errors/index.ts';
import { FORMS_FIELD } from '../../indexer/meili/settings.ts';

export type { SearchRequest } from '../api-types.ts';

/** Arabic spellings of the Latin names in a query (name-expansion.ts's expandNames over the vocabulary). */
export type NameExpander = (query: string, options: { prefix: boolean }) => Promise<NameForms[]>;

export interface SearchServiceOptions {
  /** Default: expandNames over the collection's vocabulary index (`${indexUid}_vocab`). */
  names?: NameExpander;
  /** Index holding the collection's vocabulary for "did you mean" (default `${indexUid}_vocab`); null: no suggestions. */
  vocabIndexUid?: string | null;
}

/** At most this many Arabic forms are listed per Latin query word. */
const MAX_FORMS_PER_WORD = 3;
/** A Latin last word is expanded as a prefix from this many letters (`Patr` → باتروشيف); shorter ones match too much. */
export const MIN_LATIN_PREFIX = 4;

/** How long an index without `forms` is searched without the lift before it is tried again (it may have been indexed again). */
const LIFT_RETRY_MS = 60_000;

/** The engine refused the lift's filter because the index has no filterable `forms` (built by an earlier version). */
function lacksForms(e: unknown): boolean {
  return meiliErrorCode(e) === 'invalid_search_filter' && (apiErrorOf(e)?.message ?? '').includes(`\`${FORMS_FIELD}\``);
}

interface Ranked {
  record: Stored;
  exact: boolean;
}

/** What the routes use of a search service (the collection switch of `npm start` serves one too). */
export type Searcher = Pick<SearchService, 'search' | 'document'>;

export class SearchService {
  private readonly names: NameExpander;
  /** Until when searches go without the exact-forms lift (an index without `forms`: see run). */
  private liftOffUntil = 0;

  constructor(
    private readonly client: Meilisearch,
    readonly indexUid: string,
    private readonly options: SearchServiceOptions = {},
  ) {
    const vocab = new VocabReader(client, indexUid);
    this.names = options.names ?? ((q, o) => expandNames(vocab, q, o));
  }

  /** The query plan with its Latin names expanded (when a name expander is configured). */
  async plan(q: string): Promise<QueryPlan> {
    const plan = planQuery(q);
    const last = plan.words.at(-1);
    if (!last) return plan;
    // A Latin last word is read as a whole name first (`Cuba` → كوبا, `Mohamed` → محمد); only when that
    // finds nothing is it the beginning of a name being typed (`Patr` → باتروشيف).
    const whole = await this.names(q, { prefix: false });
    const typing = last.last && last.script === 'latin' && [...last.original].length >= MIN_LATIN_PREFIX;
    if (!typing || (whole.at(-1)?.forms.length ?? 0) > 0) return withNames(plan, whole);
    return withNames(plan, await this.names(q, { prefix: true }));
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    let plan = await this.plan(req.q);
    // The plan as asked, before names are relaxed: what "without …" suggestions leave words out of.
    const asked = plan;
    let prefix = false;
    let result = await this.run(plan, req, prefix);
    // A growing last word (search as you type: `الصي`) is searched as a prefix only when it finds
    // nothing as a whole word: a complete word must not bring its longer look-alikes (مصر → مصرف).
    if (result.total === 0 && plan.words.at(-1)?.last && plan.words.at(-1)?.via === 'word') {
      prefix = true;
      result = await this.run(plan, req, prefix);
    }
    const relaxed = result.total === 0 ? relaxNames(plan) : null;
    if (relaxed) {
      plan = relaxed;
      result = await this.run(plan, req, prefix);
    }
    // Each text of the page is analysed once, whatever marks it: deep links, hits, matched forms.
    const tokens = tokenCache();
    const page = await this.withBodyPassages(plan, result.page, prefix, tokens);
    const didYouMean =
      result.total === 0 && plan.words.length > 0 ? await this.didYouMean(plan, asked, req, prefix) : [];
    return {
      query: understand(
        plan,
        page.map((p) => p.record),
        prefix,
        tokens,
      ),
      hits: page.map((p) => this.toHit(p.record, p.exact, p.titleOnly, plan, prefix, tokens)),
      total: result.total,
      page: Math.floor(req.offset / req.limit) + 1,
      perPage: req.limit,
      offset: req.offset,
      processingTimeMs: result.processingTimeMs,
      facets: {
        year: facetValues(result.years, req.filters.years.map(String))
          .map((f) => ({ ...f, value: Number(f.value) }))
          .sort((a, b) => b.value - a.value),
        undated: result.undated,
        ...keywordFacets(result.facets, req.filters.facets),
      },
      facetStats: { year: result.yearRange },
      didYouMean,
    };
  }

  private async run(plan: QueryPlan, req: SearchRequest, prefix: boolean): Promise<RunResult> {
    const lift = Date.now() >= this.liftOffUntil;
    const built = buildQueries(this.indexUid, plan, req, { prefix, lift });
    let results;
    try {
      ({ results } = await this.client.multiSearch<MultiSearchParams, Stored>({ queries: built.queries }));
    } catch (e) {
      // An index built before the exact forms were a filter (the server warned at start: index again)
      // has no `forms` to filter on: rank without the lift for a while instead of failing every search.
      if (!lift || built.mode !== 'engine' || built.lift === null || !lacksForms(e)) throw e;
      this.liftOffUntil = Date.now() + LIFT_RETRY_MS;
      return this.run(plan, req, prefix);
    }
    return built.mode === 'engine'
      ? fromEngine(built, results, req)
      : this.fromUnion(built, results as unknown as EngineResponse<LightHit>[], req);
  }

  /**
   * Several combinations of forms: the union of their hits is the list, counted here. Each search
   * returned up to MAX_RESULT_WINDOW light hits; the page's records are then read by (doc_id, n).
   */
  private async fromUnion(
    built: UnionQueries,
    results: EngineResponse<LightHit>[],
    req: SearchRequest,
  ): Promise<RunResult> {
    const union = (scope: UnionQueries['scopes'][number]): Map<string, LightHit & { combo: number }> => {
      const docs = new Map<string, LightHit & { combo: number }>();
      results.forEach((r, i) => {
        if (built.scopes[i] !== scope) return;
        const combo = built.combos[i]!;
        for (const h of r.hits) {
          const seen = docs.get(h.doc_id);
          if (
            !seen ||
            combo < seen.combo ||
            (combo === seen.combo && (h._rankingScore ?? 0) > (seen._rankingScore ?? 0))
          )
            docs.set(h.doc_id, { ...h, combo });
        }
      });
      return docs;
    };
    // Relevance: the best combination a document matched (the words' own forms before spellings by
    // sound, the best-scored spellings first), then the engine's score within it.
    const byScore = (a: LightHit & { combo: number }, b: LightHit & { combo: number }) =>
      a.combo - b.combo || (b._rankingScore ?? 0) - (a._rankingScore ?? 0);
    const list = [...union('all').values()].sort(
      req.sort === 'date' ? (a, b) => b.date_sort - a.date_sort || byScore(a, b) : byScore,
    );
    const yearDocs = built.scopes.includes('year') ? [...union('year').values()] : list;
    const years: Record<string, number> = {};
    let undated = 0;
    for (const d of yearDocs)
      if (d.year === null) undated++;
      else years[d.year] = (years[d.year] ?? 0) + 1;
    const facets = Object.fromEntries(
      KEYWORD_FACETS.map((f) => {
        const docs = built.scopes.includes(f.name) ? [...union(f.name).values()] : list;
        const counts: Record<string, number> = {};
        for (const d of docs) for (const v of d[f.attribute]) counts[v] = (counts[v] ?? 0) + 1;
        return [f.name, counts];
      }),
    ) as Record<FacetName, Record<string, number>>;
    const dated = list.flatMap((d) => (d.year === null ? [] : [d.year]));

    // Only the page's records are read, whatever the page number.
    const wanted = list.slice(req.offset, Math.min(req.offset + req.limit, MAX_RESULT_WINDOW));
    const records = await this.records(wanted.map((h) => ({ docId: h.doc_id, n: h.n })));
    return {
      page: wanted.flatMap((h) => {
        const r = records.get(`${h.doc_id}:${h.n}`);
        return r ? [{ record: r, exact: false }] : [];
      }),
      total: list.length,
      years,
      undated,
      facets,
      yearRange: dated.length > 0 ? { min: Math.min(...dated), max: Math.max(...dated) } : null,
      processingTimeMs: Math.max(0, ...results.map((r) => r.processingTimeMs)),
    };
  }

  /** Passage records by (document, passage number), in one request. */
  private async records(keys: { docId: string; n: number }[]): Promise<Map<string, Stored>> {
    const out = new Map<string, Stored>();
    if (keys.length === 0) return out;
    const filter = keys.map((k) => `(doc_id = ${JSON.stringify(k.docId)} AND n = ${Math.trunc(k.n)})`).join(' OR ');
    const res = await this.client
      .index<Stored>(this.indexUid)
      .getDocuments({ filter, limit: keys.length, fields: DISPLAY_FIELDS as (keyof Stored)[] });
    for (const r of res.results) out.set(`${r.doc_id}:${r.n}`, r);
    return out;
  }

  /**
   * The deep link goes to the best passage whose BODY matches. Every passage carries the title, so
   * the engine's best passage of a title match may have no match in its text: for those hits, one more
   * request finds the best body passage, or the lead passage when only the title matches.
   */
  private async withBodyPassages(
    plan: QueryPlan,
    page: Ranked[],
    prefix: boolean,
    tokens: (text: string) => Token[],
  ): Promise<(Ranked & { titleOnly: boolean })[]> {
    const words = plan.words;
    const needs =
      words.length === 0
        ? []
        : page.filter((p) => matchTokens(p.record.text, words, { prefix }, tokens(p.record.text)).length === 0);
    if (needs.length === 0) return page.map((p) => ({ ...p, titleOnly: false }));
    const ids = needs.map((p) => p.record.doc_id);
    const queries = bodyPassageQueries(this.indexUid, plan, ids);
    const { results } = await this.client.multiSearch<MultiSearchParams, Stored>({ queries });
    const body = new Map<string, Stored>();
    for (const r of results.slice(0, -1)) {
      for (const h of r.hits)
        if (!body.has(h.doc_id) && matchTokens(h.text, words, { prefix }, tokens(h.text)).length > 0)
          body.set(h.doc_id, h);
    }
    const lead = new Map(results.at(-1)!.hits.map((h) => [h.doc_id, h]));
    return page.map((p) => {
      if (!ids.includes(p.record.doc_id)) return { ...p, titleOnly: false };
      const better = body.get(p.record.doc_id);
      if (better) return { ...p, record: better, titleOnly: false };
      return { ...p, record: lead.get(p.record.doc_id) ?? p.record, titleOnly: true };
    });
  }

  /** Spellings the collection has, then the query without words no document has; that one keeps its place. */
  private async didYouMean(
    plan: QueryPlan,
    asked: QueryPlan,
    req: SearchRequest,
    prefix: boolean,
  ): Promise<SearchResponse['didYouMean']> {
    const [spellings, without] = await Promise.all([this.suggest(plan), this.fewerWords(asked, req, prefix)]);
    return [...spellings.slice(0, MAX_SUGGESTIONS - without.length), ...without];
  }

  /**
   * The query without the words that find nothing on their own (fewer-words.ts), when the rest finds
   * something: one count per word, then one for the rest; only for a query that found nothing.
   */
  private async fewerWords(
    plan: QueryPlan,
    req: SearchRequest,
    prefix: boolean,
  ): Promise<SearchResponse['didYouMean']> {
    const words = wordsToCheck(plan);
    if (words.length === 0) return [];
    const countReq = { ...req, offset: 0, limit: 1 };
    const totals = await Promise.all(words.map(async (w) => (await this.run(alone(plan, w), countReq, prefix)).total));
    const fewer = withoutWords(
      plan,
      words.filter((_, i) => totals[i] === 0),
    );
    if (!fewer) return [];
    const total = (await this.run(fewer.plan, countReq, prefix)).total;
    return total > 0 ? [{ q: fewer.q, count: total, without: fewer.without }] : [];
  }

  private async suggest(plan: QueryPlan): Promise<SearchResponse['didYouMean']> {
    const vocab = this.options.vocabIndexUid === undefined ? `${this.indexUid}_vocab` : this.options.vocabIndexUid;
    if (vocab === null) return [];
    return suggestSpellings(this.client, vocab, plan);
  }

  /** A page of the document's passages, matches of `q` marked (server/search/document-view.ts); null when there is no such document. */
  async document(
    id: string,
    q = '',
    page: PassagePage = { offset: 0, limit: ARTICLE_LIMITS.maxPassages },
  ): Promise<DocumentPage | null> {
    const plan = q.trim() ? await this.plan(q) : null;
    return documentView(this.client, this.indexUid, id, plan, page, (p, records) =>
      understand(p, records, false, tokenCache()),
    );
  }

  private toHit(
    r: Stored,
    exact: boolean,
    titleOnly: boolean,
    plan: QueryPlan,
    prefix: boolean,
    tokens: (text: string) => Token[],
  ): SearchHit {
    const textMatches = titleOnly ? [] : matchTokens(r.text, plan.words, { prefix }, tokens(r.text));
    const titleMatches = matchTokens(r.title, plan.words, { prefix }, tokens(r.title));
    const all = [...textMatches, ...titleMatches];
    const q = encodeURIComponent(plan.q);
    return {
      id: r.doc_id,
      source: r.source,
      title: r.title,
      titleHtml: markSpans(r.title, spansOf(titleMatches)),
      date: r.date,
      year: r.year,
      hijri_year: r.hijri_year,
      countries: r.countries.map(countryLabel),
      lang: r.lang,
      passage: titleOnly ? 0 : r.n,
      snippet: snippet(r.text, spansOf(textMatches)),
      // A title-only match opens the article at its top: no passage anchor to mislead.
      url: titleOnly
        ? `/doc/${encodeURIComponent(r.doc_id)}?q=${q}`
        : `/doc/${encodeURIComponent(r.doc_id)}?q=${q}#p-${r.n}`,
      match: matchKind(plan, all, exact),
    };
  }
}

interface RunResult {
  /** The requested page of the list, best first (exact forms lifted). */
  page: Ranked[];
  total: number;
  years: Record<string, number>;
  undated: number;
  /** Each keyword facet's counts (indexer/facets.ts). */
  facets: Record<FacetName, Record<string, number>>;
  yearRange: { min: number; max: number } | null;
  processingTimeMs: number;
}

/** One combination of forms: the engine's list, its exact-forms lift, and its counts. */
function fromEngine(
  built: EngineQueries,
  results: MultiSearchResponse<Stored>['results'],
  req: SearchRequest,
): RunResult {
  const list = results[built.list]!;
  const lifted = built.lift === null ? [] : results[built.lift]!.hits;
  const seen = new Set<string>();
  const ranked: Ranked[] = [];
  for (const [hits, exact] of [
    [lifted, true],
    [list.hits, false],
  ] as const) {
    for (const record of hits) {
      if (seen.has(record.doc_id)) continue;
      seen.add(record.doc_id);
      ranked.push({ record, exact });
    }
  }
  const yearResult = results[built.yearFacetAt]!;
  const years = yearResult.facetDistribution?.year ?? {};
  const stats = list.facetStats?.year;
  return {
    page: ranked.slice(req.offset, req.offset + req.limit),
    total: list.totalHits ?? list.hits.length,
    years,
    undated: yearResult.facetDistribution?.dated?.['false'] ?? 0,
    facets: Object.fromEntries(
      KEYWORD_FACETS.map((f) => [f.name, results[built.facetAt[f.name]]!.facetDistribution?.[f.attribute] ?? {}]),
    ) as Record<FacetName, Record<string, number>>,
    yearRange: stats ? { min: stats.min, max: stats.max } : null,
    processingTimeMs: Math.max(0, ...results.map((r) => r.processingTimeMs)),
  };
}

/**
 * 'phonetic' for a name found through its Arabic spelling; 'exact' when the exact-forms search lifted it
 * or every required word is there in its exact form; else 'stem' (another form of a word).
 */
function matchKind(plan: QueryPlan, matches: TokenMatch[], lifted: boolean): SearchHit['match'] {
  if (matches.some((m) => m.form.sound)) return 'phonetic';
  const required = plan.words.filter((w) => !w.optional);
  return lifted || required.every((w) => matches.some((m) => m.word === w && m.via === 'exact')) ? 'exact' : 'stem';
}

function facetValues(
  dist: Record<string, number>,
  selected: string[],
): { value: string; count: number; selected: boolean }[] {
  const values = Object.entries(dist).map(([value, count]) => ({ value, count, selected: selected.includes(value) }));
  // A selected value never disappears, even when nothing matches it any more.
  for (const s of selected) if (!(s in dist)) values.push({ value: s, count: 0, selected: true });
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * How the query was understood, with the Arabic spellings that Latin names matched in these records:
 * per name, its forms as the collection writes them, the most frequent in these records first.
 */
function tokenCache(): (text: string) => Token[] {
  const cache = new Map<string, Token[]>();
  return (text) => {
    let t = cache.get(text);
    if (!t) {
      t = analyze(text);
      cache.set(text, t);
    }
    return t;
  };
}

function understand(
  plan: QueryPlan,
  records: { text: string; title: string }[],
  prefix: boolean,
  tokens: (text: string) => Token[],
): QueryUnderstanding {
  const names = plan.words.filter((w) => w.via === 'name');
  const counts = new Map(names.map((w) => [w, new Map<string, number>()]));
  for (const r of records) {
    for (const text of [r.title, r.text]) {
      for (const m of matchTokens(text, names, { prefix }, names.length > 0 ? tokens(text) : [])) {
        if (m.continued) continue;
        const form = m.form.written ?? m.form.tokens.map((t) => t.surface).join(' ');
        const c = counts.get(m.word)!;
        c.set(form, (c.get(form) ?? 0) + 1);
      }
    }
  }
  return {
    q: plan.q,
    script: plan.script,
    normalized: plan.normalized,
    matchedForms: names.map((w) => {
      const seen = [...counts.get(w)!].sort((a, b) => b[1] - a[1]).map(([f]) => f);
      const listed = seen.length > 0 ? seen : w.forms.map((f) => f.written ?? f.tokens.map((t) => t.surface).join(' '));
      return { query: w.original, arabic: listed.slice(0, MAX_FORMS_PER_WORD) };
    }),
  };
}

/** Each keyword facet's counts (indexer/facets.ts), from the search that left out its own filter. */
function keywordFacets(dist: Record<FacetName, Record<string, number>>, selected: FacetSelection): KeywordFacetCounts {
  return Object.fromEntries(
    KEYWORD_FACETS.map((f) => [
      f.name,
      facetValues(dist[f.name], selected[f.name]).map((v) => ({ ...v, label: f.label(v.value) })),
    ]),
  ) as KeywordFacetCounts;
}
