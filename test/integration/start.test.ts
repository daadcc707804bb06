/**
 * `npm start` as a user runs it: a fresh DATA_DIR gets the seeds indexed and the API answers;
 * Ctrl-C stops server and engine; a second start does not re-index a collection that exists.
 * As a service: SIGTERM to the npm process stops server and engine within 5 s; a busy port and a
 * refused key end it with a message and a non-zero status; it listens on 127.0.0.1 by default.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../indexer/meili/engine.ts';
import { INDEX_SETTINGS } from '../../indexer/meili/settings.ts';
import { enginePids, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { get, run, waitFor, waitForOutput } from './service-support.ts';

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

/** The engine of a running `npm start` (its URL from the output, its key from DATA_DIR). */
function engineOf(output: string): (p: string, init?: RequestInit) => Promise<unknown> {
  const url = /engine: starting Meilisearch \(.*?\) on (http:\/\/[^,\s]+)/.exec(output)?.[1];
  if (!url) throw new Error(`no engine URL in:\n${output}`);
  const key = fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim();
  return (p, init = {}) =>
    fetch(`${url}${p}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    }).then((r) => r.json());
}

/** Gives index `uid` the searchable fields of an earlier version (exact forms searchable, no second-reading fields alt, title_alt). */
async function makeStale(engine: ReturnType<typeof engineOf>, uid: string): Promise<void> {
  await updateSettings(engine, `/indexes/${uid}/settings/searchable-attributes`, 'PUT', [
    'title_exact',
    'exact',
    'title_stem',
    'stem',
  ]);
}

async function updateSettings(
  engine: ReturnType<typeof engineOf>,
  route: string,
  method: string,
  body: unknown,
): Promise<void> {
  const { taskUid } = (await engine(route, { method, body: JSON.stringify(body) })) as { taskUid: number };
  const done = await waitFor(
    async () => ((await engine(`/tasks/${taskUid}`)) as { status: string }).status === 'succeeded',
    20_000,
  );
  if (!done) throw new Error(`settings task ${taskUid} did not succeed`);
}

describe('npm start', () => {
  it('indexes the seeds on first run, serves page and API, and Ctrl-C leaves no engine', async () => {
    const { child, output, port } = await startServer();
    expect(output()).toContain('indexing');
    const api = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('باتروشيف')}`);
    const body = (await api.json()) as { total: number; hits: { source: string }[] };
    expect(body.total).toBe(2);
    expect(body.hits.map((h) => h.source.slice(0, 3)).sort()).toEqual(['001', '002']);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('dir="rtl"');
    expect(enginePids(dataDir)).not.toEqual([]);
    expect(await stop(child)).toBe(0);
    expect(enginePids(dataDir)).toEqual([]);
    // A cold start (engine, seeds, vocabulary): 7–20 s on an idle 2-core machine, 30 s and more when
    // other test files load it at the same time.
  }, 90_000);

  it('does not re-index a collection that already exists', async () => {
    const { child, output, port } = await startServer();
    expect(output()).not.toContain('indexing');
    const body = (await (
      await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('هانوي')}`)
    ).json()) as { total: number };
    expect(body.total).toBe(1);
    expect(await stop(child)).toBe(0);
  });

  it('indexes the sample articles again when an earlier version indexed them', async () => {
    const first = await startServer();
    await makeStale(engineOf(first.output()), 'passages_samples');
    expect(await stop(first.child)).toBe(0);
    const { child, output, port } = await startServer();
    expect(output()).toContain('were indexed by an earlier version; indexing them again');
    const body = (await (
      await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('الوزير')}`)
    ).json()) as { total: number };
    expect(body.total).toBeGreaterThan(0); // the minister: the seeds write وزير, ووزير
    expect(await stop(child)).toBe(0);
  });

  it('indexes them again when their vocabulary has the settings of an earlier version (typos from 5 letters)', async () => {
    const first = await startServer();
    await updateSettings(engineOf(first.output()), '/indexes/passages_samples_vocab/settings/typo-tolerance', 'PATCH', {
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    });
    expect(await stop(first.child)).toBe(0);
    const { child, output, port } = await startServer();
    expect(output()).toContain('were indexed by an earlier version; indexing them again');
    const body = (await (
      await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('بوتن')}`)
    ).json()) as { total: number; didYouMean: { q: string }[] };
    // بوتن (Putin without its ي): 4 letters, one typo from بوتين, which the seeds write
    expect(body.total).toBe(0);
    expect(body.didYouMean.map((s) => s.q)).toContain('بوتين');
    expect(await stop(child)).toBe(0);
  });
});

describe('npm start while the samples are shown', () => {
  it('indexing a first collection meanwhile: the running server searches it within seconds, no restart', async () => {
    const { child, output, port } = await startServer();
    expect(output()).toContain('showing the sample articles');
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'first-collection-'));
    // Ministers of agriculture discuss the amber wheat crop.
    fs.writeFileSync(
      path.join(own, 'wheat.txt'),
      'وزراء الزراعة يبحثون محصول القمح العنبري\n\nاجتمع وزراء الزراعة لبحث محصول القمح العنبري.',
    );
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', own], {
        env: { ...process.env, DATA_DIR: dataDir, MEILI_URL: '', MEILI_MASTER_KEY: '' },
        stdio: 'pipe',
      });
      const total = async (q: string) =>
        (
          (await (await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(q)}`)).json()) as {
            total?: number;
          }
        ).total;
      // The samples' index is gone; within the switch's check interval the collection answers.
      expect(await waitFor(async () => (await total('العنبري')) === 1, 20_000)).toBe(true);
      expect(await total('باتروشيف')).toBe(0); // a sample article's name: the samples are no longer searched
      expect(output()).toContain('has documents now: searching it instead of the sample articles');
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
    expect(await stop(child)).toBe(0);
  });
});

describe('npm start on a collection indexed by an earlier version', () => {
  it('says so at start, with the remedy, and still serves', async () => {
    const first = await startServer();
    expect(first.output()).not.toContain('showing the sample articles'); // the collection indexed above
    await makeStale(engineOf(first.output()), 'passages');
    expect(await stop(first.child)).toBe(0);
    const { child, output, port } = await startServer();
    expect(output()).toContain('the index passages was built by an earlier version');
    expect(output()).toContain('npm run index -- PATH');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(await stop(child)).toBe(0);
  });

  it('says so when only its vocabulary is of an earlier version (did you mean from 5 letters)', async () => {
    const first = await startServer();
    const engine = engineOf(first.output());
    // The index itself as this version sets it (the test above left it stale), its vocabulary not.
    await updateSettings(
      engine,
      '/indexes/passages/settings/searchable-attributes',
      'PUT',
      INDEX_SETTINGS.searchableAttributes,
    );
    await updateSettings(engine, '/indexes/passages_vocab/settings/typo-tolerance', 'PATCH', {
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    });
    expect(await stop(first.child)).toBe(0);
    const { child, output } = await startServer();
    expect(output()).toContain('the index passages was built by an earlier version (1 setting(s) differ: vocabulary');
    expect(output()).toContain('npm run index -- PATH');
    expect(await stop(child)).toBe(0);
  });

  it("says so when its stems are an earlier analyzer's (indexer/meili/analysis-drift.ts)", async () => {
    const first = await startServer();
    const engine = engineOf(first.output());
    // Every setting as this version gives it again (the tests above left the vocabulary's stale).
    await updateSettings(engine, '/indexes/passages_vocab/settings/typo-tolerance', 'PATCH', {
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 },
    });
    const { results } = (await engine('/indexes/passages/documents?limit=1&fields=id,stem')) as {
      results: { id: string; stem: string }[];
    };
    const { taskUid } = (await engine('/indexes/passages/documents', {
      method: 'PUT',
      body: JSON.stringify([{ id: results[0]!.id, stem: `${results[0]!.stem} ستتو` }]),
    })) as { taskUid: number };
    await waitFor(
      async () => ((await engine(`/tasks/${taskUid}`)) as { status: string }).status === 'succeeded',
      20_000,
    );
    expect(await stop(first.child)).toBe(0);
    const { child, output } = await startServer();
    expect(output()).toContain('were analyzed by an earlier version of the analyzer');
    expect(output()).toContain('npm run index -- PATH');
    expect(await stop(child)).toBe(0);
  });
});

describe('npm start as a service', () => {
  it('SIGTERM to the npm process: server and engine are gone within 5 s; it listened on 127.0.0.1 with a bounded engine', async () => {
    const port = await freePort();
    const npm = run('npm', ['start'], {
      DATA_DIR: dataDir,
      PORT: String(port),
      MEILI_URL: '',
      MEILI_MASTER_KEY: '',
      MEILI_MAX_INDEXING_MEMORY: '512 MiB',
    });
    started.push(npm.child);
    await waitForOutput(npm, 'search at');
    expect(npm.output()).toContain(`search at http://127.0.0.1:${port}`);
    const [pid] = enginePids(dataDir);
    const args = execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    expect(args).toContain('--log-level WARN');
    expect(args).toContain('--max-indexing-memory 512 MiB');
    expect((await get(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const t0 = performance.now();
    npm.child.kill('SIGTERM'); // the npm process alone, as a process manager or `docker stop` does
    const gone = await waitFor(
      async () => enginePids(dataDir).length === 0 && (await get(`http://127.0.0.1:${port}/healthz`, 500)).status === 0,
      10_000,
    );
    const elapsed = performance.now() - t0;
    expect(gone).toBe(true);
    expect(elapsed).toBeLessThan(5000);
    expect(await npm.exited).not.toBeNull();
    expect(npm.output()).toContain('server: SIGTERM, stopping');
  }, 120_000);

  it('a busy port: exits non-zero and says which port and what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { url, masterKey } = testEngine();
      const server = run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        DATA_DIR: dataDir,
        PORT: String(port),
        MEILI_URL: url,
        MEILI_MASTER_KEY: masterKey,
        MEILI_INDEX: uniqueIndexUid('busy_port'),
      });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`server: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
      expect(server.output()).toContain('set PORT to a free one');
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('an engine that refuses the key: "the key was refused", non-zero exit', async () => {
    const { url } = testEngine();
    const server = run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      MEILI_URL: url,
      MEILI_MASTER_KEY: 'not-the-master-key-0123456789',
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /engine: the key was refused by MEILI_URL at http:\/\/127\.0\.0\.1:\d+ \(invalid_api_key\): MEILI_MASTER_KEY is not that engine's master key/,
    );
  }, 60_000);
});
