/**
 * Runs a search: the query plan's tiers and the disjunctive facet counts go to Meilisearch in ONE
 * multi-search request; the answer is merged tier by tier (exact, then stem, then phonetic), each
 * document once, and every hit is highlighted on its original text.
 */
import type { Meilisearch, MultiSearchParams } from 'meilisearch';
import { buildQueries, type Stored } from './build-queries.ts';
import { KEYWORD_FACETS, type FacetName, type FacetSelection } from '../../indexer/facets.ts';
import type { KeywordFacetCounts, QueryUnderstanding, SearchHit, SearchRequest, SearchResponse } from '../api-types.ts';
import { countryLabel } from '../labels.ts';
import { markSpans, snippet, spansOf } from './highlight.ts';
import { matchTokens } from './match-tokens.ts';
import { ARTICLE_LIMITS, documentView, type DocumentPage, type PassagePage } from './document-view.ts';
import { planQuery, type QueryPlan, type TierName } from './query-plan.ts';

/** At most this many Arabic forms are listed per Latin query word. */
const MAX_FORMS_PER_WORD = 3;

export class SearchService {
  constructor(private readonly client: Meilisearch, readonly indexUid: string) {}

  async search(req: SearchRequest): Promise<SearchResponse> {
    const plan = planQuery(req.q);
    const { queries, tiers, yearFacetAt, facetAt } = buildQueries(this.indexUid, plan, req);
    const { results } = await this.client.multiSearch<MultiSearchParams, Stored>({ queries });
    const tierResults = results.slice(0, tiers.length);
    const main = tierResults[tierResults.length - 1]!;
    const yearDist = results[yearFacetAt]!.facetDistribution?.year ?? {};

    // Merge: exact matches first, then stem, then phonetic; each document once.
    const seen = new Set<string>();
    const merged: { record: Stored; tier: TierName }[] = [];
    tierResults.forEach((r, i) => {
      for (const hit of r.hits) {
        if (seen.has(hit.doc_id)) continue;
        seen.add(hit.doc_id);
        merged.push({ record: hit, tier: tiers[i]!.name });
      }
    });
    const page = merged.slice(req.offset, req.offset + req.limit);
    const hits = page.map(({ record, tier }) => this.toHit(record, tier, plan));
    // The broadest tier's matches include the narrower tiers' (see query-plan.ts).
    const total = Math.max(main.totalHits ?? main.hits.length, merged.length);

    return {
      query: understand(plan, page.map((p) => p.record)),
      hits,
      total,
      page: Math.floor(req.offset / req.limit) + 1,
      perPage: req.limit,
      offset: req.offset,
      processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
      facets: {
        year: facetValues(yearDist, req.filters.years.map(String)).map((f) => ({ ...f, value: Number(f.value) }))
          .sort((a, b) => b.value - a.value),
        ...keywordFacets(results, facetAt, req.filters.facets),
      },
      facetStats: { year: main.facetStats?.year ? { min: main.facetStats.year.min, max: main.facetStats.year.max } : null },
    };
  }

  /** A page of the document's passages, matches of `q` marked (server/search/document-view.ts); null when there is no such document. */
  document(id: string, q = '', page: PassagePage = { offset: 0, limit: ARTICLE_LIMITS.maxPassages }): Promise<DocumentPage | null> { return documentView(this.client, this.indexUid, id, q, page, understand); }

  private toHit(r: Stored, tier: TierName, plan: QueryPlan): SearchHit {
    const phonetic = tier === 'phonetic';
    const textMatches = matchTokens(r.text, plan.terms, { phonetic });
    const titleMatches = matchTokens(r.title, plan.terms, { phonetic });
    return {
      id: r.doc_id, source: r.source, title: r.title, titleHtml: markSpans(r.title, spansOf(titleMatches)),
      date: r.date, year: r.year, hijri_year: r.hijri_year,
      countries: r.countries.map(countryLabel), lang: r.lang, passage: r.n,
      snippet: snippet(r.text, spansOf(textMatches)),
      url: `/doc/${encodeURIComponent(r.doc_id)}?q=${encodeURIComponent(plan.q)}#p-${r.n}`,
      match: tier,
    };
  }
}

function facetValues(dist: Record<string, number>, selected: string[]): { value: string; count: number; selected: boolean }[] {
  const values = Object.entries(dist).map(([value, count]) => ({ value, count, selected: selected.includes(value) }));
  // A selected value never disappears, even when nothing matches it any more.
  for (const s of selected) if (!(s in dist)) values.push({ value: s, count: 0, selected: true });
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * How the query was understood, with the Arabic words that Latin words matched in these records:
 * per query word, its matched forms as written (diacritics removed), bare forms first (see rankForms),
 * and a name split over two words kept together (`جين بينغ`).
 */
function understand(plan: QueryPlan, records: { text: string; title: string }[]): QueryUnderstanding {
  const forms = new Map<string, Map<string, number>>();
  const latin = plan.terms.filter((t) => t.script === 'latin' && t.key !== '');
  if (latin.length > 0) {
    for (const r of records) {
      for (const text of [r.title, r.text]) {
        for (const m of matchTokens(text, latin, { phonetic: true })) {
          if (m.via !== 'phonetic' || m.token.script !== 'arabic' || m.continued) continue;
          const form = m.next ? `${m.token.surface} ${m.next.surface}` : m.token.surface;
          const counts = forms.get(m.term.original) ?? new Map<string, number>();
          counts.set(form, (counts.get(form) ?? 0) + 1);
          forms.set(m.term.original, counts);
        }
      }
    }
  }
  return {
    q: plan.q, script: plan.script, normalized: plan.normalized,
    matchedForms: [...forms].map(([query, counts]) => ({
      query,
      arabic: rankForms(counts).slice(0, MAX_FORMS_PER_WORD),
    })),
  };
}

/**
 * The bare form first: a form that others end with (`بكين` in `وبكين`, `لبكين`) is the name without
 * its clitics; then the most frequent.
 */
function rankForms(counts: Map<string, number>): string[] {
  const forms = [...counts.keys()];
  const endings = (f: string) => forms.filter((g) => g !== f && g.endsWith(f)).length;
  return forms.sort((a, b) => endings(b) - endings(a) || counts.get(b)! - counts.get(a)!);
}

/** Each keyword facet's counts (indexer/facets.ts), from the search that left out its own filter. */
function keywordFacets(
  results: { facetDistribution?: Record<string, Record<string, number>> }[], at: Record<FacetName, number>, selected: FacetSelection,
): KeywordFacetCounts {
  return Object.fromEntries(KEYWORD_FACETS.map((f) => [
    f.name,
    facetValues(results[at[f.name]]!.facetDistribution?.[f.attribute] ?? {}, selected[f.name]).map((v) => ({ ...v, label: f.label(v.value) })),
  ])) as KeywordFacetCounts;
}
