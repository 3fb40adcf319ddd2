/**
 * The podcast feed against each rule of Apple Podcasts and of the Podcasting 2.0 namespace we rely on,
 * one test per rule, read by a real XML parser from the real route on a real database.
 *
 * | Rule                                                                   | Where it comes from                                |
 * | ---------------------------------------------------------------------- | -------------------------------------------------- |
 * | RSS 2.0 root, itunes/podcast/atom namespaces declared                  | RSS 2.0 spec; Apple "Podcast RSS feed requirements" |
 * | Served as application/rss+xml in UTF-8                                 | RSS Advisory Board; Apple feed requirements        |
 * | Channel has title, link, language, description                        | RSS 2.0 required channel elements; Apple           |
 * | itunes:image: absolute URL of a square 1400–3000 px PNG/JPEG          | Apple artwork requirements                         |
 * | itunes:category from Apple's list, with a subcategory                 | Apple Podcasts categories                          |
 * | itunes:explicit is "true" or "false"                                   | Apple (channel and episode)                        |
 * | itunes:author and itunes:owner (name, email)                           | Apple feed requirements                            |
 * | itunes:type is episodic                                                | Apple                                              |
 * | atom:link rel="self" is the feed's own URL                             | RSS Best Practices; Apple recommended tags         |
 * | podcast:guid = UUIDv5(feed URL without scheme, trailing slash)         | Podcasting 2.0 namespace, <podcast:guid>           |
 * | podcast:locked yes, with the owner's email                             | Podcasting 2.0 namespace, <podcast:locked>         |
 * | podcast:updateFrequency with an RFC 5545 rrule of the release day      | Podcasting 2.0 namespace, <podcast:updateFrequency> |
 * | Items: only published episodes, newest first                           | the publication's visibility rule; Apple ordering  |
 * | Item title and enclosure (absolute URL ending in its type, length, type) | RSS 2.0 enclosure; Apple required episode tags   |
 * | guid isPermaLink="false", the episode's guid, unchanged by edits       | RSS 2.0 guid; Apple ("never change an episode's GUID") |
 * | pubDate in RFC 822                                                     | RSS 2.0                                            |
 * | itunes:duration in whole seconds                                       | Apple                                              |
 * | itunes:episode, itunes:season, itunes:episodeType full                 | Apple                                              |
 * | itunes:image on an episode with artwork of its own                    | Apple                                              |
 * | podcast:transcript with url and type (text/vtt)                        | Podcasting 2.0 namespace, <podcast:transcript>     |
 * | podcast:chapters with url and type application/json+chapters           | Podcasting 2.0 namespace, <podcast:chapters>       |
 * | Titles and HTML notes survive escaping (& < " and CDATA)               | XML 1.0; Apple (description may hold HTML in CDATA) |
 * | A replaced file is a new enclosure URL                                 | podcast apps cache by URL and ignore If-Range      |
 * | An independent podcast parser reads it all back                        | podcast-partytime (Podcast Index's parser)         |
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { filler, insertEpisode, insertMediaFile } from '../testing/feed-fixtures.ts';
import { startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';
import { publicPodcastChannel } from './podcast-channel.ts';
import { buildPodcastFeed, type PodcastEpisode } from './podcast-feed.ts';
import { SHOW_ARTWORK } from './show-artwork.ts';

const podcastEpisodeSample: PodcastEpisode = {
  guid: 'a-guid',
  slug: 'sample',
  title: 'Sample',
  summary: 'A sample.',
  notesHtml: '',
  season: 1,
  number: null,
  explicit: false,
  isPremium: false,
  publishedAt: new Date('2026-11-29T07:00:00Z'),
  media: {
    id: 'f'.repeat(64),
    extension: 'mp3',
    contentType: 'audio/mpeg',
    byteSize: '10',
    durationSeconds: 1,
  },
};

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'item',
});

let server: TestServer;
let xml: string;
let contentType: string | undefined;
let channel: XmlNode;
let items: XmlNode[];
const ids: Record<string, { id: string; guid: string; slug: string }> = {};
const files: Record<string, string> = {};

/** Independent of the uuid package: RFC 4122 §4.3 by hand. */
function uuidV5ByHand(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function fetchFeed(): Promise<string> {
  const response = await server.app.inject({ method: 'GET', url: '/feeds/podcast.xml' });
  expect(response.statusCode).toBe(200);
  contentType = response.headers['content-type'] as string | undefined;
  return response.body;
}

function itemByTitle(title: string): XmlNode {
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`no item titled ${title}`);
  return found;
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  files.first = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('first', 5000),
    durationSeconds: 754.6,
  });
  files.second = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('second', 7000),
    durationSeconds: 1200,
  });
  files.transcript = await insertMediaFile(db, {
    kind: 'transcript',
    contentType: 'text/vtt',
    extension: 'vtt',
    data: new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n'),
  });
  files.chapters = await insertMediaFile(db, {
    kind: 'chapters',
    contentType: 'application/json+chapters',
    extension: 'json',
    data: new TextEncoder().encode('{"version":"1.2.0","chapters":[{"startTime":0,"title":"Start"}]}'),
  });
  files.artwork = await insertMediaFile(db, {
    kind: 'image',
    contentType: 'image/jpeg',
    extension: 'jpg',
    data: filler('artwork', 3000),
  });
  ids.older = await insertEpisode(db, {
    title: 'Walking & <breathing> "well"',
    summary: 'Why walking helps.',
    notes_markdown: '**Bold** notes with a [link](https://example.org/a?b=1&c=2) and ]]> inside.',
    season: 1,
    number: 1,
    media_id: files.first,
    transcript_media_id: files.transcript,
    chapters_media_id: files.chapters,
    published_at: new Date('2026-11-22T07:00:00Z'),
  });
  ids.newer = await insertEpisode(db, {
    title: 'Bending again',
    summary: 'Fear of bending.',
    season: 1,
    number: 2,
    media_id: files.second,
    artwork_media_id: files.artwork,
    published_at: new Date('2026-11-29T07:00:00Z'),
  });
  ids.scheduled = await insertEpisode(db, {
    title: 'Not yet out',
    status: 'scheduled',
    media_id: files.second,
    publish_at: new Date('2026-12-06T07:00:00Z'),
  });
  ids.draft = await insertEpisode(db, { title: 'Still a draft', status: 'draft', media_id: files.first });
  xml = await fetchFeed();
  const document = parser.parse(xml) as { rss: XmlNode };
  channel = (document.rss as { channel: XmlNode }).channel;
  items = channel.item as XmlNode[];
});
afterAll(() => server.close());

describe('the podcast feed, rule by rule', () => {
  it('is RSS 2.0 with the itunes, podcast and atom namespaces declared', () => {
    const rss = (parser.parse(xml) as { rss: XmlNode }).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss['@_xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it('is served as application/rss+xml in UTF-8', () => {
    expect(contentType).toBe('application/rss+xml; charset=utf-8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('names its title, link, language and description', () => {
    expect(channel.title).toBe('Backstrong');
    expect(channel.link).toBe(`${TEST_PUBLIC_URL}/`);
    expect(channel.language).toMatch(/^[a-z]{2}(-[a-z]{2})?$/);
    expect(String(channel.description).length).toBeGreaterThan(20);
  });

  it('points itunes:image at the stored show artwork, a square 1400–3000 px PNG', async () => {
    const href = (channel['itunes:image'] as XmlNode)['@_href'];
    expect(href).toBe(`${TEST_PUBLIC_URL}/media/${SHOW_ARTWORK.id}.png`);
    const stored = await server.database.db
      .selectFrom('media_files')
      .select(['data', 'content_type', 'width', 'height'])
      .where('id', '=', SHOW_ARTWORK.id)
      .executeTakeFirstOrThrow();
    expect(stored.content_type).toBe('image/png');
    const metadata = await sharp(Buffer.from(stored.data)).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBe(metadata.height);
    expect(metadata.width).toBeGreaterThanOrEqual(1400);
    expect(metadata.width).toBeLessThanOrEqual(3000);
    const committed = await readFile(path.join(import.meta.dirname, 'show-artwork.png'));
    expect(createHash('sha256').update(committed).digest('hex')).toBe(SHOW_ARTWORK.id);
  });

  it('is in Health & Fitness > Fitness', () => {
    const category = channel['itunes:category'] as XmlNode;
    expect(category['@_text']).toBe('Health & Fitness');
    expect((category['itunes:category'] as XmlNode)['@_text']).toBe('Fitness');
    expect(xml).toContain('text="Health &amp; Fitness"');
  });

  it('says itunes:explicit false for the show and each episode', () => {
    expect(channel['itunes:explicit']).toBe('false');
    for (const item of items) expect(['true', 'false']).toContain(item['itunes:explicit']);
  });

  it('names its author and owner, with the owner’s email', () => {
    expect(channel['itunes:author']).toBe('Backstrong');
    const owner = channel['itunes:owner'] as XmlNode;
    expect(owner['itunes:name']).toBe('Backstrong');
    expect(owner['itunes:email']).toBe('no-reply@backstrong.local');
  });

  it('is episodic', () => {
    expect(channel['itunes:type']).toBe('episodic');
  });

  it('links to itself with atom:link rel="self"', () => {
    const self = channel['atom:link'] as XmlNode;
    expect(self['@_rel']).toBe('self');
    expect(self['@_href']).toBe(`${TEST_PUBLIC_URL}/feeds/podcast.xml`);
    expect(self['@_type']).toBe('application/rss+xml');
  });

  it('has podcast:guid, the UUIDv5 of its URL without scheme and trailing slash', () => {
    const expected = uuidV5ByHand('localhost:3000/feeds/podcast.xml', 'ead4c236-bf58-58c6-a2c6-a12b8f2a0d8d');
    expect(channel['podcast:guid']).toBe(expected);
    // RFC 4122's DNS namespace and a known answer, so the hand-made UUIDv5 is right too.
    expect(uuidV5ByHand('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('is podcast:locked, with the owner’s email', () => {
    const locked = channel['podcast:locked'] as XmlNode;
    expect(locked['#text']).toBe('yes');
    expect(locked['@_owner']).toBe('no-reply@backstrong.local');
  });

  it('says it updates weekly on the release day', () => {
    const frequency = channel['podcast:updateFrequency'] as XmlNode;
    expect(frequency['@_rrule']).toBe('FREQ=WEEKLY;BYDAY=SU');
  });

  it('lists only published episodes, newest first', () => {
    expect(items.map((item) => item.title)).toEqual(['Bending again', 'Walking & <breathing> "well"']);
    expect(xml).not.toContain('Not yet out');
    expect(xml).not.toContain('Still a draft');
  });

  it('gives each episode a title and an enclosure with an absolute URL ending in its type, its length and type', () => {
    const item = itemByTitle('Walking & <breathing> "well"');
    const enclosure = item.enclosure as XmlNode;
    expect(enclosure['@_url']).toBe(`${TEST_PUBLIC_URL}/media/${files.first}.mp3`);
    expect(enclosure['@_length']).toBe('5000');
    expect(enclosure['@_type']).toBe('audio/mpeg');
  });

  it('gives each episode its guid, not a permalink, unchanged when the episode is edited', async () => {
    const item = itemByTitle('Bending again');
    const guid = item.guid as XmlNode;
    expect(guid['@_isPermaLink']).toBe('false');
    expect(guid['#text']).toBe(ids.newer?.guid);
    await server.database.db
      .updateTable('episodes')
      .set({ title: 'Bending again, edited', slug: 'bending-edited', updated_at: new Date() })
      .where('id', '=', ids.newer?.id as string)
      .execute();
    const edited = parser.parse(await fetchFeed()) as { rss: { channel: { item: XmlNode[] } } };
    const after = edited.rss.channel.item.find((entry) => entry.title === 'Bending again, edited');
    expect(after).toBeDefined();
    expect(((after as XmlNode).guid as XmlNode)['#text']).toBe(ids.newer?.guid);
    await server.database.db
      .updateTable('episodes')
      .set({ title: 'Bending again', slug: ids.newer?.slug as string, updated_at: new Date() })
      .where('id', '=', ids.newer?.id as string)
      .execute();
  });

  it('dates each episode in RFC 822', () => {
    const item = itemByTitle('Bending again');
    expect(item.pubDate).toBe('Sun, 29 Nov 2026 07:00:00 GMT');
    expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it('gives the duration in whole seconds', () => {
    expect(itemByTitle('Walking & <breathing> "well"')['itunes:duration']).toBe('755');
    expect(itemByTitle('Bending again')['itunes:duration']).toBe('1200');
  });

  it('numbers episodes and seasons, each a full episode', () => {
    const item = itemByTitle('Bending again');
    expect(item['itunes:episode']).toBe('2');
    expect(item['itunes:season']).toBe('1');
    expect(item['itunes:episodeType']).toBe('full');
  });

  it('gives an episode with artwork of its own its itunes:image, and none to one without', () => {
    expect((itemByTitle('Bending again')['itunes:image'] as XmlNode)['@_href']).toBe(
      `${TEST_PUBLIC_URL}/media/${files.artwork}.jpg`,
    );
    expect(itemByTitle('Walking & <breathing> "well"')['itunes:image']).toBeUndefined();
  });

  it('links the transcript with its type', () => {
    const transcript = itemByTitle('Walking & <breathing> "well"')['podcast:transcript'] as XmlNode;
    expect(transcript['@_url']).toBe(`${TEST_PUBLIC_URL}/media/${files.transcript}.vtt`);
    expect(transcript['@_type']).toBe('text/vtt');
  });

  it('links the chapters as application/json+chapters', () => {
    const chapters = itemByTitle('Walking & <breathing> "well"')['podcast:chapters'] as XmlNode;
    expect(chapters['@_url']).toBe(`${TEST_PUBLIC_URL}/media/${files.chapters}.json`);
    expect(chapters['@_type']).toBe('application/json+chapters');
  });

  it('keeps titles and HTML notes whole through escaping and CDATA', () => {
    const item = itemByTitle('Walking & <breathing> "well"');
    expect(item.title).toBe('Walking & <breathing> "well"');
    const description = String(item.description);
    expect(description).toContain('<strong>Bold</strong>');
    expect(description).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(description).toContain(' and ]]&gt; inside.');
    // HTML holding "]]>" itself still closes no section early.
    const written = buildPodcastFeed(
      publicPodcastChannel(loadConfig({})),
      [{ ...podcastEpisodeSample, notesHtml: '<p>a ]]> b</p>' }],
      TEST_PUBLIC_URL,
    );
    const parsed = parser.parse(written) as { rss: { channel: { item: XmlNode[] } } };
    expect(parsed.rss.channel.item[0]?.description).toBe('<p>a ]]> b</p>');
  });

  it('gives a replaced file a new enclosure URL', async () => {
    const replacement = await insertMediaFile(server.database.db, {
      kind: 'audio',
      contentType: 'audio/mpeg',
      extension: 'mp3',
      data: filler('second, re-recorded', 7100),
      durationSeconds: 1210,
    });
    await server.database.db
      .updateTable('episodes')
      .set({ media_id: replacement, updated_at: new Date() })
      .where('id', '=', ids.newer?.id as string)
      .execute();
    const replaced = parser.parse(await fetchFeed()) as { rss: { channel: { item: XmlNode[] } } };
    const item = replaced.rss.channel.item.find((entry) => entry.title === 'Bending again');
    expect(item).toBeDefined();
    expect(((item as XmlNode).enclosure as XmlNode)['@_url']).toBe(
      `${TEST_PUBLIC_URL}/media/${replacement}.mp3`,
    );
    expect(replacement).not.toBe(files.second);
  });

  it('is read back by podcast-partytime', () => {
    const feed = parseFeed(xml);
    expect(feed).not.toBeNull();
    expect(feed?.title).toBe('Backstrong');
    expect(feed?.guid).toBe(channel['podcast:guid']);
    expect(feed?.locked).toBe(true);
    expect(feed?.itunesCategory).toContain('Health & Fitness > Fitness');
    const walking = feed?.items.find((item) => item.title === 'Walking & <breathing> "well"');
    expect(walking?.guid).toBe(ids.older?.guid);
    expect(walking?.enclosure.url).toBe(`${TEST_PUBLIC_URL}/media/${files.first}.mp3`);
    expect(walking?.enclosure.length).toBe(5000);
    expect(walking?.duration).toBe(755);
    expect(walking?.podcastTranscripts?.[0]?.url).toBe(`${TEST_PUBLIC_URL}/media/${files.transcript}.vtt`);
    expect(walking?.podcastChapters?.url).toBe(`${TEST_PUBLIC_URL}/media/${files.chapters}.json`);
  });
});
