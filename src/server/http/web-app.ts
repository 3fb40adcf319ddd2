import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html, the manifest and the
 * service worker are revalidated every time so a new release reaches members on their next visit.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`The web app is not built: ${webRoot}/index.html is missing (run "npm run build").`);
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** The public site's paths (server-rendered, site-routes.ts): never answered with the app's index.html. */
const SITE_PREFIXES = [
  '/articles',
  '/episodes',
  '/tags',
  '/archive',
  '/premium',
  '/search',
  '/preview',
  '/site',
  '/feeds',
  '/media',
];

export function isSitePath(pathname: string): boolean {
  if (pathname === '/') return true;
  return SITE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Paths the client-side router owns: anything that is not an API, a file, a model, the public site, or an operations probe. */
export function isWebAppPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '/';
  if (isSitePath(pathname)) return false;
  if (pathname.startsWith('/api/') || pathname === '/api') return false;
  if (pathname.startsWith('/models/') || pathname === '/models') return false;
  return !path.posix.basename(pathname).includes('.');
}
