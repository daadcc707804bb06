/**
 * A real server for integration and browser tests: the Express app over the run's real Meilisearch,
 * with `seeds/` (plus any extra paths) indexed into a fresh index, listening on a free port.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { createApp } from '../../server/app.ts';
import { acceptRawUtf8Urls } from '../../server/raw-utf8-url.ts';
import { engineReadiness } from '../../server/readiness.ts';
import { SearchService } from '../../server/search/search-service.ts';
import { collectionSuggestions } from '../../server/suggestions.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { createClient, ensureSearchKey } from '../../indexer/meili/client.ts';
import { testClient, testEngine, uniqueIndexUid } from './engine.ts';

export const SEEDS = path.resolve('seeds');

export interface TestServer {
  baseUrl: string;
  indexUid: string;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** Indexes seeds (and `docs`) into a fresh index; returns the app without listening. */
export async function seededApp(options: { indexUid?: string; docs?: string[]; rateLimitPerMinute?: number } = {}) {
  const indexUid = options.indexUid ?? uniqueIndexUid('test');
  const admin = testClient();
  await indexPaths([SEEDS, ...(options.docs ?? [])], { client: admin, indexUid });
  const { url } = testEngine();
  const client = createClient({ url, apiKey: await ensureSearchKey(admin, indexUid) });
  const app = createApp({
    search: new SearchService(client, indexUid),
    readiness: engineReadiness(client, indexUid),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    suggestions: collectionSuggestions(client, { indexUid, samples: false }),
  });
  return { app, indexUid, client };
}

export async function startTestServer(options: { indexUid?: string; docs?: string[] } = {}): Promise<TestServer> {
  const { app, indexUid } = await seededApp(options);
  const server = await new Promise<Server>((resolve) => {
    const s = acceptRawUtf8Urls(app.listen(0, '127.0.0.1', () => resolve(s)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    indexUid,
    app,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
