/**
 * The project as a user runs it, through its stable edges only: the indexer CLI
 * (`indexer/cli.ts`, env DATA_DIR, MEILI_INDEX…) and the HTTP server (`server/main.ts`, env PORT,
 * DATA_DIR…), each a child process of `node --import tsx` so that its pid is the process whose
 * memory we report. Its own data directory means its own fresh engine.
 */
import { Pool } from 'undici';
import { descendants, freePort, startChild, stopChild, waitFor, type Child } from './processes.ts';

const TSX = ['--import', 'tsx'];

export interface IndexRun {
  ms: number;
  documents: number;
  passages: number;
  output: string;
}

/** `npm run index -- PATH…` with DATA_DIR; fails with the indexer's output unless it exits 0. */
export async function runIndexer(paths: string[], dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<IndexRun> {
  const t0 = performance.now();
  const child = startChild(process.execPath, [...TSX, 'indexer/cli.ts', ...paths], { DATA_DIR: dataDir, ...env });
  const code = await child.exited;
  const ms = performance.now() - t0;
  const output = child.output();
  if (code !== 0) throw new Error(`bench: the indexer exited with ${code}:\n${output.slice(-3000)}`);
  const summary = /(\d+) document\(s\), (\d+) passage\(s\)/.exec(output);
  if (!summary) throw new Error(`bench: no summary line in the indexer's output:\n${output.slice(-2000)}`);
  return { ms, documents: Number(summary[1]), passages: Number(summary[2]), output };
}

export interface Server {
  url: string;
  pid: number;
  /** The pid of the Meilisearch the server started (a descendant process), if any. */
  enginePid(): number | undefined;
  get<T>(pathAndQuery: string): Promise<T>;
  stop(): Promise<void>;
}

/** `npm start` on a free port with DATA_DIR; resolves when `/readyz` answers 200. */
export async function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const port = await freePort();
  const child: Child = startChild(process.execPath, [...TSX, 'server/main.ts'], {
    PORT: String(port),
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  const pool = new Pool(url, { connections: 8 });
  const get = async <T>(p: string): Promise<T> => {
    const res = await pool.request({ method: 'GET', path: p });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`bench: GET ${p} answered ${res.statusCode}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  };
  await waitFor(
    'server /readyz',
    async () =>
      (await pool.request({ method: 'GET', path: '/readyz' }).then((r) => {
        r.body.dump();
        return r.statusCode;
      })) === 200,
    120_000,
    child,
  );
  return {
    url,
    pid: child.process.pid!,
    get,
    enginePid: () => descendants(child.process.pid!).find((p) => p.name === 'meilisearch')?.pid,
    stop: async () => {
      await pool.close();
      await stopChild(child);
    },
  };
}
