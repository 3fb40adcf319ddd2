import type {
  CoachActionView,
  MemberMonth,
  TimeEntryBody,
  TimeLog,
  TimeSummary,
} from '../../contract/coach-time.ts';
import { TIME_LOG_LIMITS, TIME_LOG_PAGE } from '../../contract/coach-time.ts';
import { instantsAroundMonth, localDateIn, localMonthIn, summaryDayOf } from '../../core/care/clinic-time.ts';
import { MONITORING_THRESHOLDS, monthlySummary } from '../../core/care/monthly-summary.ts';
import { addDays } from '../../core/engine/dates.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import { listAssignedMembers } from '../db/repositories/coach-assignments.ts';
import {
  type CoachActionRow,
  deleteMemberCoachAction,
  findAssignedAt,
  findCoachActionById,
  findMemberCoachAction,
  listCoachActionsBetween,
  listMemberCoachActions,
  listMemberDataDays,
} from '../db/repositories/coach-time.ts';
import { type Actor, notFound, Refusal } from './errors.ts';
import { idReused, lockMember } from './member-lock.ts';

/** The clock and the clinic's calendar every use case here reads. */
export interface ClinicClock {
  now: Date;
  timeZone: string;
}

/** Kinds a coach logs by hand; the others are recorded by what they did (a message, a plan change). */
const HAND_LOGGED = new Set(['review', 'call']);
/** A device clock a little ahead of the server's is not "the future". */
const CLOCK_SKEW_MS = 2 * 60 * 1000;

function invalidAt(message: string): Refusal {
  return new Refusal('invalid', 'invalid-time', 'Invalid time', `body.at: ${message}`, {
    errors: [{ location: 'body.at', message }],
  });
}

function checkWhen(at: Date, assignedAt: Date | undefined, now: Date): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw invalidAt('expected a time that has already happened');
  const earliest = new Date(now.getTime() - TIME_LOG_LIMITS.daysBack * 24 * 60 * 60 * 1000);
  if (at < earliest) throw invalidAt(`expected a time at most ${TIME_LOG_LIMITS.daysBack} days back`);
  if (assignedAt && at < assignedAt) {
    throw invalidAt(`expected a time after the member was assigned to you (${assignedAt.toISOString()})`);
  }
}

function toView(row: CoachActionRow, actor: Actor, clock: ClinicClock): CoachActionView {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at.toISOString(),
    minutes: row.minutes,
    interactive: row.interactive,
    note: row.note,
    coachName: row.coach_name,
    isRemovable: isRemovable(row, actor, clock),
  };
}

/** The coach's own hand-logged entry of the month still running on the clinic's calendar. */
function isRemovable(row: CoachActionRow, actor: Actor, clock: ClinicClock): boolean {
  return (
    row.coach_id === actor.id &&
    HAND_LOGGED.has(row.kind) &&
    localMonthIn(row.at, clock.timeZone) === localMonthIn(clock.now, clock.timeZone)
  );
}

function sameEntry(row: CoachActionRow, body: TimeEntryBody, at: Date): boolean {
  return (
    row.kind === body.kind &&
    row.minutes === body.minutes &&
    row.interactive === body.interactive &&
    row.at.getTime() === at.getTime() &&
    (row.note ?? '') === (body.note ?? '')
  );
}

/**
 * A coach logs a review or a call on their member by hand, once: the same id again is a retry and gets
 * the entry back; the id used for anything else is refused.
 */
export async function logTime(
  db: Executor,
  actor: Actor,
  memberId: string,
  body: TimeEntryBody,
  clock: ClinicClock,
): Promise<CoachActionView> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  const at = new Date(body.at);
  return db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const existing = await findCoachActionById(trx, body.id);
    if (existing) {
      const row = await findMemberCoachAction(trx, memberId, body.id);
      if (!row || existing.coach_id !== actor.id || !sameEntry(row, body, at)) throw idReused();
      return toView(row, actor, clock);
    }
    checkWhen(at, await findAssignedAt(trx, memberId), clock.now);
    await recordCoachAction(trx, {
      id: body.id,
      coachId: actor.id,
      memberId,
      kind: body.kind,
      at,
      minutes: body.minutes,
      interactive: body.interactive,
      note: body.note ? body.note : null,
    });
    const row = await findMemberCoachAction(trx, memberId, body.id);
    if (!row) throw new Error('the coach action just recorded is not there');
    return toView(row, actor, clock);
  });
}

/** The member's coach actions, by hand or recorded by the app, newest first (the newest 100). */
export async function readTimeLog(
  db: Executor,
  actor: Actor,
  memberId: string,
  clock: ClinicClock,
): Promise<TimeLog> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const rows = await listMemberCoachActions(db, memberId, TIME_LOG_PAGE);
  return {
    actions: rows.slice(0, TIME_LOG_PAGE).map((row) => toView(row, actor, clock)),
    hasMore: rows.length > TIME_LOG_PAGE,
  };
}

/**
 * A coach takes back an entry they logged by hand, while its month is still running: a month that is
 * over has been documented and stays as it was. What the app recorded (messages, plan changes) stays.
 */
export async function removeTimeEntry(
  db: Executor,
  actor: Actor,
  memberId: string,
  actionId: string,
  clock: ClinicClock,
): Promise<void> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  await db.transaction().execute(async (trx) => {
    await lockMember(trx, memberId);
    const row = await findMemberCoachAction(trx, memberId, actionId);
    if (!row) throw notFound('There is no such entry in this member’s time log.');
    if (!isRemovable(row, actor, clock)) {
      throw new Refusal(
        'conflict',
        'not-removable',
        'Entry cannot be removed',
        'Only an entry you logged by hand this month can be removed; messages, plan changes and past months stay as recorded.',
      );
    }
    await deleteMemberCoachAction(trx, memberId, actionId);
  });
}

/**
 * The month's summary for every member the coach looks after who shares their data with them: days with
 * data in the 30 days ending on the summary's day, minutes and interactive contacts in the calendar month
 * on the clinic's calendar. Reads are bounded by the coach's caseload and what those members stored.
 */
export async function coachTimeSummary(
  db: Executor,
  actor: Actor,
  month: string,
  clock: ClinicClock,
): Promise<TimeSummary> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const members = await listAssignedMembers(db, actor.id);
  const sharing = members.filter((member) => member.isSharing);
  const ids = sharing.map((member) => member.id);
  const today = localDateIn(clock.now, clock.timeZone);
  const to = summaryDayOf(month, today);
  const from = addDays(to, -(MONITORING_THRESHOLDS.windowDays - 1));
  const aroundWindow = {
    fromInstant: new Date(Date.parse(`${from}T00:00:00Z`) - 24 * 60 * 60 * 1000),
    toInstant: new Date(Date.parse(`${to}T00:00:00Z`) + 2 * 24 * 60 * 60 * 1000),
  };
  const data = await listMemberDataDays(db, ids, { from, to, ...aroundWindow });
  const actions = await listCoachActionsBetween(db, ids, instantsAroundMonth(month));
  const rows: MemberMonth[] = sharing.map((member) => {
    const dataDates = [
      ...data.dates.filter((row) => row.member_id === member.id).map((row) => row.date),
      ...data.checkIns
        .filter((row) => row.member_id === member.id)
        .map((row) => localDateIn(row.checked_in_at, clock.timeZone)),
    ];
    const summary = monthlySummary({
      month,
      today,
      timeZone: clock.timeZone,
      dataDates,
      actions: actions.filter((action) => action.member_id === member.id),
    });
    return {
      memberId: member.id,
      name: member.name,
      window: summary.window,
      daysWithData: summary.daysWithData,
      minutes: summary.minutes,
      interactiveContacts: summary.interactiveContacts,
      isDataThresholdMet: summary.isDataThresholdMet,
      isManagementThresholdMet: summary.isManagementThresholdMet,
    };
  });
  return {
    month,
    timeZone: clock.timeZone,
    members: rows,
    membersNotSharing: members.length - sharing.length,
  };
}
