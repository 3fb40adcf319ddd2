import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * The member's date of birth: optional, given, changed and removed on the account; read back in the
 * profile, by the member's coach for the report's header, and in the export. The server's clock is fixed
 * at 2 March 2026: a date of birth may be from 1906-01-01 (120 years back) to 3 March 2026 (the member's
 * today, east of UTC).
 */
let server: TestServer;
let member: { cookie: string; userId: string };
let coach: { cookie: string; userId: string };

const as = (who: { cookie: string }, method: 'GET' | 'PUT', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

const dateOfBirthShown = async () => (await as(member, 'GET', '/api/me')).json().dateOfBirth;

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2026-03-02T08:00:00Z') });
  member = await signUp(server.app, { email: 'born@example.org', name: 'Bea Born' });
  coach = await signUp(server.app, { email: 'coach-of-bea@example.org', name: 'Cory Coach' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', coach.userId)
    .execute();
  await giveCoach(server.database.db, { memberId: member.userId, coachId: coach.userId });
});
afterAll(() => server.close());

describe('a date of birth', () => {
  it('is not given until the member gives it', async () => {
    expect(await dateOfBirthShown()).toBeNull();
  });

  it('is given, read back, given again unchanged, changed and removed', async () => {
    for (const [dateOfBirth, expected] of [
      ['1961-03-12', '1961-03-12'],
      ['1961-03-12', '1961-03-12'],
      ['1962-11-30', '1962-11-30'],
      [null, null],
    ] as const) {
      const response = await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth });
      expect(response.statusCode, response.body).toBe(200);
      expect(await dateOfBirthShown()).toBe(expected);
    }
  });

  it('is seen by the member’s coach and is in the member’s export', async () => {
    await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth: '1970-01-31' });
    const header = await as(coach, 'GET', `/api/coach/members/${member.userId}/profile`);
    expect(header.statusCode, header.body).toBe(200);
    expect(header.json().dateOfBirth).toBe('1970-01-31');
    const exported = await as(member, 'GET', '/api/me/export');
    expect(exported.json().account.dateOfBirth).toBe('1970-01-31');
  });

  it.each(['1906-01-01', '2026-03-03'])('may be %s, at an edge of the days allowed', async (dateOfBirth) => {
    expect((await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth })).statusCode).toBe(200);
    expect(await dateOfBirthShown()).toBe(dateOfBirth);
  });

  it.each([
    ['1905-12-31', 'expected a date of birth from 1906-01-01 to today'],
    ['2026-03-04', 'expected a date of birth from 1906-01-01 to today'],
    ['0001-01-01', 'expected a date of birth from 1906-01-01 to today'],
    ['1961-02-30', 'expected a date like 1961-03-12'],
    ['12/03/1961', 'expected a date like 1961-03-12'],
  ])(
    'is refused as %s, with a problem naming the field, and nothing changes',
    async (dateOfBirth, message) => {
      await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth: '1970-01-31' });
      const response = await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([{ location: 'body.dateOfBirth', message }]);
      expect(await dateOfBirthShown()).toBe('1970-01-31');
    },
  );

  it('is refused without the field, or with another field beside it', async () => {
    expect((await as(member, 'PUT', '/api/me/date-of-birth', {})).statusCode).toBe(400);
    const extra = await as(member, 'PUT', '/api/me/date-of-birth', { dateOfBirth: null, age: 64 });
    expect(extra.statusCode).toBe(400);
  });
});
