import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { planOf } from '../progress/history.test-support.ts';
import { pausePeriods } from '../progress/pauses.ts';
import {
  type CaseloadRow,
  caseloadWindowStart,
  compareCaseloadRows,
  type MemberFacts,
  matchesFilter,
  pauseDecisionsSince,
  summariseMember,
} from './caseload.ts';

const TODAY = '2026-03-09';
const PLAN = planOf({ startedOn: '2026-01-05', phase: 1 });
const facts = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  plan: PLAN,
  recentWorkoutDates: [],
  lastWorkoutOn: addDays(TODAY, -1),
  painReadings: [],
  pauses: [],
  openAlerts: [],
  unreadMessages: 0,
  ...overrides,
});
/** Readings of `pain` on each of the given days before today. */
const readings = (pain: number, ...daysAgo: number[]) =>
  daysAgo.map((ago) => ({ on: addDays(TODAY, -ago), pain }));

describe('a member on the caseload', () => {
  it('needs attention with pain this week 2 above usual, not 1', () => {
    const usual = readings(3, 8, 9, 10, 12);
    expect(summariseMember(facts({ painReadings: [...usual, ...readings(5, 0, 2)] }), TODAY)).toMatchObject({
      painThisWeek: 5,
      usualPain: 3,
      attention: ['pain-above-usual'],
    });
    expect(
      summariseMember(facts({ painReadings: [...usual, ...readings(4, 0, 2)] }), TODAY).attention,
    ).toEqual([]);
  });

  it('has no usual pain under three readings, so pain alone never flags them', () => {
    const summary = summariseMember(
      facts({ painReadings: [...readings(1, 9, 10), ...readings(8, 1)] }),
      TODAY,
    );
    expect(summary).toMatchObject({ usualPain: null, painThisWeek: 8, worstPainThisWeek: 8, attention: [] });
  });

  it('needs attention after 14 days without a workout, counted from the plan start when there was none', () => {
    expect(summariseMember(facts({ lastWorkoutOn: addDays(TODAY, -13) }), TODAY).attention).toEqual([]);
    expect(summariseMember(facts({ lastWorkoutOn: addDays(TODAY, -14) }), TODAY).attention).toEqual([
      'no-recent-workout',
    ]);
    const neverTrained = facts({ lastWorkoutOn: null, plan: { ...PLAN, startedOn: addDays(TODAY, -20) } });
    expect(summariseMember(neverTrained, TODAY).daysWithoutWorkout).toBe(20);
    expect(summariseMember(facts({ plan: null, lastWorkoutOn: null }), TODAY).daysWithoutWorkout).toBeNull();
  });

  it('needs attention for an open critical or high alert, not a low or stalled one', () => {
    expect(summariseMember(facts({ openAlerts: ['low', 'high'] }), TODAY)).toMatchObject({
      openAlerts: { count: 2, mostSevere: 'high' },
      attention: ['urgent-alert'],
    });
    expect(summariseMember(facts({ openAlerts: ['low', 'stalled'] }), TODAY).attention).toEqual([]);
  });
});

describe('the caseload order', () => {
  const row = (name: string, overrides: Partial<MemberFacts> | null): CaseloadRow => ({
    memberId: name,
    name,
    summary: overrides === null ? null : summariseMember(facts(overrides), TODAY),
  });
  it('puts needs attention first, then the worst alert, then the longest without a workout, then names', () => {
    const rows = [
      row('Private', null),
      row('Fine B', {}),
      row('Fine A', {}),
      row('Low alert', { openAlerts: ['low'] }),
      row('Away 20 days', { lastWorkoutOn: addDays(TODAY, -20) }),
      row('Critical', { openAlerts: ['critical'] }),
      row('Quiet 5 days', { lastWorkoutOn: addDays(TODAY, -5) }),
    ];
    expect(rows.sort(compareCaseloadRows).map((each) => each.name)).toEqual([
      'Critical',
      'Away 20 days',
      'Low alert',
      'Quiet 5 days',
      'Fine A',
      'Fine B',
      'Private',
    ]);
  });

  it('filters by attention, sharing and phase', () => {
    const critical = row('Critical', { openAlerts: ['critical'] });
    const fine = row('Fine', {});
    const hidden = row('Private', null);
    expect([critical, fine, hidden].filter((each) => matchesFilter(each, 'needs-attention', null))).toEqual([
      critical,
    ]);
    expect([critical, fine, hidden].filter((each) => matchesFilter(each, 'not-sharing', null))).toEqual([
      hidden,
    ]);
    expect([critical, fine, hidden].filter((each) => matchesFilter(each, 'all', 1)).length).toBe(2);
    expect([critical, fine, hidden].filter((each) => matchesFilter(each, 'all', 2))).toEqual([]);
  });
});

describe('pauses in the window', () => {
  const decision = (on: string, to: boolean) => ({
    exerciseId: null,
    ruleId: 'pain-pause' as never,
    inputs: {},
    change: { paused: { from: !to, to } },
    sentence: '',
    tellCoach: false,
    on,
  });
  it('takes a pause resumed inside the window as begun before it, so no workout was asked for till then', () => {
    const from = caseloadWindowStart(TODAY);
    const resumed = addDays(TODAY, -10);
    const periods = pausePeriods(pauseDecisionsSince(from, [decision(resumed, false)]), null);
    expect(periods).toEqual([{ from: addDays(from, -1), to: resumed }]);
    const summary = summariseMember(facts({ pauses: periods }), TODAY);
    const unpaused = summariseMember(facts(), TODAY);
    expect(summary.adherence.planned).toBeLessThan(unpaused.adherence.planned);
  });
  it('leaves pauses that begin inside the window as they are', () => {
    const within = [decision(addDays(TODAY, -20), true), decision(addDays(TODAY, -15), false)];
    expect(pauseDecisionsSince(caseloadWindowStart(TODAY), within)).toEqual(within);
  });
});
