/**
 * Searches through the server's own search module, straight against the engine: the engine that
 * `npm start` runs on the same DATA_DIR (or MEILI_URL) when there is one; otherwise one is started
 * for this search and stopped after it. Engine failures become messages that say what to run.
 */
import { MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { engineOptions, type Config } from '../../indexer/config.ts';
import { createClient } from '../../indexer/meili/client.ts';
import { isHealthy, startEngine, type Engine } from '../../indexer/meili/engine.ts';
import { currentCollection } from '../../indexer/samples.ts';
import { apiErrorOf, EngineError, meiliErrorCode } from '../../indexer/meili/errors/index.ts';
import type { SearchRequest, SearchResponse } from '../api-types.ts';
import { SearchService } from '../search/search-service.ts';
import { CliError } from './errors.ts';

/** How long an engine named by MEILI_URL may take to answer /health before it counts as not running. */
const NAMED_ENGINE_PROBE_MS = 5000;

export async function searchEngine(
  request: SearchRequest,
  config: Config,
  log: (m: string) => void,
): Promise<SearchResponse> {
  // An engine the user names must answer now: waiting the start timeout for a closed port helps no one.
  // A closed port is refused at once; the 5 s are for an engine busy indexing on a loaded machine, whose
  // /health took more than the 1 s default in a CI run (it said "not running" of a running engine).
  if (config.meiliUrl && !(await isHealthy(config.meiliUrl.replace(/\/+$/, ''), NAMED_ENGINE_PROBE_MS)))
    throw engineDown(config.meiliUrl);
  let engine: Engine | undefined;
  try {
    engine = await startEngine(engineOptions(config));
    if (engine.origin === 'embedded')
      log('search: no engine was running, started one for this search (`npm start` keeps one running)');
    const client = createClient({ url: engine.url, apiKey: engine.masterKey });
    // As `npm start`: the sample articles while the user's collection is empty (indexer/samples.ts).
    const collection = await currentCollection(client, config.indexUid);
    if (collection.samples)
      log(
        `search: your collection is empty: searching the sample articles (index your own with \`npm run index -- PATH\`)`,
      );
    const isEmpty = async () => (await client.index(config.indexUid).getStats()).numberOfDocuments === 0;
    let response: SearchResponse;
    try {
      response = await new SearchService(client, collection.indexUid).search(request);
    } catch (e) {
      // An index created but never filled has none of our settings either: the search fails on them.
      if (apiErrorOf(e) && meiliErrorCode(e) !== 'index_not_found' && (await isEmpty().catch(() => false)))
        throw emptyIndex(config);
      throw e;
    }
    if (response.total === 0 && (await isEmpty())) throw emptyIndex(config);
    return response;
  } catch (e) {
    throw explain(e, config);
  } finally {
    await engine?.stop(); // only stops an engine this search started
  }
}

function explain(e: unknown, config: Config): Error {
  if (e instanceof CliError) return e;
  if (meiliErrorCode(e) === 'index_not_found') {
    return new CliError(
      `search: there is no index "${config.indexUid}" yet: run \`npm start\` (it shows the sample articles until you index your own) or \`npm run index -- PATH\``,
      1,
      { cause: e },
    );
  }
  if (meiliErrorCode(e) === 'invalid_api_key' || meiliErrorCode(e) === 'missing_authorization_header') {
    return new CliError('search: the engine refused the key: set MEILI_MASTER_KEY to its master key', 1, { cause: e });
  }
  const apiError = apiErrorOf(e);
  if (apiError) return new CliError(`search: the engine refused the search: ${apiError.message}`, 1, { cause: e });
  if (e instanceof EngineError) return new CliError(`search: ${e.message}`, 1, { cause: e });
  if (e instanceof MeilisearchRequestError || e instanceof MeilisearchRequestTimeOutError)
    return engineDown(config.meiliUrl ?? 'the engine', e);
  return e instanceof Error ? e : new Error(String(e));
}

function emptyIndex(config: Config): CliError {
  return new CliError(
    `search: the index "${config.indexUid}" is empty: index documents with \`npm run index -- PATH\` (or run \`npm start\`, which indexes seeds/ into an empty index)`,
  );
}

function engineDown(url: string, cause?: unknown): CliError {
  return new CliError(
    `search: the search engine is not running: nothing answers at ${url} (MEILI_URL). ` +
      'Start that Meilisearch, or unset MEILI_URL and run `npm start`, which starts one (and shows the sample articles until you index your own).',
    1,
    { cause },
  );
}
