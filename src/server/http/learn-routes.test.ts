import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseArticles, Learn } from '../../contract/learn.ts';
import { DEFAULT_RELEASE_SCHEDULE } from '../../core/publication/release-schedule.ts';
import { seedDemoPublication } from '../publication/demo-publication.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

/**
 * GET /api/learn over the demo publication: members in different phases see the same published
 * articles in a different order; without a plan or consent, newest first; scheduled pieces never.
 */
let server: TestServer;
const NOW = new Date('2026-12-03T09:00:00Z');
const TODAY = '2026-12-03';
/** The published demo articles, newest first (the Sundays in their front matter). */
const NEWEST_FIRST = [
  'the-glute-bridge',
  'why-the-hips-matter',
  'sitting-and-hip-extension',
  'from-a-slight-bend-to-full-range',
  'knees-out',
  'working-hard',
];

beforeAll(async () => {
  server = await startTestServer({ clock: () => NOW });
  await seedDemoPublication(server.database.db, { now: NOW, schedule: DEFAULT_RELEASE_SCHEDULE });
});
afterAll(() => server.close());

async function learnOf(cookie: string): Promise<Learn> {
  const response = await server.app.inject({ method: 'GET', url: '/api/learn', headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const slugsOf = (learn: Pick<Learn, 'articles'>) =>
  learn.articles.map((article) => article.url.replace('/articles/', ''));

async function memberInPhase(email: string, phase: number) {
  const member = await signUp(server.app, { email });
  await startPlanFor(server.app, member.cookie, TODAY);
  await server.database.db
    .updateTable('plans')
    .set({ plan: sql`jsonb_set(plan, '{phase}', ${sql.lit(String(phase))}::jsonb)` })
    .where('user_id', '=', member.userId)
    .execute();
  return member;
}

describe('the order', () => {
  it('puts what fits phase 1 first for a member in phase 1, and the phase 4 article first in phase 4', async () => {
    const early = await learnOf((await memberInPhase('early@example.org', 1)).cookie);
    const later = await learnOf((await memberInPhase('later@example.org', 4)).cookie);
    expect(early.isForWhereYouAre).toBe(true);
    expect(later.isForWhereYouAre).toBe(true);
    expect(slugsOf(early).toSorted()).toEqual(NEWEST_FIRST.toSorted());
    expect(slugsOf(later).toSorted()).toEqual(NEWEST_FIRST.toSorted());
    expect(slugsOf(early)).not.toEqual(slugsOf(later));
    for (const article of early.articles.slice(0, 3)) expect(article.phases).toContain(1);
    expect(slugsOf(later)[0]).toBe('working-hard');
    expect(slugsOf(early).slice(0, 3)).not.toContain('working-hard');
  });

  it('is newest first for a member without a plan, and for one without consent', async () => {
    const noPlan = await learnOf((await signUp(server.app, { email: 'new@example.org' })).cookie);
    const noConsent = await learnOf(
      (await signUp(server.app, { email: 'private@example.org', consent: false })).cookie,
    );
    for (const learn of [noPlan, noConsent]) {
      expect(learn.isForWhereYouAre).toBe(false);
      expect(slugsOf(learn)).toEqual(NEWEST_FIRST);
    }
  });
});

describe('what is shown', () => {
  it('never holds the scheduled article or episode, and gives each article its paired episode', async () => {
    const learn = await learnOf((await signUp(server.app, { email: 'reader@example.org' })).cookie);
    expect(slugsOf(learn)).not.toContain('bands-then-weights');
    const scheduled = await server.database.db
      .selectFrom('episodes')
      .select('slug')
      .where('status', '=', 'scheduled')
      .execute();
    expect(scheduled).toHaveLength(1);
    const episodeSlugs = learn.articles.flatMap((article) => (article.episode ? [article.episode.slug] : []));
    expect(episodeSlugs).toHaveLength(2);
    expect(episodeSlugs).not.toContain(scheduled[0]?.slug);
    expect(learn.latestEpisode?.slug).not.toBe(scheduled[0]?.slug);
    expect(learn.latestEpisode).toMatchObject({
      audioUrl: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.mp3$/),
      contentType: 'audio/mpeg',
    });
    expect(learn.latestEpisode?.durationSeconds).toBeGreaterThan(30);
    const paired = learn.articles.find((article) => article.episode?.slug === learn.latestEpisode?.slug);
    expect(paired?.episode).toEqual(learn.latestEpisode);
  });

  it('is for members only', async () => {
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/learn' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the articles about an exercise', () => {
  it('are the published ones that name it, newest first, for anyone', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/learn/exercises/glute-bridge' });
    expect(response.statusCode, response.body).toBe(200);
    const { articles } = response.json() as ExerciseArticles;
    expect(slugsOf({ articles })).toEqual([
      'the-glute-bridge',
      'why-the-hips-matter',
      'sitting-and-hip-extension',
      'knees-out',
    ]);
    const pullThrough = await server.app.inject({ method: 'GET', url: '/api/learn/exercises/pull-through' });
    // Only the scheduled article is about the pull-through: none yet.
    expect(pullThrough.json()).toEqual({ articles: [] });
  });

  it('answer 404 problem+json for an exercise not in the catalogue', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/learn/exercises/handstand' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
