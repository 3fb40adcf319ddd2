import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { AlertCause, AlertSeverity } from '../../../core/care/alert.ts';
import type { Executor } from '../executor.ts';
import type { CoachAlertsTable } from '../schema.ts';
import { checkedColumn, toJsonColumn as json } from './json-column.ts';

/**
 * Thin queries for the alerts raised for members' coaches. A cause is stored once for good (the unique
 * index on member and cause): raising it again, by a second run or a retried job, inserts nothing.
 */

const evidenceSchema = z.object({ label: z.string(), href: z.string() });

export type AlertRow = Omit<Selectable<CoachAlertsTable>, 'evidence'> & {
  evidence: z.infer<typeof evidenceSchema>;
};

function checkedAlert<Row extends Selectable<CoachAlertsTable>>(row: Row): Row & AlertRow {
  return {
    ...row,
    evidence: checkedColumn(evidenceSchema, row.evidence, {
      table: 'coach_alerts',
      column: 'evidence',
      rowId: row.id,
    }),
  };
}

/** Stores each cause not stored before; returns how many were new. */
export async function insertAlertsOnce(
  db: Executor,
  memberId: string,
  causes: readonly AlertCause[],
  raisedAt: Date,
): Promise<number> {
  if (causes.length === 0) return 0;
  const inserted = await db
    .insertInto('coach_alerts')
    .values(
      causes.map((cause) => ({
        id: randomUUID(),
        member_id: memberId,
        cause: cause.cause,
        kind: cause.kind,
        severity: cause.severity,
        reason: cause.reason,
        evidence: json(cause.evidence),
        raised_at: raisedAt,
      })),
    )
    .onConflict((conflict) => conflict.columns(['member_id', 'cause']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** The member's critical alerts raised since `since` and not resolved, oldest first. */
export function listOpenCriticalAlertsSince(db: Executor, memberId: string, since: Date) {
  return db
    .selectFrom('coach_alerts')
    .select(['id', 'reason', 'raised_at'])
    .where('member_id', '=', memberId)
    .where('severity', '=', 'critical')
    .where('resolved_at', 'is', null)
    .where('raised_at', '>=', since)
    .orderBy('raised_at')
    .orderBy('id')
    .execute();
}

/** Most urgent first, then the oldest first: what has waited longest at one severity comes next. */
const severityOrder = sql<number>`case severity when 'critical' then 0 when 'high' then 1 when 'low' then 2 else 3 end`;

export interface QueueFilter {
  severities: readonly AlertSeverity[] | null;
  /** Open alerts (the queue), or resolved ones, newest resolved first. */
  state: 'open' | 'resolved';
  limit: number;
}

/**
 * A coach's alerts across the members they may see: assigned to them, consenting to storing health data
 * and sharing it with them. A member who stops sharing drops out at once.
 */
export async function listCoachAlerts(db: Executor, coachId: string, filter: QueueFilter) {
  let query = db
    .selectFrom('coach_alerts as c')
    .innerJoin('coach_assignments as a', 'a.member_id', 'c.member_id')
    .innerJoin('users as u', 'u.id', 'c.member_id')
    .selectAll('c')
    .select('u.name as member_name')
    .where('a.coach_id', '=', coachId)
    .where('u.health_consent_version', 'is not', null)
    .where('u.coach_sharing_version', 'is not', null);
  if (filter.severities) query = query.where('c.severity', 'in', [...filter.severities]);
  query =
    filter.state === 'open'
      ? query.where('c.resolved_at', 'is', null).orderBy(severityOrder).orderBy('c.raised_at').orderBy('c.id')
      : query.where('c.resolved_at', 'is not', null).orderBy('c.resolved_at', 'desc').orderBy('c.id');
  const rows = await query.limit(filter.limit).execute();
  return rows.map(checkedAlert);
}

/** One member's alerts: the open ones by severity, or the resolved ones newest first. */
export async function listMemberAlerts(
  db: Executor,
  memberId: string,
  filter: Pick<QueueFilter, 'state' | 'limit'>,
) {
  const base = db.selectFrom('coach_alerts as c').selectAll('c').where('c.member_id', '=', memberId);
  const rows = await (filter.state === 'open'
    ? base.where('c.resolved_at', 'is', null).orderBy(severityOrder).orderBy('c.raised_at').orderBy('c.id')
    : base.where('c.resolved_at', 'is not', null).orderBy('c.resolved_at', 'desc').orderBy('c.id')
  )
    .limit(filter.limit)
    .execute();
  return rows.map(checkedAlert);
}

/** Whose alert this is, to check access before anything of it is read; undefined when there is none. */
export async function findAlertMember(db: Executor, alertId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('coach_alerts')
    .select('member_id')
    .where('id', '=', alertId)
    .executeTakeFirst();
  return row?.member_id;
}

export async function findAlert(db: Executor, memberId: string, alertId: string) {
  const row = await db
    .selectFrom('coach_alerts')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('id', '=', alertId)
    .executeTakeFirst();
  return row && checkedAlert(row);
}

/** The first acknowledgement stands: a second (a retry) changes nothing. */
export async function markAcknowledged(
  db: Executor,
  memberId: string,
  alertId: string,
  coachId: string,
  at: Date,
) {
  await db
    .updateTable('coach_alerts')
    .set({ acknowledged_at: at, acknowledged_by: coachId })
    .where('member_id', '=', memberId)
    .where('id', '=', alertId)
    .where('acknowledged_at', 'is', null)
    .execute();
}

/**
 * Resolves an open alert with the coach's note (acknowledging it too, if it was not); true when this call
 * resolved it, false when it was resolved already (a retry keeps the first note).
 */
export async function markResolved(
  db: Executor,
  memberId: string,
  alertId: string,
  resolution: { coachId: string; note: string; at: Date },
): Promise<boolean> {
  const updated = await db
    .updateTable('coach_alerts')
    .set({
      resolved_at: resolution.at,
      resolved_by: resolution.coachId,
      resolution_note: resolution.note,
      acknowledged_at: sql`coalesce(acknowledged_at, ${resolution.at})`,
      acknowledged_by: sql`coalesce(acknowledged_by, ${resolution.coachId})`,
    })
    .where('member_id', '=', memberId)
    .where('id', '=', alertId)
    .where('resolved_at', 'is', null)
    .returning('id')
    .execute();
  return updated.length > 0;
}

/** Every alert ever raised about the member, oldest first: the member's to export. */
export function listAllAlertsAbout(db: Executor, memberId: string) {
  return db
    .selectFrom('coach_alerts')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('raised_at')
    .orderBy('id')
    .execute();
}
