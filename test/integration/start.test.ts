/**
 * `npm start` as a user runs it: a fresh DATA_DIR gets the seeds indexed and the API answers;
 * Ctrl-C stops server and engine; a second start does not re-index a collection that exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enginePids } from '../support/engine.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-start-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill('SIGKILL'); // after a failed assertion, nothing keeps running
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `npm start` on PORT=0: the server binds a port itself and says which (no port race). */
async function startServer(): Promise<{ child: ChildProcess; output: () => string; port: number }> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', MEILI_URL: '', MEILI_MASTER_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    const read = (d: Buffer) => {
      output += d.toString();
      const url = /search at http:\/\/\S+?:(\d+)\b/.exec(output); // localhost, 127.0.0.1 or HOST
      if (url) resolve(Number(url[1]));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { child, output: () => output, port };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGINT');
  return exited;
}

describe('npm start', () => {
  it('indexes the seeds on first run, serves page and API, and Ctrl-C leaves no engine', async () => {
    const { child, output, port } = await startServer();
    expect(output()).toContain('indexing');
    const api = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('باتروشيف')}`);
    const body = await api.json() as { total: number; hits: { source: string }[] };
    expect(body.total).toBe(2);
    expect(body.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['001', '002']);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('dir="rtl"');
    expect(enginePids(dataDir)).not.toEqual([]);
    expect(await stop(child)).toBe(0);
    expect(enginePids(dataDir)).toEqual([]);
  });

  it('does not re-index a collection that already exists', async () => {
    const { child, output, port } = await startServer();
    expect(output()).not.toContain('indexing');
    const body = await (await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('هانوي')}`)).json() as { total: number };
    expect(body.total).toBe(1);
    expect(await stop(child)).toBe(0);
  });
});
