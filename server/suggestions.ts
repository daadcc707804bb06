/**
 * `GET /api/suggestions`: what the home page offers to try, taken from the collection itself, so
 * every suggestion finds something: the countries most articles are about (the `countries` facet),
 * then the words that most articles share (names and terms), each as it is most often written.
 *
 * Words are counted once per article (document frequency) over up to `SAMPLE_PASSAGES` passages,
 * grouped by the analyzer's light stem (والصين، بالصين and الصين are one word), shown in their most
 * frequent written form without clitics when the text has one; stop words and words of fewer than
 * three letters are left out. The answer is kept for a minute: the collection changes slowly.
 */
import type { Meilisearch } from 'meilisearch';
import { analyze } from '../indexer/arabic/analyzer.ts';
import type { Collection } from '../indexer/samples.ts';
import { countryLabel } from './labels.ts';

export interface Suggestion {
  q: string;
  kind: 'country' | 'term';
  /** Articles it appears in (countries: articles about it). */
  documents: number;
}

export interface Suggestions {
  /** True while the page shows the sample articles (the user's collection is empty). */
  samples: boolean;
  suggestions: Suggestion[];
}

export const SUGGESTION_DEFAULTS = { countries: 2, terms: 6, samplePassages: 2000, cacheMs: 60_000 } as const;

interface Passage {
  doc_id: string;
  title: string;
  text: string;
}

/** Top words by document frequency, in their most frequent written form. Pure. */
export function frequentTerms(
  passages: readonly Passage[],
  count: number,
  exclude: ReadonlySet<string> = new Set(),
): Suggestion[] {
  const docsByStem = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, number>>();
  for (const p of passages) {
    for (const field of [p.title, p.text]) {
      for (const t of analyze(field)) {
        if (t.stop || (t.script !== 'arabic' && t.script !== 'latin') || t.stem.length < 3) continue;
        const key = t.script === 'latin' ? t.stem.toLowerCase() : t.stem;
        (docsByStem.get(key) ?? docsByStem.set(key, new Set()).get(key)!).add(p.doc_id);
        const written = field.slice(t.start, t.end).replace(/[\u064b-\u065f\u0670\u0640]/g, ''); // without harakat and tatweel
        const seen = forms.get(key) ?? forms.set(key, new Map()).get(key)!;
        // A form without a clitic prefix (surface = stem + article) reads best: الصين over والصين.
        const weight = t.surface === t.stem || t.surface === `ال${t.stem}` ? 2 : 1;
        seen.set(written, (seen.get(written) ?? 0) + weight);
      }
    }
  }
  return [...docsByStem]
    .map(([key, docs]) => ({ key, documents: docs.size, q: [...forms.get(key)!].sort((a, b) => b[1] - a[1])[0][0] }))
    .filter((s) => !exclude.has(s.q))
    .sort((a, b) => b.documents - a.documents || a.q.localeCompare(b.q))
    .slice(0, count)
    .map((s) => ({ q: s.q, kind: 'term' as const, documents: s.documents }));
}

export async function computeSuggestions(
  client: Meilisearch,
  collection: Collection,
  options = SUGGESTION_DEFAULTS,
): Promise<Suggestions> {
  const index = client.index<Passage & { countries: string[] }>(collection.indexUid);
  // page mode: facet counts are documents, not passages (DESIGN.md, "Facet counts and distinct").
  const facets = await index.search('', { facets: ['countries'], hitsPerPage: 0, page: 1 });
  const countries = Object.entries(facets.facetDistribution?.countries ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.countries)
    .map(([code, documents]) => ({ q: countryLabel(code).label, kind: 'country' as const, documents }));
  const { results } = await index.getDocuments({ fields: ['doc_id', 'title', 'text'], limit: options.samplePassages });
  const terms = frequentTerms(results, options.terms, new Set(countries.map((c) => c.q)));
  return { samples: collection.samples, suggestions: [...countries, ...terms] };
}

/** The endpoint's source: computed on demand, kept `cacheMs`. */
export function collectionSuggestions(
  client: Meilisearch,
  collection: Collection,
  options = SUGGESTION_DEFAULTS,
): () => Promise<Suggestions> {
  let cached: { at: number; value: Promise<Suggestions> } | undefined;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > options.cacheMs) {
      const value = computeSuggestions(client, collection, options);
      cached = { at: now, value };
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      }); // a failure is not kept
    }
    return cached.value;
  };
}
