import { describe, expect, it } from 'vitest';
import { decideBatch } from './batch.ts';
import { type Candidate, defaultPreferences, type MemberNow } from './kinds.ts';

const at = (iso: string) => new Date(iso);

const member: MemberNow = {
  preferences: { ...defaultPreferences('Europe/London'), reminderTime: '07:00' },
  daysPerWeek: 3,
  workoutDates: ['2026-12-04'],
  answeredCheckIns: [],
  isPaused: false,
  handledCauses: [],
};
const eightOClock = at('2026-12-07T08:00:00Z');

function verdictsOf(pending: Candidate[], who: MemberNow = member) {
  return decideBatch(pending, [], who, eightOClock).map(({ cause, verdict }) => [cause, verdict]);
}

describe('no burst when quiet hours end', () => {
  it('sends only the latest of each kind that became due during the night', () => {
    const pending: Candidate[] = [
      { kind: 'coach-message', about: 'm1', dueAt: at('2026-12-06T22:00:00Z') },
      { kind: 'coach-message', about: 'm2', dueAt: at('2026-12-07T06:00:00Z') },
      { kind: 'workout-reminder', about: '2026-12-07', dueAt: at('2026-12-07T07:00:00Z') },
    ];
    expect(verdictsOf(pending)).toEqual([
      ['coach-message:m1', { send: false, reason: 'superseded' }],
      ['coach-message:m2', { send: true }],
      ['workout-reminder:2026-12-07', { send: true }],
    ]);
  });

  it('sends an earlier one of a kind when the latest no longer applies', () => {
    const pending: Candidate[] = [
      { kind: 'check-up-due', about: 'oswestry', dueAt: at('2026-12-06T22:00:00Z') },
      { kind: 'check-up-due', about: 'pain', dueAt: at('2026-12-07T06:00:00Z') },
    ];
    expect(verdictsOf(pending, { ...member, handledCauses: ['check-up-due:pain'] })).toEqual([
      ['check-up-due:oswestry', { send: true }],
      ['check-up-due:pain', { send: false, reason: 'handled' }],
    ]);
  });

  it('drops a workout reminder whose workout was done in the meantime, and last night’s reminder', () => {
    const pending: Candidate[] = [
      { kind: 'workout-reminder', about: '2026-12-06', dueAt: at('2026-12-06T21:30:00Z') },
      { kind: 'workout-reminder', about: '2026-12-07', dueAt: at('2026-12-07T07:00:00Z') },
    ];
    expect(verdictsOf(pending, { ...member, workoutDates: ['2026-12-04', '2026-12-07'] })).toEqual([
      ['workout-reminder:2026-12-06', { send: false, reason: 'day-over' }],
      ['workout-reminder:2026-12-07', { send: false, reason: 'workout-done' }],
    ]);
  });

  it('never supersedes a safety message, and counts the batch against the weekly cap', () => {
    const pending: Candidate[] = [
      { kind: 'safety', about: 's1', dueAt: at('2026-12-06T22:00:00Z') },
      { kind: 'safety', about: 's2', dueAt: at('2026-12-07T01:00:00Z') },
      { kind: 'check-up-due', about: 'oswestry', dueAt: at('2026-12-07T06:00:00Z') },
      { kind: 'workout-reminder', about: '2026-12-07', dueAt: at('2026-12-07T07:00:00Z') },
    ];
    const capOfOne = { ...member, preferences: { ...member.preferences, weeklyCap: 1 } };
    expect(verdictsOf(pending, capOfOne)).toEqual([
      ['safety:s1', { send: true }],
      ['safety:s2', { send: true }],
      ['check-up-due:oswestry', { send: true }],
      ['workout-reminder:2026-12-07', { send: false, reason: 'weekly-cap' }],
    ]);
  });
});
