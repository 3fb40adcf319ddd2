import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_SCHEDULE, nextReleaseSlot } from '../../core/publication/release-schedule.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { publishDueItems } from './release-publication.ts';

/** The publishing step of the release job on the test database (PGlite, or PostgreSQL with DATABASE_URL). */
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.deleteFrom('releases').execute();
  await database.db.deleteFrom('episodes').execute();
  await database.db.deleteFrom('articles').execute();
});

async function scheduleArticleAndEpisode(publishAt: Date) {
  const articleId = randomUUID();
  const episodeId = randomUUID();
  await database.db
    .insertInto('articles')
    .values({
      id: articleId,
      slug: `a-${articleId}`,
      title: 'Bending again',
      status: 'scheduled',
      publish_at: publishAt,
    })
    .execute();
  await database.db
    .insertInto('episodes')
    .values({
      id: episodeId,
      guid: randomUUID(),
      slug: `e-${episodeId}`,
      title: 'Lifting the shopping',
      status: 'scheduled',
      publish_at: publishAt,
      article_id: articleId,
    })
    .execute();
  return { articleId, episodeId };
}

async function statusOf(ids: { articleId: string; episodeId: string }) {
  const article = await database.db
    .selectFrom('articles')
    .select(['status', 'published_at'])
    .where('id', '=', ids.articleId)
    .executeTakeFirstOrThrow();
  const episode = await database.db
    .selectFrom('episodes')
    .select(['status', 'published_at'])
    .where('id', '=', ids.episodeId)
    .executeTakeFirstOrThrow();
  return { article, episode };
}

const SLOT = new Date('2026-12-06T07:00:00Z');

describe('publishing what is due', () => {
  it('a run before the slot publishes nothing and records no release', async () => {
    const ids = await scheduleArticleAndEpisode(SLOT);
    expect(await publishDueItems(database.db, new Date(SLOT.getTime() - 1))).toEqual([]);
    const { article, episode } = await statusOf(ids);
    expect([article.status, episode.status]).toEqual(['scheduled', 'scheduled']);
    expect(await database.db.selectFrom('releases').selectAll().execute()).toEqual([]);
  });

  it('at the slot publishes both, dated the slot, and records one release', async () => {
    const ids = await scheduleArticleAndEpisode(SLOT);
    const [release] = await publishDueItems(database.db, SLOT);
    expect(release).toEqual({ slot: SLOT, articleIds: [ids.articleId], episodeIds: [ids.episodeId] });
    const { article, episode } = await statusOf(ids);
    expect(article).toEqual({ status: 'published', published_at: SLOT });
    expect(episode).toEqual({ status: 'published', published_at: SLOT });
    const rows = await database.db.selectFrom('releases').selectAll().execute();
    expect(rows).toMatchObject([{ slot: SLOT, article_ids: [ids.articleId], episode_ids: [ids.episodeId] }]);
  });

  it('two runs at once publish once and record one release with each item once', async () => {
    const ids = await scheduleArticleAndEpisode(SLOT);
    const later = new Date(SLOT.getTime() + 30_000);
    const runs = await Promise.all([
      publishDueItems(database.db, later),
      publishDueItems(database.db, later),
    ]);
    const published = runs.flat();
    expect(published.flatMap((release) => release.articleIds)).toEqual([ids.articleId]);
    expect(published.flatMap((release) => release.episodeIds)).toEqual([ids.episodeId]);
    const rows = await database.db.selectFrom('releases').selectAll().execute();
    expect(rows).toMatchObject([{ slot: SLOT, article_ids: [ids.articleId], episode_ids: [ids.episodeId] }]);
    expect(await publishDueItems(database.db, later)).toEqual([]);
  });

  it('a slot missed while nothing ran is published by the next run, still dated its slot', async () => {
    const ids = await scheduleArticleAndEpisode(SLOT);
    await publishDueItems(database.db, new Date(SLOT.getTime() + 3 * 24 * 3_600_000));
    expect((await statusOf(ids)).article).toEqual({ status: 'published', published_at: SLOT });
  });

  it.each([
    ['the Sunday the clocks go forward', '2026-03-28T12:00:00Z', '2026-03-29T06:00:00Z'],
    ['the Sunday the clocks go back', '2026-10-24T12:00:00Z', '2026-10-25T07:00:00Z'],
  ])('on %s, publishes at 07:00 London and not a second before', async (_, saturday, utcInstant) => {
    const slot = nextReleaseSlot(new Date(saturday), DEFAULT_RELEASE_SCHEDULE);
    expect(slot).toEqual(new Date(utcInstant));
    const ids = await scheduleArticleAndEpisode(slot);
    expect(await publishDueItems(database.db, new Date(slot.getTime() - 1_000))).toEqual([]);
    expect((await statusOf(ids)).article.status).toBe('scheduled');
    expect(await publishDueItems(database.db, slot)).toHaveLength(1);
    expect((await statusOf(ids)).episode).toEqual({ status: 'published', published_at: slot });
  });
});
