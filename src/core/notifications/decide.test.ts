import { describe, expect, it } from 'vitest';
import { decide, remindersInLastWeek } from './decide.ts';
import { type Candidate, defaultPreferences, type MemberNow, type SentNotification } from './kinds.ts';

const at = (iso: string) => new Date(iso);

/** Three days a week, last trained Friday 4 December 2026; London is on UTC in December. */
function member(overrides: Partial<MemberNow> = {}): MemberNow {
  return {
    preferences: defaultPreferences('Europe/London'),
    daysPerWeek: 3,
    workoutDates: ['2026-12-04'],
    answeredCheckIns: ['2026-12-04'],
    isPaused: false,
    handledCauses: [],
    ...overrides,
  };
}

const mondayReminder: Candidate = {
  kind: 'workout-reminder',
  about: '2026-12-07',
  dueAt: at('2026-12-07T18:00:00Z'),
};
const mondayEvening = at('2026-12-07T18:00:00Z');

function sent(
  kind: SentNotification['kind'],
  about: string,
  sentAt: string,
  engagedAt: string | null = null,
) {
  return { kind, cause: `${kind}:${about}`, sentAt: at(sentAt), engagedAt: engagedAt ? at(engagedAt) : null };
}

describe('deciding one notification', () => {
  it('sends a training day’s workout reminder at the member’s time', () => {
    expect(decide(mondayReminder, [], member(), mondayEvening)).toEqual({ send: true });
  });

  it('waits for a notification that is not due yet', () => {
    expect(decide(mondayReminder, [], member(), at('2026-12-07T17:59:00Z'))).toEqual({
      send: false,
      reason: 'not-yet-due',
    });
  });

  it('never sends one cause twice', () => {
    const history = [sent('workout-reminder', '2026-12-07', '2026-12-07T18:00:00Z')];
    expect(decide(mondayReminder, history, member(), at('2026-12-07T19:00:00Z'))).toEqual({
      send: false,
      reason: 'already-sent',
    });
  });

  it('sends no kind the member turned off, and the publication only once they opt in', () => {
    const off = member({
      preferences: { ...defaultPreferences('Europe/London'), off: ['workout-reminder'] },
    });
    expect(decide(mondayReminder, [], off, mondayEvening)).toEqual({ send: false, reason: 'turned-off' });
    const episode: Candidate = {
      kind: 'publication',
      about: 'episode-12',
      dueAt: at('2026-12-06T08:00:00Z'),
    };
    expect(decide(episode, [], member(), at('2026-12-06T08:00:00Z'))).toEqual({
      send: false,
      reason: 'turned-off',
    });
    const optedIn = member({ preferences: { ...defaultPreferences('Europe/London'), off: [] } });
    expect(decide(episode, [], optedIn, at('2026-12-06T08:00:00Z'))).toEqual({ send: true });
  });

  it('sends safety messages and critical alerts even when turned off: safety is never optional', () => {
    const triedToSilence = member({
      preferences: { ...defaultPreferences('Europe/London'), off: ['safety', 'critical-alert'] },
    });
    for (const kind of ['safety', 'critical-alert'] as const) {
      const candidate: Candidate = { kind, about: 'screen-2', dueAt: mondayEvening };
      expect(decide(candidate, [], triedToSilence, mondayEvening)).toEqual({ send: true });
    }
  });

  it('sends no workout reminder during a pause or safety hold, but still sends safety messages', () => {
    const paused = member({ isPaused: true });
    expect(decide(mondayReminder, [], paused, mondayEvening)).toEqual({ send: false, reason: 'paused' });
    const safety: Candidate = { kind: 'safety', about: 'screen-1', dueAt: mondayEvening };
    expect(decide(safety, [], paused, mondayEvening)).toEqual({ send: true });
  });

  it('drops the reminder once the day’s workout is done, on a rest day, and once the day is over', () => {
    const trained = member({ workoutDates: ['2026-12-04', '2026-12-07'] });
    expect(decide(mondayReminder, [], trained, mondayEvening)).toEqual({
      send: false,
      reason: 'workout-done',
    });
    const saturday: Candidate = {
      kind: 'workout-reminder',
      about: '2026-12-05',
      dueAt: at('2026-12-05T18:00:00Z'),
    };
    expect(decide(saturday, [], member(), at('2026-12-05T18:00:00Z'))).toEqual({
      send: false,
      reason: 'not-training-day',
    });
    expect(decide(mondayReminder, [], member(), at('2026-12-08T08:00:00Z'))).toEqual({
      send: false,
      reason: 'day-over',
    });
  });

  it('drops a morning check-in already answered, and anything the member already dealt with', () => {
    const checkIn: Candidate = {
      kind: 'morning-check-in',
      about: '2026-12-04',
      dueAt: at('2026-12-05T09:00:00Z'),
    };
    expect(decide(checkIn, [], member(), at('2026-12-05T09:00:00Z'))).toEqual({
      send: false,
      reason: 'check-in-answered',
    });
    const message: Candidate = { kind: 'coach-message', about: 'message-7', dueAt: mondayEvening };
    expect(
      decide(message, [], member({ handledCauses: ['coach-message:message-7'] }), mondayEvening),
    ).toEqual({
      send: false,
      reason: 'handled',
    });
  });
});

describe('quiet hours', () => {
  const night = at('2026-12-07T23:00:00Z');

  it('hold reminders and coach messages until morning', () => {
    const checkUp: Candidate = { kind: 'check-up-due', about: 'oswestry:2026-12-07', dueAt: night };
    const message: Candidate = { kind: 'coach-message', about: 'message-8', dueAt: night };
    expect(decide(checkUp, [], member(), night)).toEqual({ send: false, reason: 'quiet-hours' });
    expect(decide(message, [], member(), night)).toEqual({ send: false, reason: 'quiet-hours' });
  });

  it('let a safety message and a coach’s critical alert through', () => {
    const safety: Candidate = { kind: 'safety', about: 'screen-2', dueAt: night };
    const alert: Candidate = { kind: 'critical-alert', about: 'workout:41:critical', dueAt: night };
    expect(decide(safety, [], member(), night)).toEqual({ send: true });
    expect(decide(alert, [], member(), night)).toEqual({ send: true });
  });
});

describe('the weekly cap', () => {
  const fiveReminders = [
    sent('check-up-due', 'a', '2026-12-01T10:00:00Z'),
    sent('check-up-due', 'b', '2026-12-02T10:00:00Z'),
    sent('publication', 'c', '2026-12-03T10:00:00Z'),
    sent('morning-check-in', 'd', '2026-12-04T10:00:00Z', '2026-12-04T10:05:00Z'),
    sent('check-up-due', 'e', '2026-12-05T10:00:00Z', '2026-12-05T10:05:00Z'),
  ];

  it('holds a sixth reminder within a rolling seven days', () => {
    expect(remindersInLastWeek(fiveReminders, mondayEvening)).toBe(5);
    expect(decide(mondayReminder, fiveReminders, member(), mondayEvening)).toEqual({
      send: false,
      reason: 'weekly-cap',
    });
  });

  it('frees a place once the oldest is more than seven days old', () => {
    const later: Candidate = { kind: 'check-up-due', about: 'f', dueAt: at('2026-12-08T10:00:00Z') };
    expect(decide(later, fiveReminders, member(), at('2026-12-08T10:00:01Z'))).toEqual({ send: true });
  });

  it('never counts nor caps coach messages and safety messages', () => {
    const withMessages = [...fiveReminders, sent('coach-message', 'm1', '2026-12-06T10:00:00Z')];
    expect(remindersInLastWeek(withMessages, mondayEvening)).toBe(5);
    const message: Candidate = { kind: 'coach-message', about: 'm2', dueAt: mondayEvening };
    const safety: Candidate = { kind: 'safety', about: 's1', dueAt: mondayEvening };
    expect(decide(message, withMessages, member(), mondayEvening)).toEqual({ send: true });
    expect(decide(safety, withMessages, member(), mondayEvening)).toEqual({ send: true });
  });
});
