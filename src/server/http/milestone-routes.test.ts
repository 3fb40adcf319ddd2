import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestonesSchema } from '../../contract/milestones.ts';
import { deleteAccount } from '../db/repositories/member-data.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { doWorkoutFor, startPlanFor } from '../testing/training-fixtures.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

async function celebrated(cookie: string, today: string): Promise<string[]> {
  now = new Date(`${today}T12:00:00Z`);
  const response = await server.app.inject({
    method: 'GET',
    url: `/api/milestones?today=${today}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return milestonesSchema.parse(response.json()).celebrate.map((milestone) => milestone.key);
}

function markSeen(cookie: string, payload: object) {
  return server.app.inject({ method: 'POST', url: '/api/milestones/seen', headers: { cookie }, payload });
}

describe('milestones and the seen store', () => {
  it('celebrates the first workout until it is seen, then never again, on any device', async () => {
    const member = await signUp(server.app, { email: 'milestones@example.org' });
    now = new Date('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, member.cookie, '2026-03-02');
    expect(await celebrated(member.cookie, '2026-03-02')).toEqual([]);
    now = new Date('2026-03-02T18:00:00Z');
    await doWorkoutFor(server.app, member.cookie, '2026-03-02');
    expect(await celebrated(member.cookie, '2026-03-02')).toEqual(['first-workout']);
    // Read again (a reload, or a second phone) before it is dismissed: still there.
    expect(await celebrated(member.cookie, '2026-03-03')).toEqual(['first-workout']);

    const first = await markSeen(member.cookie, { keys: ['first-workout'], today: '2026-03-03' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ seen: ['first-workout'] });
    // A retry, as from a phone that never heard the answer: the same answer, one row.
    const retry = await markSeen(member.cookie, { keys: ['first-workout'], today: '2026-03-03' });
    expect(retry.json()).toEqual({ seen: ['first-workout'] });
    const rows = await server.database.db
      .selectFrom('milestones_seen')
      .selectAll()
      .where('user_id', '=', member.userId)
      .execute();
    expect(rows.map((row) => row.key)).toEqual(['first-workout']);

    expect(await celebrated(member.cookie, '2026-03-03')).toEqual([]);

    // Another member's seen store is their own.
    const other = await signUp(server.app, { email: 'milestones-other@example.org' });
    now = new Date('2026-03-03T08:00:00Z');
    await startPlanFor(server.app, other.cookie, '2026-03-03');
    now = new Date('2026-03-03T18:00:00Z');
    await doWorkoutFor(server.app, other.cookie, '2026-03-03');
    expect(await celebrated(other.cookie, '2026-03-03')).toEqual(['first-workout']);

    // Erasing the account takes its seen milestones with it.
    await server.database.db.transaction().execute((trx) => deleteAccount(trx, member.userId));
    const left = await server.database.db
      .selectFrom('milestones_seen')
      .select('key')
      .where('user_id', '=', member.userId)
      .execute();
    expect(left).toEqual([]);
  });

  it('refuses a milestone the member has not reached, naming the field, and stores nothing', async () => {
    const member = await signUp(server.app, { email: 'milestones-unreached@example.org' });
    now = new Date('2026-03-02T08:00:00Z');
    await startPlanFor(server.app, member.cookie, '2026-03-02');
    const response = await markSeen(member.cookie, { keys: ['workouts:50'], today: '2026-03-02' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.json().errors)).toContain('body.keys');
    const rows = await server.database.db
      .selectFrom('milestones_seen')
      .select('key')
      .where('user_id', '=', member.userId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a malformed key or too many keys with a 400 naming the field', async () => {
    const member = await signUp(server.app, { email: 'milestones-bad@example.org' });
    for (const payload of [
      { keys: ['<script>'] },
      { keys: [] },
      { keys: ['a', 'b', 'c', 'd'] },
      { keys: 'first-workout' },
    ]) {
      const response = await markSeen(member.cookie, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.body).toContain('keys');
    }
  });
});
