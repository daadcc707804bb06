/** `/healthz`: the process is up. `/readyz`: the engine answers and the index exists. */
import { Router } from 'express';

export interface Readiness {
  engine: boolean;
  index: boolean;
  /** Records in the index: one per passage (an article has several), so not the number of articles. */
  passages?: number;
}

export function healthRoutes(readiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  router.get('/readyz', async (_req, res) => {
    const state = await readiness().catch((): Readiness => ({ engine: false, index: false }));
    const ready = state.engine && state.index;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', ...state });
  });
  return router;
}
