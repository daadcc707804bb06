/**
 * Serves the browser side: the search page at `/`, the article view at `/doc/:id`, the stylesheet,
 * the page scripts (browser TypeScript in `public/src/`, bundled by esbuild in memory on first
 * request and cached) and the self-hosted Noto Naskh Arabic font files from npm under `/fonts/`.
 * Nothing here is inline or from a CDN, so the API's strict CSP (`default-src 'self'`) holds.
 */
import { PAGE_FACETS } from '../indexer/facets.ts';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Request, Response } from 'express';
import { build } from 'esbuild';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/** The bundles the pages load: URL name → entry module in `public/src/`. */
const BUNDLES: Readonly<Record<string, string>> = {
  'app.js': 'search-page.ts',
  'doc.js': 'doc-page.ts',
};

export interface AssetsOptions {
  /** Bundle once and keep the result (default `true`); `false` rebuilds on every request, for editing the page. */
  cache?: boolean;
  /** Minify the bundles (default `true`). */
  minify?: boolean;
}

const DEFAULTS: Required<AssetsOptions> = { cache: true, minify: true };

function fontsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
}

async function bundle(entry: string, minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [path.join(PUBLIC_DIR, 'src', entry)],
    bundle: true,
    write: false,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify,
    sourcemap: minify ? false : 'inline',
    legalComments: 'none',
    // The facet list is indexer/facets.ts's (public/src/facet-list.ts reads it).
    define: { __KEYWORD_FACETS__: JSON.stringify(PAGE_FACETS) },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`assets: esbuild produced no output for public/src/${entry}`);
  return file.text;
}

export function assetsRouter(options: AssetsOptions = {}): express.Router {
  const { cache, minify } = { ...DEFAULTS, ...options };
  const router = express.Router();
  const built = new Map<string, Promise<string>>();

  function scriptFor(name: string, entry: string): Promise<string> {
    let pending = cache ? built.get(name) : undefined;
    if (!pending) {
      pending = bundle(entry, minify);
      if (cache) {
        built.set(name, pending);
        // A failed build is not cached: the next request tries again.
        pending.catch(() => built.delete(name));
      }
    }
    return pending;
  }

  const sendHtml = (file: string) => (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-cache');
    res.type('html').sendFile(path.join(PUBLIC_DIR, file));
  };

  router.get('/', sendHtml('index.html'));
  router.get('/doc/:id', sendHtml('doc.html'));

  router.get('/assets/:name', async (req: Request, res: Response, next) => {
    const name = String(req.params.name);
    const entry = BUNDLES[name];
    if (entry) {
      try {
        const js = await scriptFor(name, entry);
        res.set('Cache-Control', 'no-cache');
        res.type('application/javascript; charset=utf-8').send(js);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        res.status(500).type('text/plain').send(`assets: could not bundle public/src/${entry}: ${message}`);
      }
      return;
    }
    if (name === 'styles.css' || name === 'favicon.svg') {
      res.set('Cache-Control', 'no-cache');
      res.sendFile(path.join(PUBLIC_DIR, name));
      return;
    }
    next();
  });

  const fonts = fontsDir();
  router.get('/fonts/:file', (req: Request, res: Response, next) => {
    const file = String(req.params.file);
    // Only the font files themselves, by plain name: no paths, no other files of the package.
    if (!/^[a-z0-9-]+\.woff2?$/.test(file) || !fs.existsSync(path.join(fonts, file))) {
      next();
      return;
    }
    res.set('Cache-Control', 'public, max-age=31536000, immutable');
    res.sendFile(path.join(fonts, file));
  });

  return router;
}
