import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../../core/consent.ts';
import type { Assessment, SetLog } from '../../core/engine/index.ts';
import { EVERYTHING_INCLUDED } from '../billing/billing.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Role } from '../db/schema.ts';
import { createTestDatabase, insertAccount } from '../db/test-database.ts';
import { listAccounts } from '../services/accounts.ts';
import { shareWithCoach, stopSharingWithCoach } from '../services/coach-sharing.ts';
import type { Actor } from '../services/errors.ts';
import { memberExport } from '../services/export.ts';
import { changePlanSettings, readPlan, startPlan } from '../services/plan.ts';
import { readSafetyHold } from '../services/safety-hold.ts';
import { createSetLogBatcher } from '../services/set-log-batcher.ts';
import { listWorkoutHistory, logSet, readWorkout, startWorkout } from '../services/workouts.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { assessmentOf } from '../testing/training-fixtures.ts';
import { requireAccess } from './access.ts';

let handle: DatabaseHandle;
const now = new Date('2026-03-02T18:00:00Z');

async function account(role: Role, options: { hasConsent: boolean }): Promise<Actor> {
  return { id: await insertAccount(handle.db, { role, ...options, at: now }), role };
}

let member: Actor;
let coach: Actor;
let otherCoach: Actor;
let otherMember: Actor;
let admin: Actor;
let memberWithoutConsent: Actor;
let memberNotSharing: Actor;
let workoutId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  member = await account('member', { hasConsent: true });
  coach = await account('coach', { hasConsent: false });
  otherCoach = await account('coach', { hasConsent: false });
  otherMember = await account('member', { hasConsent: true });
  admin = await account('admin', { hasConsent: true });
  memberWithoutConsent = await account('member', { hasConsent: false });
  memberNotSharing = await account('member', { hasConsent: true });
  await giveCoach(handle.db, { memberId: member.id, coachId: coach.id, at: now });
  await giveCoach(handle.db, { memberId: memberWithoutConsent.id, coachId: coach.id, at: now });
  await giveCoach(handle.db, { memberId: memberNotSharing.id, coachId: coach.id, at: now, sharing: false });
  const assessment = assessmentOf() as Assessment;
  await startPlan(handle.db, member, member.id, { id: randomUUID(), assessment, today: '2026-03-02' }, now);
  workoutId = randomUUID();
  await startWorkout(
    handle.db,
    member,
    member.id,
    { id: workoutId, date: '2026-03-02', painBefore: 2 },
    now,
    EVERYTHING_INCLUDED,
  );
});
afterAll(() => handle.close());

const page = { limit: 10, offset: 0 };

/** A set of the workout's first prescribed exercise. */
async function aSet(): Promise<SetLog> {
  const [first] = (await readWorkout(handle.db, member, member.id, workoutId)).prescription;
  if (!first) throw new Error('the workout prescribes nothing');
  return {
    exerciseId: first.exerciseId,
    reps: 10,
    level: first.level,
    load: first.load,
    pain: 1,
    faults: [],
  };
}

/** What a service call ends in: the refusal's reason, or "granted". */
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'granted';
  } catch (error) {
    if (error instanceof Error && 'reason' in error) return String(error.reason);
    throw error;
  }
}

describe('a coach and the member they are assigned', () => {
  it('reads the member’s workouts through the same services the member uses', async () => {
    const history = await listWorkoutHistory(handle.db, coach, member.id, page);
    expect(history.map((workout) => workout.id)).toEqual([workoutId]);
    expect((await readWorkout(handle.db, coach, member.id, workoutId)).painBefore).toBe(2);
    expect((await readPlan(handle.db, coach, member.id)).daysPerWeek).toBe(3);
  });

  it('changes the member’s data: a set logged and settings changed land on the member', async () => {
    const batcher = createSetLogBatcher(handle.db);
    const setId = randomUUID();
    const logged = await logSet(
      { db: handle.db, batcher },
      coach,
      member.id,
      { workoutId, setId, set: await aSet() },
      now,
    );
    expect(logged.set.id).toBe(setId);
    const row = await handle.db
      .selectFrom('set_logs')
      .select('user_id')
      .where('id', '=', setId)
      .executeTakeFirst();
    expect(row?.user_id).toBe(member.id);
    await changePlanSettings(handle.db, coach, member.id, { weightUnit: 'lb' }, now);
    expect((await readPlan(handle.db, member, member.id)).weightUnit).toBe('lb');
  });

  it('is refused a member who has not consented to storing health data', async () => {
    expect(await outcomeOf(() => listWorkoutHistory(handle.db, coach, memberWithoutConsent.id, page))).toBe(
      'member-consent-required',
    );
  });

  it('is refused a member who does not share with them, and from the moment the member stops', async () => {
    expect(await outcomeOf(() => readPlan(handle.db, coach, memberNotSharing.id))).toBe('member-not-sharing');
    await shareWithCoach(
      handle.db,
      memberNotSharing,
      memberNotSharing.id,
      COACH_SHARING_CONSENT.version,
      now,
    );
    expect(await outcomeOf(() => listWorkoutHistory(handle.db, coach, memberNotSharing.id, page))).toBe(
      'granted',
    );
    await stopSharingWithCoach(handle.db, memberNotSharing, memberNotSharing.id, now);
    expect(await outcomeOf(() => listWorkoutHistory(handle.db, coach, memberNotSharing.id, page))).toBe(
      'member-not-sharing',
    );
  });

  it('may not do what only the account’s holder does (export everything)', async () => {
    expect(await outcomeOf(() => memberExport(handle.db, coach, member.id, now))).toBe('forbidden');
  });
});

describe('everyone else is refused a member’s data as if it were not there', () => {
  const cases: [string, () => Actor][] = [
    ['a coach the member is not assigned to', () => otherCoach],
    ['another member', () => otherMember],
    ['an admin', () => admin],
  ];
  it.each(cases)('%s', async (_, actor) => {
    expect(await outcomeOf(() => listWorkoutHistory(handle.db, actor(), member.id, page))).toBe('not-found');
    expect(await outcomeOf(() => readWorkout(handle.db, actor(), member.id, workoutId))).toBe('not-found');
    expect(await outcomeOf(() => readSafetyHold(handle.db, actor(), member.id))).toBe('not-found');
    expect(
      await outcomeOf(() => changePlanSettings(handle.db, actor(), member.id, { weightUnit: 'kg' }, now)),
    ).toBe('not-found');
  });

  it('and an unassigned coach’s write stores nothing', async () => {
    const setId = randomUUID();
    const batcher = createSetLogBatcher(handle.db);
    const set = await aSet();
    expect(
      await outcomeOf(() =>
        logSet({ db: handle.db, batcher }, otherCoach, member.id, { workoutId, setId, set }, now),
      ),
    ).toBe('not-found');
    expect(await handle.db.selectFrom('set_logs').select('id').where('id', '=', setId).execute()).toEqual([]);
  });
});

describe('the member themself', () => {
  it('needs consent for health data, but may always ask about a safety hold', async () => {
    const self = memberWithoutConsent;
    expect(await outcomeOf(() => listWorkoutHistory(handle.db, self, self.id, page))).toBe(
      'consent-required',
    );
    expect(await readSafetyHold(handle.db, self, self.id)).toBeNull();
  });

  it('whose account has gone is treated as signed out', async () => {
    const gone = { id: randomUUID(), role: 'member' as const };
    expect(await outcomeOf(() => readPlan(handle.db, gone, gone.id))).toBe('unauthenticated');
  });
});

it('only coaches have a caseload', async () => {
  expect(
    await outcomeOf(() => requireAccess(handle.db, { actor: coach, permission: 'coach.caseload' })),
  ).toBe('granted');
  for (const actor of [member, admin]) {
    expect(await outcomeOf(() => requireAccess(handle.db, { actor, permission: 'coach.caseload' }))).toBe(
      'forbidden',
    );
  }
});

it('only admins manage accounts', async () => {
  expect(await outcomeOf(() => listAccounts(handle.db, admin, page))).toBe('granted');
  expect(await outcomeOf(() => listAccounts(handle.db, coach, page))).toBe('forbidden');
  expect(await outcomeOf(() => listAccounts(handle.db, member, page))).toBe('forbidden');
});
