import type { Kysely } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import { z } from 'zod';
import { serverToday } from '../../contract/dates.ts';
import { alertCauses } from '../../core/care/alert-rules.ts';
import { type Candidate, contentOf } from '../../core/notifications/index.ts';
import type { Executor } from '../db/executor.ts';
import { findMemberStanding } from '../db/repositories/access.ts';
import { insertAlertsOnce, listOpenCriticalAlertsSince } from '../db/repositories/coach-alerts.ts';
import type { Database } from '../db/schema.ts';
import { loadCareHistory } from '../services/care-history.ts';
import { notifyMember } from '../services/notify.ts';
import type { NotificationJobOptions } from './member-reminders.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Raises one member's alerts, soon after their data changed. */
export const RAISE_ALERTS = 'raise-alerts';
/** Once a day, every member with a coach: the causes that come with time (missed training days, a stall). */
export const SWEEP_ALERTS = 'sweep-alerts';
/** 05:30 UTC: before a coach's morning in Europe, after the day has turned for the Americas' evening. */
export const SWEEP_CRON = '30 5 * * *';

export const raiseAlertsDataSchema = z.object({ memberId: z.string().min(1).max(200) }).strict();
export type RaiseAlertsData = z.infer<typeof raiseAlertsDataSchema>;

/**
 * Every alert cause in the member's data not stored before, stored now: the plain function the jobs run
 * (and demo seeding calls). Safe to run twice — a stored cause is never stored again, so a second run adds
 * nothing, and a resolved cause stays resolved; a new episode has a cause of its own. Nothing for a member
 * without a coach they share with (nobody would see it), and nothing is read of their data then.
 */
export async function raiseAlertsFor(
  db: Kysely<Database>,
  memberId: string,
  now: Date,
  notifications?: NotificationJobOptions,
): Promise<number> {
  const standing = await findMemberStanding(db, memberId);
  if (!standing?.coachId || !standing.hasConsent || !standing.sharesWithCoach) return 0;
  const raised = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const history = await loadCareHistory(trx, memberId, serverToday(now));
      return insertAlertsOnce(trx, memberId, alertCauses(history), now);
    });
  if (notifications)
    await notifyCriticalAlerts(db, { memberId, coachId: standing.coachId }, now, notifications);
  return raised;
}

/**
 * The coach hears of each open critical alert of the last day, once (notifyMember keeps one notification
 * per cause, for good). Looking back a day rather than at this run's inserts alone means a run that
 * stored the alert and failed before notifying still notifies when it is tried again.
 */
async function notifyCriticalAlerts(
  db: Kysely<Database>,
  people: { memberId: string; coachId: string },
  now: Date,
  notifications: NotificationJobOptions,
): Promise<void> {
  const alerts = await listOpenCriticalAlertsSince(db, people.memberId, new Date(now.getTime() - DAY_MS));
  if (alerts.length === 0) return;
  const member = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', people.memberId)
    .executeTakeFirst();
  const items = alerts.map((alert) => {
    const candidate: Candidate = {
      kind: 'critical-alert',
      about: alert.id,
      dueAt: new Date(alert.raised_at),
    };
    return {
      candidate,
      content: contentOf(candidate, {
        alert: { memberName: member?.name ?? 'A member', reason: alert.reason },
      }),
    };
  });
  await notifyMember(db, people.coachId, items, { ...notifications, now });
}

/** Members the daily sweep looks at: those with a coach they share with. */
export async function membersWithSharingCoach(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('coach_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.member_id')
    .select('a.member_id')
    .where('u.health_consent_version', 'is not', null)
    .where('u.coach_sharing_version', 'is not', null)
    .orderBy('a.member_id')
    .execute();
  return rows.map((row) => row.member_id);
}

/** How the app asks for a member's alerts to be raised after a write. */
export interface AlertRaising {
  /**
   * Queues a raise for the member. One job per member waits at a time (a singleton key): a burst of
   * sets logged queues one job, which reads everything stored by the time it runs. Given `db` (a
   * transaction), the job is queued with the write and exists exactly when the write committed.
   */
  soon(memberId: string, options?: { db?: Kysely<Database> }): Promise<void>;
}

/** A few seconds' grace, so the sets of a workout logged together raise their alerts in one job. */
export const RAISE_DELAY_SECONDS = 2;

/**
 * How long after queueing a raise this instance takes it to be still waiting: under the delay it waits,
 * with half a second to spare for the two clocks.
 */
const STILL_WAITING_MS = RAISE_DELAY_SECONDS * 1000 - 500;

export function createAlertRaising(boss: PgBoss): AlertRaising {
  // When this instance last queued a raise for each member. A raise it queued less than
  // STILL_WAITING_MS ago has not started (pg-boss starts none before its start time), so it will read a
  // change committed now: queueing another would only cost the database a statement per logged set.
  // Only ever a saving: a member missing here, or another instance's job, gets a send as before.
  const queuedAt = new Map<string, number>();
  return {
    async soon(memberId, options = {}) {
      const now = performance.now();
      const last = queuedAt.get(memberId);
      if (!options.db && last !== undefined && now - last < STILL_WAITING_MS) return;
      const id = await boss.send(RAISE_ALERTS, { memberId } satisfies RaiseAlertsData, {
        singletonKey: memberId,
        startAfter: RAISE_DELAY_SECONDS,
        ...(options.db ? { db: fromKysely(options.db) } : {}),
      });
      // Inside a caller's transaction the job may yet be rolled back with it, so it is not counted on.
      if (id && !options.db) {
        if (queuedAt.size > 10_000) {
          for (const [member, at] of queuedAt) if (now - at >= STILL_WAITING_MS) queuedAt.delete(member);
        }
        queuedAt.set(memberId, now);
      }
    },
  };
}
