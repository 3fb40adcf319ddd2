/**
 * A member's Wake: the next instant anything may become due for them, when their reminder job runs next.
 * It is the earliest of: now, if something due would be sent now; the end of quiet hours, if something due
 * is held only by them; the next workout reminder on a training day (none while paused); and the moment
 * each other known candidate falls due (a morning check-in, a check-up, a coach's message), or the end of
 * quiet hours when that moment falls in them. Local times
 * become instants through `instantOfLocalTime`, so a Wake keeps its wall time across daylight saving.
 */
import { decideBatch } from './batch.ts';
import { type Candidate, goesThroughQuietHours, type MemberNow, type SentNotification } from './kinds.ts';
import { isInQuietHours, quietHoursEndAfter } from './local-time.ts';
import { nextReminderAt } from './next-reminder.ts';

export function nextWake(
  candidates: readonly Candidate[],
  history: readonly SentNotification[],
  member: MemberNow,
  now: Date,
): Date | null {
  const { quietHours, timeZone } = member.preferences;
  // What falls due in quiet hours is woken for at their end: a Wake at 00:00 would only hold it.
  const wakeFor = (candidate: Pick<Candidate, 'kind' | 'dueAt'>) =>
    !goesThroughQuietHours(candidate.kind) && isInQuietHours(candidate.dueAt, quietHours, timeZone)
      ? quietHoursEndAfter(candidate.dueAt, quietHours, timeZone).getTime()
      : candidate.dueAt.getTime();
  const due = candidates.filter((candidate) => candidate.dueAt.getTime() <= now.getTime());
  const times: number[] = [];
  for (const { verdict } of decideBatch(due, history, member, now)) {
    if (verdict.send) times.push(now.getTime());
    else if (verdict.reason === 'quiet-hours')
      times.push(quietHoursEndAfter(now, quietHours, timeZone).getTime());
  }
  // Workout reminders come from the schedule, which knows training days and pauses, not from every day.
  for (const candidate of candidates) {
    if (candidate.kind !== 'workout-reminder' && candidate.dueAt.getTime() > now.getTime()) {
      times.push(wakeFor(candidate));
    }
  }
  const reminder = nextReminderAt(member, new Date(now.getTime() + 1));
  if (reminder) times.push(wakeFor({ kind: 'workout-reminder', dueAt: reminder }));
  return times.length === 0 ? null : new Date(Math.min(...times));
}
