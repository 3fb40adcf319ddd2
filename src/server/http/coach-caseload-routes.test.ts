import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let coachCookie = '';
let memberId = '';

beforeAll(async () => {
  server = await startTestServer();
  const coach = await signUp(server.app, { email: 'coach@example.org', name: 'Sam Coach' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', coach.userId)
    .execute();
  coachCookie = coach.cookie;
  const member = await signUp(server.app, { email: 'member@example.org', name: 'Robin Member' });
  memberId = member.userId;
  await giveCoach(server.database.db, { memberId, coachId: coach.userId });
});

afterAll(() => server.close());

const caseload = (query = '') =>
  server.app.inject({ method: 'GET', url: `/api/coach/caseload${query}`, headers: { cookie: coachCookie } });

describe('GET /api/coach/caseload', () => {
  it("lists the coach's member, sharing, before they have a plan", async () => {
    const response = await caseload();
    expect(response.statusCode).toBe(200);
    expect(response.json().members).toEqual([
      {
        memberId,
        name: 'Robin Member',
        summary: expect.objectContaining({
          phase: null,
          lastWorkoutOn: null,
          daysWithoutWorkout: null,
          attention: [],
        }),
      },
    ]);
  });

  it('searches and filters on the server', async () => {
    expect((await caseload('?search=%20robin%20')).json().members).toHaveLength(1);
    expect((await caseload('?search=nobody')).json().members).toEqual([]);
    expect((await caseload('?filter=not-sharing')).json().members).toEqual([]);
    expect((await caseload('?filter=needs-attention&phase=1')).json().counts.all).toBe(1);
  });

  it.each([
    ['an unknown filter', '?filter=everyone', 'filter'],
    ['a phase outside the program', '?phase=6', 'phase'],
    ['a phase that is not a number', '?phase=two', 'phase'],
    ['a search longer than any name', `?search=${'a'.repeat(101)}`, 'search'],
  ])('refuses %s with a problem naming the field', async (_, query, field) => {
    const response = await caseload(query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toContain(field);
  });
});
