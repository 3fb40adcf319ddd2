import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import { eventually } from '../testing/smtp-listener.ts';
import { type Jobs, startJobs } from './jobs.ts';
import { RELEASE_PUBLICATION } from './release-publication.ts';

/** The release job as the app runs it: real pg-boss on the test database (PGlite, or PostgreSQL). */
describe('a release missed while the server was down', () => {
  const slot = new Date('2026-12-06T07:00:00Z');
  const articleId = randomUUID();
  const nextSunday = new Date('2030-01-06T07:00:00Z');
  let database: DatabaseHandle;
  let jobs: Jobs;
  let outbox: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    outbox = await mkdtemp(path.join(tmpdir(), 'backstrong-release-'));
    await database.db
      .insertInto('articles')
      .values({
        id: articleId,
        slug: 'bending-again',
        title: 'Bending again',
        status: 'scheduled',
        publish_at: slot,
      })
      .execute();
    await database.db
      .insertInto('episodes')
      .values({
        id: randomUUID(),
        guid: randomUUID(),
        slug: 'later',
        title: 'Later',
        status: 'scheduled',
        publish_at: nextSunday,
      })
      .execute();
    jobs = await startJobs({
      database,
      mailer: createMailer({
        smtpUrl: undefined,
        from: 'x@example.org',
        outboxDir: outbox,
        logger: { info() {} },
      }),
      logger: createLogger('silent'),
      clock: () => new Date(slot.getTime() + 26 * 3_600_000),
      publicUrl: 'http://localhost:3000',
      timing: { pollingIntervalSeconds: 1 },
    });
  });
  afterAll(async () => {
    await jobs.stop();
    await database.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('is published when the jobs start, dated its slot, with the every-minute schedule in place', async () => {
    await eventually('the article is published', async () => {
      const row = await database.db
        .selectFrom('articles')
        .select('status')
        .where('id', '=', articleId)
        .executeTakeFirstOrThrow();
      return row.status === 'published';
    });
    const article = await database.db
      .selectFrom('articles')
      .select('published_at')
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    expect(article.published_at).toEqual(slot);
    expect(await database.db.selectFrom('releases').select(['slot', 'article_ids']).execute()).toEqual([
      { slot, article_ids: [articleId] },
    ]);
    const schedules = await jobs.boss.getSchedules();
    expect(schedules.find((schedule) => schedule.name === RELEASE_PUBLICATION)).toMatchObject({
      cron: '* * * * *',
      timezone: 'UTC',
    });
  });

  it('queues a run for the exact instant the next item is due, once however many runs queue it', async () => {
    await eventually('the exact-time run is queued', async () => {
      const queued = await sql<{ start_after: Date }>`
        select start_after from pgboss.job where name = ${RELEASE_PUBLICATION} and start_after = ${nextSunday}`.execute(
        database.db,
      );
      return queued.rows.length === 1;
    });
    await jobs.boss.send(RELEASE_PUBLICATION, null);
    await eventually('the extra run is done', async () => {
      const waiting = await sql<{ count: string }>`
        select count(*) as count from pgboss.job
        where name = ${RELEASE_PUBLICATION} and state in ('created', 'active') and start_after <= now()`.execute(
        database.db,
      );
      return Number(waiting.rows[0]?.count) === 0;
    });
    const queued = await sql<{ count: string }>`
      select count(*) as count from pgboss.job where name = ${RELEASE_PUBLICATION} and start_after = ${nextSunday}`.execute(
      database.db,
    );
    expect(Number(queued.rows[0]?.count)).toBe(1);
  });
});
