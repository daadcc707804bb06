/**
 * `npm run soak`: `npm start` under searches at load while its engine is killed (kill -9) and
 * `--rebuild` runs swap the index, all on 127.0.0.1 and bounded in time. Prints the requests,
 * the answers by status, and the longest outage (time without a 200 answer).
 *
 *   SOAK_SECONDS (default 60)   how long the load runs
 *   SOAK_CONNECTIONS (default 8) concurrent search loops
 *   SOAK_KILL_EVERY_S (default 15), SOAK_REBUILD_EVERY_S (default 20)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../indexer/meili/engine.ts';
import { readLock } from '../../indexer/meili/lock.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const KILL_EVERY_MS = Number(process.env.SOAK_KILL_EVERY_S ?? 15) * 1000;
const REBUILD_EVERY_MS = Number(process.env.SOAK_REBUILD_EVERY_S ?? 20) * 1000;
// China, Moscow, Patrushev (Latin), Hanoi, cooperation: a mix of tiers.
const QUERIES = ['الصين', 'بموسكو', 'Patrushev', 'هانوي', 'التعاون', 'Xi Jinping'];

function node(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  return { child, output: () => output, exited: new Promise((r) => child.once('exit', (code) => r(code))) };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'soak-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    MEILI_URL: '',
    MEILI_MASTER_KEY: '',
    RATE_LIMIT_PER_MINUTE: '100000000',
  };
  const server = node(['server/main.ts'], env);
  try {
    const readyBy = Date.now() + 120_000;
    while (!server.output().includes('search at')) {
      if (Date.now() > readyBy || server.child.exitCode !== null)
        throw new Error(`soak: npm start did not come up:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(
      `soak: ${SECONDS} s, ${CONNECTIONS} connections on ${base}; kill -9 of the engine every ${KILL_EVERY_MS / 1000} s, --rebuild every ${REBUILD_EVERY_MS / 1000} s`,
    );

    const byStatus = new Map<number, number>();
    const codes = new Map<string, number>();
    const outages: string[] = [];
    const events: string[] = [];
    const t0 = performance.now();
    let lastOk = performance.now();
    let longestOutage = 0;
    let requests = 0;
    const end = performance.now() + SECONDS * 1000;
    const loops = Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; performance.now() < end; i += CONNECTIONS) {
        let status = 0;
        try {
          const res = await fetch(`${base}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`, {
            signal: AbortSignal.timeout(15_000),
          });
          const body = await res.text();
          status = res.status;
          if (status !== 200) {
            const code = /"code":"([a-z_]+)"/.exec(body)?.[1] ?? '?';
            codes.set(`${status} ${code}`, (codes.get(`${status} ${code}`) ?? 0) + 1);
          }
        } catch {
          /* status 0: no HTTP answer */
        }
        requests++;
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        const now = performance.now();
        if (status === 200) {
          if (now - lastOk > 2000)
            outages.push(`${((lastOk - t0) / 1000).toFixed(1)}–${((now - t0) / 1000).toFixed(1)} s`);
          longestOutage = Math.max(longestOutage, now - lastOk);
          lastOk = now;
        } else await new Promise((r) => setTimeout(r, 5)); // a failing engine answers at once: do not spin
      }
    });

    let kills = 0;
    const rebuilds: (number | null)[] = [];
    const chaos = (async () => {
      let nextKill = performance.now() + KILL_EVERY_MS;
      let nextRebuild = performance.now() + REBUILD_EVERY_MS / 2;
      const running: Promise<unknown>[] = [];
      while (performance.now() < end - 2000) {
        const now = performance.now();
        if (now >= nextKill) {
          const pid = readLock(path.join(dataDir, 'engine.lock'))?.enginePid;
          if (typeof pid === 'number') {
            try {
              process.kill(pid, 'SIGKILL');
              kills++;
              events.push(`kill at ${((now - t0) / 1000).toFixed(1)} s`);
            } catch {
              /* restarting already */
            }
          }
          nextKill = now + KILL_EVERY_MS;
        }
        if (now >= nextRebuild) {
          const run = node(['indexer/cli.ts', path.resolve('seeds'), '--rebuild'], env);
          events.push(`rebuild at ${((now - t0) / 1000).toFixed(1)} s`);
          running.push(
            run.exited.then((code) => {
              rebuilds.push(code);
              if (code !== 0) console.log(`soak: a rebuild exited ${code}:\n${run.output().slice(-600)}`);
            }),
          );
          nextRebuild = now + REBUILD_EVERY_MS;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      await Promise.all(running);
    })();
    await Promise.all([...loops, chaos]);
    longestOutage = Math.max(longestOutage, Math.min(performance.now(), end) - lastOk); // rebuilds may finish after the load

    const ready = (await (await fetch(`${base}/readyz`)).json()) as { restarts?: number };
    const statuses = [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s === 0 ? 'no answer' : s}: ${n}`)
      .join(', ');
    console.log(`soak: ${requests} requests (${(requests / SECONDS).toFixed(0)}/s); by status: ${statuses}`);
    console.log(
      `soak: longest outage ${(longestOutage / 1000).toFixed(2)} s; engine killed ${kills} time(s), restarts seen by /readyz: ${ready.restarts}; rebuilds: ${rebuilds.length} (exit codes ${rebuilds.join(', ') || '—'})`,
    );
    console.log(`soak: errors by code: ${[...codes].map(([c, n]) => `${c}: ${n}`).join(', ') || 'none'}`);
    console.log(`soak: outages over 2 s: ${outages.join(', ') || 'none'}; events: ${events.join(', ')}`);
    const restartLines = server
      .output()
      .split('\n')
      .filter((l) => /restarting it|is back on/.test(l));
    console.log(`soak: engine log lines:\n  ${restartLines.join('\n  ')}`);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exitCode = 1;
});
