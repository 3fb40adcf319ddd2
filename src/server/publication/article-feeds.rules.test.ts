/**
 * The articles' feeds against their specifications, read by real parsers from the real routes on a real
 * database (PGlite, or PostgreSQL with DATABASE_URL).
 *
 * | Rule                                                                        | Where it comes from          |
 * | --------------------------------------------------------------------------- | ---------------------------- |
 * | Atom: root `feed` in the Atom namespace, served as application/atom+xml     | RFC 4287 §2, §4.1.1; RFC 4287 §7 (media type) |
 * | Atom feed: exactly one id, title, updated; link rel=self; author            | RFC 4287 §4.1.1              |
 * | Atom entry: id, title, updated; link rel=alternate; content type=html       | RFC 4287 §4.1.2, §4.1.3      |
 * | Atom dates are RFC 3339                                                     | RFC 4287 §3.3                |
 * | Entry ids are permanent: an edited title or slug keeps the id               | RFC 4287 §4.2.6              |
 * | content type=html is the article's safe HTML, escaped as text               | RFC 4287 §4.1.3.3            |
 * | JSON Feed: version, title, items; each item an id and content_html          | JSON Feed 1.1 (required)     |
 * | JSON Feed: home_page_url, feed_url, url, dates in RFC 3339, tags            | JSON Feed 1.1 (recommended)  |
 * | Only published articles, newest first, the newest 50                        | the publication's visibility rule |
 * | An independent feed parser reads the Atom feed back                         | @rowanmanning/feed-parser    |
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { insertArticle } from '../testing/feed-fixtures.ts';
import { startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';
import { renderMarkdown } from './markdown.ts';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['entry', 'link', 'category', 'author', 'id', 'title', 'updated'].includes(name),
});

/** RFC 3339 date-time, as Atom §3.3 and JSON Feed ask for. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** JSON Feed 1.1's required fields (and the ones we promise), as the spec words them. */
const jsonFeedSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: z.url(),
        title: z.string(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        date_published: z.string().regex(RFC_3339),
        date_modified: z.string().regex(RFC_3339),
        tags: z.array(z.string()).optional(),
      })
      .refine((item) => item.content_html !== undefined || item.content_text !== undefined, {
        message: 'an item needs content_html or content_text',
      }),
  ),
});

let server: TestServer;
const articles: Record<string, { id: string; slug: string }> = {};
const BODY = 'Brace, then **bridge**: hips up & hold. See [the evidence](https://example.org/?a=1&b=2).';

async function get(url: string) {
  const response = await server.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function atomFeed(): Promise<{ feed: XmlNode; entries: XmlNode[]; xml: string }> {
  const xml = (await get('/feeds/articles.xml')).body;
  const feed = (parser.parse(xml) as { feed: XmlNode }).feed;
  return { feed, entries: (feed.entry as XmlNode[] | undefined) ?? [], xml };
}

const one = (node: XmlNode, name: string): unknown => {
  const values = node[name] as unknown[] | undefined;
  expect(values, name).toHaveLength(1);
  return values?.[0];
};
const linkOf = (node: XmlNode, rel: string) =>
  (node.link as XmlNode[]).find((link) => (link['@_rel'] ?? 'alternate') === rel);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : String((value as XmlNode)['#text'] ?? '');

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  articles.older = await insertArticle(db, {
    slug: 'bridges-first',
    title: 'Bridges & <hips> "first"',
    summary: 'Why the bridge comes first.',
    body_markdown: BODY,
    tags: ['bridge', 'phase 1'],
    published_at: new Date('2026-11-22T07:00:00Z'),
    updated_at: new Date('2026-11-22T07:00:00Z'),
  });
  articles.newer = await insertArticle(db, {
    slug: 'squat-depth',
    title: 'How deep to squat',
    summary: '',
    body_markdown: 'Only as deep as stays pain-free. ]]> is just text.',
    published_at: new Date('2026-11-29T07:00:00Z'),
    updated_at: new Date('2026-11-30T09:30:00Z'),
  });
  articles.draft = await insertArticle(db, { title: 'Still a draft', status: 'draft' });
  articles.scheduled = await insertArticle(db, {
    title: 'Not yet out',
    status: 'scheduled',
    publish_at: new Date('2026-12-06T07:00:00Z'),
  });
});
afterAll(() => server.close());

describe('the Atom feed (RFC 4287)', () => {
  it('is an Atom document served as application/atom+xml in UTF-8', async () => {
    const response = await get('/feeds/articles.xml');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const { feed } = await atomFeed();
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  it('has one id, title and updated, a self and an alternate link and an author', async () => {
    const { feed } = await atomFeed();
    expect(one(feed, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(textOf(one(feed, 'title'))).toBe('Backstrong');
    // The newest change of what is in it: the newer article's edit.
    expect(one(feed, 'updated')).toBe('2026-11-30T09:30:00.000Z');
    expect(linkOf(feed, 'self')?.['@_href']).toBe(`${TEST_PUBLIC_URL}/feeds/articles.xml`);
    expect(linkOf(feed, 'self')?.['@_type']).toBe('application/atom+xml');
    expect(linkOf(feed, 'alternate')?.['@_href']).toBe(`${TEST_PUBLIC_URL}/`);
    expect((feed.author as XmlNode[])[0]?.name).toBe('Backstrong');
  });

  it('lists only the published articles, newest first', async () => {
    const { entries, xml } = await atomFeed();
    expect(entries.map((entry) => textOf(one(entry, 'title')))).toEqual([
      'How deep to squat',
      'Bridges & <hips> "first"',
    ]);
    expect(xml).not.toContain('Still a draft');
    expect(xml).not.toContain('Not yet out');
  });

  it('gives each entry an id from the article, a title, a link, published, updated and summary', async () => {
    const { entries } = await atomFeed();
    const older = entries[1] as XmlNode;
    expect(one(older, 'id')).toBe(`urn:uuid:${articles.older?.id}`);
    expect(linkOf(older, 'alternate')?.['@_href']).toBe(`${TEST_PUBLIC_URL}/articles/bridges-first`);
    expect(older.published).toBe('2026-11-22T07:00:00.000Z');
    expect(one(older, 'updated')).toBe('2026-11-22T07:00:00.000Z');
    expect(textOf(older.summary)).toBe('Why the bridge comes first.');
    expect((older.category as XmlNode[]).map((category) => category['@_term'])).toEqual([
      'bridge',
      'phase 1',
    ]);
    // An entry without a summary leaves it out rather than writing an empty one.
    expect((entries[0] as XmlNode).summary).toBeUndefined();
    for (const entry of entries) {
      expect(entry.published).toMatch(RFC_3339);
      expect(one(entry, 'updated')).toMatch(RFC_3339);
    }
  });

  it('carries the article as its safe HTML in content type="html", escaped as text', async () => {
    const { entries } = await atomFeed();
    const content = (entries[1] as XmlNode).content as XmlNode;
    expect(content['@_type']).toBe('html');
    // Escaped as text, not left as markup: the parser undoes the escaping and gives the page's HTML.
    expect(textOf(content)).toBe(renderMarkdown(BODY).trim());
    expect((await atomFeed()).xml).toContain('&lt;strong&gt;bridge&lt;/strong&gt;');
  });

  it('keeps an entry’s id when its title and slug are edited, and the feed shows the edit', async () => {
    await server.database.db
      .updateTable('articles')
      .set({
        title: 'Bridges come first',
        slug: 'bridges-come-first',
        updated_at: new Date('2026-12-01T10:00:00Z'),
      })
      .where('id', '=', articles.older?.id as string)
      .execute();
    const { entries } = await atomFeed();
    const edited = entries.find((entry) => textOf(one(entry, 'title')) === 'Bridges come first');
    expect(edited && one(edited, 'id')).toBe(`urn:uuid:${articles.older?.id}`);
    expect(edited && linkOf(edited, 'alternate')?.['@_href']).toBe(
      `${TEST_PUBLIC_URL}/articles/bridges-come-first`,
    );
    expect(edited && one(edited, 'updated')).toBe('2026-12-01T10:00:00.000Z');
  });

  it('is read back by an independent feed parser', async () => {
    const { xml } = await atomFeed();
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Backstrong');
    expect(feed.self).toBe(`${TEST_PUBLIC_URL}/feeds/articles.xml`);
    expect(feed.items.map((item) => item.id)).toEqual([
      `urn:uuid:${articles.newer?.id}`,
      `urn:uuid:${articles.older?.id}`,
    ]);
    expect(feed.items[0]?.url).toBe(`${TEST_PUBLIC_URL}/articles/squat-depth`);
    expect(feed.items[0]?.published?.toISOString()).toBe('2026-11-29T07:00:00.000Z');
    expect(feed.items[0]?.content).toContain(']]> is just text.');
    expect(feed.items[1]?.categories.map((category) => category.term)).toEqual(['bridge', 'phase 1']);
  });
});

describe('the JSON Feed (1.1)', () => {
  it('has the required fields, served as application/feed+json', async () => {
    const response = await get('/feeds/articles.json');
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = jsonFeedSchema.parse(response.json());
    expect(feed.home_page_url).toBe(`${TEST_PUBLIC_URL}/`);
    expect(feed.feed_url).toBe(`${TEST_PUBLIC_URL}/feeds/articles.json`);
  });

  it('lists only the published articles, newest first, with the same ids as the Atom feed', async () => {
    const feed = jsonFeedSchema.parse((await get('/feeds/articles.json')).json());
    expect(feed.items.map((item) => item.id)).toEqual([
      `urn:uuid:${articles.newer?.id}`,
      `urn:uuid:${articles.older?.id}`,
    ]);
    const [newer, older] = feed.items;
    expect(newer).toMatchObject({
      url: `${TEST_PUBLIC_URL}/articles/squat-depth`,
      title: 'How deep to squat',
      date_published: '2026-11-29T07:00:00.000Z',
      date_modified: '2026-11-30T09:30:00.000Z',
    });
    expect(older?.content_html).toBe(renderMarkdown(BODY));
    expect(older?.summary).toBe('Why the bridge comes first.');
    expect(older?.tags).toEqual(['bridge', 'phase 1']);
  });
});

describe('the size of the article feeds', () => {
  it('holds the newest 50 published articles', async () => {
    for (let index = 0; index < 52; index++) {
      await insertArticle(server.database.db, {
        title: `Week ${index}`,
        published_at: new Date(Date.UTC(2025, 0, 1 + index * 7, 7)),
      });
    }
    const { entries } = await atomFeed();
    expect(entries).toHaveLength(50);
    expect(textOf(one(entries[0] as XmlNode, 'title'))).toBe('How deep to squat');
    const json = jsonFeedSchema.parse((await get('/feeds/articles.json')).json());
    expect(json.items).toHaveLength(50);
    expect(json.items.at(-1)?.title).toBe('Week 4');
  });
});
