import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKeptRead } from './kept-reads.ts';

const WEB_ROOT = path.resolve(import.meta.dirname, '..');

function webSources(): string[] {
  return readdirSync(WEB_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(path.join(WEB_ROOT, file), 'utf8'));
}

/** "/api/exercises/${encodeURIComponent(id)}?x=1" → "/api/exercises/x" */
function pathOf(literal: string): string {
  return literal.replace(/\$\{[^}]*\}/g, 'x').split('?')[0] ?? literal;
}

/**
 * Every path the app reads through its API client: get<…>('/api/…'), also inside withToday(…); and a
 * member's reads made with memberApiPath(member, '/…'), both as the member's own (/api/…) and as their
 * coach's (/api/coach/members/x/…).
 */
function readsInTheApp(): string[] {
  const call = /\bget<.*?>\(\s*(?:withToday\(\s*)?(['`])(\/api\/[^'`]*)\1/g;
  const memberCall = /\bget<.*?>\(\s*memberApiPath\(\s*[^,]+,\s*(['`])(\/[^'`]*)\1/g;
  return webSources().flatMap((source) => [
    ...[...source.matchAll(call)].map((match) => pathOf(match[2] ?? '')),
    ...[...source.matchAll(memberCall)].flatMap((match) => [
      pathOf(`/api${match[2] ?? ''}`),
      pathOf(`/api/coach/members/x${match[2] ?? ''}`),
    ]),
  ]);
}

/** Every API address the app offers as a download link (href="/api/…" download). */
function downloadsInTheApp(): string[] {
  const link = /href=\{?(['`"])(\/api\/[^'`"]*)\1\}?\s+download/g;
  return webSources().flatMap((source) => [...source.matchAll(link)].map((match) => pathOf(match[2] ?? '')));
}

describe('the API reads the service worker keeps for offline', () => {
  it('include every read the app makes through its API client, so a new screen works offline too', () => {
    const reads = readsInTheApp();
    expect(reads).toEqual(
      expect.arrayContaining(['/api/me', '/api/plan', '/api/workouts/next', '/api/learn']),
    );
    expect(reads.length).toBeGreaterThan(15);
    // The one read left out on purpose: a kept answer would celebrate again a milestone seen since.
    expect(reads.filter((read) => !isKeptRead(read))).toEqual(['/api/milestones']);
  });

  it('leave out the exports the app offers as downloads', () => {
    const downloads = downloadsInTheApp();
    expect(downloads).toEqual(['/api/me/export', '/api/me/export/fhir', '/api/me/export.csv']);
    expect(downloads.filter(isKeptRead)).toEqual([]);
  });

  it.each([
    '/api/auth/get-session',
    '/api/auth/verify-email',
    '/api/docs',
    '/api/docs/static/index.html',
    '/api/openapi.json',
    '/api/milestones',
    '/today',
    '/assets/index-Abc12345.js',
    '/models/human-3.3.6/movenet-lightning.json',
  ])('leave out %s', (pathname) => {
    expect(isKeptRead(pathname)).toBe(false);
  });
});
