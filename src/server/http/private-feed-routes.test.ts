import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filler, insertEpisode, insertMediaFile } from '../testing/feed-fixtures.ts';
import { signUp, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';

/**
 * A premium member's private podcast feed, through the real routes on a real database, read back by a
 * real XML parser and by Podcast Index's own podcast parser: every episode with its audio under the
 * member's token, the reset, premium ending, and a link used from too many addresses.
 */
let server: TestServer;
let admin: { cookie: string; userId: string };
let now = new Date('2026-12-07T10:00:00Z');
const audioBytes = filler('premium audio', 4000);
let premiumAudio: string;
let publicAudio: string;

type Who = { cookie: string };
const as = (who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
const fetchAs = (url: string, options: { address?: string; headers?: Record<string, string> } = {}) =>
  server.app.inject({
    method: 'GET',
    url: url.replace(TEST_PUBLIC_URL, ''),
    headers: options.headers ?? {},
    remoteAddress: options.address ?? '203.0.113.1',
  });

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'item',
});
type Item = { title: string; guid: { '#text': string }; enclosure?: { '@_url': string } };
const itemsOf = (xml: string) =>
  (parser.parse(xml) as { rss: { channel: { item?: Item[] } } }).rss.channel.item ?? [];

async function premiumMember(email: string) {
  const member = await signUp(server.app, { email, name: 'Pat Premium' });
  const comp = await as(admin, 'PUT', `/api/admin/members/${member.userId}/comp`, {
    until: null,
    reason: 'Clinic staff',
  });
  expect(comp.statusCode, comp.body).toBe(200);
  return member;
}

async function feedUrlOf(member: Who): Promise<string> {
  const response = await as(member, 'GET', '/api/me/podcast-feed');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().url;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
  const db = server.database.db;
  admin = await signUp(server.app, { email: 'runs-feeds@example.org' });
  await db.updateTable('users').set({ role: 'admin' }).where('id', '=', admin.userId).execute();
  publicAudio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('public audio', 3000),
    durationSeconds: 300,
  });
  premiumAudio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: audioBytes,
    durationSeconds: 600,
  });
  await insertEpisode(db, {
    title: 'Bridges for everyone',
    media_id: publicAudio,
    published_at: new Date('2026-11-29T07:00:00Z'),
    updated_at: new Date('2026-11-29T07:00:00Z'),
  });
  await insertEpisode(db, {
    title: 'Hinges, for members',
    media_id: premiumAudio,
    is_premium: true,
    published_at: new Date('2026-12-06T07:00:00Z'),
    updated_at: new Date('2026-12-06T07:00:00Z'),
  });
});
afterAll(() => server.close());

describe('the private feed URL', () => {
  it('is refused to a free member, saying it is part of premium and where to join', async () => {
    const free = await signUp(server.app, { email: 'free-listener@example.org' });
    const response = await as(free, 'GET', '/api/me/podcast-feed');
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().type).toMatch(/premium-needed$/);
    expect(response.json().detail).toContain('/membership');
  });

  it('is made on first ask and the same afterwards, with links for three podcast apps', async () => {
    const member = await premiumMember('first-ask@example.org');
    const first = (await as(member, 'GET', '/api/me/podcast-feed')).json();
    expect(first.url).toMatch(/^http:\/\/localhost:3000\/feeds\/private\/[A-Za-z0-9_-]{43}\/podcast\.xml$/);
    expect((await as(member, 'GET', '/api/me/podcast-feed')).json()).toEqual(first);
    const bare = first.url.replace('http://', '');
    expect(first.addTo).toEqual({
      applePodcasts: `podcast://${bare}`,
      overcast: `overcast://x-callback-url/add?url=${encodeURIComponent(first.url)}`,
      pocketCasts: `pktc://subscribe/${bare}`,
    });
  });
});

describe('a premium member’s feed', () => {
  let member: Who;
  let url: string;
  beforeAll(async () => {
    member = await premiumMember('listener@example.org');
    url = await feedUrlOf(member);
  });

  it('is a valid podcast feed of every episode, premium ones with their audio, for this member only', async () => {
    const response = await fetchAs(url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    const items = itemsOf(response.body);
    expect(items.map((item) => item.title)).toEqual(['Hinges, for members', 'Bridges for everyone']);
    const folder = url.replace('/podcast.xml', '');
    expect(items[0]?.enclosure?.['@_url']).toBe(`${folder}/media/${premiumAudio}.mp3`);
    expect(response.body).toContain('<itunes:block>Yes</itunes:block>');
    const feed = parseFeed(response.body);
    expect(feed?.items.map((item) => item.enclosure?.url)).toEqual([
      `${folder}/media/${premiumAudio}.mp3`,
      `${folder}/media/${publicAudio}.mp3`,
    ]);
  });

  it('serves the premium audio at its enclosure URL, in ranges, and not to the public', async () => {
    const enclosure = itemsOf((await fetchAs(url)).body)[0]?.enclosure?.['@_url'] as string;
    const ranged = await fetchAs(enclosure, { headers: { range: 'bytes=10-19' } });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 10-19/${audioBytes.length}`);
    expect(new Uint8Array(ranged.rawPayload)).toEqual(audioBytes.slice(10, 20));
    expect(ranged.headers['cache-control']).toBe('private, max-age=86400');
    expect(ranged.headers['x-robots-tag']).toBe('noindex');
    const head = await server.app.inject({ method: 'HEAD', url: enclosure.replace(TEST_PUBLIC_URL, '') });
    expect(head.headers['content-length']).toBe(String(audioBytes.length));
    expect((await fetchAs(`/media/${premiumAudio}.mp3`)).statusCode).toBe(404);
  });

  it('answers 304 to a podcast app that has the current copy', async () => {
    const first = await fetchAs(url);
    const again = await fetchAs(url, { headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('is not found for a wrong or malformed token, and nobody may keep that answer', async () => {
    for (const path of [
      url.replace(/private\/[^/]+/, `private/${'A'.repeat(43)}`),
      '/feeds/private/short/podcast.xml',
      url
        .replace(/private\/[^/]+/, `private/${'B'.repeat(43)}`)
        .replace('podcast.xml', `media/${premiumAudio}.mp3`),
    ]) {
      const response = await fetchAs(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['cache-control']).toMatch(/no-store/);
    }
  });
});

describe('resetting the link', () => {
  it('makes a new URL at once, the old one stops, and a retry with the same id resets once', async () => {
    const member = await premiumMember('resets@example.org');
    const old = await feedUrlOf(member);
    const oldAudio = old.replace('podcast.xml', `media/${premiumAudio}.mp3`);
    const id = randomUUID();
    const reset = await as(member, 'POST', '/api/me/podcast-feed/reset', { id });
    expect(reset.statusCode, reset.body).toBe(200);
    const fresh = reset.json().url;
    expect(fresh).not.toBe(old);
    expect((await fetchAs(old)).statusCode).toBe(404);
    expect((await fetchAs(oldAudio)).statusCode).toBe(404);
    expect((await fetchAs(fresh)).statusCode).toBe(200);

    const retry = await as(member, 'POST', '/api/me/podcast-feed/reset', { id: id.toUpperCase() });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().url).toBe(fresh);
    expect(await feedUrlOf(member)).toBe(fresh);

    const another = await as(member, 'POST', '/api/me/podcast-feed/reset', { id: randomUUID() });
    expect(another.json().url).not.toBe(fresh);
  });

  it('refuses a reset without a client-made id, naming the field', async () => {
    const member = await premiumMember('bad-reset@example.org');
    const response = await as(member, 'POST', '/api/me/podcast-feed/reset', { id: 'again' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { location: string }) => error.location)).toContain('body.id');
  });
});

describe('when premium ends', () => {
  it('the feed holds one item saying so, the same on every poll, and the premium audio stops', async () => {
    const member = await premiumMember('lapsed@example.org');
    const url = await feedUrlOf(member);
    const audio = url.replace('podcast.xml', `media/${premiumAudio}.mp3`);
    expect((await fetchAs(audio)).statusCode).toBe(200);
    const ended = await as(
      admin,
      'DELETE',
      `/api/admin/members/${
        (
          await server.database.db
            .selectFrom('users')
            .select('id')
            .where('email', '=', 'lapsed@example.org')
            .executeTakeFirstOrThrow()
        ).id
      }/comp`,
    );
    expect(ended.statusCode, ended.body).toBe(200);

    const first = await fetchAs(url);
    expect(first.statusCode).toBe(200);
    const items = itemsOf(first.body);
    expect(items.map((item) => item.title)).toEqual(['Your premium membership has ended']);
    expect(items[0]?.enclosure).toBeUndefined();
    expect(first.body).toContain('/membership');
    // Podcast apps skip an item without audio, as Podcast Index's parser does: the show says it too.
    const parsed = parseFeed(first.body);
    expect(parsed?.title).toBe('Backstrong (premium ended)');
    expect(parsed?.description).toMatch(/^Your premium membership has ended/);
    now = new Date(now.getTime() + 60 * 60 * 1000);
    const later = itemsOf((await fetchAs(url)).body);
    expect(later[0]?.guid['#text']).toBe(items[0]?.guid['#text']);

    expect((await fetchAs(audio)).statusCode).toBe(404);
    // What is public anyway still comes.
    expect((await fetchAs(url.replace('podcast.xml', `media/${publicAudio}.mp3`))).statusCode).toBe(200);
    expect((await as(member, 'GET', '/api/me/podcast-feed')).statusCode).toBe(403);
  });
});

describe('a shared link', () => {
  const sharedList = async () => {
    const response = await as(admin, 'GET', '/api/admin/podcast-feeds/shared');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { moreThan: number; feeds: { email: string; addresses: number }[] };
  };

  it('is flagged once a token is used from six addresses in a day, and clears on a reset', async () => {
    const member = await premiumMember('sharer@example.org');
    const url = await feedUrlOf(member);
    for (const last of [1, 2, 3, 4, 5]) await fetchAs(url, { address: `198.51.100.${last}` });
    // The same address again, an hour later, is still one address.
    now = new Date(now.getTime() + 60 * 60 * 1000);
    await fetchAs(url, { address: '198.51.100.1' });
    expect((await sharedList()).feeds.map((feed) => feed.email)).not.toContain('sharer@example.org');

    await fetchAs(url.replace('podcast.xml', `media/${premiumAudio}.mp3`), { address: '2001:db8::6' });
    const listed = await sharedList();
    expect(listed.moreThan).toBe(5);
    expect(listed.feeds.find((feed) => feed.email === 'sharer@example.org')).toMatchObject({
      name: 'Pat Premium',
      addresses: 6,
    });
    const stored = await server.database.db.selectFrom('private_feed_uses').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('198.51.100');

    await as(member, 'POST', '/api/me/podcast-feed/reset', { id: randomUUID() });
    expect((await sharedList()).feeds.map((feed) => feed.email)).not.toContain('sharer@example.org');
  });

  it('keeps only the last day of uses', async () => {
    const member = await premiumMember('old-uses@example.org');
    await fetchAs(await feedUrlOf(member), { address: '192.0.2.7' });
    now = new Date(now.getTime() + 26 * 60 * 60 * 1000);
    await fetchAs(await feedUrlOf(member), { address: '192.0.2.8' });
    const oldest = await server.database.db
      .selectFrom('private_feed_uses')
      .select((eb) => eb.fn.min('hour').as('hour'))
      .executeTakeFirstOrThrow();
    expect(new Date(oldest.hour as Date).getTime()).toBeGreaterThan(now.getTime() - 26 * 60 * 60 * 1000);
  });

  it('is listed to admins only', async () => {
    const member = await premiumMember('not-admin@example.org');
    expect((await as(member, 'GET', '/api/admin/podcast-feeds/shared')).statusCode).toBe(403);
  });
});

describe('erasing the account', () => {
  it('deletes the feed token and its uses', async () => {
    const member = await signUp(server.app, {
      email: 'erased-listener@example.org',
      password: 'correct horse battery',
    });
    await as(admin, 'PUT', `/api/admin/members/${member.userId}/comp`, { until: null, reason: 'Staff' });
    await fetchAs(await feedUrlOf(member));
    const rows = async () => [
      ...(await server.database.db
        .selectFrom('private_feed_tokens')
        .where('user_id', '=', member.userId)
        .selectAll()
        .execute()),
      ...(await server.database.db
        .selectFrom('private_feed_uses')
        .where('user_id', '=', member.userId)
        .selectAll()
        .execute()),
    ];
    expect((await rows()).length).toBe(2);
    const erased = await as(member, 'DELETE', '/api/me', { password: 'correct horse battery' });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await rows()).toEqual([]);
  });
});
