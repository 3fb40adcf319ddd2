import { describe, expect, it } from 'vitest';
import { type Candidate, defaultPreferences, type MemberNow, type SentNotification } from './kinds.ts';
import { localTimeIn } from './local-time.ts';
import { nextWake } from './next-wake.ts';

/** With no workout yet every day is a training day. */
function member(timeZone: string, overrides: Partial<MemberNow> = {}): MemberNow {
  return {
    preferences: defaultPreferences(timeZone),
    daysPerWeek: 3,
    workoutDates: [],
    answeredCheckIns: [],
    isPaused: false,
    handledCauses: [],
    ...overrides,
  };
}

const reminder = (day: string, dueAt: string): Candidate => ({
  kind: 'workout-reminder',
  about: day,
  dueAt: new Date(dueAt),
});
const sent = (candidate: Candidate, at: string): SentNotification => ({
  kind: candidate.kind,
  cause: `${candidate.kind}:${candidate.about}`,
  sentAt: new Date(at),
  engagedAt: null,
});
const wake = (...args: Parameters<typeof nextWake>) => nextWake(...args)?.toISOString();

describe('the next Wake', () => {
  it('is 18:00 in London on both sides of the autumn change (31 October 2027)', () => {
    const today = reminder('2027-10-30', '2027-10-30T17:00:00Z');
    const london = member('Europe/London');
    const after = wake(
      [today],
      [sent(today, '2027-10-30T17:00:00Z')],
      london,
      new Date('2027-10-30T17:00:00Z'),
    );
    expect(after).toBe('2027-10-31T18:00:00.000Z');
    expect(localTimeIn(new Date(after as string), 'Europe/London')).toBe('18:00');
  });

  it('is 18:00 in London on both sides of the spring change (28 March 2027)', () => {
    const london = member('Europe/London');
    expect(wake([], [], london, new Date('2027-03-27T18:30:00Z'))).toBe('2027-03-28T17:00:00.000Z');
  });

  it('is 18:00 in New York on both sides of the spring (14 March) and autumn (7 November) changes', () => {
    const newYork = member('America/New_York');
    expect(wake([], [], newYork, new Date('2027-03-13T23:00:00Z'))).toBe('2027-03-14T22:00:00.000Z');
    expect(wake([], [], newYork, new Date('2027-11-06T22:00:00Z'))).toBe('2027-11-07T23:00:00.000Z');
  });

  it('is now when something due would be sent now', () => {
    const now = '2027-06-01T17:00:00Z';
    expect(wake([reminder('2027-06-01', now)], [], member('Europe/London'), new Date(now))).toBe(
      '2027-06-01T17:00:00.000Z',
    );
  });

  it('is the end of quiet hours when something due is held only by them', () => {
    const late = { ...defaultPreferences('Europe/London'), reminderTime: '22:00' };
    const due = reminder('2027-06-01', '2027-06-01T21:00:00Z');
    expect(
      wake([due], [], member('Europe/London', { preferences: late }), new Date('2027-06-01T21:00:00Z')),
    ).toBe('2027-06-02T07:00:00.000Z');
  });

  it('during a pause has no workout reminder, but still the morning check-in after the last workout', () => {
    const paused = member('Europe/London', { isPaused: true, workoutDates: ['2027-06-01'] });
    expect(wake([], [], paused, new Date('2027-06-01T19:00:00Z'))).toBeUndefined();
    const checkIn: Candidate = {
      kind: 'morning-check-in',
      about: '2027-06-01',
      dueAt: new Date('2027-06-02T08:00:00Z'),
    };
    expect(wake([checkIn], [], paused, new Date('2027-06-01T19:00:00Z'))).toBe('2027-06-02T08:00:00.000Z');
  });

  it('skips what was already sent or will never be sent, so a run does not wake itself again at once', () => {
    const due = reminder('2027-06-01', '2027-06-01T17:00:00Z');
    const done = member('Europe/London', { workoutDates: ['2027-06-01'] });
    const next = wake([due], [], done, new Date('2027-06-01T17:00:00Z'));
    expect(next).not.toBe('2027-06-01T17:00:00.000Z');
    expect(new Date(next as string).getTime()).toBeGreaterThan(new Date('2027-06-01T17:00:00Z').getTime());
  });
});
