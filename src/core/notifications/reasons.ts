/** Why a notification was not sent, in words for the logs and the admin. */
export const HOLD_REASONS = {
  'not-yet-due': 'It is not due yet.',
  'already-sent': 'A notification for this cause was already sent; one cause is notified once.',
  'turned-off': 'The member has turned this kind of notification off.',
  paused: 'The plan is paused or on a safety hold, so no workout is asked for until the member resumes.',
  'not-training-day': 'The day is not one of the member’s training days.',
  'workout-done': 'The day’s workout is already done.',
  'day-over': 'The workout’s day is over in the member’s time zone, so the reminder no longer applies.',
  'check-in-answered': 'The member has already answered this morning check-in.',
  handled: 'The member has already dealt with what this notification was about.',
  'quiet-hours': 'It is the member’s quiet hours; it waits until they end.',
  superseded: 'A later notification of the same kind became due at the same time; only the latest is sent.',
  'weekly-cap': 'The member has had as many reminders as their weekly cap allows in the last seven days.',
  quieted:
    'The member ignored their last three reminders, so workout reminders come every other training day until they engage again.',
} as const;
export type HoldReason = keyof typeof HOLD_REASONS;

/** Reasons that only mean "not now": the same candidate may be sent later. Every other reason is final. */
export const WAITING_REASONS = ['not-yet-due', 'quiet-hours'] as const satisfies readonly HoldReason[];

export function isWaiting(reason: HoldReason): boolean {
  return (WAITING_REASONS as readonly HoldReason[]).includes(reason);
}

export type Verdict = { send: true } | { send: false; reason: HoldReason };
