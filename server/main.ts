/**
 * `npm start`: runs (or joins) the engine of DATA_DIR, indexes `seeds/` when the index is empty, and
 * serves the page and the API on HOST:PORT. As a service: SIGTERM, SIGINT or SIGHUP sent to this
 * process (a process manager, `docker stop`, Ctrl-C) stop the server and the engine it runs; a busy
 * port or a refused key ends it with a message and a non-zero status.
 */
import type { Server } from 'node:http';
import { indexPaths } from '../indexer/index-paths.ts';
import { engineOptions, readConfig } from '../indexer/config.ts';
import { createClient } from '../indexer/meili/client.ts';
import { startEngine, type Engine } from '../indexer/meili/engine.ts';
import { withIndexLock } from '../indexer/meili/index-lock.ts';
import { ensureSearchKey } from '../indexer/meili/keys.ts';
import { createApp } from './app.ts';
import { EngineMonitor, engineReadiness } from './readiness.ts';
import { SearchService } from './search/search-service.ts';

export interface Running { server: Server; engine: Engine; url: string; close(): Promise<void> }

/** How long `close()` lets open requests finish before it drops their connections. */
const CLOSE_GRACE_MS = 1000;

export async function start(env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const config = readConfig(env);
  const log = (m: string) => console.log(m);
  const engine = await startEngine({ ...engineOptions(config, log), role: 'npm start', takeOver: true });
  const monitor = new EngineMonitor(() => engine.url).start();
  try {
    const admin = createClient({ url: () => engine.url, apiKey: engine.masterKey || undefined });
    const stats = await admin.index(config.indexUid).getStats().catch(() => null);
    if (!stats || stats.numberOfDocuments === 0) {
      await withIndexLock({ dataDir: config.dataDir, indexUid: config.indexUid, role: 'npm start (seeding)', timeoutMs: config.indexLockTimeoutMs, log }, async () => {
        // Another run may have filled it while we waited for the lock.
        const now = await admin.index(config.indexUid).getStats().catch(() => null);
        if (now && now.numberOfDocuments > 0) return;
        console.log(`server: index "${config.indexUid}" is empty; indexing ${config.seedDir} so there is something to search`);
        const summary = await indexPaths([config.seedDir], { client: admin, indexUid: config.indexUid });
        console.log(`server: indexed ${summary.documents} documents (${summary.passages} passages)`);
      });
    }
    const searchKey = engine.masterKey ? await ensureSearchKey(admin, config.indexUid) : undefined;
    const client = createClient({ url: () => engine.url, apiKey: searchKey, timeoutMs: config.requestTimeoutMs, unavailable: monitor.unavailable });
    const app = createApp({
      search: new SearchService(client, config.indexUid),
      readiness: engineReadiness(client, config.indexUid, { monitor, engine }),
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE ? Number(env.RATE_LIMIT_PER_MINUTE) : undefined,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      // Express 5 hands a listen error (EADDRINUSE…) to this callback, not to an 'error' event.
      const s = app.listen(config.port, config.host, (err?: Error) => {
        if (err) reject(new Error(`server: cannot listen on ${config.host}:${config.port} (${(err as NodeJS.ErrnoException).code ?? err.message}); ` +
          'another program uses that port: set PORT to a free one (or stop the other program)'));
        else resolve(s);
      });
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    return {
      server, engine, url,
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
    running.close().then(() => process.exit(0), (err: Error) => { console.error(`server: ${err.message}`); process.exit(1); });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  // Killed without a word to us (npm got SIGKILL): we were re-parented. Nobody will stop us; stop now.
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) { console.log(`server: parent process ${parent} is gone`); stop('SIGTERM'); } }, 1000).unref();
  start().then((r) => {
    running = r;
    console.log(`server: search at ${r.url}  (API: ${r.url}/api/search?q=…)`);
  }, (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
