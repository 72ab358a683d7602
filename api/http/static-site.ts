import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { REPO_ROOT } from '../paths.js';

/** Where `npm run build:web` puts the explorer and GraphiQL. */
export const WEB_DIST_DIR = path.join(REPO_ROOT, 'dist', 'web');

// Paths the API answers itself; the explorer's fallback must never shadow them.
const API_PATHS = /^\/(graphql|healthz|readyz|auth)(\/|$)/;

// The pages load only their own bundled files and talk only to /graphql.
// Styles may be inline because Cytoscape and Monaco set element styles;
// workers are GraphiQL's Monaco language services, bundled under /assets.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The web explorer and GraphiQL, built into `dir`: hashed files under
 * /assets are cached for a year (a new build has new names); the HTML pages
 * are revalidated on every visit so a deploy shows at once; all are sent gzip-compressed. Any other GET that
 * asks for HTML and names no file is a route of the explorer (`/person/…`) and gets its page.
 * When the web app is not built, the API runs without it.
 */
export function staticSite(dir: string = WEB_DIST_DIR): Router {
  const router = express.Router();
  const explorerPage = path.join(dir, 'index.html');
  const graphiqlPage = path.join(dir, 'graphiql', 'index.html');
  if (!existsSync(explorerPage)) return router;

  const sendPage = (file: string) => (_req: Request, res: Response, next: NextFunction) => {
    res.set({ 'cache-control': 'no-cache', 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
    res.sendFile(file, (error) => error && next(error));
  };

  // GraphiQL's editor is megabytes of JavaScript; gzip sends a third of it.
  // Only the static files go through this: /graphql answers before it is reached.
  router.use(compression());
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader('x-content-type-options', 'nosniff'),
    }),
  );
  router.get('/graphiql', sendPage(graphiqlPage));
  router.use((req, res, next) => {
    // A path with an extension names a file (/robots.txt): a 404, not the explorer.
    const isFile = path.extname(req.path) !== '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || isFile || !req.accepts('html')) return next();
    sendPage(explorerPage)(req, res, next);
  });
  return router;
}
