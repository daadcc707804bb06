/**
 * One embedded Meilisearch process, supervised: started under `guard.sh` (it dies with us), its
 * output in a bounded log, restarted with backoff when it exits, killed and restarted when it has
 * not answered `/health` for `hangTimeoutMs` (a frozen engine otherwise holds every request).
 * Each restart is logged and counted for `/readyz`. Only the owner of the data directory's
 * engine lock runs one of these (engine.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RotatingLog } from './engine-log.ts';
import { freePort } from './free-port.ts';
import { isAlive } from './lock.ts';

const GUARD = fileURLToPath(new URL('./guard.sh', import.meta.url));

export interface EngineProcessOptions {
  bin: string;
  dataDir: string;
  port: number;
  masterKey: string;
  /** Meilisearch's --log-level (OFF, ERROR, WARN, INFO, DEBUG, TRACE). */
  logLevel: string;
  /** The log file is rotated at this size (meilisearch.log → meilisearch.log.1). */
  logMaxBytes: number;
  /** Meilisearch's --max-indexing-memory ("1 GiB"); the engine's default when undefined (2/3 of RAM). */
  maxIndexingMemory?: string;
  startTimeoutMs: number;
  /** Kill and restart an engine that has not answered /health for this long (ms). */
  hangTimeoutMs: number;
  log: (message: string) => void;
  /** After each start or restart: the engine's url and pid (for the lock file). */
  onStarted?: (url: string, enginePid: number | undefined) => void;
}

export type EngineState = 'starting' | 'up' | 'not answering' | 'restarting' | 'stopped';

export interface RestartRecord {
  at: string;
  reason: string;
}

/** Backoff between restarts: 0.5 s, doubling up to 30 s; back to 0.5 s after a minute of health. */
export const RESTART_BACKOFF = { firstMs: 500, maxMs: 30_000, resetAfterHealthyMs: 60_000 } as const;
const PROBE_EVERY_MS = 1000;

export class EngineProcess {
  state: EngineState = 'starting';
  restarts = 0;
  lastRestart?: RestartRecord;
  port: number;
  private child?: ChildProcess;
  private enginePid?: number;
  private stopping = false;
  private backoffMs: number = RESTART_BACKOFF.firstMs;
  private upSince = 0;
  private lastHealthy = 0;
  private failedStarts = 0;
  private probe?: NodeJS.Timeout;
  private restartTimer?: NodeJS.Timeout;
  private readonly logFile: RotatingLog;
  /** The beginning of the current engine's output: why it did not start. */
  private startOutput = '';
  private readonly pidFile: string;

  constructor(private readonly options: EngineProcessOptions) {
    this.port = options.port;
    this.logFile = new RotatingLog(path.join(options.dataDir, 'meilisearch.log'), options.logMaxBytes);
    this.pidFile = path.join(options.dataDir, 'engine.pid');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The engine exited at start because its port was taken (its output says so). */
  portWasTaken(): boolean {
    return /Address already in use/.test(this.startOutput);
  }

  get pid(): number | undefined {
    return this.enginePid;
  }

  /** Starts the engine and waits for /health; throws (with the log's path) when it does not come up. */
  async start(): Promise<void> {
    await this.spawnAndWait();
    this.probe = setInterval(() => {
      void this.checkHealth();
    }, PROBE_EVERY_MS);
    this.probe.unref();
  }

  private async spawnAndWait(): Promise<void> {
    const { options } = this;
    fs.rmSync(this.pidFile, { force: true });
    const args = [
      options.bin,
      '--db-path',
      path.join(options.dataDir, 'meili'),
      '--dump-dir',
      path.join(options.dataDir, 'dumps'),
      '--snapshot-dir',
      path.join(options.dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${this.port}`,
      '--env',
      'production',
      '--no-analytics',
      '--log-level',
      options.logLevel,
      ...(options.maxIndexingMemory ? ['--max-indexing-memory', options.maxIndexingMemory] : []),
    ];
    const child = spawn(GUARD, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      // The key goes through the environment: not visible in `ps`.
      env: { ...process.env, MEILI_MASTER_KEY: options.masterKey, GUARD_PID_FILE: this.pidFile },
    });
    this.child = child;
    this.enginePid = undefined;
    this.logFile.follow(child.stdout);
    this.logFile.follow(child.stderr);
    this.startOutput = '';
    const keep = (d: Buffer) => {
      if (this.startOutput.length < 16_384) this.startOutput += d.toString();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // The pipe stays open for our lifetime; guard.sh stops the engine when it closes.
    child.stdin?.on('error', () => {});
    let exited: string | null = null;
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? signalOf(code) ?? `code ${code}`}`;
      if (this.child === child) this.onExit(exited);
    });
    const deadline = Date.now() + options.startTimeoutMs;
    for (;;) {
      this.enginePid ??= readPid(this.pidFile);
      if (await isHealthy(this.url)) break;
      if (exited) throw new Error(`the engine ${exited}; see ${this.logFile.file}`);
      if (Date.now() > deadline) {
        this.kill();
        throw new Error(
          `no answer from ${this.url}/health after ${options.startTimeoutMs} ms; see ${this.logFile.file}`,
        );
      }
      await sleep(100);
    }
    this.enginePid ??= readPid(this.pidFile);
    this.state = 'up';
    this.upSince = this.lastHealthy = Date.now();
    this.failedStarts = 0;
    options.onStarted?.(this.url, this.enginePid);
  }

  private onExit(reason: string): void {
    // While starting, spawnAndWait reports the failure itself (and the restart loop retries).
    if (this.stopping || this.state === 'starting' || this.state === 'restarting') return;
    this.scheduleRestart(reason);
  }

  private scheduleRestart(reason: string): void {
    if (this.stopping || this.restartTimer) return;
    if (this.upSince && Date.now() - this.upSince > RESTART_BACKOFF.resetAfterHealthyMs)
      this.backoffMs = RESTART_BACKOFF.firstMs;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, RESTART_BACKOFF.maxMs);
    this.state = 'restarting';
    this.upSince = 0;
    this.restarts++;
    this.lastRestart = { at: new Date().toISOString(), reason };
    this.options.log(
      `engine: Meilisearch ${reason}; restarting it in ${delay} ms (restart ${this.restarts}, log ${this.logFile.file})`,
    );
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.spawnAndWait().then(
        () => this.options.log(`engine: Meilisearch is back on ${this.url} (pid ${this.enginePid ?? '?'})`),
        (err: Error) => {
          this.kill();
          // Three failures in a row on one port: someone else may hold it; take a fresh one.
          if (++this.failedStarts >= 3) {
            void freePort().then((port) => {
              this.port = port;
              this.scheduleRestart(`did not start (${err.message}); trying port ${port}`);
            });
          } else {
            this.scheduleRestart(`did not start (${err.message})`);
          }
        },
      );
    }, delay);
  }

  private async checkHealth(): Promise<void> {
    if (this.stopping || this.state === 'restarting' || this.state === 'starting') return;
    if (await isHealthy(this.url)) {
      this.lastHealthy = Date.now();
      if (this.state === 'not answering') this.options.log(`engine: Meilisearch answers again on ${this.url}`);
      this.state = 'up';
      return;
    }
    if (this.state === 'up') {
      this.state = 'not answering';
      this.options.log(`engine: Meilisearch (pid ${this.enginePid ?? '?'}) does not answer ${this.url}/health`);
    }
    const silentMs = Date.now() - this.lastHealthy;
    if (silentMs > this.options.hangTimeoutMs && this.state === 'not answering') {
      this.options.log(
        `engine: Meilisearch has not answered for ${Math.round(silentMs / 1000)} s (frozen?); killing pid ${this.enginePid ?? '?'} to restart it`,
      );
      this.kill(); // the exit handler restarts it
    }
  }

  /** SIGKILL to the engine itself (a stopped process ignores SIGTERM), then to its guard. */
  private kill(): void {
    if (this.enginePid !== undefined && isAlive(this.enginePid)) {
      try {
        process.kill(this.enginePid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
    }
    this.child?.kill('SIGKILL');
  }

  /** Stops the engine: SIGTERM, then SIGKILL after `graceMs`. Resolves when it is gone. */
  stop(graceMs = 3000): Promise<void> {
    this.stopping = true;
    this.state = 'stopped';
    clearInterval(this.probe);
    clearTimeout(this.restartTimer);
    const child = this.child;
    const done = () => {
      this.logFile.close();
      fs.rmSync(this.pidFile, { force: true });
    };
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      done();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const force = setTimeout(() => this.kill(), graceMs);
      child.once('exit', () => {
        clearTimeout(force);
        // guard.sh waits for the engine, so its exit means the engine is gone too, unless it was SIGKILLed.
        const orphan = this.enginePid;
        if (orphan !== undefined && isAlive(orphan)) {
          try {
            process.kill(orphan, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        done();
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

export async function isHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

/** guard.sh exits with 128 + n when the engine died of signal n (a shell cannot die of it itself). */
function signalOf(code: number | null): string | undefined {
  if (code === null || code <= 128) return undefined;
  return Object.entries(os.constants.signals).find(([, n]) => n === code - 128)?.[0];
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
