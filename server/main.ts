/**
 * `npm start`: runs (or joins) the engine of DATA_DIR, shows the sample articles while the user's
 * collection is empty (indexer/samples.ts), and
 * serves the page and the API on HOST:PORT. As a service: SIGTERM, SIGINT or SIGHUP sent to this
 * process (a process manager, `docker stop`, Ctrl-C) stop the server and the engine it runs; a busy
 * port or a refused key ends it with a message and a non-zero status.
 */
import type { Server } from 'node:http';
import { engineOptions, readConfig } from '../indexer/config.ts';
import { createClient, ensureSearchKey } from '../indexer/meili/client.ts';
import { startEngine, type Engine } from '../indexer/meili/engine.ts';
import { isSharded } from '../indexer/meili/shard-engines.ts';
import { startSharded } from './sharded-start.ts';
import { withIndexLock } from '../indexer/meili/index-lock.ts';
import { analysisDrift, driftWarning } from '../indexer/meili/analysis-drift.ts';
import { collectionSettingsMismatch } from '../indexer/meili/vocab.ts';
import { chooseCollection, currentCollection, type Collection } from '../indexer/samples.ts';
import { CollectionSwitch, type Served } from './collection-switch.ts';
import { createApp } from './app.ts';
import { acceptRawUtf8Urls } from './raw-utf8-url.ts';
import { EngineMonitor, engineReadiness } from './readiness.ts';
import { collectionSuggestions } from './suggestions.ts';
import { SearchService } from './search/search-service.ts';

export interface Running {
  server: Server;
  engine?: Engine;
  url: string;
  close(): Promise<void>;
}

/** How long `close()` lets open requests finish before it drops their connections. */
const CLOSE_GRACE_MS = 1000;

export async function start(env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const config = readConfig(env);
  if (isSharded(config)) return startSharded(config); // SHARDS or MEILI_REMOTES: docs/sharding.md
  const log = (m: string) => console.log(m);
  const engine = await startEngine({ ...engineOptions(config, log), role: 'npm start', takeOver: true });
  const monitor = new EngineMonitor(() => engine.url).start();
  try {
    const admin = createClient({ url: () => engine.url, apiKey: engine.masterKey || undefined });
    // The user's collection, or the samples while it is empty (indexer/samples.ts); indexing the samples
    // takes the index lock like any indexing run.
    const collection = await withIndexLock(
      {
        dataDir: config.dataDir,
        indexUid: config.indexUid,
        role: 'npm start (samples)',
        timeoutMs: config.indexLockTimeoutMs,
        log,
      },
      () => chooseCollection(admin, config, log),
    );
    // An index built by an earlier version lacks fields or settings the searches now use (the `alt`
    // fields, say: searches on it would fail), or its vocabulary does (names, did you mean). Say so
    // once, with the remedy, and serve what works.
    const stale = await collectionSettingsMismatch(admin, collection.indexUid);
    if (stale.length > 0)
      log(
        `server: warning: the index ${collection.indexUid} was built by an earlier version (${stale.length} setting(s) differ: ` +
          `${stale[0]}); index your collection again (npm run index -- PATH) before searching it`,
      );
    // So are stems an earlier analyzer made: queries, analyzed now, miss the words it stemmed otherwise.
    else if (!collection.samples) {
      const warning = driftWarning(collection.indexUid, await analysisDrift(admin, collection.indexUid));
      if (warning) log(warning);
    }
    // What requests ask with the master key (the collection switch below): bounded like a search, so a
    // frozen engine answers 503 quickly instead of holding the request.
    const bounded = createClient({
      url: () => engine.url,
      apiKey: engine.masterKey || undefined,
      timeoutMs: config.requestTimeoutMs,
      unavailable: monitor.unavailable,
    });
    // Everything served from one collection, through a search key limited to it.
    const serve = async (c: Collection): Promise<Served> => {
      const searchKey = engine.masterKey ? await ensureSearchKey(bounded, c.indexUid) : undefined;
      const client = createClient({
        url: () => engine.url,
        apiKey: searchKey,
        timeoutMs: config.requestTimeoutMs,
        unavailable: monitor.unavailable,
      });
      return {
        search: new SearchService(client, c.indexUid),
        readiness: engineReadiness(client, c.indexUid, { monitor, engine }),
        suggestions: collectionSuggestions(client, c),
      };
    };
    const first = await serve(collection);
    // While the samples are shown, a first collection indexed meanwhile is served as soon as it exists.
    const served = collection.samples
      ? new CollectionSwitch(collection, first, { find: () => currentCollection(bounded, config.indexUid), serve, log })
      : first;
    const app = createApp({
      search: served.search,
      readiness: served.readiness,
      suggestions: served.suggestions,
      rateLimitPerMinute: config.rateLimitPerMinute,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      // Express 5 hands a listen error (EADDRINUSE…) to this callback, not to an 'error' event.
      const s = app.listen(config.port, config.host, (err?: Error) => {
        if (err)
          reject(
            new Error(
              `server: cannot listen on ${config.host}:${config.port} (${(err as NodeJS.ErrnoException).code ?? err.message}); ` +
                'another program uses that port: set PORT to a free one (or stop the other program)',
            ),
          );
        else resolve(s);
      });
      acceptRawUtf8Urls(s); // curl with unencoded Arabic in the URL
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    return {
      server,
      engine,
      url,
      close: async () => {
        monitor.stop();
        const closed = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        await closed;
        clearTimeout(force);
        await engine.stop();
      },
    };
  } catch (err) {
    monitor.stop();
    await engine.stop();
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let running: Running | undefined;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`server: ${signal}, stopping`);
    // While starting there is nothing to close but the engine, which guard.sh stops when we exit.
    if (!running) process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    running.close().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(`server: ${err.message}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  // Killed without a word to us (npm got SIGKILL): we were re-parented. Nobody will stop us; stop now.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      console.log(`server: parent process ${parent} is gone`);
      stop('SIGTERM');
    }
  }, 1000).unref();
  start().then(
    (r) => {
      running = r;
      console.log(`server: search at ${r.url}  (API: ${r.url}/api/search?q=…)`);
    },
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
