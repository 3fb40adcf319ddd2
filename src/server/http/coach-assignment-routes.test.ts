import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../../core/consent.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import type { Role } from '../db/schema.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { startPlanFor } from '../testing/training-fixtures.ts';

/**
 * Who coaches whom, end to end over the API: the admin's lists, assigning and reassigning (access moves
 * with the assignment at once), the member's coach card and request, sharing and stopping, and the
 * coach's introduction.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
const accounts = {} as Record<
  'admin' | 'member' | 'waiting' | 'coachA' | 'coachB',
  { cookie: string; id: string }
>;

async function account(key: keyof typeof accounts, role: Role, name: string) {
  const { cookie, userId } = await signUp(server.app, { email: `${key}@example.org`, name });
  await server.database.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
  accounts[key] = { cookie, id: userId };
}

function as(
  key: keyof typeof accounts,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return server.app.inject({
    method,
    url,
    headers: { cookie: accounts[key].cookie },
    ...(payload ? { payload } : {}),
  });
}

const assign = (memberId: string, coachId: string) =>
  as('admin', 'PUT', `/api/admin/members/${memberId}/coach`, { coachId });
const coachReadsPlan = (coach: 'coachA' | 'coachB') =>
  as(coach, 'GET', `/api/coach/members/${accounts.member.id}/plan`);

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  await account('admin', 'admin', 'Ada Admin');
  await account('coachA', 'coach', 'Sam Stone');
  await account('coachB', 'coach', 'Robin Reed');
  await account('member', 'member', 'Mia Member');
  await account('waiting', 'member', 'Wes Waiting');
  const screen = { id: randomUUID(), answers: noRedFlags(), context: 'onboarding' };
  await as('member', 'POST', '/api/red-flag-screens', screen);
  await startPlanFor(server.app, accounts.member.cookie, '2026-03-02');
});
afterAll(() => server.close());

describe('the member asks for a coach and the admin assigns one', () => {
  it('puts members who asked first, oldest request first, and keeps the first request when asked again', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    expect((await as('waiting', 'POST', '/api/me/coach-request')).statusCode).toBe(200);
    now = new Date('2026-03-02T10:00:00Z');
    expect((await as('member', 'POST', '/api/me/coach-request')).json()).toMatchObject({
      coach: null,
      sharing: null,
      coachRequestedAt: '2026-03-02T10:00:00.000Z',
    });
    now = new Date('2026-03-02T11:00:00Z');
    const again = await as('waiting', 'POST', '/api/me/coach-request');
    expect(again.json().coachRequestedAt).toBe('2026-03-02T09:00:00.000Z');

    const list = await as('admin', 'GET', '/api/admin/members');
    expect(list.statusCode).toBe(200);
    const names = list.json().members.map((member: { name: string }) => member.name);
    expect(names.slice(0, 2)).toEqual(['Wes Waiting', 'Mia Member']);
    expect(list.json().total).toBe(2);
    const page = await as('admin', 'GET', '/api/admin/members?limit=1&offset=1');
    expect(page.json()).toMatchObject({ total: 2, members: [{ name: 'Mia Member' }] });
  });

  it('assigns the coach, clears the request, counts the member for the coach, and is the same when repeated', async () => {
    now = new Date('2026-03-03T08:00:00Z');
    const first = await assign(accounts.member.id, accounts.coachA.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      id: accounts.member.id,
      name: 'Mia Member',
      email: 'member@example.org',
      coach: { id: accounts.coachA.id, name: 'Sam Stone' },
      coachRequestedAt: null,
    });
    now = new Date('2026-03-04T08:00:00Z');
    expect((await assign(accounts.member.id, accounts.coachA.id)).json()).toEqual(first.json());
    const assignedAt = await server.database.db
      .selectFrom('coach_assignments')
      .select('assigned_at')
      .where('member_id', '=', accounts.member.id)
      .executeTakeFirstOrThrow();
    expect(assignedAt.assigned_at.toISOString()).toBe('2026-03-03T08:00:00.000Z');

    const coaches = (await as('admin', 'GET', '/api/admin/coaches')).json().coaches;
    expect(coaches).toEqual([
      {
        id: accounts.coachB.id,
        name: 'Robin Reed',
        email: 'coachB@example.org'.toLowerCase(),
        memberCount: 0,
      },
      {
        id: accounts.coachA.id,
        name: 'Sam Stone',
        email: 'coachA@example.org'.toLowerCase(),
        memberCount: 1,
      },
    ]);
  });
});

describe('sharing and reassigning move the coach’s access at once', () => {
  it('lets the coach in only once the member shares, and not after they stop', async () => {
    expect((await coachReadsPlan('coachA')).statusCode).toBe(403);
    const share = await as('member', 'PUT', '/api/me/coach-sharing', {
      version: COACH_SHARING_CONSENT.version,
    });
    expect(share.statusCode).toBe(200);
    expect((await as('member', 'GET', '/api/me/coach')).json()).toMatchObject({
      coach: { name: 'Sam Stone' },
      sharing: { version: COACH_SHARING_CONSENT.version, agreedAt: '2026-03-04T08:00:00.000Z' },
    });
    expect((await coachReadsPlan('coachA')).statusCode).toBe(200);

    expect((await as('member', 'DELETE', '/api/me/coach-sharing')).statusCode).toBe(200);
    expect((await coachReadsPlan('coachA')).statusCode).toBe(403);
    expect((await as('member', 'GET', '/api/me/coach')).json().sharing).toBeNull();
    await as('member', 'PUT', '/api/me/coach-sharing', { version: COACH_SHARING_CONSENT.version });
  });

  it('gives the new coach the member and the old one a member no longer there', async () => {
    expect((await coachReadsPlan('coachA')).statusCode).toBe(200);
    expect((await coachReadsPlan('coachB')).statusCode).toBe(404);
    expect((await assign(accounts.member.id, accounts.coachB.id)).statusCode).toBe(200);
    expect((await coachReadsPlan('coachA')).statusCode).toBe(404);
    expect((await coachReadsPlan('coachB')).statusCode).toBe(200);
  });

  it('takes the coach away: no coach reaches the member, and taking it again changes nothing', async () => {
    const removed = await as('admin', 'DELETE', `/api/admin/members/${accounts.member.id}/coach`);
    expect(removed.json()).toMatchObject({ coach: null });
    expect((await coachReadsPlan('coachB')).statusCode).toBe(404);
    expect((await as('admin', 'DELETE', `/api/admin/members/${accounts.member.id}/coach`)).statusCode).toBe(
      200,
    );
    expect((await as('member', 'GET', '/api/me/coach')).json().coach).toBeNull();
  });
});

describe('bad input to assigning', () => {
  it('refuses an unknown coach, a member given as the coach and an admin, naming the field', async () => {
    for (const coachId of ['no-such-account', accounts.waiting.id, accounts.admin.id]) {
      const response = await assign(accounts.member.id, coachId);
      expect(response.statusCode, coachId).toBe(400);
      expect(response.json().errors).toEqual([{ location: 'body.coachId', message: 'no coach has this id' }]);
    }
    const badShape = await assign(accounts.member.id, '<script>');
    expect(badShape.statusCode).toBe(400);
    expect(badShape.json().errors[0].location).toMatch(/coachId/);
  });

  it('answers 404 for an unknown member, and for a coach given as the member', async () => {
    expect((await assign('no-such-member', accounts.coachA.id)).statusCode).toBe(404);
    expect((await assign(accounts.coachB.id, accounts.coachA.id)).statusCode).toBe(404);
    const remove = await as('admin', 'DELETE', '/api/admin/members/no-such-member/coach');
    expect(remove.statusCode).toBe(404);
  });
});

describe('the coach’s introduction', () => {
  it('is kept trimmed, as plain text, shown on the member’s card, and removed when empty', async () => {
    await assign(accounts.member.id, accounts.coachA.id);
    const intro = '  I help people get back to lifting <b>without fear</b>.  ';
    const saved = await as('coachA', 'PUT', '/api/coach/profile', { intro });
    expect(saved.json()).toEqual({ name: 'Sam Stone', intro: intro.trim() });
    expect((await as('member', 'GET', '/api/me/coach')).json().coach).toEqual({
      name: 'Sam Stone',
      intro: intro.trim(),
    });
    await as('coachA', 'PUT', '/api/coach/profile', { intro: '   ' });
    expect((await as('coachA', 'GET', '/api/coach/profile')).json().intro).toBeNull();
  });

  it('refuses one over 500 characters, naming the field, and keeps the one before', async () => {
    await as('coachA', 'PUT', '/api/coach/profile', { intro: 'Kept.' });
    const response = await as('coachA', 'PUT', '/api/coach/profile', { intro: 'x'.repeat(501) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { location: 'body.intro', message: 'an introduction has at most 500 characters' },
    ]);
    expect((await as('coachA', 'GET', '/api/coach/profile')).json().intro).toBe('Kept.');
    expect((await as('coachA', 'PUT', '/api/coach/profile', { intro: 'x'.repeat(500) })).statusCode).toBe(
      200,
    );
  });
});

describe('erasing an account', () => {
  it('takes a member’s assignment with them, and leaves a coach’s members without a coach', async () => {
    await assign(accounts.waiting.id, accounts.coachB.id);
    const password = { password: 'correct horse battery' };
    expect((await as('waiting', 'DELETE', '/api/me', password)).statusCode).toBe(200);
    const left = await server.database.db
      .selectFrom('coach_assignments')
      .selectAll()
      .where('member_id', '=', accounts.waiting.id)
      .execute();
    expect(left).toEqual([]);

    await assign(accounts.member.id, accounts.coachB.id);
    expect((await as('coachB', 'DELETE', '/api/me', password)).statusCode).toBe(200);
    expect((await as('member', 'GET', '/api/me/coach')).json().coach).toBeNull();
    const coaches = (await as('admin', 'GET', '/api/admin/coaches')).json().coaches;
    expect(coaches.map((coach: { name: string }) => coach.name)).toEqual(['Sam Stone']);
  });
});
