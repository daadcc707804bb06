/**
 * The keyword facets, declared once. A keyword facet is a set of text values per document (the
 * countries it is about, its publisher) that the API filters on (`?country=RU&country=CN`: any of
 * them) and counts disjunctively (a facet's counts ignore its own selection). Everything else
 * derives from this list: the record's attributes and the engine's filterable attributes
 * (meili/record.ts, meili/settings.ts), what document.ts stores, the API's parameters and their
 * validation (server/validation.ts), the filters and facet searches (server/search/), the
 * response and its OpenAPI description, the page's facet lists and the CLI's flags.
 *
 * The year is not here: it is a number with a range (`year_from`, `year_to`) and statistics, and has
 * its own code. A new keyword facet is one entry below plus its extractor in indexer/extract/.
 */
import countries from 'i18n-iso-countries';
import { arabicCountryName, countryFromData, extractCountries } from './extract/countries.ts';
import { extractPublisher, MAX_PUBLISHER_LENGTH, tidyPublisher } from './extract/publisher.ts';
import type { SourceDocument } from './sources/source-document.ts';

/** What an extractor may read: the source, and the cleaned title and body document.ts made. */
export interface FacetSource {
  src: SourceDocument;
  title: string;
  body: string;
  /** The country of the dateline ("موسكو 20 يونيو" → RU), when there is one. */
  datelineCountry: string | null;
}

export type Parsed = { value: string } | { error: string };

export interface KeywordFacet {
  /** The API's parameter and response key, the page's URL key and heading id, the CLI's flag (`--name`). */
  name: string;
  /** The record attribute in the engine (filterable, returned with every hit). */
  attribute: string;
  /** The heading of its list on the page (Arabic). */
  heading: string;
  /** One line for the CLI's help and the OpenAPI description (English). */
  help: string;
  /** A value for the CLI's help and the OpenAPI example. */
  example: string;
  /** The document's values, in order of importance. */
  extract(from: FacetSource): string[];
  /** A value from a query string or a flag, as stored, or why it cannot be one. */
  parse(raw: string): Parsed;
  /** How a value is shown (page, CLI): the Arabic country name for a code, the text itself otherwise. */
  label(value: string): string;
}

export const KEYWORD_FACETS = [
  {
    name: 'country',
    attribute: 'countries',
    heading: 'البلد',
    help: 'only articles about that country (ISO code: RU, CN…); repeat for several',
    example: 'RU',
    extract: ({ src, title, body, datelineCountry }) => {
      const found = extractCountries(`${title}\n${body}`);
      const given = src.country ? countryFromData(src.country) : null;
      if (given && !found.includes(given)) found.unshift(given);
      if (datelineCountry && !found.includes(datelineCountry)) found.push(datelineCountry);
      return found;
    },
    parse: (raw): Parsed => {
      const code = raw.trim().toUpperCase();
      return /^[A-Z]{2}$/.test(code) && countries.isValid(code)
        ? { value: code }
        : { error: `${JSON.stringify(raw.slice(0, 40))} is not an ISO 3166-1 alpha-2 country code` };
    },
    label: arabicCountryName,
  },
  {
    name: 'publisher',
    attribute: 'publisher',
    heading: 'الناشر',
    help: 'only articles from that publisher (JSONL "source", HTML og:site_name); repeat for several',
    example: 'Xinhua',
    extract: ({ src }) => extractPublisher(src),
    parse: (raw): Parsed => {
      const value = tidyPublisher(raw);
      return value !== null && [...raw.trim()].length <= MAX_PUBLISHER_LENGTH
        ? { value }
        : { error: `must be a publisher's name of 1 to ${MAX_PUBLISHER_LENGTH} characters` };
    },
    label: (value) => value,
  },
] as const satisfies readonly KeywordFacet[];

export type FacetName = (typeof KEYWORD_FACETS)[number]['name'];
export type FacetAttribute = (typeof KEYWORD_FACETS)[number]['attribute'];
/** The record's facet attributes: `countries: string[]`, `publisher: string[]`, … */
export type FacetFields = { [A in FacetAttribute]: string[] };
/** Selected values per facet name (the API's request). */
export type FacetSelection = { [N in FacetName]: string[] };

export const FACET_ATTRIBUTES: readonly FacetAttribute[] = KEYWORD_FACETS.map((f) => f.attribute);

export function facetFields(from: FacetSource): FacetFields {
  return Object.fromEntries(KEYWORD_FACETS.map((f) => [f.attribute, f.extract(from)])) as FacetFields;
}

export function emptySelection(): FacetSelection {
  return Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, []])) as unknown as FacetSelection;
}

/** What the page needs of each facet (bundled into the page by server/assets.ts). */
export const PAGE_FACETS = KEYWORD_FACETS.map(({ name, heading }) => ({ name, heading }));
