import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * The public site's files, named by their content's hash so they are cached for good and a change is a
 * new name. The stylesheet is the app's design tokens and shared type followed by the site's own rules, one
 * file so a page loads one stylesheet. Built once when the server starts.
 */
export interface SiteAsset {
  path: string;
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
}

function asset(name: string, extension: string, contentType: string, body: Buffer): SiteAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/site/${name}.${hash}.${extension}`, contentType, body, gzipped: gzipSync(body) };
}

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url));

export const SITE_STYLESHEET = asset(
  'site',
  'css',
  'text/css; charset=utf-8',
  Buffer.concat(
    [read('../../web/tokens.css'), read('../../web/base.css'), read('./assets/site.css')].flatMap((part) => [
      part,
      Buffer.from('\n'),
    ]),
  ),
);

export const EPISODE_SCRIPT = asset(
  'episode',
  'js',
  'text/javascript; charset=utf-8',
  read('./assets/episode.js'),
);

export const PODCAST_PUSH_SCRIPT = asset(
  'podcast-push',
  'js',
  'text/javascript; charset=utf-8',
  read('./assets/podcast-push.js'),
);

export const SITE_ASSETS: readonly SiteAsset[] = [SITE_STYLESHEET, EPISODE_SCRIPT, PODCAST_PUSH_SCRIPT];
