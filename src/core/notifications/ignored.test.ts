import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { ignoredInARow, previousTrainingDay } from './ignored.ts';
import { type Candidate, defaultPreferences, type MemberNow, type SentNotification } from './kinds.ts';

const at = (iso: string) => new Date(iso);

function reminder(day: string, engagedAt: string | null = null): SentNotification {
  return {
    kind: 'workout-reminder',
    cause: `workout-reminder:${day}`,
    sentAt: at(`${day}T18:00:00Z`),
    engagedAt: engagedAt ? at(engagedAt) : null,
  };
}

/** Stopped training after 20 November: with no workout in a week, every day is a training day. */
const member: MemberNow = {
  preferences: { ...defaultPreferences('Europe/London'), weeklyCap: 7 },
  daysPerWeek: 3,
  workoutDates: ['2026-11-20'],
  answeredCheckIns: [],
  isPaused: false,
  handledCauses: [],
};

const reminderOn = (day: string): Candidate => ({
  kind: 'workout-reminder',
  about: day,
  dueAt: at(`${day}T18:00:00Z`),
});

describe('ignored reminders', () => {
  it('counts reminders not opened nor acted on before the next one', () => {
    const history = [
      reminder('2026-12-01'),
      reminder('2026-12-02', '2026-12-03T19:00:00Z'),
      reminder('2026-12-03'),
    ];
    // The 2nd was opened only after the 3rd was sent: too late, so it was ignored too.
    expect(ignoredInARow(history, at('2026-12-04T18:00:00Z'))).toBe(3);
    const openedInTime = [
      reminder('2026-12-01'),
      reminder('2026-12-02', '2026-12-02T18:30:00Z'),
      reminder('2026-12-03'),
    ];
    expect(ignoredInARow(openedInTime, at('2026-12-04T18:00:00Z'))).toBe(1);
  });

  it('does not count coach messages or safety messages', () => {
    const message: SentNotification = {
      kind: 'coach-message',
      cause: 'coach-message:m1',
      sentAt: at('2026-12-02T12:00:00Z'),
      engagedAt: null,
    };
    expect(ignoredInARow([reminder('2026-12-01'), message], at('2026-12-04T18:00:00Z'))).toBe(1);
  });

  it('after three ignored in a row, sends a workout reminder only every other training day', () => {
    const history = [reminder('2026-12-01'), reminder('2026-12-02'), reminder('2026-12-03')];
    expect(previousTrainingDay(3, member.workoutDates, '2026-12-04')).toBe('2026-12-03');
    expect(decide(reminderOn('2026-12-04'), history, member, at('2026-12-04T18:00:00Z'))).toEqual({
      send: false,
      reason: 'quieted',
    });
    // The 4th had none, so the 5th gets one; the 6th has none again.
    expect(decide(reminderOn('2026-12-05'), history, member, at('2026-12-05T18:00:00Z'))).toEqual({
      send: true,
    });
    const withFifth = [...history, reminder('2026-12-05')];
    expect(decide(reminderOn('2026-12-06'), withFifth, member, at('2026-12-06T18:00:00Z'))).toEqual({
      send: false,
      reason: 'quieted',
    });
  });

  it('returns to every training day as soon as the member engages again', () => {
    const history = [
      reminder('2026-12-01'),
      reminder('2026-12-02'),
      reminder('2026-12-03', '2026-12-04T07:00:00Z'),
    ];
    expect(decide(reminderOn('2026-12-04'), history, member, at('2026-12-04T18:00:00Z'))).toEqual({
      send: true,
    });
  });
});
