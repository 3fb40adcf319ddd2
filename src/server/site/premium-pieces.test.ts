import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filler, insertArticle, insertEpisode, insertMediaFile } from '../testing/feed-fixtures.ts';
import { signUp, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../testing/test-server.ts';

/**
 * Premium articles and episodes as each reader meets them: a reader without premium sees the summary
 * and the way to join, never the words or the audio (not on the page, in the feeds, in search or by the
 * file's URL); a premium member gets it all; without tiers (MEMBERSHIP=off) it is everyone's.
 */
const now = new Date('2026-12-06T12:00:00Z');
const SECRET_WORDS = 'Tuck the ribs down and squeeze the glutes at the turn';

interface Reader {
  cookie?: string;
}

async function publishPieces(server: TestServer) {
  const { db } = server.database;
  const audio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('premium-audio', 4000),
    durationSeconds: 600,
  });
  const freeAudio = await insertMediaFile(db, {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    data: filler('free-audio', 3000),
    durationSeconds: 300,
  });
  const article = await insertArticle(db, {
    slug: 'the-deep-hinge',
    title: 'The deep hinge',
    summary: 'Going further into the hinge, once the small one is easy.',
    body_markdown: `## The turn\n\n${SECRET_WORDS}.`,
    is_premium: true,
    published_at: new Date('2026-11-29T07:00:00Z'),
  });
  await insertArticle(db, {
    slug: 'the-bridge',
    title: 'The bridge',
    summary: 'Where everyone starts.',
    body_markdown: 'Lie on your back and lift the hips.',
    published_at: new Date('2026-11-22T07:00:00Z'),
  });
  await insertEpisode(db, {
    slug: 'deep-hinge-episode',
    title: 'The deep hinge, talked through',
    summary: 'What going deeper feels like.',
    notes_markdown: `Notes: ${SECRET_WORDS}.`,
    transcript_text: SECRET_WORDS,
    media_id: audio,
    article_id: article.id,
    is_premium: true,
    published_at: new Date('2026-11-29T07:00:00Z'),
  });
  await insertEpisode(db, {
    slug: 'bridge-episode',
    title: 'The bridge, talked through',
    summary: 'The first exercise.',
    media_id: freeAudio,
    published_at: new Date('2026-11-22T07:00:00Z'),
  });
  return { audioPath: `/media/${audio}.mp3`, freeAudioPath: `/media/${freeAudio}.mp3` };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });
type XmlNode = Record<string, unknown>;
const asList = (value: unknown): XmlNode[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]) as XmlNode[];

describe('with tiers', () => {
  let server: TestServer;
  let files: { audioPath: string; freeAudioPath: string };
  let free: Reader;
  let premium: Reader;
  const get = (reader: Reader, url: string) =>
    server.app.inject({ method: 'GET', url, headers: reader.cookie ? { cookie: reader.cookie } : {} });

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
    files = await publishPieces(server);
    free = await signUp(server.app, { email: 'free-reader@example.org' });
    const premiumMember = await signUp(server.app, { email: 'premium-reader@example.org' });
    premium = premiumMember;
    const admin = await signUp(server.app, { email: 'gives-premium@example.org' });
    await server.database.db
      .updateTable('users')
      .set({ role: 'admin' })
      .where('id', '=', admin.userId)
      .execute();
    const comp = await server.app.inject({
      method: 'PUT',
      url: `/api/admin/members/${premiumMember.userId}/comp`,
      headers: { cookie: admin.cookie },
      payload: { until: null, reason: 'Reads the premium pieces in a test' },
    });
    expect(comp.statusCode).toBe(200);
  });
  afterAll(() => server.close());

  it('shows a reader without an account the summary and the way to join, not the words', async () => {
    const page = await get({}, '/articles/the-deep-hinge');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Going further into the hinge');
    expect(page.body).toContain('Part of premium');
    expect(page.body).toContain('href="/sign-up"');
    expect(page.body).toContain('/sign-in?next=%2Fmembership');
    expect(page.body).not.toContain(SECRET_WORDS);
    expect(page.body).toContain('"isAccessibleForFree":false');
    // Every anonymous reader sees the same page, so a shared cache may keep it.
    expect(page.headers['cache-control']).toBe('public, max-age=60');
  });

  it('shows a free member the same, joining from the app', async () => {
    const page = await get(free, '/articles/the-deep-hinge');
    expect(page.body).toContain('Part of premium');
    expect(page.body).toContain('href="/membership"');
    expect(page.body).not.toContain(SECRET_WORDS);
    expect(page.headers['cache-control']).toBe('private, no-cache');
  });

  it('gives a premium member the whole article and its episode', async () => {
    const page = await get(premium, '/articles/the-deep-hinge');
    expect(page.body).toContain(SECRET_WORDS);
    expect(page.body).not.toContain('Part of premium');
    expect(page.body).toContain(files.audioPath);
    expect(page.headers['cache-control']).toBe('private, no-cache');
  });

  it('links every article and episode to the membership page', async () => {
    for (const path of ['/articles/the-bridge', '/episodes/bridge-episode', '/articles/the-deep-hinge']) {
      expect((await get({}, path)).body).toContain('href="/premium">Learn more about premium membership');
    }
    expect((await get({}, '/articles/the-bridge')).body).not.toContain('Part of premium');
  });

  it('keeps a premium episode’s audio, transcript and notes from a reader without premium', async () => {
    for (const reader of [{}, free]) {
      const page = await get(reader, '/episodes/deep-hinge-episode');
      expect(page.body).toContain('What going deeper feels like.');
      expect(page.body).toContain('Part of premium');
      expect(page.body).not.toContain(files.audioPath);
      expect(page.body).not.toContain(SECRET_WORDS);
      expect(page.body).not.toContain('<audio');
      const audio = await get(reader, files.audioPath);
      expect(audio.statusCode).toBe(404);
      expect(audio.headers['cache-control']).toBe('no-store');
    }
    const homepage = await get({}, '/');
    expect(homepage.body).not.toContain(files.audioPath);
    expect(homepage.body).toContain('For premium members');
  });

  it('plays a premium episode to a premium member, from a cache that is theirs alone', async () => {
    const page = await get(premium, '/episodes/deep-hinge-episode');
    expect(page.body).toContain('<audio');
    expect(page.body).toContain(SECRET_WORDS);
    const audio = await server.app.inject({
      method: 'GET',
      url: files.audioPath,
      headers: { cookie: premium.cookie ?? '', range: 'bytes=0-99' },
    });
    expect(audio.statusCode).toBe(206);
    expect(audio.rawPayload.byteLength).toBe(100);
    expect(audio.headers['cache-control']).toBe('private, max-age=86400');
    // A free episode's audio stays public, for every podcast app.
    expect((await get({}, files.freeAudioPath)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('lists a premium episode in the public podcast feed without its audio', async () => {
    const feed = await get({}, '/feeds/podcast.xml');
    expect(feed.statusCode).toBe(200);
    const channel = (xml.parse(feed.body).rss as XmlNode).channel as XmlNode;
    const items = asList(channel.item);
    const premiumItem = items.find((item) => item.title === 'The deep hinge, talked through');
    const freeItem = items.find((item) => item.title === 'The bridge, talked through');
    expect(premiumItem).toBeDefined();
    expect(premiumItem?.enclosure).toBeUndefined();
    expect(String(premiumItem?.description)).toContain(`${TEST_PUBLIC_URL}/premium`);
    expect(String(premiumItem?.description)).not.toContain(SECRET_WORDS);
    expect(freeItem?.enclosure).toMatchObject({ '@_url': `${TEST_PUBLIC_URL}${files.freeAudioPath}` });
  });

  it('gives a premium article’s summary and the way to join in the article feeds', async () => {
    const atom = await get({}, '/feeds/articles.xml');
    expect(atom.statusCode).toBe(200);
    expect(atom.body).not.toContain('Tuck the ribs down');
    expect(atom.body).toContain('This article is for premium members');
    expect(atom.body).toContain('Lie on your back and lift the hips.');
  });

  it('finds a premium piece by its words but quotes only its summary', async () => {
    const page = await get({}, '/search?q=glutes');
    expect(page.body).toContain('The deep hinge');
    expect(page.body).not.toContain('squeeze');
    expect(page.body).toContain('label--premium');
  });

  it('marks premium pieces in the lists', async () => {
    const archive = await get({}, '/archive');
    expect(archive.body.match(/label--premium/g)?.length).toBe(2);
  });

  it('says which pieces are premium in the app’s Learn', async () => {
    const learn = (await get(free, '/api/learn')).json();
    const article = learn.articles.find((item: { title: string }) => item.title === 'The deep hinge');
    expect(article).toMatchObject({ isPremium: true, episode: { isPremium: true } });
    expect(learn.articles.find((item: { title: string }) => item.title === 'The bridge')).toMatchObject({
      isPremium: false,
    });
  });
});

describe('the membership page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'on' } });
  });
  afterAll(() => server.close());

  it('shows the tiers, their prices and what each includes, and what is free always', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/premium' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<h1>Premium membership</h1>');
    expect(page.body).toContain('€12 a month');
    expect(page.body).toContain('€120 a year (17% less)');
    expect(page.body).toContain('The form check with your camera');
    expect(page.body).toContain('Your own private podcast feed, with every episode');
    expect(page.body).toContain('Free for everyone, always');
    expect(page.body).toContain('The red-flag safety questions');
    expect(page.body).toContain('href="/sign-up">Join Premium');
  });

  it('follows the prices an admin sets', async () => {
    const admin = await signUp(server.app, { email: 'sets-prices@example.org' });
    await server.database.db
      .updateTable('users')
      .set({ role: 'admin' })
      .where('id', '=', admin.userId)
      .execute();
    const saved = await server.app.inject({
      method: 'PUT',
      url: '/api/admin/membership',
      headers: { cookie: admin.cookie },
      payload: {
        currency: 'gbp',
        free: { name: 'Starter', description: 'The first fortnight.' },
        premium: { name: 'Complete', description: 'All of it.', monthlyPrice: 999, yearlyPrice: 9900 },
        includes: { free: ['assessment'], premium: ['full-program', 'premium-publication'] },
      },
    });
    expect(saved.statusCode).toBe(200);
    const page = await server.app.inject({ method: 'GET', url: '/premium' });
    expect(page.body).toContain('<h1>Complete membership</h1>');
    expect(page.body).toContain('£9.99 a month');
    expect(page.body).toContain('£99 a year (17% less)');
  });
});

describe('without tiers (MEMBERSHIP=off)', () => {
  let server: TestServer;
  let files: { audioPath: string; freeAudioPath: string };
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, env: { MEMBERSHIP: 'off' } });
    files = await publishPieces(server);
  });
  afterAll(() => server.close());

  it('gives everyone every piece whole, and never speaks of premium', async () => {
    const article = await server.app.inject({ method: 'GET', url: '/articles/the-deep-hinge' });
    expect(article.body).toContain(SECRET_WORDS);
    expect(article.body).not.toContain('Premium');
    expect(article.body).not.toContain('/premium');
    const episode = await server.app.inject({ method: 'GET', url: '/episodes/deep-hinge-episode' });
    expect(episode.body).toContain('<audio');
    const feed = await server.app.inject({ method: 'GET', url: '/feeds/podcast.xml' });
    expect(feed.body).toContain(`${TEST_PUBLIC_URL}${files.audioPath}`);
    expect((await server.app.inject({ method: 'GET', url: '/archive' })).body).not.toContain(
      'label--premium',
    );
  });

  it('serves a premium episode’s audio to anyone', async () => {
    const audio = await server.app.inject({ method: 'GET', url: files.audioPath });
    expect(audio.statusCode).toBe(200);
  });

  it('says on the membership page that everything is included', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/premium' });
    expect(page.body).toContain('Everything Backstrong offers is included for everyone here');
  });
});
