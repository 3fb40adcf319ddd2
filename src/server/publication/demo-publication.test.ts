import { parseBuffer } from 'music-metadata';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_RELEASE_SCHEDULE } from '../../core/publication/release-schedule.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { lastCueEndSeconds, readDemoArticles, readDemoEpisodes, vttToText } from './demo-content.ts';
import { seedDemoPublication, slotOfSunday } from './demo-publication.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A Thursday in winter: the latest slot is Sunday 29 November 07:00 London (07:00 UTC). */
const NOW = new Date('2026-12-03T09:00:00Z');
const schedule = DEFAULT_RELEASE_SCHEDULE;

async function everyRow() {
  const db = server.database.db;
  return {
    articles: await db
      .selectFrom('articles')
      .select(['id', 'slug', 'status', 'published_at'])
      .orderBy('id')
      .execute(),
    revisions: await db
      .selectFrom('article_revisions')
      .select(['article_id', 'revision'])
      .orderBy('article_id')
      .execute(),
    episodes: await db
      .selectFrom('episodes')
      .select(['id', 'guid', 'status', 'publish_at'])
      .orderBy('id')
      .execute(),
    media: await db.selectFrom('media_files').select(['id', 'byte_size']).orderBy('id').execute(),
  };
}

it('places pieces on past Sundays and the next one', () => {
  expect(slotOfSunday(-1, NOW, schedule).toISOString()).toBe('2026-11-29T07:00:00.000Z');
  expect(slotOfSunday(-2, NOW, schedule).toISOString()).toBe('2026-11-22T07:00:00.000Z');
  expect(slotOfSunday(1, NOW, schedule).toISOString()).toBe('2026-12-06T07:00:00.000Z');
});

it('seeds once: a second run adds and changes nothing', async () => {
  const started = performance.now();
  expect(await seedDemoPublication(server.database.db, { now: NOW, schedule })).toBe(true);
  const elapsed = performance.now() - started;
  const first = await everyRow();
  expect(await seedDemoPublication(server.database.db, { now: NOW, schedule })).toBe(false);
  expect(await everyRow()).toEqual(first);
  console.info(`demo publication seeded in ${Math.round(elapsed)} ms`);

  expect(first.articles).toHaveLength(readDemoArticles().length);
  expect(first.revisions).toHaveLength(first.articles.length);
  expect(first.episodes).toHaveLength(3);
  const scheduled = first.articles.filter((article) => article.status === 'scheduled');
  expect(scheduled.map((article) => article.slug)).toEqual(['bands-then-weights']);
  expect(first.episodes.filter((episode) => episode.status === 'published')).toHaveLength(2);
  const next = first.episodes.find((episode) => episode.status === 'scheduled');
  expect(next?.publish_at?.toISOString()).toBe('2026-12-06T07:00:00.000Z');
});

it('stores each episode with its duration, size and transcript words', async () => {
  const rows = await server.database.db
    .selectFrom('episodes')
    .innerJoin('media_files', 'media_files.id', 'episodes.media_id')
    .select([
      'episodes.guid',
      'episodes.transcript_text',
      'media_files.byte_size',
      'media_files.duration_seconds',
    ])
    .execute();
  for (const episode of readDemoEpisodes()) {
    const row = rows.find((candidate) => candidate.guid === episode.guid);
    expect(Number(row?.byte_size)).toBe(episode.audio.byteLength);
    expect(row?.duration_seconds).toBeGreaterThan(60);
    expect(row?.transcript_text).toBe(vttToText(episode.transcriptVtt));
    expect(row?.transcript_text).toContain('computer voice');
  }
});

it('has six or more articles of 500 words or more, one for each topic of the method', () => {
  const articles = readDemoArticles();
  expect(articles.length).toBeGreaterThanOrEqual(6);
  for (const article of articles) {
    expect(article.bodyMarkdown.split(/\s+/).length, article.slug).toBeGreaterThanOrEqual(500);
    expect(article.bodyMarkdown, article.slug).toMatch(/doctor/);
  }
  const slugs = articles.map((article) => article.slug).sort();
  expect(slugs).toEqual([
    'bands-then-weights',
    'from-a-slight-bend-to-full-range',
    'knees-out',
    'sitting-and-hip-extension',
    'the-glute-bridge',
    'why-the-hips-matter',
    'working-hard',
  ]);
});

it('has episodes whose audio lasts as long as the transcript, with valid chapters and a paired article', async () => {
  const slugs = readDemoArticles().map((article) => article.slug);
  for (const episode of readDemoEpisodes()) {
    expect(episode.audio.byteLength).toBeLessThanOrEqual(400 * 1024);
    const metadata = await parseBuffer(episode.audio, { mimeType: 'audio/mpeg' }, { duration: true });
    expect(metadata.format.numberOfChannels).toBe(1);
    const duration = metadata.format.duration ?? 0;
    expect(Math.abs(duration - lastCueEndSeconds(episode.transcriptVtt))).toBeLessThanOrEqual(2);
    expect(episode.transcriptVtt.startsWith('WEBVTT\n')).toBe(true);
    const chapters = JSON.parse(episode.chaptersJson) as {
      version: string;
      chapters: { startTime: number; title: string }[];
    };
    expect(chapters.version).toMatch(/^1\.\d+\.\d+$/);
    expect(chapters.chapters.length).toBeGreaterThan(1);
    expect(chapters.chapters[0]?.startTime).toBe(0);
    for (const [index, chapter] of chapters.chapters.entries()) {
      expect(chapter.title.length).toBeGreaterThan(0);
      expect(chapter.startTime).toBeLessThan(duration);
      if (index > 0) expect(chapter.startTime).toBeGreaterThan(chapters.chapters[index - 1]?.startTime ?? 0);
    }
    expect(slugs).toContain(episode.articleSlug);
    expect(episode.notesMarkdown).toContain('read by a computer voice');
  }
});

it('seeds one premium article and its episode, neither the latest, so the newest pieces stay free', async () => {
  const db = server.database.db;
  const articles = await db
    .selectFrom('articles')
    .select(['slug', 'is_premium'])
    .orderBy('publish_at', 'desc')
    .execute();
  const episodes = await db
    .selectFrom('episodes')
    .select(['slug', 'is_premium'])
    .orderBy('publish_at', 'desc')
    .execute();
  expect(articles.filter((row) => row.is_premium).map((row) => row.slug)).toEqual(['why-the-hips-matter']);
  expect(episodes.filter((row) => row.is_premium).map((row) => row.slug)).toEqual(['hips-and-your-back']);
  // Newest first: the next Sunday's, then the latest released; both free.
  expect(articles.slice(0, 2).map((row) => row.is_premium)).toEqual([false, false]);
  expect(episodes.slice(0, 2).map((row) => row.is_premium)).toEqual([false, false]);
  const revision = await db
    .selectFrom('article_revisions')
    .innerJoin('articles', 'articles.id', 'article_revisions.article_id')
    .select('article_revisions.is_premium')
    .where('articles.slug', '=', 'why-the-hips-matter')
    .executeTakeFirstOrThrow();
  expect(revision.is_premium).toBe(true);
});
