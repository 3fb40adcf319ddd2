import type { Kysely } from 'kysely';
import type { Alert } from '../../contract/alerts.ts';
import type { AlertKind } from '../../core/care/alert.ts';
import { requireAccess } from '../access/access.ts';
import { recordCoachAction } from '../db/repositories/coach-actions.ts';
import {
  type AlertRow,
  findAlert,
  findAlertMember,
  listCoachAlerts,
  listMemberAlerts,
  markAcknowledged,
  markResolved,
  type QueueFilter,
} from '../db/repositories/coach-alerts.ts';
import { findAccount } from '../db/repositories/member-data.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, notFound, Refusal } from './errors.ts';

const iso = (moment: Date | null) => (moment === null ? null : new Date(moment).toISOString());

function toAlert(row: AlertRow, memberName: string): Alert {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName,
    severity: row.severity,
    kind: row.kind as AlertKind,
    reason: row.reason,
    evidence: row.evidence,
    raisedAt: new Date(row.raised_at).toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedAt: iso(row.resolved_at),
    resolutionNote: row.resolution_note,
  };
}

/** The coach's review queue across their members (only those who share with them). */
export async function reviewQueue(db: Kysely<Database>, actor: Actor, filter: QueueFilter): Promise<Alert[]> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const rows = await listCoachAlerts(db, actor.id, filter);
  return rows.map((row) => toAlert(row, row.member_name));
}

/** One member's alerts, for their coach. */
export async function memberAlerts(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  filter: Pick<QueueFilter, 'state' | 'limit'>,
): Promise<Alert[]> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  const [rows, account] = await Promise.all([
    listMemberAlerts(db, memberId, filter),
    findAccount(db, memberId),
  ]);
  return rows.map((row) => toAlert(row, account?.name ?? ''));
}

function noSuchAlert(): Refusal {
  return notFound('There is no such alert.');
}

/**
 * The alert's member, once the coach may act on them. An alert of anyone else's member, or of a member
 * who no longer shares with this coach, is not there for them: 404 either way, so an alert id tells
 * nothing about whose it is.
 */
async function alertMemberFor(db: Kysely<Database>, actor: Actor, alertId: string): Promise<string> {
  const memberId = await findAlertMember(db, alertId);
  if (memberId === undefined) throw noSuchAlert();
  try {
    await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  } catch (error) {
    if (error instanceof Refusal && (error.kind === 'forbidden' || error.kind === 'not-found'))
      throw noSuchAlert();
    throw error;
  }
  return memberId;
}

async function answer(db: Kysely<Database>, memberId: string, alertId: string): Promise<Alert> {
  const [row, account] = await Promise.all([findAlert(db, memberId, alertId), findAccount(db, memberId)]);
  if (!row) throw noSuchAlert();
  return toAlert(row, account?.name ?? '');
}

/** The coach has seen it and is on it. Idempotent: the first acknowledgement stands. */
export async function acknowledgeAlert(
  db: Kysely<Database>,
  actor: Actor,
  alertId: string,
  now: Date,
): Promise<Alert> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const memberId = await alertMemberFor(db, actor, alertId);
  await markAcknowledged(db, memberId, alertId, actor.id, now);
  return answer(db, memberId, alertId);
}

/**
 * The coach has dealt with it, with a note: recorded as a coach action (kind 'alert', the alert's id) in
 * the same transaction. Idempotent: resolving again keeps the first note and records nothing more.
 */
export async function resolveAlert(
  db: Kysely<Database>,
  actor: Actor,
  alertId: string,
  note: string,
  now: Date,
): Promise<Alert> {
  await requireAccess(db, { actor, permission: 'coach.caseload' });
  const memberId = await alertMemberFor(db, actor, alertId);
  await db.transaction().execute(async (trx) => {
    const isNew = await markResolved(trx, memberId, alertId, { coachId: actor.id, note, at: now });
    if (isNew) {
      await recordCoachAction(trx, {
        id: alertId,
        coachId: actor.id,
        memberId,
        kind: 'alert',
        at: now,
        note,
      });
    }
  });
  return answer(db, memberId, alertId);
}
