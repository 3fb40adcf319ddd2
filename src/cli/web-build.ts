import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_ROOT = path.join(PROJECT_ROOT, 'dist/web');

/** What the web bundle is made from; a change to any of these makes the build stale. */
const WEB_SOURCES = ['src/web', 'src/core', 'src/pose', 'vite.config.ts', 'package-lock.json'];

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestModification(path.join(target, entry)));
  return newest;
}

export function isWebBuildStale(): boolean {
  const builtIndex = path.join(WEB_ROOT, 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return WEB_SOURCES.some((source) => newestModification(path.join(PROJECT_ROOT, source)) > builtAt);
}

/** Builds the web app with Vite when its sources are newer than the last build. */
export async function buildWebIfStale(log: (message: string) => void): Promise<void> {
  if (!isWebBuildStale()) return;
  log('Building the web app…');
  const { build } = await import('vite');
  // Always the production build, even when called from a test run (NODE_ENV=test would pick React's
  // development build, and npm start would then serve it).
  await build({
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
  });
}
