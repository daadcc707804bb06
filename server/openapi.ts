/**
 * OpenAPI 3.1 description of the HTTP API, served at `/api/openapi.json`. The schemas mirror
 * server/api-types.ts; test/integration/app.test.ts validates real responses against them.
 */
import { KEYWORD_FACETS } from '../indexer/facets.ts';

const countryLabelSchema = {
  type: 'object',
  required: ['code', 'label'],
  additionalProperties: false,
  properties: { code: { type: 'string', pattern: '^[A-Z]{2}$' }, label: { type: 'string' } },
};
const nullableString = { type: ['string', 'null'] };
const nullableInt = { type: ['integer', 'null'] };

const query = {
  type: 'object',
  required: ['q', 'script', 'normalized', 'matchedForms'],
  additionalProperties: false,
  properties: {
    q: { type: 'string' },
    script: { enum: ['arabic', 'latin', 'mixed', 'none'] },
    normalized: { type: 'string', description: 'the query after Arabic normalization' },
    matchedForms: {
      type: 'array',
      description: 'Arabic words that Latin or Arabizi query words matched (Patrushev → باتروشيف)',
      items: {
        type: 'object',
        required: ['query', 'arabic'],
        additionalProperties: false,
        properties: { query: { type: 'string' }, arabic: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
};

const error = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

const hit = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'source',
    'title',
    'titleHtml',
    'date',
    'year',
    'hijri_year',
    'countries',
    'lang',
    'passage',
    'snippet',
    'url',
    'match',
  ],
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    title: { type: 'string' },
    titleHtml: { type: 'string', description: 'escaped title, matches in <mark>' },
    date: nullableString,
    year: nullableInt,
    hijri_year: nullableInt,
    countries: { type: 'array', items: countryLabelSchema },
    lang: { type: 'string' },
    passage: { type: 'integer', minimum: 0 },
    snippet: { type: 'string', description: '~36 words of the original passage, escaped, matched words in <mark>' },
    url: { type: 'string', description: '/doc/ID?q=…#p-N' },
    match: { enum: ['exact', 'stem', 'phonetic'] },
  },
};

const facetValue = (valueType: object, extra: Record<string, object> = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: ['value', 'count', 'selected', ...Object.keys(extra)],
  properties: { value: valueType, count: { type: 'integer', minimum: 0 }, selected: { type: 'boolean' }, ...extra },
});

const searchResponse = {
  type: 'object',
  additionalProperties: false,
  required: [
    'query',
    'hits',
    'total',
    'page',
    'perPage',
    'offset',
    'processingTimeMs',
    'facets',
    'facetStats',
    'didYouMean',
  ],
  properties: {
    query,
    hits: { type: 'array', items: hit },
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    perPage: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
    processingTimeMs: { type: 'number', minimum: 0 },
    // Only on a sharded collection, when some shards did not answer (server/search/federated.ts).
    missingShards: {
      type: 'array',
      items: { type: 'string' },
      description: 'shards that did not answer: the results lack their documents',
    },
    facets: {
      type: 'object',
      required: ['year', 'undated', ...KEYWORD_FACETS.map((f) => f.name)],
      additionalProperties: false,
      properties: {
        year: { type: 'array', items: facetValue({ type: 'integer' }) },
        undated: { type: 'integer', minimum: 0, description: 'documents of the list with no known year' },
        ...Object.fromEntries(
          KEYWORD_FACETS.map((f) => [
            f.name,
            {
              type: 'array',
              description: `${f.help.replace(/^only articles/, 'articles').replace(/; repeat for several$/, '')}: each value's documents`,
              items: facetValue({ type: 'string' }, { label: { type: 'string' } }),
            },
          ]),
        ),
      },
    },
    facetStats: {
      type: 'object',
      required: ['year'],
      additionalProperties: false,
      properties: {
        year: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['min', 'max'],
              additionalProperties: false,
              properties: { min: { type: 'number' }, max: { type: 'number' } },
            },
          ],
        },
      },
    },
    didYouMean: {
      type: 'array',
      description:
        'when nothing matched: the query with a word replaced by the closest spellings in the collection, and the query without the words no document has (`without`)',
      items: {
        type: 'object',
        required: ['q', 'count'],
        additionalProperties: false,
        properties: {
          q: { type: 'string' },
          count: { type: 'integer', minimum: 0 },
          without: { type: 'array', items: { type: 'string' }, description: 'the words left out, as typed' },
        },
      },
    },
  },
};

const documentResponse = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'source',
    'title',
    'titleHtml',
    'date',
    'year',
    'hijri_year',
    'countries',
    'dateline_country',
    'lang',
    'url',
    'passages',
    'query',
    'passagesTotal',
    'nextOffset',
  ],
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    title: { type: 'string' },
    titleHtml: { type: 'string' },
    date: nullableString,
    year: nullableInt,
    hijri_year: nullableInt,
    countries: { type: 'array', items: countryLabelSchema },
    dateline_country: { oneOf: [{ type: 'null' }, countryLabelSchema] },
    lang: { type: 'string' },
    url: nullableString,
    passages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['n', 'html', 'matches'],
        additionalProperties: false,
        properties: {
          n: { type: 'integer', minimum: 0 },
          html: { type: 'string' },
          matches: { type: 'integer', minimum: 0 },
        },
      },
    },
    query: { oneOf: [{ type: 'null' }, query] },
    passagesTotal: { type: 'integer', minimum: 0 },
    nextOffset: { oneOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
  },
};

const errorResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description:
          (
            {
              400: 'invalid or unknown parameter',
              404: 'no such document',
              429: 'rate limited',
              503: 'engine unreachable or index not ready',
            } as Record<number, string>
          )[c] ?? 'error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

const param = (name: string, description: string, schema: object, explode = false) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(explode ? { style: 'form', explode: true } : {}),
});

/** `GET /api/suggestions` (server/suggestions.ts). */
const suggestions = {
  type: 'object',
  required: ['samples', 'suggestions'],
  additionalProperties: false,
  properties: {
    samples: { type: 'boolean', description: 'true while the sample articles are shown (the collection is empty)' },
    suggestions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['q', 'kind', 'documents'],
        additionalProperties: false,
        properties: {
          q: { type: 'string' },
          kind: { enum: ['country', 'term'] },
          documents: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Arabic search API',
    version: '0.1.0',
    description:
      'Full-text search over Arabic news: Arabic analysis (clitics, diacritics, letter variants), names from Latin or Arabizi spellings, year and country facets, highlighted passages.',
    license: { name: 'GPL-3.0-or-later', identifier: 'GPL-3.0-or-later' },
  },
  paths: {
    '/api/search': {
      get: {
        summary: 'Search documents; one hit per document with its best passage',
        parameters: [
          param('q', 'query in Arabic (any diacritics, clitics), Latin letters or Arabizi; at most 512 characters', {
            type: 'string',
            maxLength: 512,
          }),
          param('year', 'publication year (repeatable)', { type: 'array', items: { type: 'integer' } }, true),
          param('year_from', 'earliest publication year', { type: 'integer' }),
          param('year_to', 'latest publication year', { type: 'integer' }),
          ...KEYWORD_FACETS.map((f) =>
            param(
              f.name,
              `${f.help.replace(/; repeat for several$/, '')} (repeatable; any of them matches)`,
              { type: 'array', items: { type: 'string' }, examples: [[f.example]] },
              true,
            ),
          ),
          param('lang', 'ISO 639-3 language of the document (arb, eng…)', { type: 'string', pattern: '^[a-z]{3}$' }),
          param('sort', 'relevance (default) or date (newest first)', { enum: ['relevance', 'date'] }),
          param('page', 'page number from 1', { type: 'integer', minimum: 1 }),
          param('per_page', 'hits per page, at most 100 (default 10)', { type: 'integer', minimum: 1, maximum: 100 }),
          param('offset', 'alternative to page', { type: 'integer', minimum: 0 }),
          param('limit', 'alternative to per_page, at most 100', { type: 'integer', minimum: 1, maximum: 100 }),
        ],
        responses: {
          200: {
            description: 'results',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } } },
          },
          ...errorResponses(400, 429, 503),
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'The whole article as passages, matches of q marked',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' } },
          param('q', 'query whose matches are marked (its first 24 words)', { type: 'string', maxLength: 512 }),
          param('offset', 'first passage number of this page (nextOffset of the previous page)', {
            type: 'integer',
            minimum: 0,
            default: 0,
          }),
          param('limit', 'passages per page', { type: 'integer', minimum: 1, maximum: 1000, default: 1000 }),
        ],
        responses: {
          200: {
            description: 'the document',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/DocumentResponse' } } },
          },
          ...errorResponses(400, 404, 429, 503),
        },
      },
    },
    '/api/suggestions': {
      get: {
        summary: 'What to try: the countries and words most frequent in the collection shown',
        responses: {
          200: {
            description: 'suggestions',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Suggestions' } } },
          },
          ...errorResponses(429, 503),
        },
      },
    },
    '/healthz': { get: { summary: 'the process is up', responses: { 200: { description: 'ok' } } } },
    '/readyz': {
      get: {
        summary:
          'engine reachable and index ready; `passages` counts the records of the index (an article has several)',
        responses: { 200: { description: 'ready' }, 503: { description: 'not ready' } },
      },
    },
  },
  components: {
    schemas: {
      SearchResponse: searchResponse,
      DocumentResponse: documentResponse,
      Suggestions: suggestions,
      Error: error,
    },
  },
} as const;
