/**
 * `npm start`: starts (or finds) the engine, shows the sample articles while the user's collection is
 * empty (indexer/samples.ts), and serves the
 * page and the API on PORT. Ctrl-C stops the server and the engine it started.
 */
import type { Server } from 'node:http';
import { engineOptions, readConfig } from '../indexer/config.ts';
import { createClient, ensureSearchKey } from '../indexer/meili/client.ts';
import { startEngine, type Engine } from '../indexer/meili/engine.ts';
import { isSharded } from '../indexer/meili/shard-engines.ts';
import { startSharded } from './sharded-start.ts';
import { chooseCollection } from '../indexer/samples.ts';
import { collectionSuggestions } from './suggestions.ts';
import { createApp } from './app.ts';
import { engineReadiness } from './readiness.ts';
import { acceptRawUtf8Urls } from './raw-utf8-url.ts';
import { SearchService } from './search/search-service.ts';

export interface Running { server: Server; engine?: Engine; url: string; close(): Promise<void> }

export async function start(env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const config = readConfig(env);
  if (isSharded(config)) return startSharded(config); // SHARDS or MEILI_REMOTES: docs/sharding.md
  const engine = await startEngine(engineOptions(config, (m) => console.log(m)));
  try {
    const admin = createClient({ url: engine.url, apiKey: engine.masterKey || undefined });
    const collection = await chooseCollection(admin, config, (m) => console.log(m)); // the user's, or the samples while it is empty
    const searchKey = engine.masterKey ? await ensureSearchKey(admin, collection.indexUid) : undefined;
    const client = createClient({ url: engine.url, apiKey: searchKey });
    const app = createApp({
      search: new SearchService(client, collection.indexUid),
      readiness: engineReadiness(client, collection.indexUid),
      suggestions: collectionSuggestions(client, collection),
      rateLimitPerMinute: config.rateLimitPerMinute,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, () => resolve(s));
      acceptRawUtf8Urls(s); // curl with unencoded Arabic in the URL
      s.once('error', (e) => reject(new Error(`server: cannot listen on port ${config.port}: ${e.message}; set PORT to a free port`)));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    return {
      server, engine, url,
      close: async () => {
        await new Promise<void>((r) => server.close(() => r()));
        await engine.stop();
      },
    };
  } catch (err) {
    await engine.stop();
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  start().then((running) => {
    console.log(`server: search at ${running.url}  (API: ${running.url}/api/search?q=…)`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`server: ${signal}, stopping`);
      running.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  }, (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
