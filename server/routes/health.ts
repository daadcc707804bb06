/**
 * `/healthz`: this process is up (it never asks the engine, so a process manager does not restart
 * a healthy server because Meilisearch is restarting). `/readyz`: the engine answers and the index
 * exists, with the engine supervisor's state and restart count.
 */
import { Router } from 'express';
import type { RestartRecord } from '../../indexer/meili/engine-process.ts';

export interface Readiness {
  engine: boolean;
  index: boolean;
  /** Records in the index: one per passage (an article has several), so not the number of articles. */
  passages?: number;
  /** Why not ready (the engine's or the index's error). */
  reason?: string;
  /** The supervisor's view, when this server knows it: engine state, who runs it, restarts. */
  state?: string;
  owner?: string;
  restarts?: number;
  lastRestart?: RestartRecord;
}

export function healthRoutes(readiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const state = await readiness().catch((e: Error): Readiness => ({
      engine: false,
      index: false,
      reason: e.message,
    }));
    const ready = state.engine && state.index;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', ...state });
  });
  return router;
}
