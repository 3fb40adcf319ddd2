import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * The thread between a member and their coach, through both sides' routes: retries, unread counts, read
 * marks, bad text, a member with no coach, and erasure.
 */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let member: { cookie: string; userId: string };
let coach: { cookie: string; userId: string };

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  member = await signUp(server.app, { email: 'ana@example.org', name: 'Ana' });
  coach = await signUp(server.app, { email: 'sam@example.org', name: 'Sam' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', coach.userId)
    .execute();
  await giveCoach(server.database.db, { memberId: member.userId, coachId: coach.userId, at: now });
});
afterAll(() => server.close());

const coachThread = () => `/api/coach/members/${member.userId}/messages`;

function send(cookie: string, url: string, payload: object) {
  return server.app.inject({ method: 'POST', url, headers: { cookie }, payload });
}
function read(cookie: string, url: string) {
  return server.app.inject({ method: 'GET', url, headers: { cookie } });
}
function tick(minutes = 1) {
  now = new Date(now.getTime() + minutes * 60_000);
}

describe('a message from the coach', () => {
  it('is sent once however often it is retried, counts as unread for the member only, and is a coach action', async () => {
    const id = randomUUID();
    tick();
    const first = await send(coach.cookie, coachThread(), { id, body: '  How did the squats feel?  ' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().message).toMatchObject({
      id,
      sender: 'coach',
      body: 'How did the squats feel?',
      readAt: null,
    });
    tick();
    const retry = await send(coach.cookie, coachThread(), {
      id: id.toUpperCase(),
      body: 'How did the squats feel?',
    });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const seenByMember = (await read(member.cookie, '/api/me/messages')).json();
    expect(seenByMember.coach).toEqual({ id: coach.userId, name: 'Sam' });
    expect((await read(coach.cookie, coachThread())).json().member).toEqual({
      id: member.userId,
      name: 'Ana',
    });
    expect(seenByMember.messages.map((message: { id: string }) => message.id)).toEqual([id]);
    expect(seenByMember.unread).toBe(1);
    expect((await read(coach.cookie, coachThread())).json().unread).toBe(0);

    const actions = await server.database.db
      .selectFrom('coach_actions')
      .selectAll()
      .where('id', '=', id)
      .execute();
    expect(actions).toMatchObject([{ coach_id: coach.userId, member_id: member.userId, kind: 'message' }]);
  });

  it('is marked read by the member up to the one they saw, and the coach sees when', async () => {
    tick();
    const later = randomUUID();
    await send(coach.cookie, coachThread(), { id: later, body: 'And the bridges?' });
    const thread = (await read(member.cookie, '/api/me/messages')).json();
    expect(thread.unread).toBe(2);
    const [first] = thread.messages;
    tick();
    const marked = await send(member.cookie, '/api/me/messages/read', { upTo: first.id });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toEqual({ unread: 1 });
    const all = await send(member.cookie, '/api/me/messages/read', { upTo: later });
    expect(all.json()).toEqual({ unread: 0 });
    const coachView = (await read(coach.cookie, coachThread())).json();
    expect(coachView.messages.every((message: { readAt: string | null }) => message.readAt !== null)).toBe(
      true,
    );
  });
});

describe('a reply from the member', () => {
  it('reaches the coach as unread until the coach marks it read', async () => {
    tick();
    const id = randomUUID();
    const reply = await send(member.cookie, '/api/me/messages', { id, body: 'Fine, a bit stiff.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect((await read(coach.cookie, coachThread())).json().unread).toBe(1);
    expect((await read(member.cookie, '/api/me/messages')).json().unread).toBe(0);
    const marked = await send(coach.cookie, `${coachThread()}/read`, { upTo: id });
    expect(marked.json()).toEqual({ unread: 0 });
    const unreadRows = await server.database.db
      .selectFrom('messages')
      .select('id')
      .where('member_id', '=', member.userId)
      .where('sender', '=', 'member')
      .where('read_at', 'is', null)
      .execute();
    expect(unreadRows).toEqual([]);
  });

  it('keeps markup as the text it is', async () => {
    const texts = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'javascript:alert(1)'];
    for (const body of texts) {
      tick();
      const response = await send(member.cookie, '/api/me/messages', { id: randomUUID(), body });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().message.body).toBe(body);
    }
    const thread = (await read(coach.cookie, `${coachThread()}?limit=3`)).json();
    expect(thread.messages.map((message: { body: string }) => message.body)).toEqual(texts);
    expect(thread.hasOlder).toBe(true);
  });

  it('pages back from the newest, newest last', async () => {
    const newest = (await read(member.cookie, '/api/me/messages?limit=2')).json();
    const before = (await read(member.cookie, '/api/me/messages?limit=2&offset=2')).json();
    expect(newest.messages.map((message: { body: string }) => message.body)).toEqual([
      '<img src=x onerror="alert(1)">',
      'javascript:alert(1)',
    ]);
    expect(before.messages.map((message: { body: string }) => message.body)).toEqual([
      'Fine, a bit stiff.',
      '<script>alert(1)</script>',
    ]);
    expect(before.hasOlder).toBe(true);
  });
});

describe('refused', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   \n '],
    ['over 2000 characters', 'a'.repeat(2001)],
  ])('a body %s, naming the body', async (_name, body) => {
    for (const [cookie, url] of [
      [member.cookie, '/api/me/messages'],
      [coach.cookie, coachThread()],
    ] as const) {
      const response = await send(cookie, url, { id: randomUUID(), body });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors.map((error: { location: string }) => error.location)).toEqual([
        'body.body',
      ]);
    }
  });

  it('a body with the NUL character, naming the body', async () => {
    const response = await send(member.cookie, '/api/me/messages', { id: randomUUID(), body: 'hi\u0000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { location: 'body.body', message: expect.stringContaining('NUL') },
    ]);
  });

  it('exactly 2000 characters is fine', async () => {
    tick();
    const response = await send(member.cookie, '/api/me/messages', {
      id: randomUUID(),
      body: 'b'.repeat(2000),
    });
    expect(response.statusCode).toBe(201);
  });

  it('an id used for a different message', async () => {
    const id = randomUUID();
    tick();
    expect((await send(member.cookie, '/api/me/messages', { id, body: 'One' })).statusCode).toBe(201);
    const reused = await send(coach.cookie, coachThread(), { id, body: 'One' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().type).toMatch(/id-reused$/);
  });

  it('a read mark for a message outside the thread', async () => {
    const response = await send(member.cookie, '/api/me/messages/read', { upTo: randomUUID() });
    expect(response.statusCode).toBe(404);
  });

  it('a message from a member with no coach, clearly (409), while reading shows an empty thread', async () => {
    const alone = await signUp(server.app, { email: 'alone@example.org' });
    const response = await send(alone.cookie, '/api/me/messages', { id: randomUUID(), body: 'Hello?' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: expect.stringMatching(/no-coach$/),
      title: 'No coach yet',
    });
    expect((await read(alone.cookie, '/api/me/messages')).json()).toEqual({
      member: { id: alone.userId, name: 'Test Member' },
      coach: null,
      messages: [],
      hasOlder: false,
      unread: 0,
    });
  });

  it('a message from a member who does not share with their coach (they could not read it)', async () => {
    const quiet = await signUp(server.app, { email: 'quiet@example.org' });
    await giveCoach(server.database.db, { memberId: quiet.userId, coachId: coach.userId, sharing: false });
    const response = await send(quiet.cookie, '/api/me/messages', { id: randomUUID(), body: 'Hello?' });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/not-sharing-with-coach$/);
    const coachSide = await send(coach.cookie, `/api/coach/members/${quiet.userId}/messages`, {
      id: randomUUID(),
      body: 'Hello',
    });
    expect(coachSide.statusCode).toBe(403);
  });
});

describe('a new coach', () => {
  it('starts a new thread; the earlier coach no longer reaches the member, whose export keeps both', async () => {
    const moving = await signUp(server.app, { email: 'moving@example.org' });
    const next = await signUp(server.app, { email: 'lee@example.org', name: 'Lee' });
    await server.database.db
      .updateTable('users')
      .set({ role: 'coach' })
      .where('id', '=', next.userId)
      .execute();
    await giveCoach(server.database.db, { memberId: moving.userId, coachId: coach.userId });
    tick();
    await send(coach.cookie, `/api/coach/members/${moving.userId}/messages`, {
      id: randomUUID(),
      body: 'Hi from Sam',
    });

    await giveCoach(server.database.db, { memberId: moving.userId, coachId: next.userId });
    const thread = (await read(moving.cookie, '/api/me/messages')).json();
    expect(thread).toMatchObject({ coach: { id: next.userId, name: 'Lee' }, messages: [], unread: 0 });
    const formerCoach = await read(coach.cookie, `/api/coach/members/${moving.userId}/messages`);
    expect(formerCoach.statusCode).toBe(404);
    const exported = (await read(moving.cookie, '/api/me/export')).json();
    expect(exported.messages).toMatchObject([{ body: 'Hi from Sam', coachId: coach.userId }]);
  });
});

describe('export and erasure', () => {
  it('the export holds the thread, as JSON and CSV', async () => {
    const exported = (await read(member.cookie, '/api/me/export')).json();
    expect(exported.messages.length).toBeGreaterThan(5);
    expect(exported.messages[0]).toMatchObject({
      sender: 'coach',
      body: 'How did the squats feel?',
      coachId: coach.userId,
    });
    const csv = await read(member.cookie, '/api/me/export.csv?table=messages');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe('message_id,coach_id,sender,body,sent_at,read_at,emailed_at');
    expect(csv.body).toContain('"<img src=x onerror=""alert(1)"">"');
  });

  it('erasing the member removes their messages and the coach actions about them, and nobody else’s', async () => {
    const leaving = await signUp(server.app, {
      email: 'leaving@example.org',
      password: 'correct horse battery',
    });
    await giveCoach(server.database.db, { memberId: leaving.userId, coachId: coach.userId });
    const url = `/api/coach/members/${leaving.userId}/messages`;
    tick();
    expect((await send(coach.cookie, url, { id: randomUUID(), body: 'Welcome' })).statusCode).toBe(201);
    expect(
      (await send(leaving.cookie, '/api/me/messages', { id: randomUUID(), body: 'Thanks' })).statusCode,
    ).toBe(201);
    const db = server.database.db;
    const countOf = async (table: 'messages' | 'coach_actions', memberId: string) =>
      (await db.selectFrom(table).select('id').where('member_id', '=', memberId).execute()).length;
    expect(await countOf('messages', leaving.userId)).toBe(2);
    const staying = await countOf('messages', member.userId);

    const erased = await server.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: leaving.cookie },
      payload: { password: 'correct horse battery' },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await countOf('messages', leaving.userId)).toBe(0);
    expect(await countOf('coach_actions', leaving.userId)).toBe(0);
    expect(await countOf('messages', member.userId)).toBe(staying);
  });
});
