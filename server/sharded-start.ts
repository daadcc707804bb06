/**
 * `npm start` on a sharded collection (SHARDS=N or MEILI_REMOTES, docs/sharding.md): the engines are
 * started or reached and wired into one network, the index gets its settings on every shard, and the
 * search service runs over the federated client (search/federated.ts). The sample articles are not
 * shown here: sharding is for a collection that is already large.
 */
import type { Server } from 'node:http';
import type { Config } from '../indexer/config.ts';
import { createClient, ensureSearchKey } from '../indexer/meili/client.ts';
import { startShardEngines } from '../indexer/meili/shard-engines.ts';
import { prepareShards } from '../indexer/meili/sharded-index.ts';
import { collectionDrift, driftWarning } from '../indexer/meili/analysis-drift.ts';
import { createApp } from './app.ts';
import { acceptRawUtf8Urls } from './raw-utf8-url.ts';
import { engineReadiness } from './readiness.ts';
import { ShardedSearch } from './search/federated.ts';
import { SearchService } from './search/search-service.ts';
import { collectionSuggestions } from './suggestions.ts';

export interface ShardedRunning {
  server: Server;
  url: string;
  shards: string[];
  close(): Promise<void>;
}

export async function startSharded(config: Config, log: (m: string) => void = console.log): Promise<ShardedRunning> {
  const engines = await startShardEngines(config, log);
  try {
    const admins = engines.shards.map((s) => ({
      name: s.name,
      client: createClient({ url: s.url, apiKey: s.apiKey }),
    }));
    await prepareShards(admins, config.indexUid);
    // Stems an earlier analyzer made, on any shard (indexer/meili/analysis-drift.ts).
    const warning = driftWarning(
      config.indexUid,
      await collectionDrift(
        admins.map((a) => a.client),
        config.indexUid,
      ),
    );
    if (warning) log(warning);
    // The server searches each shard with a search-only key of that shard, as with one engine.
    const searchShards = await Promise.all(
      engines.shards.map(async (s, i) => ({
        ...s,
        apiKey: s.apiKey ? await ensureSearchKey(admins[i]!.client, config.indexUid) : undefined,
      })),
    );
    const client = new ShardedSearch(searchShards).client();
    const app = createApp({
      search: new SearchService(client, config.indexUid),
      readiness: engineReadiness(client, config.indexUid),
      suggestions: collectionSuggestions(client, { indexUid: config.indexUid, samples: false }),
      rateLimitPerMinute: config.rateLimitPerMinute,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, () => resolve(s));
      acceptRawUtf8Urls(s);
      s.once('error', (e) =>
        reject(new Error(`server: cannot listen on port ${config.port}: ${e.message}; set PORT to a free port`)),
      );
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(
      `server: collection "${config.indexUid}" on ${engines.shards.length} shards (${engines.shards.map((s) => `${s.name} ${s.url}`).join(', ')})`,
    );
    return {
      server,
      url: `http://localhost:${port}`,
      shards: engines.shards.map((s) => s.name),
      close: async () => {
        await new Promise<void>((r) => server.close(() => r()));
        await engines.stop();
      },
    };
  } catch (err) {
    await engines.stop();
    throw err;
  }
}
