/**
 * Index settings. The searchable fields hold OUR analysis (indexer/arabic), already normalized and
 * stemmed, so Meilisearch must not re-analyze them as Arabic: with an Arabic locale it splits a
 * leading ال off every word and then matches `ال` everywhere (meilisearch#4105, charabia#205), and
 * language detection may take Arabic for Persian and rewrite ي/ك (charabia#377). Declaring the
 * analyzed fields `eng` switches both off (checked on 1.21, docs/DESIGN.md).
 */
import type { Settings } from 'meilisearch';
import { FILTERABLE_FIELDS, SORTABLE_FIELDS } from '../fields.ts';

export const ANALYZED_FIELDS = {
  exact: ['title_exact', 'exact'],
  stem: ['title_stem', 'stem'],
  phon: ['title_phon', 'phon'],
} as const;

/** Meilisearch answers at most this many hits for one query (`pagination.maxTotalHits` below). */
export const MAX_RESULT_WINDOW = 1000;

export const INDEX_SETTINGS: Settings = {
  // Order matters for the `attribute` ranking rule: a title match beats a body match within a tier.
  searchableAttributes: [...ANALYZED_FIELDS.exact, ...ANALYZED_FIELDS.stem, ...ANALYZED_FIELDS.phon],
  // Both from the one declaration of the record's fields and facets (indexer/fields.ts, facets.ts).
  filterableAttributes: FILTERABLE_FIELDS,
  sortableAttributes: SORTABLE_FIELDS,
  distinctAttribute: 'doc_id',
  localizedAttributes: [
    { attributePatterns: [...ANALYZED_FIELDS.exact, ...ANALYZED_FIELDS.stem, ...ANALYZED_FIELDS.phon], locales: ['eng'] },
  ],
  // Name keys are sound classes already: one typo on a 4–5 letter consonant skeleton would match
  // unrelated words (indexer/arabic/names). Typos stay on for the exact and stem fields.
  typoTolerance: { disableOnAttributes: [...ANALYZED_FIELDS.phon] },
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: MAX_RESULT_WINDOW },
};
