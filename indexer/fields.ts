/**
 * The record's fields, declared once: what each field of `PassageRecord` (meili/record.ts) is for.
 *   shown      — returned with hits and documents (the API's `Stored` shape);
 *   filterable — the engine may filter on it by equality (the indexer's own bookkeeping, or a facet);
 *   range      — it may also be compared (`year >= 2020`): the engine builds range data only for these;
 *   sortable   — the engine may sort on it.
 * Searchable fields are the analyzed ones, in the order the `attribute` ranking rule reads
 * (meili/settings.ts ANALYZED_FIELDS). The keyword facets' attributes are shown and filterable by
 * being facets (indexer/facets.ts). The engine settings, the fields the server asks for and the
 * `Stored` type all derive from this table; the compiler checks that it names every field.
 */
import { FACET_ATTRIBUTES, type FacetAttribute } from './facets.ts';
import type { PassageRecord } from './meili/record.ts';

type Role = 'shown' | 'filterable' | 'range' | 'sortable' | 'searchable';

const FIELD_ROLES = {
  id: ['shown'],
  // doc_id, source, file, n, hash: the indexer lists documents (n = 0), their files and hashes
  // for --sync and change detection; doc_id is also the engine's distinctAttribute.
  doc_id: ['shown', 'filterable'],
  source: ['shown', 'filterable'],
  file: ['filterable'],
  n: ['shown', 'filterable', 'range', 'sortable'],
  passages: ['shown'],
  title: ['shown'],
  text: ['shown'],
  title_stem: ['searchable'],
  stem: ['searchable'],
  // Equality only: the exact-forms lift asks `forms = "والصين"` (server/search/build-queries.ts).
  forms: ['filterable'],
  title_alt: ['searchable'],
  alt: ['searchable'],
  date: ['shown'],
  year: ['shown', 'filterable', 'range', 'sortable'],
  // `year !== null` as a facet: its counts give the "undated" count beside the year counts.
  dated: ['filterable'],
  hijri_year: ['shown', 'filterable'],
  dateline_country: ['shown', 'filterable'],
  lang: ['shown', 'filterable'],
  url: ['shown'],
  hash: ['filterable'],
  date_sort: ['sortable'],
} as const satisfies Record<Exclude<keyof PassageRecord, FacetAttribute>, readonly Role[]>;

type Field = keyof typeof FIELD_ROLES;
type WithRole<R extends Role> = { [F in Field]: R extends (typeof FIELD_ROLES)[F][number] ? F : never }[Field];

function withRole<R extends Role>(role: R): WithRole<R>[] {
  return (Object.keys(FIELD_ROLES) as Field[]).filter((f) =>
    (FIELD_ROLES[f] as readonly Role[]).includes(role),
  ) as WithRole<R>[];
}

export type ShownField = WithRole<'shown'> | FacetAttribute;
/** What a hit carries back from the engine; the analyzed copies and bookkeeping stay there. */
export type Stored = Pick<PassageRecord, ShownField>;

export const SHOWN_FIELDS: ShownField[] = [...withRole('shown'), ...FACET_ATTRIBUTES];
export const FILTERABLE_FIELDS: string[] = [...withRole('filterable'), ...FACET_ATTRIBUTES];
/** The filterable fields also compared with < <= >= > (the others are filtered by = and IN only). */
export const RANGE_FIELDS: string[] = withRole('range');
export const SORTABLE_FIELDS: string[] = withRole('sortable');
/** Fields the API never returns to the browser. */
export const INTERNAL_FIELDS: string[] = (Object.keys(FIELD_ROLES) as Field[]).filter(
  (f) => !(SHOWN_FIELDS as string[]).includes(f),
);
