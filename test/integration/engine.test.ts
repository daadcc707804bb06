/**
 * The embedded engine: started from the npm binary, shared between processes on one data directory,
 * stopped with its parent however the parent ends (no orphan Meilisearch).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isHealthy, locateBinary, startEngine } from '../../indexer/meili/engine.ts';
import { EngineError } from '../../indexer/meili/errors/index.ts';
import { enginePids } from '../support/engine.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('startEngine', () => {
  it('starts Meilisearch on 127.0.0.1 with a generated master key kept in the data directory, and stops it', async () => {
    const dataDir = tempDir();
    const engine = await startEngine({ dataDir });
    expect(engine.origin).toBe('embedded');
    expect(engine.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim()).toBe(engine.masterKey);
    const unauth = await fetch(`${engine.url}/indexes`);
    expect(unauth.status).toBe(401);
    expect(
      execFileSync('ps', ['-o', 'args=', '-p', String(enginePids(dataDir)[0])], { encoding: 'utf8' }),
    ).not.toContain(engine.masterKey);
    await engine.stop();
    expect(await isHealthy(engine.url)).toBe(false);
    expect(enginePids(dataDir)).toEqual([]);
  });

  it('when the port it picked is taken before Meilisearch binds it, it tries another one', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const takenPort = (taken.address() as net.AddressInfo).port;
    const picks = [takenPort];
    const messages: string[] = [];
    try {
      const engine = await startEngine({
        dataDir: tempDir(),
        pickPort: async () => picks.shift() ?? freePort(),
        log: (m) => messages.push(m),
      });
      expect(engine.url).not.toBe(`http://127.0.0.1:${takenPort}`);
      expect(await isHealthy(engine.url)).toBe(true);
      expect(messages.join('\n')).toContain(`port ${takenPort} was taken`);
      await engine.stop();
    } finally {
      taken.close();
    }
  });

  it('a port given explicitly and taken is an error naming the log, not a silent switch', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      await expect(startEngine({ dataDir: tempDir(), port })).rejects.toThrow(
        /engine: Meilisearch did not start .*meilisearch\.log/,
      );
    } finally {
      taken.close();
    }
  });

  it('a second process on the same data directory shares the running engine instead of starting another', async () => {
    const dataDir = tempDir();
    const first = await startEngine({ dataDir });
    const second = await startEngine({ dataDir });
    expect(second.origin).toBe('shared');
    expect(second.url).toBe(first.url);
    expect(second.masterKey).toBe(first.masterKey);
    await second.stop();
    expect(await isHealthy(first.url)).toBe(true);
    await first.stop();
  });

  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)(
    'leaves no engine behind when its parent gets %s',
    async (signal) => {
      const dataDir = tempDir();
      const script = `import { startEngine } from ${JSON.stringify(path.resolve('indexer/meili/engine.ts'))};
      const e = await startEngine({ dataDir: ${JSON.stringify(dataDir)} });
      const stop = () => e.stop().then(() => process.exit(0));
      process.on('SIGTERM', stop); process.on('SIGINT', stop);
      console.log('ready'); setInterval(() => {}, 1000);`;
      const file = path.join(dataDir, 'parent.mts');
      fs.writeFileSync(file, script);
      const parent = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise<void>((resolve, reject) => {
          parent.stdout!.on('data', (d: Buffer) => {
            if (d.toString().includes('ready')) resolve();
          });
          parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
        });
        expect(enginePids(dataDir).length).toBe(1);
        parent.kill(signal);
        expect(await waitFor(() => enginePids(dataDir).length === 0)).toBe(true);
      } finally {
        parent.kill('SIGKILL'); // a failed assertion must not leave the parent (and its engine) running
      }
    },
  );

  it('says exactly what to do when there is no binary', () => {
    expect(() => locateBinary('/nonexistent/meilisearch')).toThrow(EngineError);
    expect(() => locateBinary('/nonexistent/meilisearch')).toThrow(
      /MEILI_BIN=\/nonexistent\/meilisearch does not exist/,
    );
  });

  it('reports an unreachable MEILI_URL with the remedy', async () => {
    await expect(startEngine({ dataDir: tempDir(), url: 'http://127.0.0.1:9', startTimeoutMs: 500 })).rejects.toThrow(
      /MEILI_URL=http:\/\/127\.0\.0\.1:9 does not answer \/health.*unset MEILI_URL/,
    );
  });
});
