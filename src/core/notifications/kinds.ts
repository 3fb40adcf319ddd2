/**
 * What a notification is about and who wants which. A notification is a push, email or in-app line sent to
 * a member (or, for a critical alert, to their coach); it is not the alert itself, which lives in `care/`.
 */

export const NOTIFICATION_KINDS = [
  'workout-reminder',
  'check-up-due',
  'morning-check-in',
  'publication',
  'coach-message',
  'safety',
  'critical-alert',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Reminders are the kinds that ask the member to do something for their training; only they count
 * towards the weekly cap and the ignored-reminders streak. A coach's message, a safety message and a
 * critical alert are about a person, not a routine, so they are never capped.
 */
export const REMINDER_KINDS = [
  'workout-reminder',
  'check-up-due',
  'morning-check-in',
  'publication',
] as const satisfies readonly NotificationKind[];

export function isReminder(kind: NotificationKind): boolean {
  return (REMINDER_KINDS as readonly NotificationKind[]).includes(kind);
}

/**
 * The kinds sent during quiet hours. A safety message answers something the member has just told us
 * (a red flag, severe pain) and may say "get help now"; a critical alert tells the coach the member may
 * need them today. Both are rare (one per cause, for good), and holding either until morning could cost
 * the member's safety. A coach's message waits: it is never urgent by design (emergencies go to the
 * safety rules, not to a thread), and a coach writing at night should not wake their member.
 */
export const THROUGH_QUIET_HOURS = [
  'safety',
  'critical-alert',
] as const satisfies readonly NotificationKind[];

export function goesThroughQuietHours(kind: NotificationKind): boolean {
  return (THROUGH_QUIET_HOURS as readonly NotificationKind[]).includes(kind);
}

/**
 * The kinds a member cannot turn off: safety is never optional. A safety message may say "get help now",
 * and a critical alert goes to the coach about a member who may need them; preferences never silence
 * either (they can still choose the channel, once there are channels to choose).
 */
export const ALWAYS_ON = ['safety', 'critical-alert'] as const satisfies readonly NotificationKind[];

export function canBeTurnedOff(kind: NotificationKind): boolean {
  return !(ALWAYS_ON as readonly NotificationKind[]).includes(kind);
}

/** Local clock times, HH:MM 24-hour, in the member's time zone; start after end wraps midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

export interface NotificationPreferences {
  /** IANA time-zone name the member lives in. */
  timeZone: string;
  /** HH:MM local: when a training day's workout reminder is due. */
  reminderTime: string;
  quietHours: QuietHours;
  /** Reminders at most in any rolling seven days. */
  weeklyCap: number;
  /** The kinds the member has turned off; safety and critical alerts are sent whatever this says. */
  off: readonly NotificationKind[];
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };
export const DEFAULT_WEEKLY_CAP = 5;

/** The publication is opt-in: off until the member turns it on. */
export function defaultPreferences(timeZone: string): NotificationPreferences {
  return {
    timeZone,
    reminderTime: '18:00',
    quietHours: DEFAULT_QUIET_HOURS,
    weeklyCap: DEFAULT_WEEKLY_CAP,
    off: ['publication'],
  };
}

/** The morning check-in is due at this local time on the day after a workout. */
export const MORNING_CHECK_IN_TIME = '09:00';

/**
 * Something that has become (or will become) due to be sent. `about` names the thing it is about (a
 * workout's day, a measure, an episode, a message), so kind and `about` make its cause.
 */
export interface Candidate {
  kind: NotificationKind;
  about: string;
  dueAt: Date;
}

/** One notification per cause, for good: `workout-reminder:2026-12-07`. */
export function causeOf(candidate: Pick<Candidate, 'kind' | 'about'>): string {
  return `${candidate.kind}:${candidate.about}`;
}

/** A notification that was sent, with when the member first opened it or did what it asked. */
export interface SentNotification {
  kind: NotificationKind;
  cause: string;
  sentAt: Date;
  engagedAt: Date | null;
}

/** What the rules need to know about the member at the moment of deciding, as of then. */
export interface MemberNow {
  preferences: NotificationPreferences;
  daysPerWeek: number;
  /** Days with a workout done, as of now. */
  workoutDates: readonly string[];
  /** Workout days whose morning check-in has been answered. */
  answeredCheckIns: readonly string[];
  /** A pain pause or a safety hold: no workout is asked for until the member resumes. */
  isPaused: boolean;
  /** Causes the member has already dealt with another way (the check-up taken, the message read). */
  handledCauses: readonly string[];
}
