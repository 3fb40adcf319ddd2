import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachMemberProfileSchema } from '../../contract/coaching.ts';
import { workoutListSchema, workoutSchema } from '../../contract/training.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
const setNow = (moment: string) => {
  now = new Date(moment);
};
let member: { cookie: string; userId: string };
let coach: { cookie: string; userId: string };
let otherCoach: { cookie: string; userId: string };

async function signUpCoach(email: string) {
  const account = await signUp(server.app, { email, name: 'Sam Coach' });
  await server.database.db
    .updateTable('users')
    .set({ role: 'coach' })
    .where('id', '=', account.userId)
    .execute();
  return account;
}

async function get(cookie: string, url: string) {
  return server.app.inject({ method: 'GET', url, headers: { cookie } });
}

async function coachReads(path: string) {
  const response = await get(coach.cookie, `/api/coach/members/${member.userId}/${path}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function memberReads(url: string) {
  const response = await get(member.cookie, url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  member = await signUp(server.app, { email: 'detail-member@example.org', name: 'Robin Member' });
  await recordEverything(server.app, member.cookie, setNow);
  coach = await signUpCoach('detail-coach@example.org');
  otherCoach = await signUpCoach('detail-other-coach@example.org');
  await giveCoach(server.database.db, { memberId: member.userId, coachId: coach.userId, at: now });
  setNow('2026-03-10T09:00:00Z');
});
afterAll(() => server.close());

describe("a coach's reads of their member", () => {
  it('answer exactly what the member reads on their own screens, on the server’s day', async () => {
    const today = '2026-03-10';
    expect(await coachReads('progress')).toEqual(await memberReads(`/api/progress?today=${today}`));
    expect(await coachReads('workouts?limit=5')).toEqual(await memberReads('/api/workouts?limit=5'));
    expect(await coachReads('decisions')).toEqual(await memberReads('/api/decisions'));
    expect(await coachReads('measures')).toEqual(await memberReads(`/api/measures?today=${today}`));
    expect(await coachReads('measures/due')).toEqual(await memberReads(`/api/measures/due?today=${today}`));
    expect(await coachReads('measures/oswestry')).toEqual(await memberReads('/api/measures/oswestry'));
  });

  it('list the workouts with their sets, and tell a camera-counted set from a member-counted one', async () => {
    const { workouts } = workoutListSchema.parse(await coachReads('workouts'));
    expect(workouts.map((workout) => workout.date)).toEqual(['2026-03-04', '2026-03-02']);
    const [latest, first] = workouts;
    expect(first?.sets.length).toBeGreaterThan(0);
    expect(first?.sets.every((set) => set.measuredBy === 'member')).toBe(true);
    const byCamera = latest?.sets.filter((set) => set.measuredBy === 'camera') ?? [];
    expect(byCamera.map((set) => [set.reps, set.goodReps])).toEqual([[10, 9]]);

    const one = workoutSchema.parse(await coachReads(`workouts/${latest?.id}`));
    expect(one.sets).toEqual(latest?.sets);
    expect(one.decisions.length).toBeGreaterThan(0);
    expect(one.decisions.every((decision) => decision.sentence.length > 0)).toBe(true);
  });

  it('page the workouts as the member’s own list does', async () => {
    const { workouts } = workoutListSchema.parse(await coachReads('workouts?limit=1&offset=1'));
    expect(workouts.map((workout) => workout.date)).toEqual(['2026-03-02']);
  });

  it('give the member’s name, email, phase, plan start and whether they may train', async () => {
    const profile = coachMemberProfileSchema.parse(await coachReads('profile'));
    const own = await memberReads('/api/plan?today=2026-03-10');
    expect(profile).toMatchObject({
      id: member.userId,
      name: 'Robin Member',
      email: 'detail-member@example.org',
      plan: {
        startedOn: '2026-03-02',
        phase: { number: own.phase.number, name: own.phase.name },
        lastWorkoutOn: '2026-03-04',
      },
      pause: null,
      hold: null,
    });
  });

  it('take no day from the coach: the member’s today is the server’s', async () => {
    const response = await get(coach.cookie, `/api/coach/members/${member.userId}/progress?today=2020-01-01`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().until).toBe('2026-03-10');
  });
});

describe('the profile of a member on a safety hold', () => {
  it('says so, with the plan paused, and what the member was told', async () => {
    const held = await signUp(server.app, { email: 'detail-held@example.org', name: 'Kim Held' });
    await recordEverything(server.app, held.cookie, setNow);
    await giveCoach(server.database.db, { memberId: held.userId, coachId: coach.userId, at: now });
    setNow('2026-03-10T09:00:00Z');
    const flagged = await server.app.inject({
      method: 'POST',
      url: '/api/red-flag-screens',
      headers: { cookie: held.cookie },
      payload: { id: randomUUID(), answers: { ...noRedFlags(), 'bladder-bowel': true }, context: 'symptoms' },
    });
    expect(flagged.statusCode, flagged.body).toBe(201);
    const own = (await get(held.cookie, '/api/safety-hold')).json();

    const response = await get(coach.cookie, `/api/coach/members/${held.userId}/profile`);
    expect(response.statusCode, response.body).toBe(200);
    const profile = coachMemberProfileSchema.parse(response.json());
    expect(profile.hold).toEqual(own.hold);
    expect(profile.hold?.outcome).toBe('emergency');
    expect(profile.pause?.message.length).toBeGreaterThan(0);
  });
});

describe('refused to anyone but the member’s coach', () => {
  const paths = ['profile', 'progress', 'workouts', 'decisions', 'measures', 'measures/due', 'measures/pain'];

  it.each(paths)(
    '%s: another coach finds no such member, the member themselves is not a coach',
    async (path) => {
      const url = `/api/coach/members/${member.userId}/${path}`;
      const byOtherCoach = await get(otherCoach.cookie, url);
      expect(byOtherCoach.statusCode).toBe(404);
      expect(byOtherCoach.body).not.toContain('Robin');
      const byMember = await get(member.cookie, url);
      expect(byMember.statusCode).toBe(403);
    },
  );

  it('a workout of the member is not there for another coach, and a workout of nobody is 404', async () => {
    const { workouts } = workoutListSchema.parse(await coachReads('workouts'));
    const url = `/api/coach/members/${member.userId}/workouts/${workouts[0]?.id}`;
    expect((await get(otherCoach.cookie, url)).statusCode).toBe(404);
    const missing = `/api/coach/members/${member.userId}/workouts/00000000-0000-4000-8000-000000000000`;
    expect((await get(coach.cookie, missing)).statusCode).toBe(404);
  });

  it('bad ids are a 400 naming the field', async () => {
    const badWorkout = await get(coach.cookie, `/api/coach/members/${member.userId}/workouts/not-an-id`);
    expect(badWorkout.statusCode).toBe(400);
    expect(badWorkout.body).toContain('workoutId');
    const badInstrument = await get(coach.cookie, `/api/coach/members/${member.userId}/measures/nothing`);
    expect(badInstrument.statusCode).toBe(400);
    expect(badInstrument.body).toContain('instrumentId');
  });
});
