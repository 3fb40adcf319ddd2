import type { Executor } from '../executor.ts';
import type { CoachActionKind } from '../schema.ts';

export interface CoachAction {
  /** Made by the coach's device for what a coach logs by hand; otherwise the id of what caused it. */
  id: string;
  coachId: string;
  memberId: string;
  kind: CoachActionKind;
  at: Date;
  minutes?: number | null;
  interactive?: boolean;
  note?: string | null;
}

/**
 * Records one coach action on a member, once: the same id again (a retry, a job run twice) changes
 * nothing. Call it in the same transaction as the action itself.
 */
export async function recordCoachAction(db: Executor, action: CoachAction): Promise<void> {
  await db
    .insertInto('coach_actions')
    .values({
      id: action.id,
      coach_id: action.coachId,
      member_id: action.memberId,
      kind: action.kind,
      at: action.at,
      minutes: action.minutes ?? null,
      interactive: action.interactive ?? false,
      note: action.note ?? null,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

/** Every coach action on the member, oldest first: the member's to export. */
export function listAllCoachActionsOn(db: Executor, memberId: string) {
  return db
    .selectFrom('coach_actions')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
