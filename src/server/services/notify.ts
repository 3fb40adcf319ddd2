/**
 * Sending notifications to a member: the rules of src/core/notifications decide over what the member has
 * done and what was sent before, then each notification the rules let through is stored (one per cause,
 * for good) and handed to delivery (push, and email if the member wants it) in the same transaction. A job
 * that runs twice, or two instances that decide at once, send once: the member's row is locked while
 * deciding, and the store refuses a second notification of a cause.
 */
import { randomUUID } from 'node:crypto';
import { localDateIn } from '../../core/care/clinic-time.ts';
import { addDays } from '../../core/engine/dates.ts';
import {
  type Candidate,
  causeOf,
  decideBatch,
  type MemberNow,
  memberAt,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type SentNotification,
  type Verdict,
} from '../../core/notifications/index.ts';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import { insertNotificationOnce, listSentSince } from '../db/repositories/notifications.ts';
import { lockMember } from './member-lock.ts';
import { loadNotificationSettings, type MemberNotificationSettings } from './notification-settings.ts';
import { loadNotificationTimeline } from './notification-timeline.ts';

/** What a notification says and where it leads in the app. */
export interface NotificationContent {
  title: string;
  body: string;
  /** The app's screen it opens, such as /today. */
  path: string;
}

export interface NotificationItem {
  candidate: Candidate;
  content: NotificationContent;
}

/** Hands a stored notification to its channels, in the caller's transaction (jobs/deliver-notification.ts). */
export interface NotificationDelivery {
  enqueue(trx: Executor, notificationId: string): Promise<void>;
}

export interface NotifyOptions {
  delivery: NotificationDelivery;
  clinicTimeZone: string;
  disability: DisabilityInstrument;
  now: Date;
}

/** How far back the rules look at what was sent: the weekly cap's week and the ignored-reminders streak. */
const HISTORY_DAYS = 21;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface NotificationState {
  settings: MemberNotificationSettings;
  history: SentNotification[];
  member: MemberNow;
}

function isKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * What the rules need of a member now: their settings, what was sent to them lately with when they
 * engaged with each (opened it, or did the workout or the check-in it asked for), and the member's facts.
 * A member without a plan has no training facts: only the kinds that need none can reach them.
 */
export async function loadNotificationState(
  db: Executor,
  memberId: string,
  options: Pick<NotifyOptions, 'clinicTimeZone' | 'disability' | 'now'>,
): Promise<NotificationState> {
  const { now } = options;
  const settings = await loadNotificationSettings(db, memberId, options.clinicTimeZone);
  const { preferences } = settings;
  const today = localDateIn(now, preferences.timeZone);
  const loaded = await loadNotificationTimeline(db, memberId, {
    firstDay: addDays(today, -1),
    dayCount: 2,
    preferences,
    disability: options.disability,
  });
  const member: MemberNow = loaded
    ? memberAt(loaded.timeline, now)
    : {
        preferences,
        daysPerWeek: 0,
        workoutDates: [],
        answeredCheckIns: [],
        isPaused: false,
        handledCauses: [],
      };
  const rows = await listSentSince(db, memberId, new Date(now.getTime() - HISTORY_DAYS * DAY_MS));
  const engagedAt = (kind: NotificationKind, about: string, sentAt: Date, readAt: Date | null) => {
    const after = (instant: Date | undefined) =>
      instant && instant.getTime() >= sentAt.getTime() ? instant : undefined;
    const done =
      kind === 'workout-reminder'
        ? after(loaded?.timeline.workouts.find((workout) => workout.on === about)?.finishedAt)
        : kind === 'morning-check-in'
          ? after(loaded?.timeline.checkIns.find((each) => each.workoutOn === about)?.answeredAt)
          : undefined;
    const times = [done, readAt ?? undefined].filter((time): time is Date => time !== undefined);
    return times.length === 0 ? null : new Date(Math.min(...times.map((time) => time.getTime())));
  };
  const history = rows.flatMap((row): SentNotification[] => {
    if (!isKind(row.kind)) return [];
    const sentAt = new Date(row.sent_at);
    const about = row.cause.slice(row.kind.length + 1);
    const readAt = row.read_at ? new Date(row.read_at) : null;
    return [
      { kind: row.kind, cause: row.cause, sentAt, engagedAt: engagedAt(row.kind, about, sentAt, readAt) },
    ];
  });
  return { settings, history, member };
}

export interface NotifyOutcome {
  cause: string;
  verdict: Verdict;
  /** The notification stored and handed to delivery; absent when held or already sent. */
  notificationId?: string;
}

/**
 * Decides the items together (as when quiet hours end: no burst, the cap counted across them) and sends
 * those the rules let through. An erased member gets nothing.
 */
export async function notifyMember(
  db: Executor,
  memberId: string,
  items: readonly NotificationItem[],
  options: NotifyOptions,
): Promise<NotifyOutcome[]> {
  if (items.length === 0) return [];
  return inTransaction(db, async (trx) => {
    const exists = await trx.selectFrom('users').select('id').where('id', '=', memberId).executeTakeFirst();
    if (!exists) return [];
    await lockMember(trx, memberId);
    const state = await loadNotificationState(trx, memberId, options);
    const verdicts = decideBatch(
      items.map((item) => item.candidate),
      state.history,
      state.member,
      options.now,
    );
    const outcomes: NotifyOutcome[] = [];
    for (const { candidate, cause, verdict } of verdicts) {
      if (!verdict.send) {
        outcomes.push({ cause, verdict });
        continue;
      }
      const item = items.find((each) => each.candidate === candidate);
      if (!item) throw new Error(`no content for ${cause}`);
      const id = await insertNotificationOnce(trx, {
        id: randomUUID(),
        memberId,
        kind: candidate.kind,
        cause: causeOf(candidate),
        ...item.content,
        sentAt: options.now,
      });
      if (id === null) {
        outcomes.push({ cause, verdict: { send: false, reason: 'already-sent' } });
        continue;
      }
      await options.delivery.enqueue(trx, id);
      outcomes.push({ cause, verdict, notificationId: id });
    }
    return outcomes;
  });
}
