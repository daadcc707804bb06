/**
 * The Express application: security headers, rate limit, the JSON API and the page.
 * `createApp` never listens (supertest calls it directly); server/main.ts wires and listens.
 */
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { DEFAULTS } from '../indexer/config.ts';
import { assetsRouter } from './assets.ts';
import { errorHandler } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { documentsRoute } from './routes/documents.ts';
import { healthRoutes, type Readiness } from './routes/health.ts';
import { searchRoute } from './routes/search.ts';
import type { Searcher } from './search/search-service.ts';
import type { Suggestions } from './suggestions.ts';

export interface AppDeps {
  search: Searcher;
  /** Is the engine reachable and the index there? (`/readyz`) */
  readiness: () => Promise<Readiness>;
  /** Requests per minute per client on /api (default: `RATE_LIMIT_PER_MINUTE`'s, indexer/config.ts). */
  rateLimitPerMinute?: number;
  /** What the home page offers to try (`/api/suggestions`), from the collection (server/suggestions.ts). */
  suggestions?: () => Promise<Suggestions>;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // The article view's back link returns to the search it came from (document.referrer, same origin only).
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.use(healthRoutes(deps.readiness));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: deps.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, res) =>
        res
          .status(429)
          .json({ error: { code: 'rate_limited', message: 'too many requests: slow down and retry in a minute' } }),
    }),
  );
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.get('/api/search', searchRoute(deps.search));
  app.get('/api/documents/:id', documentsRoute(deps.search));
  app.get('/api/suggestions', async (_req, res) => {
    res.json(deps.suggestions ? await deps.suggestions() : { samples: false, suggestions: [] });
  });
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'no such API endpoint; see /api/openapi.json' } });
  });
  app.use(assetsRouter());
  app.use(errorHandler);
  return app;
}
