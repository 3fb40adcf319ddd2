/**
 * Each member's reminders run as one pg-boss job per member, their Wake: due at the next instant anything
 * may become due for them (`nextWake` in src/core/notifications). A run sends what is due through
 * `notifyMember` (which applies every rule and stores one notification per cause), then schedules the
 * next Wake. A run twice sends once; a Wake is a row, so it survives restarts; a daily sweep schedules
 * every member again, so a Wake lost to a crash between a commit and its rescheduling is found by morning.
 */
import type { Kysely } from 'kysely';
import type { PgBoss } from 'pg-boss';
import { z } from 'zod';
import { localDateIn } from '../../core/care/clinic-time.ts';
import { addDays } from '../../core/engine/dates.ts';
import {
  type Candidate,
  candidatesOf,
  contentOf,
  type MemberTimeline,
  memberAt,
  type NotificationPreferences,
  nextWake,
} from '../../core/notifications/index.ts';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import { instantOfLocalTime } from '../../core/publication/release-schedule.ts';
import type { Database } from '../db/schema.ts';
import type { NotificationSchedule } from '../services/notification-schedule.ts';
import { loadNotificationSettings } from '../services/notification-settings.ts';
import { loadCoachMessageEvents, loadNotificationTimeline } from '../services/notification-timeline.ts';
import {
  loadNotificationState,
  type NotificationDelivery,
  type NotifyOutcome,
  notifyMember,
} from '../services/notify.ts';

/** One member's Wake: send what is due, then schedule the next. */
export const MEMBER_REMINDERS = 'member-reminders';
/** Once a day, every member with a plan or notification settings is scheduled again. */
export const SWEEP_REMINDERS = 'sweep-member-reminders';
/** 00:20 UTC: any time works, as each Wake is computed in the member's own time zone. */
export const REMINDERS_SWEEP_CRON = '20 0 * * *';

export const memberRemindersDataSchema = z
  .object({ memberId: z.string().min(1).max(200), wakeAt: z.iso.datetime() })
  .strict();
export type MemberRemindersData = z.infer<typeof memberRemindersDataSchema>;

/** What notifying needs besides the database: the channels, and the clinic's defaults. */
export interface NotificationJobOptions {
  /** Hands each stored notification to its channels; `IN_APP_ONLY` keeps them to the in-app list. */
  delivery: NotificationDelivery;
  /** The time zone of members who have not chosen one. */
  clinicTimeZone: string;
  disability: DisabilityInstrument;
}

export interface ReminderDeps extends NotificationJobOptions {
  db: Kysely<Database>;
  boss: PgBoss;
}

/**
 * The in-app list alone: the stored notification row is what the app's list shows, so there is nothing
 * more to hand on. For a server with no push or email channel for notifications.
 */
export const IN_APP_ONLY: NotificationDelivery = {
  async enqueue() {},
};

/** A run never wakes itself again sooner than this, whatever it found (no hot loop on a surprise). */
const LEAST_WAIT_MS = 60_000;

/**
 * What may be sent to the member around now: yesterday's, today's and tomorrow's candidates in their time
 * zone, built as the week's report builds them (`candidatesOf`). Null when nothing can be.
 */
async function pendingFor(deps: ReminderDeps, memberId: string, now: Date) {
  const { preferences } = await loadNotificationSettings(deps.db, memberId, deps.clinicTimeZone);
  const today = localDateIn(now, preferences.timeZone);
  const days = [addDays(today, -1), today, addDays(today, 1)];
  const loaded = await loadNotificationTimeline(deps.db, memberId, {
    firstDay: days[0] as string,
    dayCount: days.length,
    preferences,
    disability: deps.disability,
  });
  if (!loaded) return pendingWithoutPlan(deps, memberId, preferences, days);
  return { loaded, candidates: candidatesOf(loaded.timeline, days) };
}

/**
 * A member without a plan has nothing to train for, so their timeline is as though paused: only a
 * coach's message reaches them. Null when there is none in the days either.
 */
async function pendingWithoutPlan(
  deps: ReminderDeps,
  memberId: string,
  preferences: NotificationPreferences,
  days: readonly string[],
) {
  const from = instantOfLocalTime(days[0] as string, '00:00', preferences.timeZone);
  const to = instantOfLocalTime(addDays(days[days.length - 1] as string, 1), '00:00', preferences.timeZone);
  const events = await loadCoachMessageEvents(deps.db, memberId, { from, to });
  if (events.length === 0) return null;
  const timeline: MemberTimeline = {
    preferences,
    // Never: without a plan there is no workout to remind them of.
    planMadeAt: new Date(8.64e15),
    daysPerWeek: 2,
    workouts: [],
    checkIns: [],
    pauses: [{ from: new Date(0), to: null }],
    events,
  };
  const candidates = candidatesOf(timeline, days).filter((candidate) => candidate.kind === 'coach-message');
  return { loaded: { timeline, titles: new Map<string, string>() }, candidates };
}

async function wakeAfter(
  deps: ReminderDeps,
  memberId: string,
  pending: NonNullable<Awaited<ReturnType<typeof pendingFor>>>,
  now: Date,
): Promise<Date | null> {
  const { history } = await loadNotificationState(deps.db, memberId, { ...deps, now });
  return nextWake(pending.candidates, history, memberAt(pending.loaded.timeline, now), now);
}

/**
 * Moves the member's waiting Wake to `wake`, or makes it (one statement: pg-boss's upsert by the member's
 * key, so two instances rescheduling at once leave one Wake); none when null. The running Wake is not
 * touched: the queue is stately, so one waits while one runs. The job waits `wake - now` by pg-boss's
 * clock, so the app's clock (which tests set) decides what is due, and the job keeps the instant it is for.
 */
export async function scheduleWake(
  deps: ReminderDeps,
  memberId: string,
  wake: Date | null,
  now: Date,
): Promise<void> {
  if (wake === null) {
    const waiting = await deps.boss.findJobs(MEMBER_REMINDERS, { key: memberId, queued: true });
    if (waiting.length > 0) {
      await deps.boss.deleteJob(
        MEMBER_REMINDERS,
        waiting.map((job) => job.id),
      );
    }
    return;
  }
  const data: MemberRemindersData = { memberId, wakeAt: wake.toISOString() };
  await deps.boss.upsert(MEMBER_REMINDERS, data, {
    singletonKey: memberId,
    startAfter: Math.max(0, Math.ceil((wake.getTime() - now.getTime()) / 1000)),
  });
}

/** Works out the member's next Wake from what they have now and schedules it; sends nothing. */
export async function rescheduleMember(
  deps: ReminderDeps,
  memberId: string,
  now: Date,
): Promise<Date | null> {
  const pending = await pendingFor(deps, memberId, now);
  const wake = pending ? await wakeAfter(deps, memberId, pending, now) : null;
  await scheduleWake(deps, memberId, wake, now);
  return wake;
}

/**
 * One Wake: sends what is due (the rules decide), then schedules the next. Safe to run twice or early:
 * what was sent is not sent again, and what is not due waits.
 */
export async function runMemberReminders(
  deps: ReminderDeps,
  memberId: string,
  now: Date,
): Promise<{ outcomes: NotifyOutcome[]; wake: Date | null }> {
  const pending = await pendingFor(deps, memberId, now);
  if (!pending) {
    await scheduleWake(deps, memberId, null, now);
    return { outcomes: [], wake: null };
  }
  const isDue = (candidate: Candidate) => candidate.dueAt.getTime() <= now.getTime();
  const outcomes = await notifyMember(
    deps.db,
    memberId,
    pending.candidates.filter(isDue).map((candidate) => ({
      candidate,
      content: contentOf(candidate, { titles: pending.loaded.titles }),
    })),
    { ...deps, now },
  );
  const next = await wakeAfter(deps, memberId, pending, now);
  const wake = next === null ? null : new Date(Math.max(next.getTime(), now.getTime() + LEAST_WAIT_MS));
  await scheduleWake(deps, memberId, wake, now);
  return { outcomes, wake };
}

/** Members the daily sweep schedules: those with a plan or notification settings. */
export async function membersToRemind(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('plans')
    .select('user_id')
    .union(db.selectFrom('notification_settings').select('user_id'))
    .orderBy('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

/** The daily sweep: every member with a plan or settings gets their Wake worked out again. */
export async function sweepMemberReminders(deps: ReminderDeps, clock: () => Date): Promise<number> {
  const members = await membersToRemind(deps.db);
  for (const memberId of members) await rescheduleMember(deps, memberId, clock());
  return members.length;
}

/**
 * How the app keeps a member's Wake in step after a change commits. The change itself has committed, so
 * a failure here is logged, not answered: the member's current Wake still runs, and the daily sweep
 * schedules them again.
 */
export function createNotificationSchedule(
  deps: ReminderDeps,
  clock: () => Date,
  logger: Pick<ReminderLogger, 'warn'>,
): NotificationSchedule {
  return {
    async memberChanged(memberId) {
      try {
        await rescheduleMember(deps, memberId, clock());
      } catch (error) {
        logger.warn({ err: error, memberId }, 'the member’s reminders could not be rescheduled');
      }
    },
    async everyoneChanged() {
      try {
        await deps.boss.send(SWEEP_REMINDERS, null);
      } catch (error) {
        logger.warn({ err: error }, 'the reminder sweep could not be queued');
      }
    },
  };
}

interface ReminderLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/** The queues, their workers and the daily sweep. */
export async function startMemberReminderJobs(
  deps: ReminderDeps,
  options: {
    clock: () => Date;
    logger: ReminderLogger;
    pollingIntervalSeconds: number;
  },
): Promise<NotificationSchedule> {
  const { boss } = deps;
  const retry = { retryLimit: 5, retryDelay: 30, retryBackoff: true, notify: true };
  await boss.createQueue(MEMBER_REMINDERS, { ...retry, expireInSeconds: 300, policy: 'stately' });
  await boss.createQueue(SWEEP_REMINDERS, { ...retry, expireInSeconds: 3600 });
  const workOptions = {
    pollingIntervalSeconds: options.pollingIntervalSeconds,
    notifyPollingIntervalSeconds: options.pollingIntervalSeconds,
  };
  await boss.work(MEMBER_REMINDERS, workOptions, async ([job]) => {
    if (!job) return;
    const { memberId } = memberRemindersDataSchema.parse(job.data);
    await runMemberReminders(deps, memberId, options.clock());
  });
  await boss.work(SWEEP_REMINDERS, workOptions, async ([job]) => {
    if (!job) return;
    const members = await sweepMemberReminders(deps, options.clock);
    options.logger.info({ queue: SWEEP_REMINDERS, members }, 'daily reminder sweep done');
  });
  await boss.schedule(SWEEP_REMINDERS, REMINDERS_SWEEP_CRON, null, { tz: 'UTC' });
  return createNotificationSchedule(deps, options.clock, options.logger);
}
