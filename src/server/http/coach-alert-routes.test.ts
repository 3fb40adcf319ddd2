import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertSeverity } from '../../core/care/alert.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
const now = new Date('2026-03-09T08:00:00Z');
const people = {} as Record<
  'member' | 'second' | 'former' | 'coach' | 'otherCoach',
  { cookie: string; userId: string }
>;

async function alertFor(memberId: string, severity: AlertSeverity, raisedAt: string): Promise<string> {
  const id = randomUUID();
  await server.database.db
    .insertInto('coach_alerts')
    .values({
      id,
      member_id: memberId,
      cause: `test:${id}`,
      kind: 'severe-pain',
      severity,
      reason: `A ${severity} thing on ${raisedAt}.`,
      evidence: JSON.stringify({ label: 'The workout', href: `/coach/members/${memberId}/workouts` }),
      raised_at: new Date(raisedAt),
    })
    .execute();
  return id;
}

function get(url: string, who: keyof typeof people = 'coach') {
  return server.app.inject({ method: 'GET', url, headers: { cookie: people[who].cookie } });
}
function post(url: string, payload: object, who: keyof typeof people = 'coach') {
  return server.app.inject({ method: 'POST', url, payload, headers: { cookie: people[who].cookie } });
}

let critical: string;
let lowEarly: string;
let high: string;
let formerAlert: string;
let otherCoachAlert: string;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  for (const name of ['member', 'second', 'former', 'coach', 'otherCoach', 'stranger'] as const) {
    const account = await signUp(server.app, { email: `${name}@example.org`, name });
    if (name === 'coach' || name === 'otherCoach') {
      await server.database.db
        .updateTable('users')
        .set({ role: 'coach' })
        .where('id', '=', account.userId)
        .execute();
    }
    if (name !== 'stranger') people[name] = account;
  }
  const { db } = server.database;
  await giveCoach(db, { memberId: people.member.userId, coachId: people.coach.userId, at: now });
  await giveCoach(db, { memberId: people.second.userId, coachId: people.otherCoach.userId, at: now });
  await giveCoach(db, {
    memberId: people.former.userId,
    coachId: people.coach.userId,
    at: now,
    sharing: false,
  });
  lowEarly = await alertFor(people.member.userId, 'low', '2026-03-03T08:00:00Z');
  critical = await alertFor(people.member.userId, 'critical', '2026-03-08T08:00:00Z');
  high = await alertFor(people.member.userId, 'high', '2026-03-05T08:00:00Z');
  await alertFor(people.member.userId, 'critical', '2026-03-09T07:00:00Z');
  formerAlert = await alertFor(people.former.userId, 'critical', '2026-03-08T08:00:00Z');
  otherCoachAlert = await alertFor(people.second.userId, 'critical', '2026-03-08T08:00:00Z');
});
afterAll(() => server.close());

describe('the review queue', () => {
  it('holds the coach’s sharing members’ open alerts, most severe first, then the oldest first', async () => {
    const response = await get('/api/coach/alerts');
    expect(response.statusCode).toBe(200);
    const alerts = response.json().alerts as { id: string; severity: string; memberName: string }[];
    expect(alerts.map((alert) => alert.severity)).toEqual(['critical', 'critical', 'high', 'low']);
    expect(alerts[0]?.id).toBe(critical);
    expect(alerts.map((alert) => alert.id)).not.toContain(formerAlert);
    expect(alerts.map((alert) => alert.id)).not.toContain(otherCoachAlert);
    expect(alerts[0]?.memberName).toBe('member');
  });

  it('filters by severity and is bounded by the limit', async () => {
    const filtered = (await get('/api/coach/alerts?severity=high,low')).json().alerts as { id: string }[];
    expect(filtered.map((alert) => alert.id)).toEqual([high, lowEarly]);
    expect((await get('/api/coach/alerts?limit=1')).json().alerts).toHaveLength(1);
  });

  it('refuses an unknown severity, a limit past 200, and a field it does not know, naming the field', async () => {
    for (const query of ['severity=urgent', 'limit=1000', 'limit=0', 'colour=red']) {
      const response = await get(`/api/coach/alerts?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await get('/api/coach/alerts?severity=urgent')).body).toContain('severity');
  });
});

describe('acknowledge and resolve', () => {
  it('acknowledges once: a retry keeps the first time', async () => {
    const first = await post(`/api/coach/alerts/${high}/acknowledge`, {});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().acknowledgedAt).toBe(now.toISOString());
    const again = await post(`/api/coach/alerts/${high}/acknowledge`, {});
    expect(again.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
  });

  it('resolves with a note once, records one coach action, and leaves the queue', async () => {
    const note = 'Called them: a long drive. <b>Back to normal</b> today.';
    const first = await post(`/api/coach/alerts/${critical}/resolve`, { note });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ resolutionNote: note, resolvedAt: now.toISOString() });
    const again = await post(`/api/coach/alerts/${critical}/resolve`, { note: 'Another note.' });
    expect(again.json().resolutionNote).toBe(note);
    const actions = await server.database.db
      .selectFrom('coach_actions')
      .select(['kind', 'member_id', 'note'])
      .where('id', '=', critical)
      .execute();
    expect(actions).toEqual([{ kind: 'alert', member_id: people.member.userId, note }]);
    const open = (await get('/api/coach/alerts')).json().alerts as { id: string }[];
    expect(open.map((alert) => alert.id)).not.toContain(critical);
    const resolved = (await get('/api/coach/alerts?state=resolved')).json().alerts as { id: string }[];
    expect(resolved.map((alert) => alert.id)).toEqual([critical]);
  });

  it('refuses an empty note, a note over 1000 characters and a missing one, naming body.note', async () => {
    for (const body of [{ note: '' }, { note: '   ' }, { note: 'x'.repeat(1001) }, {}]) {
      const response = await post(`/api/coach/alerts/${lowEarly}/resolve`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.body).toContain('note');
    }
  });

  it('is 404 for another coach’s member’s alert, a member who stopped sharing, and an alert that is not there', async () => {
    for (const id of [otherCoachAlert, formerAlert, randomUUID()]) {
      const acknowledged = await post(`/api/coach/alerts/${id}/acknowledge`, {});
      expect(acknowledged.statusCode).toBe(404);
      expect(acknowledged.body).not.toContain('critical thing');
      const resolved = await post(`/api/coach/alerts/${id}/resolve`, { note: 'Seen.' });
      expect(resolved.statusCode).toBe(404);
    }
    const untouched = await server.database.db
      .selectFrom('coach_alerts')
      .select(['acknowledged_at', 'resolved_at'])
      .where('id', 'in', [otherCoachAlert, formerAlert])
      .execute();
    expect(untouched).toEqual([
      { acknowledged_at: null, resolved_at: null },
      { acknowledged_at: null, resolved_at: null },
    ]);
  });

  it('refuses an alert id that is not one, naming it', async () => {
    const response = await post('/api/coach/alerts/not-an-id/acknowledge', {});
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('alertId');
  });
});

it('lists one member’s alerts for their coach; another coach finds no such member', async () => {
  const mine = await get(`/api/coach/members/${people.member.userId}/alerts`);
  expect(mine.statusCode).toBe(200);
  expect((mine.json().alerts as { severity: string }[]).map((alert) => alert.severity)).toEqual([
    'critical',
    'high',
    'low',
  ]);
  expect((await get(`/api/coach/members/${people.member.userId}/alerts`, 'otherCoach')).statusCode).toBe(404);
  expect((await get(`/api/coach/members/${people.former.userId}/alerts`)).statusCode).toBe(403);
});
