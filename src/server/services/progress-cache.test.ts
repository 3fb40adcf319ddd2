import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';
import { keepProgress, memberDataVersion } from './progress-cache.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

interface Progress {
  since: string | null;
  adherence: { done: number };
}

async function progressOf(cookie: string, today: string): Promise<Progress> {
  now = new Date(`${today}T12:00:00Z`);
  const response = await server.app.inject({
    method: 'GET',
    url: `/api/progress?today=${today}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/**
 * Marks the kept copy so a read that uses it can be told from one that builds anew: a `since` no build
 * would give.
 */
async function markKept(memberId: string, changes: { code?: string } = {}): Promise<void> {
  await sql`update progress_cache set body = jsonb_set(body::jsonb, '{since}', '"1999-01-01"')::text,
            code = coalesce(${changes.code ?? null}, code) where user_id = ${memberId}`.execute(
    server.database.db,
  );
}

async function memberTraining(email: string) {
  const member = await signUp(server.app, { email });
  now = new Date('2026-03-02T08:00:00Z');
  await startPlanFor(server.app, member.cookie, '2026-03-02');
  now = new Date('2026-03-02T18:00:00Z');
  await doWorkoutFor(server.app, member.cookie, '2026-03-02', 1);
  return member;
}

describe('kept training progress', () => {
  it('is used again while nothing it was built from has moved, and built anew after a write', async () => {
    const { cookie, userId } = await memberTraining('kept-progress@example.org');
    const first = await progressOf(cookie, '2026-03-03');
    expect(first.since).toBe('2026-03-02');

    await markKept(userId);
    expect((await progressOf(cookie, '2026-03-03')).since).toBe('1999-01-01');

    now = new Date('2026-03-04T18:00:00Z');
    await doWorkoutFor(server.app, cookie, '2026-03-04', 2);
    const after = await progressOf(cookie, '2026-03-04');
    expect(after.since).toBe('2026-03-02');
    expect(after.adherence.done).toBe(first.adherence.done + 1);
  });

  it('is built anew for another day, and when the code that built it has changed', async () => {
    const { cookie, userId } = await memberTraining('kept-progress-day@example.org');
    await progressOf(cookie, '2026-03-03');
    await markKept(userId);
    expect((await progressOf(cookie, '2026-03-04')).since).toBe('2026-03-02');

    await markKept(userId, { code: 'built-by-an-older-release' });
    expect((await progressOf(cookie, '2026-03-04')).since).toBe('2026-03-02');
  });

  it('moves the member’s version on every write to each table progress is read from, and only theirs', async () => {
    const member = await signUp(server.app, { email: 'versions@example.org' });
    await recordEverything(server.app, member.cookie, (moment) => (now = new Date(moment)));
    const neighbour = await memberTraining('versions-neighbour@example.org');
    const db = server.database.db;
    const tables = [
      'plans',
      'workouts',
      'set_logs',
      'check_ins',
      'decisions',
      'red_flag_screens',
      'measures',
    ];
    for (const table of tables) {
      const before = BigInt(await memberDataVersion(db, member.userId));
      const neighbourBefore = await memberDataVersion(db, neighbour.userId);
      const updated =
        await sql`update ${sql.table(table)} set user_id = user_id where user_id = ${member.userId}`.execute(
          db,
        );
      expect(Number(updated.numAffectedRows), `${table} has the member's rows`).toBeGreaterThan(0);
      expect(BigInt(await memberDataVersion(db, member.userId)), table).toBeGreaterThan(before);
      expect(await memberDataVersion(db, neighbour.userId), table).toBe(neighbourBefore);
    }
    const beforeDelete = BigInt(await memberDataVersion(db, member.userId));
    await db.deleteFrom('check_ins').where('user_id', '=', member.userId).execute();
    expect(BigInt(await memberDataVersion(db, member.userId))).toBeGreaterThan(beforeDelete);
  });

  it('is not kept over a copy built from a newer version', async () => {
    const { cookie, userId } = await memberTraining('kept-progress-newer@example.org');
    await progressOf(cookie, '2026-03-03');
    const db = server.database.db;
    await sql`update progress_cache set version = version + 1000 where user_id = ${userId}`.execute(db);
    const stale = await db
      .selectFrom('progress_cache')
      .select('body')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    await keepProgress(
      db,
      { memberId: userId, today: '2026-03-05', disability: 'odi' },
      '1',
      stale.body as never,
    );
    const row = await db
      .selectFrom('progress_cache')
      .select('today')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(row.today).toBe('2026-03-03');
  });
});
