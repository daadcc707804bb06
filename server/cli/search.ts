/**
 * `npm run search -- [options] QUERY…`: searches from the terminal and prints readable results.
 *
 * The search is the API's (server/search/search-service.ts) against the engine, or a running
 * server's with `--url`. On a terminal, Arabic is shaped and reordered for terminals that do
 * neither (`--shape`), wrapped to its width, matches in colour (not with NO_COLOR). Into a pipe:
 * logical-order text without escapes, or `--json`. Exit status: 0 when the search ran (even with
 * no results), 1 when it could not (engine, index or server), 2 for a usage error.
 */
import { readConfig } from '../../indexer/config.ts';
import type { SearchResponse } from '../api-types.ts';
import { searchEngine } from './engine-search.ts';
import { CliError } from './errors.ts';
import { formatResults, type View } from './format-results.ts';
import { searchServer } from './http-search.ts';
import { parseCliArgs, USAGE, type CliOptions } from './options.ts';

export interface Io {
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
}

export async function main(
  argv: string[],
  io: Io = { env: process.env, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options === null) {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    const log = (m: string) => io.stderr.write(m + '\n');
    const response: SearchResponse = options.url
      ? await searchServer(options.url, options.request)
      : await searchEngine(options.request, readConfig(io.env), log);
    io.stdout.write(
      options.json ? JSON.stringify(response, null, 2) + '\n' : formatResults(response, viewFor(options, io)),
    );
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    io.stderr.write(`search: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/** What the output can do: a terminal gets shaping (auto), colour (unless NO_COLOR) and its width. */
export function viewFor(options: Pick<CliOptions, 'shape'>, io: Pick<Io, 'env' | 'stdout'>): View {
  const tty = io.stdout.isTTY === true;
  return {
    shape: options.shape === 'always' || (options.shape === 'auto' && tty),
    color: tty && !readConfig(io.env).noColor,
    // One column short of the edge: a character in the last column leaves some terminals waiting to wrap.
    width: tty && io.stdout.columns ? io.stdout.columns - 1 : Infinity,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await main(process.argv.slice(2));
  process.stdout.write('', () => process.exit(code)); // the engine client's pool would keep us alive
}
