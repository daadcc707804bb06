/**
 * Command-line options of `npm run search` → a `SearchRequest`. The flags are turned into the
 * API's parameters and checked by the API's own validation (server/validation.ts), so the CLI
 * accepts exactly what `GET /api/search` accepts; only the names in its messages are the flags'.
 */
import { parseArgs } from 'node:util';
import { KEYWORD_FACETS } from '../../indexer/facets.ts';
import { ApiFailure } from '../errors.ts';
import type { SearchRequest } from '../api-types.ts';
import { parseSearchParams } from '../validation.ts';
import { CliError } from './errors.ts';

export const CLI_DEFAULTS = {
  /** Results printed (`--limit`): a screenful. */
  limit: 5,
  /** `--shape`: shape and reorder Arabic only when printing to a terminal. */
  shape: 'auto',
} as const;

export type ShapeMode = 'auto' | 'always' | 'never';

export const USAGE = `usage: npm run search -- [options] QUERY…
  QUERY            Arabic, Latin or Arabizi words (e.g. باتروشيف, Patrushev)
  --year YEAR      only articles of that year; repeat for several
${KEYWORD_FACETS.map((f) => `  --${`${f.name} ${f.name === 'country' ? 'CODE' : 'NAME'}`.padEnd(14)} ${f.help}`).join('\n')}
  --limit N        results to print (default ${CLI_DEFAULTS.limit}, at most 100)
  --json           print the API's JSON response (for scripts)
  --url URL        ask a running server (e.g. http://localhost:3000) instead of the engine
  --shape MODE     auto (default): shape and reorder Arabic when printing to a terminal;
                   always; never: logical order, for terminals that lay out Arabic themselves
  -h, --help       this help
Environment: MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX, DATA_DIR as for npm start; NO_COLOR.`;

export interface CliOptions {
  request: SearchRequest;
  json: boolean;
  url?: string;
  shape: ShapeMode;
}

/** The API parameter each flag becomes, to name the flag in validation messages. */
const FLAG_OF_PARAM: Record<string, string> = {
  q: 'QUERY',
  year: '--year',
  per_page: '--limit',
  ...Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, `--${f.name}`])),
};

/** `null` for --help; throws a CliError (exit 2) for anything malformed. */
export function parseCliArgs(argv: string[]): CliOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string', multiple: true },
        ...Object.fromEntries(KEYWORD_FACETS.map((f) => [f.name, { type: 'string', multiple: true } as const])),
        limit: { type: 'string' },
        json: { type: 'boolean' },
        url: { type: 'string' },
        shape: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new CliError(`search: ${(e as Error).message.split('\n')[0]}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const q = positionals.join(' ').trim();
  if (q === '') throw new CliError(`search: give words to search for\n${USAGE}`, 2);
  const shape = values.shape ?? CLI_DEFAULTS.shape;
  if (shape !== 'auto' && shape !== 'always' && shape !== 'never') {
    throw new CliError(`search: --shape must be auto, always or never, got ${JSON.stringify(shape)}`, 2);
  }
  if (values.url !== undefined && !/^https?:\/\/[^/\s]+/.test(values.url)) {
    throw new CliError(
      `search: --url must be an http(s) address such as http://localhost:3000, got ${JSON.stringify(values.url)}`,
      2,
    );
  }
  let request: SearchRequest;
  try {
    const facets = Object.fromEntries(
      KEYWORD_FACETS.map((f) => [f.name, (values as Record<string, unknown>)[f.name] as string[] | undefined]),
    );
    request = parseSearchParams({
      q,
      year: values.year,
      ...facets,
      per_page: values.limit ?? String(CLI_DEFAULTS.limit),
    });
  } catch (e) {
    if (!(e instanceof ApiFailure)) throw e;
    const message = e.message.replace(/^(\w+):/, (m, param: string) => `${FLAG_OF_PARAM[param] ?? param}:`);
    throw new CliError(`search: ${message}`, 2);
  }
  return { request, json: values.json ?? false, url: values.url?.replace(/\/+$/, ''), shape };
}
