/**
 * What the server knows about the engine. `EngineMonitor` probes `/health` twice a second with a
 * short time limit, so a dead or frozen engine is known within about a second: requests then get
 * a 503 at once instead of waiting for their own time limit (the client asks `unavailable()`).
 * `engineReadiness` is `/readyz`: engine reachable, index present, and the supervisor's story
 * (who runs the engine, its state, how often it was restarted and why).
 */
import type { Meilisearch } from 'meilisearch';
import type { EngineStatus } from '../indexer/meili/engine.ts';
import { isHealthy } from '../indexer/meili/engine.ts';
import type { Readiness } from './routes/health.ts';

export const MONITOR_DEFAULTS = {
  intervalMs: 500,
  /** A /health answer slower than this counts as a failure. */
  probeTimeoutMs: 1000,
  /** Failures in a row before the engine is declared down (one slow answer under load is not an outage). */
  failuresToDown: 2,
} as const;

export class EngineMonitor {
  private down: string | null = null;
  private since = Date.now();
  private failures = 0;
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(
    private readonly url: () => string,
    private readonly options: Partial<typeof MONITOR_DEFAULTS> = {},
  ) {}

  start(): this {
    this.timer = setInterval(() => {
      void this.probe();
    }, this.options.intervalMs ?? MONITOR_DEFAULTS.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Why the engine is considered down right now, or null. */
  unavailable = (): string | null =>
    this.down ? `${this.down} (for ${Math.round((Date.now() - this.since) / 100) / 10} s)` : null;

  private async probe(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const timeout = this.options.probeTimeoutMs ?? MONITOR_DEFAULTS.probeTimeoutMs;
    const ok = await isHealthy(this.url(), timeout);
    this.busy = false;
    if (ok) {
      this.failures = 0;
      if (this.down) {
        this.down = null;
        this.since = Date.now();
      }
      return;
    }
    if (++this.failures >= (this.options.failuresToDown ?? MONITOR_DEFAULTS.failuresToDown) && !this.down) {
      this.down = `Meilisearch at ${this.url()} does not answer /health within ${timeout} ms`;
      this.since = Date.now();
    }
  }
}

export interface ReadinessSources {
  /** Answers from memory when the engine is known to be down (no waiting on a frozen engine). */
  monitor?: EngineMonitor;
  /** The supervisor's view: who runs the engine, restarts. */
  engine?: { status(): EngineStatus };
  /** Time limit of each readiness check, in ms (default 2000). */
  timeoutMs?: number;
}

export function engineReadiness(
  client: Meilisearch,
  indexUid: string,
  sources: ReadinessSources = {},
): () => Promise<Readiness> {
  const limit = sources.timeoutMs ?? 2000;
  return async () => {
    const status = sources.engine?.status();
    const supervisor = status
      ? {
          state: status.state,
          owner: status.owner,
          restarts: status.restarts,
          ...(status.lastRestart ? { lastRestart: status.lastRestart } : {}),
        }
      : {};
    const down = sources.monitor?.unavailable();
    if (down) return { engine: false, index: false, reason: down, ...supervisor };
    try {
      await within(client.health(), limit);
    } catch (e) {
      return { engine: false, index: false, reason: (e as Error).message, ...supervisor };
    }
    try {
      const stats = await within(client.index(indexUid).getStats(), limit);
      return { engine: true, index: true, passages: stats.numberOfDocuments, ...supervisor }; // the engine's "documents" are our passages
    } catch (e) {
      return { engine: true, index: false, reason: (e as Error).message, ...supervisor };
    }
  };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
