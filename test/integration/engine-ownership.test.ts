/**
 * One engine owner per data directory. `npm start` started while another process (here: a stand-in
 * for an indexer, holding the engine through the same `startEngine`) owns the engine uses it, and
 * runs the engine itself once that process has gone. A frozen engine makes the indexer say so and
 * give up, instead of opening the same database with a second Meilisearch.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../indexer/meili/engine.ts';
import { readLock } from '../../indexer/meili/lock.ts';
import { enginePids } from '../support/engine.ts';
import {
  cleanUp,
  get,
  run,
  startServer,
  tempDataDir,
  waitFor,
  waitForOutput,
  type Service,
} from './service-support.ts';

afterAll(cleanUp);

/** A process that owns the engine of `dataDir` until it gets SIGTERM, as `npm run index` does while it runs. */
function engineOwner(dataDir: string): Service {
  const script = path.join(dataDir, 'owner.mts');
  fs.writeFileSync(
    script,
    `import { startEngine } from ${JSON.stringify(path.resolve('indexer/meili/engine.ts'))};
    const e = await startEngine({ dataDir: ${JSON.stringify(dataDir)}, role: 'indexer' });
    process.on('SIGTERM', () => e.stop().then(() => process.exit(0)));
    console.log('owner ready'); setInterval(() => {}, 1000);`,
  );
  return run(process.execPath, ['--import', 'tsx', script], {});
}

const QUERY = encodeURIComponent('هانوي'); // Hanoi: in one seed article

describe('one engine owner per data directory', () => {
  it('npm start uses the engine of a running indexer, and takes it over when the indexer exits', async () => {
    const dataDir = tempDataDir('owner-takeover');
    const owner = engineOwner(dataDir);
    await waitForOutput(owner, 'owner ready');
    expect(readLock(path.join(dataDir, 'engine.lock'))).toMatchObject({ pid: owner.child.pid, role: 'indexer' });

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer({ DATA_DIR: dataDir, PORT: String(port) });
    try {
      expect(server.output()).toMatch(/engine: using the Meilisearch of .* run by pid \d+ \(indexer/);
      expect(enginePids(dataDir)).toHaveLength(1);
      expect((await get(`${base}/api/search?q=${QUERY}`)).status).toBe(200);

      owner.child.kill('SIGTERM'); // the indexer finishes and stops the engine it started
      expect(await owner.exited).toBe(0);
      await waitForOutput(server, /this process now runs the Meilisearch/, 30_000);
      expect(await waitFor(async () => (await get(`${base}/api/search?q=${QUERY}`)).status === 200, 20_000)).toBe(true);
      const body = (await get(`${base}/api/search?q=${QUERY}`)).body as { total: number };
      expect(body.total).toBe(1);
      expect(readLock(path.join(dataDir, 'engine.lock'))).toMatchObject({ pid: server.child.pid, role: 'npm start' });
      expect(enginePids(dataDir)).toHaveLength(1);
      expect((await get(`${base}/readyz`)).body).toMatchObject({ status: 'ready', restarts: 1 });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(enginePids(dataDir)).toEqual([]);
  }, 180_000);

  it('a frozen engine: the indexer says who runs it and does not start a second Meilisearch on the same database', async () => {
    const dataDir = tempDataDir('owner-frozen');
    const owner = engineOwner(dataDir);
    await waitForOutput(owner, 'owner ready');
    const [pid] = enginePids(dataDir);
    process.kill(pid!, 'SIGSTOP');
    try {
      fs.writeFileSync(path.join(dataDir, 'one.txt'), 'خبر قصير عن هانوي.'); // a short news item about Hanoi
      const indexer = run(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', path.join(dataDir, 'one.txt')], {
        DATA_DIR: dataDir,
        MEILI_URL: '',
        MEILI_MASTER_KEY: '',
        MEILI_START_TIMEOUT_MS: '3000',
      });
      expect(await indexer.exited).toBe(2);
      expect(indexer.output()).toMatch(
        new RegExp(
          `is run by pid ${owner.child.pid} \\(indexer.*does not answer.*Not starting a second Meilisearch on the same database`,
          's',
        ),
      );
      expect(enginePids(dataDir)).toEqual([pid]);
    } finally {
      process.kill(pid!, 'SIGCONT');
      owner.child.kill('SIGTERM');
      await owner.exited;
    }
  }, 120_000);
});
