import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allElements, parseHtml, unsafeMarkupIn } from '../testing/html-dom.ts';
import {
  EPISODE_MP3,
  insertArticle,
  insertEpisode,
  insertMediaFile,
} from '../testing/publication-fixtures.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
const get = (url: string) => server.app.inject({ method: 'GET', url });

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const audio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: EPISODE_MP3,
    durationSeconds: 5,
  });
  const articleId = await insertArticle(db, {
    slug: 'hips-first',
    title: 'Hips first',
    summary: 'Why the hips.',
    body: 'The bridge wakes the glutes.',
    tags: ['bridge'],
  });
  await insertEpisode(db, { slug: 'episode-one', title: 'Episode one', mediaId: audio, articleId });
  await insertArticle(db, {
    slug: 'secret-draft',
    title: 'Secret draft',
    status: 'draft',
    body: 'bridge glutes',
    tags: ['bridge'],
  });
  await insertArticle(db, {
    slug: 'coming-soon',
    title: 'Coming soon',
    status: 'scheduled',
    body: 'bridge glutes',
    tags: ['bridge'],
  });
  await insertArticle(db, {
    slug: 'hostile',
    title: '<script>alert(1)</script>',
    summary: '<img src=x onerror=alert(1)>',
    body: '<script>alert(1)</script> [click](javascript:alert(1)) <a onclick="x()">glutes</a>',
    tags: ['<script>x</script>'],
    publishedAt: new Date('2026-10-01T07:00:00Z'),
  });
});
afterAll(() => server.close());

describe('the public site', () => {
  it('renders every page without a warning from React (each list keyed, no stray arrays)', async () => {
    // First in the file: React warns once per place in the code, so an earlier render would hide it.
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const url of [
        '/',
        '/?left=signed-out',
        '/articles/hips-first',
        '/episodes/episode-one',
        '/archive',
        '/tags/bridge',
        '/search?q=glutes',
        '/search?q=nothing-matches-this',
      ]) {
        expect((await get(url)).statusCode, url).toBe(200);
      }
      expect(warnings.mock.calls.map((call) => String(call[0]))).toEqual([]);
    } finally {
      warnings.mockRestore();
    }
  });

  it('shows only what is published, on every page, list, search and the sitemap', async () => {
    for (const url of ['/', '/archive', '/tags/bridge', '/search?q=glutes', '/sitemap.xml']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toMatch(/Secret draft|secret-draft|Coming soon|coming-soon/);
    }
    expect((await get('/search?q=glutes')).body).toContain('Hips first');
    expect((await get('/articles/secret-draft')).statusCode).toBe(404);
    expect((await get('/articles/coming-soon')).statusCode).toBe(404);
  });

  it('puts no script, handler or javascript: URL from an article into any page (JSON-LD aside)', async () => {
    for (const url of [
      '/articles/hostile',
      '/',
      '/archive',
      `/tags/${encodeURIComponent('<script>x</script>')}`,
      '/search?q=glutes',
    ]) {
      const response = await get(url);
      expect(
        unsafeMarkupIn(response.body, {
          allowScriptsOfType: ['application/ld+json'],
          allowScriptsFrom: '/site/',
        }),
        url,
      ).toEqual([]);
      expect(response.body, url).not.toContain('<script>alert');
    }
  });

  it('gives an article its canonical URL, Open Graph and parseable JSON-LD, and an episode its player', async () => {
    const article = await get('/articles/hips-first');
    expect(article.headers['cache-control']).toBe('public, max-age=60');
    expect(article.body).toContain(
      '<link rel="canonical" href="http://localhost:3000/articles/hips-first"/>',
    );
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/.exec(article.body)?.[1] ?? '{}',
    );
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: 'Hips first' });
    expect(article.body).toContain('Watch the podcast');
    const episode = await get('/episodes/episode-one');
    expect(episode.body).toMatch(/<audio controls="" preload="metadata"/);
    expect(episode.body).toContain('Read the article');
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Disallow: /api/');
  });

  it('names the Atom, JSON and podcast feeds in the head of every page, and each link answers', async () => {
    for (const url of ['/', '/articles/hips-first', '/episodes/episode-one', '/archive', '/tags/bridge']) {
      const page = parseHtml((await get(url)).body);
      const alternates = allElements(page)
        .filter((element) => element.name === 'link' && element.attribs.rel === 'alternate')
        .filter((element) => element.parent?.type === 'tag' && element.parent.name === 'head')
        .map((element) => [element.attribs.type, element.attribs.href]);
      expect(alternates, url).toEqual([
        ['application/atom+xml', 'http://localhost:3000/feeds/articles.xml'],
        ['application/feed+json', 'http://localhost:3000/feeds/articles.json'],
        ['application/rss+xml', 'http://localhost:3000/feeds/podcast.xml'],
      ]);
      for (const [type, href] of alternates) {
        const feed = await get(new URL(href as string).pathname);
        expect(feed.statusCode, href).toBe(200);
        expect(feed.headers['content-type'], href).toBe(`${type}; charset=utf-8`);
      }
    }
  });

  it('refuses a search longer than 200 characters, naming the field', async () => {
    const response = await get(`/search?q=${'a'.repeat(201)}`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('q');
  });
});
