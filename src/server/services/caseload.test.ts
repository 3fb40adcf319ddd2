import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/engine/dates.ts';
import type { TrainingProgress } from '../../core/progress/index.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AlertSeverity } from '../db/schema.ts';
import { createTestDatabase, insertAccount } from '../db/test-database.ts';
import { giveCoach } from '../testing/coach-fixtures.ts';
import { type CaseloadOptions, coachCaseload } from './caseload.ts';
import { generateHistory } from './demo-history/generate.ts';
import { workoutThatHurt } from './demo-history/painful-workout.ts';
import { trainingProgressJson } from './progress.ts';

const TODAY = '2026-03-09';
const NOW = new Date(`${TODAY}T20:00:00Z`);
const ALL: CaseloadOptions = { filter: 'all', phase: null, search: null };

let database: DatabaseHandle;
const ids = { coach: '', otherCoach: '', well: '', spike: '', stalled: '', notSharing: '', elsewhere: '' };

async function memberNamed(name: string, coachId: string, history?: { until: Date; seed: number }) {
  const { db } = database;
  const id = await insertAccount(db, { at: new Date('2026-01-01T08:00:00Z') });
  await db.updateTable('users').set({ name }).where('id', '=', id).execute();
  if (history) await generateHistory(db, { userId: id, days: 35, disability: 'oswestry', ...history });
  await giveCoach(db, { memberId: id, coachId, at: NOW });
  return id;
}

async function raiseAlert(memberId: string, severity: AlertSeverity, resolved = false) {
  await database.db
    .insertInto('coach_alerts')
    .values({
      id: randomUUID(),
      member_id: memberId,
      cause: `${severity}:${randomUUID()}`,
      kind: 'pain',
      severity,
      reason: 'Pain 7 in a set',
      evidence: JSON.stringify({}),
      raised_at: NOW,
      resolved_at: resolved ? NOW : null,
    })
    .execute();
}

const caseload = (options: Partial<CaseloadOptions> = {}, coachId = ids.coach) =>
  coachCaseload(database.db, { id: coachId, role: 'coach' }, NOW, { ...ALL, ...options });

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  ids.coach = await insertAccount(db, { role: 'coach' });
  ids.otherCoach = await insertAccount(db, { role: 'coach' });
  ids.well = await memberNamed('Avery Well', ids.coach, { until: NOW, seed: 1 });
  ids.spike = await memberNamed('Blake Spike', ids.coach, {
    until: new Date(NOW.getTime() - 86_400_000),
    seed: 2,
  });
  await workoutThatHurt(db, ids.spike, {
    date: TODAY,
    painBefore: 4,
    pain: 7,
    at: new Date(`${TODAY}T18:00:00Z`),
  });
  await raiseAlert(ids.spike, 'critical');
  await raiseAlert(ids.spike, 'low');
  await raiseAlert(ids.well, 'high', true);
  ids.stalled = await memberNamed('Casey Stalled', ids.coach, {
    until: new Date(`${addDays(TODAY, -16)}T20:00:00Z`),
    seed: 3,
  });
  ids.notSharing = await memberNamed('Drew Private', ids.coach, { until: NOW, seed: 4 });
  await giveCoach(db, { memberId: ids.notSharing, coachId: ids.coach, at: NOW, sharing: false });
  ids.elsewhere = await memberNamed('Avery Elsewhere', ids.otherCoach);
  await db
    .insertInto('messages')
    .values(
      [1, 2].map(() => ({
        id: randomUUID(),
        member_id: ids.well,
        coach_id: ids.coach,
        sender: 'member' as const,
        body: 'Hello',
        sent_at: NOW,
      })),
    )
    .execute();
}, 60_000);

afterAll(() => database.close());

describe("a coach's caseload", () => {
  it('lists only their own members: needs attention first, the worst alert before, then the longest without a workout', async () => {
    const answer = await caseload();
    expect(answer.members.map((row) => row.name)).toEqual([
      'Blake Spike',
      'Casey Stalled',
      'Avery Well',
      'Drew Private',
    ]);
    expect(answer.counts).toEqual({ all: 4, needsAttention: 2, notSharing: 1 });
    const [spike, stalled, well] = answer.members;
    expect(spike?.summary).toMatchObject({
      lastWorkoutOn: TODAY,
      daysWithoutWorkout: 0,
      worstPainThisWeek: 7,
      openAlerts: { count: 2, mostSevere: 'critical' },
    });
    expect(spike?.summary?.attention).toContain('urgent-alert');
    expect(stalled?.summary?.attention).toEqual(['no-recent-workout']);
    expect(stalled?.summary?.daysWithoutWorkout).toBeGreaterThanOrEqual(16);
    // A resolved alert is not open; the member's unread messages are counted.
    expect(well?.summary).toMatchObject({
      openAlerts: { count: 0, mostSevere: null },
      unreadMessages: 2,
      attention: [],
    });
    expect(well?.summary?.usualPain).not.toBeNull();
  });

  it('gives adherence over the last four weeks as the progress figures count it', async () => {
    const well = (await caseload()).members.find((row) => row.memberId === ids.well);
    const progress: TrainingProgress = JSON.parse(
      await trainingProgressJson(database.db, { id: ids.well, role: 'member' }, ids.well, TODAY, 'oswestry'),
    );
    const lastFour = progress.adherence.weeks.slice(-4);
    expect(well?.summary?.adherence.done).toBe(lastFour.reduce((sum, week) => sum + week.done, 0));
    expect(well?.summary?.adherence.planned).toBe(lastFour.reduce((sum, week) => sum + week.planned, 0));
    expect(well?.summary?.adherence.done).toBeGreaterThan(0);
    expect(well?.summary?.phase).toBe(progress.plan?.phaseNumber);
  });

  it('lists a member who does not share by name alone', async () => {
    const row = (await caseload({ filter: 'not-sharing' })).members;
    expect(row).toEqual([{ memberId: ids.notSharing, name: 'Drew Private', summary: null }]);
  });

  it('filters to those who need attention, to a phase, and searches names in any case', async () => {
    expect((await caseload({ filter: 'needs-attention' })).members.map((row) => row.memberId)).toEqual([
      ids.spike,
      ids.stalled,
    ]);
    const phase = (await caseload()).members[2]?.summary?.phase as number;
    const inPhase = (await caseload({ phase })).members;
    expect(inPhase.length).toBeGreaterThan(0);
    expect(inPhase.every((row) => row.summary?.phase === phase)).toBe(true);
    expect((await caseload({ phase: phase === 5 ? 4 : 5 })).members.map((row) => row.name)).not.toContain(
      'Avery Well',
    );
    const found = await caseload({ search: 'aVERY' });
    expect(found.members.map((row) => row.name)).toEqual(['Avery Well']);
    expect(found.counts.all).toBe(4);
  });

  it('shows another coach only their own members, and a coach with none an empty list', async () => {
    expect((await caseload({}, ids.otherCoach)).members.map((row) => row.name)).toEqual(['Avery Elsewhere']);
    const newCoach = await insertAccount(database.db, { role: 'coach' });
    expect(await caseload({}, newCoach)).toEqual({
      today: TODAY,
      members: [],
      counts: { all: 0, needsAttention: 0, notSharing: 0 },
    });
  });

  it('is refused to anyone but a coach', async () => {
    await expect(
      coachCaseload(database.db, { id: ids.well, role: 'member' }, NOW, ALL),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('keeps the training figures for the day and the plan revision, and makes them again when either moves', async () => {
    await caseload();
    const kept = await database.db
      .selectFrom('member_summaries')
      .select(['member_id', 'computed_for'])
      .execute();
    expect(kept.map((row) => row.member_id).sort()).toEqual(
      [ids.well, ids.spike, ids.stalled, ids.elsewhere].sort(),
    );
    expect(new Set(kept.map((row) => row.computed_for))).toEqual(new Set([TODAY]));

    const stalledOn = async (now: Date) =>
      (await coachCaseload(database.db, { id: ids.coach, role: 'coach' }, now, ALL)).members.find(
        (row) => row.memberId === ids.stalled,
      )?.summary;
    const today = await stalledOn(NOW);
    const tomorrow = await stalledOn(new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow?.daysWithoutWorkout).toBe((today?.daysWithoutWorkout as number) + 1);

    // A workout moves the plan's revision: the kept figures of that member are made again at once.
    await workoutThatHurt(database.db, ids.stalled, { date: TODAY, painBefore: 2, pain: 3, at: NOW });
    expect(await stalledOn(NOW)).toMatchObject({
      lastWorkoutOn: TODAY,
      daysWithoutWorkout: 0,
      attention: [],
    });
  });
});
