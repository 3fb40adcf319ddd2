import type { Executor } from '../executor.ts';
import type { CoachActionKind } from '../schema.ts';

/** One coach action on a member as the time log shows it, with the coach's name. */
export interface CoachActionRow {
  id: string;
  coach_id: string;
  coach_name: string;
  kind: CoachActionKind;
  at: Date;
  minutes: number | null;
  interactive: boolean;
  note: string | null;
}

/** Coach actions as the time log shows them: each with the name of the coach who did it. */
function coachActionsWithCoachName(db: Executor) {
  return db
    .selectFrom('coach_actions as c')
    .innerJoin('users as u', 'u.id', 'c.coach_id')
    .select([
      'c.id',
      'c.coach_id',
      'u.name as coach_name',
      'c.kind',
      'c.at',
      'c.minutes',
      'c.interactive',
      'c.note',
    ]);
}

/** The member's coach actions, by any coach, newest first; one more than `limit` says there are more. */
export function listMemberCoachActions(
  db: Executor,
  memberId: string,
  limit: number,
): Promise<CoachActionRow[]> {
  return coachActionsWithCoachName(db)
    .where('c.member_id', '=', memberId)
    .orderBy('c.at', 'desc')
    .orderBy('c.id')
    .limit(limit + 1)
    .execute();
}

export function findMemberCoachAction(
  db: Executor,
  memberId: string,
  id: string,
): Promise<CoachActionRow | undefined> {
  return coachActionsWithCoachName(db)
    .where('c.member_id', '=', memberId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** An action stored under this id for anyone: so a reused id is told apart from a retry. */
export function findCoachActionById(
  db: Executor,
  id: string,
): Promise<{ member_id: string; coach_id: string } | undefined> {
  return db
    .selectFrom('coach_actions')
    .select(['member_id', 'coach_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteMemberCoachAction(db: Executor, memberId: string, id: string): Promise<void> {
  await db.deleteFrom('coach_actions').where('member_id', '=', memberId).where('id', '=', id).execute();
}

export async function findAssignedAt(db: Executor, memberId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('coach_assignments')
    .select('assigned_at')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row?.assigned_at;
}

/**
 * The dates these members logged anything on between two days: workouts (their sets are on the
 * workout's day) and measures by the member's local date as stored; check-ins, stored only as an
 * instant, by the instant, which the summary puts on the clinic's calendar.
 */
export async function listMemberDataDays(
  db: Executor,
  memberIds: readonly string[],
  span: { from: string; to: string; fromInstant: Date; toInstant: Date },
): Promise<{
  dates: { member_id: string; date: string }[];
  checkIns: { member_id: string; checked_in_at: Date }[];
}> {
  if (memberIds.length === 0) return { dates: [], checkIns: [] };
  const workouts = db
    .selectFrom('workouts')
    .select(['user_id as member_id', 'date'])
    .where('user_id', 'in', memberIds)
    .where('date', '>=', span.from)
    .where('date', '<=', span.to);
  const measures = db
    .selectFrom('measures')
    .select(['user_id as member_id', 'taken_on as date'])
    .where('user_id', 'in', memberIds)
    .where('taken_on', '>=', span.from)
    .where('taken_on', '<=', span.to);
  const dates = await workouts.union(measures).execute();
  const checkIns = await db
    .selectFrom('check_ins')
    .select(['user_id as member_id', 'checked_in_at'])
    .where('user_id', 'in', memberIds)
    .where('checked_in_at', '>=', span.fromInstant)
    .where('checked_in_at', '<', span.toInstant)
    .execute();
  return { dates, checkIns };
}

export function listCoachActionsBetween(
  db: Executor,
  memberIds: readonly string[],
  span: { from: Date; to: Date },
): Promise<{ member_id: string; at: Date; minutes: number | null; interactive: boolean }[]> {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('coach_actions')
    .select(['member_id', 'at', 'minutes', 'interactive'])
    .where('member_id', 'in', memberIds)
    .where('at', '>=', span.from)
    .where('at', '<', span.to)
    .execute();
}
