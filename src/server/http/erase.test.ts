import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

const PASSWORD = 'correct horse battery';

/** A member with every kind of data: plan, workouts and sets, check-in, decisions, measures, a snooze. */
async function memberWithHistory(email: string) {
  const { cookie, userId } = await signUp(server.app, { email, password: PASSWORD });
  await recordEverything(server.app, cookie, (moment) => (now = new Date(moment)));
  return { cookie, userId, email };
}

/** Every table in the database, from the catalogue: a table added later is checked without editing this. */
async function allTables(): Promise<string[]> {
  const result = await sql<{ tablename: string }>`
    select tablename from pg_catalog.pg_tables where schemaname = current_schema() order by tablename`.execute(
    server.database.db,
  );
  return result.rows.map((row) => row.tablename);
}

/** Rows of each table that mention the account anywhere: its id or its email, in any column. */
async function rowsMentioning(account: { userId: string; email: string }): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const table of await allTables()) {
    const result = await sql<{ row: string }>`
      select row_to_json(t)::text as row from ${sql.table(table)} as t
      where position(${account.userId} in row_to_json(t)::text) > 0
         or position(${account.email} in lower(row_to_json(t)::text)) > 0
      order by 1`.execute(server.database.db);
    if (result.rows.length > 0) found[table] = result.rows.map((entry) => entry.row);
  }
  return found;
}

describe('erasing an account', () => {
  it('deletes the account and every row of its data from every table, and nobody else’s', async () => {
    const leaving = await memberWithHistory('leaving@example.org');
    const staying = await memberWithHistory('staying@example.org');
    // A second login session and a pending password-reset link: they must go too.
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: leaving.email, password: PASSWORD },
    });
    const otherDevice = signIn.headers['set-cookie']?.toString().split(';')[0] ?? '';
    await server.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: leaving.email },
    });
    // Both also get the Sunday email, which is theirs by address, not by account.
    await server.database.db
      .insertInto('subscribers')
      .values([
        { id: 'sub-leaving', email: leaving.email, consented_at: now },
        { id: 'sub-staying', email: staying.email, consented_at: now },
      ])
      .execute();

    const before = await rowsMentioning(leaving);
    expect(Object.keys(before).sort()).toEqual([
      'assessments',
      'auth_accounts',
      'auth_sessions',
      'auth_verifications',
      'check_ins',
      'decisions',
      'measure_skips',
      'measure_snoozes',
      'measures',
      'member_data_versions',
      'outgoing_mail',
      'plans',
      'red_flag_screens',
      'set_logs',
      'subscribers',
      'users',
      'workouts',
    ]);
    const neighbourBefore = await rowsMentioning(staying);

    const response = await server.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: leaving.cookie },
      payload: { password: PASSWORD },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/^backstrong\.session_token=; Path=\/; Max-Age=0/);

    expect(await rowsMentioning(leaving)).toEqual({});
    expect(await rowsMentioning(staying)).toEqual(neighbourBefore);

    for (const cookie of [leaving.cookie, otherDevice]) {
      const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
    }
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: leaving.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    const neighbour = await server.app.inject({
      method: 'GET',
      url: '/api/measures',
      headers: { cookie: staying.cookie },
    });
    expect(neighbour.statusCode).toBe(200);
  });

  it('refuses without the current password and deletes nothing', async () => {
    const member = await memberWithHistory('careful@example.org');
    const before = await rowsMentioning(member);
    for (const payload of [{ password: 'not my password' }, {}, { password: '' }]) {
      const response = await server.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: { cookie: member.cookie },
        payload,
      });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    }
    const wrong = await server.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: member.cookie },
      payload: { password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().type).toBe('urn:backstrong:problem:wrong-password');
    expect(await rowsMentioning(member)).toEqual(before);
    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('limits password guesses like sign-in', async () => {
    const limited = await startTestServer({
      signInLimits: { perAccountAndAddress: 2, perAccount: 100, perAddress: 100, windowSeconds: 60 },
    });
    try {
      const { cookie } = await signUp(limited.app, { email: 'guess@example.org', password: PASSWORD });
      const attempt = () =>
        limited.app.inject({
          method: 'DELETE',
          url: '/api/me',
          headers: { cookie },
          payload: { password: 'guess guess' },
        });
      expect((await attempt()).statusCode).toBe(403);
      expect((await attempt()).statusCode).toBe(403);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
