import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import type { Role } from '../db/schema.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { parseCsv } from '../testing/csv.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * A coach's time log and the month's summary through the API, on the clinic's calendar (Europe/London,
 * the default): the member used the app on 2, 3 (a check-in) and 4 March 2026 and was assigned on 1 March.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let coach: string;
let otherCoach: string;
let member: string;
let otherMember: string;
let injected: string;

async function account(email: string, role: Role, name?: string) {
  const { cookie, userId } = await signUp(server.app, { email, ...(name ? { name } : {}) });
  await server.database.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
  return { cookie, userId };
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const coachAccount = await account('coach@example.org', 'coach');
  const otherCoachAccount = await account('other-coach@example.org', 'coach');
  coach = coachAccount.cookie;
  otherCoach = otherCoachAccount.cookie;
  const memberAccount = await account('member@example.org', 'member', 'Ada Member');
  await recordEverything(server.app, memberAccount.cookie, (moment) => {
    now = new Date(moment);
  });
  member = memberAccount.userId;
  otherMember = (await account('other@example.org', 'member')).userId;
  injected = (await account('injected@example.org', 'member')).userId;
  // Sign-up allows no such name; the CSV must not rely on that.
  await server.database.db
    .updateTable('users')
    .set({ name: '=HYPERLINK("http://x", "Bo, \'Smith\'")' })
    .where('id', '=', injected)
    .execute();
  const notSharing = (await account('not-sharing@example.org', 'member')).userId;
  const assignedAt = new Date('2026-03-01T12:00:00Z');
  await giveCoach(server.database.db, { memberId: member, coachId: coachAccount.userId, at: assignedAt });
  await giveCoach(server.database.db, { memberId: injected, coachId: coachAccount.userId, at: assignedAt });
  await giveCoach(server.database.db, {
    memberId: notSharing,
    coachId: coachAccount.userId,
    at: assignedAt,
    sharing: false,
  });
  await giveCoach(server.database.db, {
    memberId: otherMember,
    coachId: otherCoachAccount.userId,
    at: assignedAt,
  });
  now = new Date('2026-03-31T20:00:00Z');
});
afterAll(() => server.close());

const call = (overrides: object = {}) => ({
  id: randomUUID(),
  kind: 'call',
  minutes: 12,
  interactive: true,
  at: '2026-03-20T10:00:00Z',
  ...overrides,
});

function logTime(body: object, memberId = member, cookie = coach) {
  return server.app.inject({
    method: 'POST',
    url: `/api/coach/members/${memberId}/time`,
    headers: { cookie },
    payload: body,
  });
}

function readLog(memberId = member, cookie = coach) {
  return server.app.inject({
    method: 'GET',
    url: `/api/coach/members/${memberId}/time`,
    headers: { cookie },
  });
}

function summary(query = '', cookie = coach) {
  return server.app.inject({ method: 'GET', url: `/api/coach/time${query}`, headers: { cookie } });
}

describe('logging time by hand', () => {
  it('stores a call once however often it is retried, and refuses its id for anything else', async () => {
    const body = call({ note: '  Talked through the squat.  ' });
    const first = await logTime(body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      id: body.id,
      kind: 'call',
      minutes: 12,
      interactive: true,
      at: '2026-03-20T10:00:00.000Z',
      note: 'Talked through the squat.',
      isRemovable: true,
    });
    expect((await logTime(body)).json()).toEqual(first.json());
    const rows = await server.database.db
      .selectFrom('coach_actions')
      .select('id')
      .where('id', '=', body.id)
      .execute();
    expect(rows).toHaveLength(1);
    const reused = await logTime({ ...body, minutes: 30 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().type).toBe('urn:backstrong:problem:id-reused');
    expect((await logTime(body, injected)).statusCode).toBe(409);
  });

  it.each([
    ['minutes', { minutes: 0 }, 'body.minutes'],
    ['minutes', { minutes: 241 }, 'body.minutes'],
    ['minutes', { minutes: 2.5 }, 'body.minutes'],
    ['kind', { kind: 'message' }, 'body.kind'],
    ['interactive', { kind: 'review', interactive: true }, 'body.interactive'],
    ['at', { at: 'yesterday' }, 'body.at'],
    ['at (in the future)', { at: '2026-03-31T20:10:00Z' }, 'body.at'],
    ['at (before the member was assigned)', { at: '2026-03-01T11:59:00Z' }, 'body.at'],
    ['note', { note: 'x'.repeat(501) }, 'body.note'],
    ['id', { id: 'not-a-uuid' }, 'body.id'],
  ])('refuses a bad %s with a 400 naming the field', async (_name, overrides, location) => {
    const response = await logTime(call(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { location: string }) => error.location)).toContain(location);
  });

  it('refuses a time more than 60 days back, even for a member assigned long ago', async () => {
    const saved = now;
    now = new Date('2026-05-05T10:00:00Z');
    const response = await logTime(call({ at: '2026-03-05T09:00:00Z' }));
    now = saved;
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      location: 'body.at',
      message: expect.stringMatching(/60 days/),
    });
  });

  it('takes a time a couple of minutes ahead of the server, as a phone’s clock may be', async () => {
    expect((await logTime(call({ at: '2026-03-31T20:01:00Z', minutes: 1 }))).statusCode).toBe(200);
  });

  it('finds no such member for another coach’s member, whether logging or reading', async () => {
    expect((await logTime(call(), otherMember)).statusCode).toBe(404);
    expect((await readLog(otherMember)).statusCode).toBe(404);
    expect((await logTime(call(), member, otherCoach)).statusCode).toBe(404);
  });
});

describe('the member’s time log', () => {
  it('lists hand-logged and recorded actions newest first, and only hand-logged ones this month are removable', async () => {
    const coachId = (
      await server.database.db
        .selectFrom('coach_assignments')
        .select('coach_id')
        .where('member_id', '=', member)
        .executeTakeFirstOrThrow()
    ).coach_id;
    const messageId = randomUUID();
    await recordCoachAction(server.database.db, {
      id: messageId,
      coachId,
      memberId: member,
      kind: 'message',
      at: new Date('2026-03-25T09:00:00Z'),
    });
    const log = (await readLog()).json();
    const times = log.actions.map((action: { at: string }) => action.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(log.hasMore).toBe(false);
    const message = log.actions.find((action: { id: string }) => action.id === messageId);
    expect(message).toMatchObject({ kind: 'message', minutes: null, interactive: false, isRemovable: false });
    const removed = await server.app.inject({
      method: 'DELETE',
      url: `/api/coach/members/${member}/time/${messageId}`,
      headers: { cookie: coach },
    });
    expect(removed.statusCode).toBe(409);
  });

  it('lets the coach remove their own entry within the month, and not once the month is over', async () => {
    const thisMonth = call({ minutes: 5 });
    const lastMonthEntry = call({ minutes: 5, at: '2026-03-02T09:00:00Z' });
    await logTime(thisMonth);
    await logTime(lastMonthEntry);
    const remove = (id: string) =>
      server.app.inject({
        method: 'DELETE',
        url: `/api/coach/members/${member}/time/${id}`,
        headers: { cookie: coach },
      });
    expect((await remove(thisMonth.id)).statusCode).toBe(204);
    expect((await remove(thisMonth.id)).statusCode).toBe(404);
    const saved = now;
    now = new Date('2026-04-01T08:00:00Z');
    const late = await remove(lastMonthEntry.id);
    now = saved;
    expect(late.statusCode).toBe(409);
    expect((await remove(lastMonthEntry.id)).statusCode).toBe(204);
  });
});

describe('the month’s summary', () => {
  it('counts the member’s days with data, the month’s minutes and contacts, on the clinic’s calendar', async () => {
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time): April's, not March's.
    now = new Date('2026-04-01T06:00:00Z');
    expect((await logTime(call({ minutes: 25, at: '2026-03-31T23:30:00Z' }))).statusCode).toBe(200);
    const march = (await summary('?month=2026-03')).json();
    expect(march.timeZone).toBe('Europe/London');
    expect(march.membersNotSharing).toBe(1);
    const row = march.members.find((each: { memberId: string }) => each.memberId === member);
    expect(row).toEqual({
      memberId: member,
      name: 'Ada Member',
      window: { from: '2026-03-02', to: '2026-03-31' },
      daysWithData: 3,
      // The 12-minute call on the 20th and the 1-minute call on the 31st; the message has no minutes.
      minutes: 13,
      interactiveContacts: 2,
      isDataThresholdMet: false,
      isManagementThresholdMet: false,
    });
    const april = (await summary()).json();
    expect(april.month).toBe('2026-04');
    expect(april.members.find((each: { memberId: string }) => each.memberId === member)).toMatchObject({
      window: { from: '2026-03-03', to: '2026-04-01' },
      daysWithData: 2,
      minutes: 25,
      interactiveContacts: 1,
      isManagementThresholdMet: true,
    });
  });

  it.each(['2026-05', '2024-03', 'March', '2026-13'])(
    'refuses the month %s with a 400 naming it',
    async (month) => {
      const response = await summary(`?month=${month}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].location).toBe('querystring.month');
    },
  );

  it('takes the month 24 months back', async () => {
    expect((await summary('?month=2024-04')).statusCode).toBe(200);
  });

  it('is the coach’s own: another coach sees only their members', async () => {
    const theirs = (await summary('?month=2026-03', otherCoach)).json();
    expect(theirs.members.map((each: { memberId: string }) => each.memberId)).toEqual([otherMember]);
  });

  it('downloads as CSV that parses back, with a formula-like name made harmless', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/coach/time.csv?month=2026-03',
      headers: { cookie: coach },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="backstrong-coach-time-2026-03.csv"',
    );
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual([
      'member_name',
      'member_id',
      'month',
      'data_window_from',
      'data_window_to',
      'days_with_data_in_30',
      'coach_minutes',
      'interactive_contacts',
      'data_on_16_of_30_days',
      'management_20_minutes_with_interactive_contact',
      'time_zone',
    ]);
    expect(rows).toContainEqual([
      'Ada Member',
      member,
      '2026-03',
      '2026-03-02',
      '2026-03-31',
      '3',
      '13',
      '2',
      'no',
      'no',
      'Europe/London',
    ]);
    const harmless = rows.find((row) => row[1] === injected);
    expect(harmless?.[0]).toBe('\'=HYPERLINK("http://x", "Bo, \'Smith\'")');
    expect(rows).toHaveLength(2);
  });
});
