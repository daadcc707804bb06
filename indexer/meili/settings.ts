/**
 * Index settings. The searchable fields hold OUR analysis (indexer/arabic), already normalized and
 * stemmed, so Meilisearch must not re-analyze them as Arabic: with an Arabic locale it splits a
 * leading ال off every word and then matches `ال` everywhere (meilisearch#4105, charabia#205), and
 * language detection may take Arabic for Persian and rewrite ي/ك (charabia#377). Declaring the
 * analyzed fields `eng` switches both off (checked on 1.21, docs/DESIGN.md).
 *
 * Four searchable fields: stems and second stems (`alt`, sparse: the analyzer's guesses,
 * indexer/arabic/clitics.ts), each for the title and the passage. No name-key (`phon`) fields any
 * more: matching words by sound made ordinary Arabic words match other ordinary words (عمان → `العام أن`,
 * فيتنام → `فتنا`, Egypt → `الموثره`, issue 13) and cost a third of the indexing; names now come from the collection's
 * vocabulary at query time (server/search/name-expansion.ts) and are searched as Arabic words.
 *
 * The exact word forms are not searchable fields either: they are `forms`, an array filtered by
 * equality, which is all the exact-forms lift needs (server/search/build-queries.ts). As two
 * searchable fields (title, passage) they were about 45 % of the words the engine indexed, each with
 * its word-pair proximities; as a filter, 25,220 bench passages took the engine 18–20 s to index
 * instead of 25–27 s (alternating runs, docs/query-model.md).
 */
import type { Settings } from 'meilisearch';
import { FILTERABLE_FIELDS, RANGE_FIELDS, SORTABLE_FIELDS } from '../fields.ts';
import type { PassageRecord } from './record.ts';

export const ANALYZED_FIELDS = {
  // With the second stems (indexer/arabic/clitics.ts): a query's stem finds a word through either
  // (وزير meets الوزير, قال meets قالت), a match through the word's own stem ranked first.
  stem: ['title_stem', 'title_alt', 'stem', 'alt'],
  /** The body's fields: where a deep link looks for the passage that matches. */
  body: ['stem', 'alt'],
} as const;

/** The record field holding every exact word form of a passage (indexer/fields.ts: filterable). */
export const FORMS_FIELD = 'forms' satisfies keyof PassageRecord;

/** The filter clause for passages that hold `form` exactly as the analyzer normalizes it (`forms = "والصين"`). */
export function hasForm(form: string): string {
  return `${FORMS_FIELD} = ${JSON.stringify(form)}`;
}

/** Meilisearch answers at most this many hits for one query (`pagination.maxTotalHits` below). */
export const MAX_RESULT_WINDOW = 1000;

export const INDEX_SETTINGS: Settings = {
  // Order matters for the `attribute` ranking rule: a title match beats a body match.
  searchableAttributes: [...ANALYZED_FIELDS.stem],
  // Both from the one declaration of the record's fields and facets (indexer/fields.ts, facets.ts).
  // Each filter feature the engine does not need is indexing work saved: no facet search (the page lists
  // facet values, it never searches them) and comparison only where a filter compares (year; n for the
  // article's pages). In one run on the bench corpus (100,000 passages) the engine indexed the passages
  // in 75 s instead of 108 s; runs on this machine vary by ±15 %, so read it as a direction.
  filterableAttributes: [
    {
      attributePatterns: FILTERABLE_FIELDS.filter((f) => !RANGE_FIELDS.includes(f)),
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    { attributePatterns: RANGE_FIELDS, features: { facetSearch: false, filter: { equality: true, comparison: true } } },
  ],
  facetSearch: false,
  sortableAttributes: SORTABLE_FIELDS,
  // `sort` first: with the default order (words, typo, proximity, attribute, sort, exactness) a date
  // sort only breaks ties of relevance, so sort=date came back 2021, 2019-06, undated, 2019-11 (issue 13).
  // A search without `sort` skips the rule, so relevance order is unchanged.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  // proximityPrecision stays `byWord` (the default), though most of the engine's indexing time is its
  // word-pair proximity database: `byAttribute` indexed 25,220 bench passages in 15–20 s instead of
  // 30 s, and prefixSearch 'disabled' in 26–27 s, but byAttribute keeps only "same field" of phrase
  // proximity (a quoted "alpha beta" then also finds "alpha x beta"), and proximity is ranking evidence
  // of the query model (docs/query-model.md); disabling prefixes would take search as you type away.
  distinctAttribute: 'doc_id',
  localizedAttributes: [{ attributePatterns: [...ANALYZED_FIELDS.stem], locales: ['eng'] }],
  // No typos at all. In Arabic's root-and-pattern words one letter changed is another word: with the
  // engine's default (1 typo from 5 letters) المعابر (crossings) found المعارج (ascents), الأمطار (rain)
  // found والإمارات and إطار (issue 13; figures in docs/query-model.md). Clitic and inflected forms are
  // matched through stems instead, and a misspelt query gets "did you mean" suggestions when nothing
  // matches (server/search/suggestions.ts).
  typoTolerance: { enabled: false },
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: MAX_RESULT_WINDOW },
};
