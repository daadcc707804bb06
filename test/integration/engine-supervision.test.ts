/**
 * The engine supervised by `npm start`: killed (kill -9) under load it is restarted and searches
 * answer again within 10 s, with a log line and a restart in /readyz; frozen (SIGSTOP) the API
 * answers 503 at once, /readyz says so, /healthz stays up, and the frozen engine is replaced.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../indexer/meili/engine.ts';
import { enginePids } from '../support/engine.ts';
import { cleanUp, get, startServer, tempDataDir, waitFor, waitForOutput } from './service-support.ts';

afterAll(cleanUp);

const QUERY = encodeURIComponent('باتروشيف'); // Patrushev: in two seed articles

describe('npm start supervises its engine', () => {
  it('kill -9 of the engine under load: searches answer 200 again within 10 s, and the restart is logged and in /readyz', async () => {
    const dataDir = tempDataDir('supervise-kill');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer({ DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_PER_MINUTE: '1000000' });
    try {
      expect((await get(`${base}/api/search?q=${QUERY}`)).status).toBe(200);
      const [pid] = enginePids(dataDir);
      expect(pid).toBeGreaterThan(0);

      // Load: 4 connections searching in a loop; every answer recorded with its time.
      const answers: { at: number; status: number }[] = [];
      let loading = true;
      const workers = Array.from({ length: 4 }, async () => {
        while (loading) {
          const r = await get(`${base}/api/search?q=${QUERY}`, 10_000);
          answers.push({ at: performance.now(), status: r.status });
        }
      });
      const health: number[] = [];
      const healthLoop = (async () => {
        while (loading) {
          health.push((await get(`${base}/healthz`, 2000)).status);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      await waitFor(() => answers.length >= 20);

      const killedAt = performance.now();
      process.kill(pid!, 'SIGKILL');
      const back = await waitFor(
        () => answers.some((a) => a.at > killedAt && a.status !== 200) && answers.at(-1)!.status === 200,
        20_000,
      );
      loading = false;
      await Promise.all([...workers, healthLoop]);

      expect(back).toBe(true);
      const firstFailure = answers.find((a) => a.at > killedAt && a.status !== 200)!;
      const recovered = answers.find((a) => a.at > firstFailure.at && a.status === 200)!;
      expect(recovered.at - killedAt).toBeLessThan(10_000);
      expect(new Set(answers.filter((a) => a.status !== 200).map((a) => a.status))).toEqual(new Set([503])); // never a 500 or a hang
      expect(health.every((s) => s === 200)).toBe(true); // /healthz is the process, not the engine
      expect(server.output()).toMatch(/engine: Meilisearch exited with SIGKILL; restarting it in \d+ ms \(restart 1/);
      expect(enginePids(dataDir)).toHaveLength(1);
      // The engine answers searches a moment before the supervisor's own check marks it up again.
      let ready = await get(`${base}/readyz`);
      await waitFor(async () => {
        ready = await get(`${base}/readyz`);
        return ready.body?.['state'] === 'up';
      }, 5000);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ready',
        state: 'up',
        restarts: 1,
        lastRestart: { reason: 'exited with SIGKILL' },
      });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(enginePids(dataDir)).toEqual([]);
  }, 120_000);

  it('a frozen engine (SIGSTOP): fast 503s, /readyz says it does not answer, /healthz stays up; then it is killed and restarted', async () => {
    const dataDir = tempDataDir('supervise-freeze');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer({
      DATA_DIR: dataDir,
      PORT: String(port),
      MEILI_HANG_TIMEOUT_MS: '12000',
      MEILI_TIMEOUT_MS: '5000',
    });
    const [pid] = enginePids(dataDir);
    try {
      expect((await get(`${base}/api/search?q=${QUERY}`)).status).toBe(200);
      process.kill(pid!, 'SIGSTOP');
      // Within about a second the monitor knows; from then on no request waits for the engine.
      const known = async () =>
        /does not answer \/health/.test(String((await get(`${base}/readyz`, 3000)).body?.reason));
      expect(await waitFor(known, 5000)).toBe(true);
      const search = await get(`${base}/api/search?q=${QUERY}`);
      expect(search.status).toBe(503);
      expect(search.body).toMatchObject({ error: { code: 'engine_unavailable' } });
      const ready = await get(`${base}/readyz`);
      expect(ready.body).toMatchObject({ status: 'unavailable', engine: false, state: 'not answering' });
      expect((ready.body as { reason: string }).reason).toMatch(/does not answer \/health/);
      const health = await get(`${base}/healthz`);
      expect(health.status).toBe(200);
      // Fast: each answer well under the 5 s request time limit it would otherwise wait.
      expect(Math.max(search.ms, ready.ms, health.ms)).toBeLessThan(1000);

      // After MEILI_HANG_TIMEOUT_MS without /health the supervisor kills and restarts it.
      await waitForOutput(server, /not answered for \d+ s \(frozen\?\); killing pid/, 20_000);
      expect(await waitFor(async () => (await get(`${base}/api/search?q=${QUERY}`)).status === 200, 20_000)).toBe(true);
      expect(enginePids(dataDir)).toHaveLength(1);
      expect(enginePids(dataDir)).not.toContain(pid);
    } finally {
      try {
        process.kill(pid!, 'SIGCONT');
      } catch {
        /* killed by the supervisor */
      }
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);
});
