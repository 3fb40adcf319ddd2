import { describe, expect, it } from 'vitest';
import { ALERT_RULES } from './alert-rules.ts';
import { MEMBER, story } from './care-story.test-support.ts';

// 2 March 2026 is a Monday.
const MONDAY = '2026-03-02';

describe('pain during a workout', () => {
  it('pain 8 in a set that ended the workout and paused the plan → one critical alert, told in plain words', () => {
    const member = story(MONDAY)
      .usualPain(2)
      .workout('squat 3 3 8', { decisions: ['pain-pause', 'pain-regress'] });
    expect(member.summary()).toEqual(['critical pain-pause workout:w4:critical']);
    const [alert] = member.alerts();
    expect(alert?.reason).toBe(
      'Pain 8/10 during a squat set on Thu 5 Mar — the workout ended and the plan paused.',
    );
    expect(alert?.evidence.href).toBe(`/coach/members/${MEMBER}/workouts/w4`);
  });

  it('pain 7 → critical, whatever the usual', () => {
    expect(story(MONDAY).usualPain(6).workout('squat 7').summary()).toEqual([
      'critical severe-pain workout:w4:critical',
    ]);
  });

  it('pain 6 with a usual of 3 → high (2 or more above usual), and the pain regression on it does not make a second alert', () => {
    const member = story(MONDAY)
      .usualPain(3)
      .workout('squat 6', { decisions: ['pain-regress'] });
    expect(member.summary()).toEqual(['high pain-above-usual workout:w4:high']);
    expect(member.alerts()[0]?.reason).toBe(
      'Pain 6/10 during a squat set on Thu 5 Mar; their usual is 3/10.',
    );
  });

  it('pain 5 with a usual of 4 → low (1 above usual)', () => {
    expect(story(MONDAY).usualPain(4).workout('squat 5').summary()).toEqual([
      'low pain-above-usual workout:w4:low',
    ]);
  });

  it('pain 5 at the member’s usual 5 → nothing; pain 4 with a usual of 1 → nothing (under 5)', () => {
    expect(story(MONDAY).usualPain(5).workout('squat 5').summary()).toEqual([]);
    expect(story(MONDAY).usualPain(1).workout('squat 4').summary()).toEqual([]);
  });

  it('pain 6 before anything is usual (fewer than three readings) → nothing', () => {
    expect(story(MONDAY).workout('squat 6').summary()).toEqual([]);
  });

  it('a workout whose pain grows set by set escalates: the low alert stays and a critical one is added', () => {
    const member = story(MONDAY).usualPain(4).workout('squat 5');
    const first = member.summary();
    const workout = member.history.workouts[3];
    if (!workout) throw new Error('the story has a fourth workout');
    member.history.workouts[3] = {
      ...workout,
      sets: [...workout.sets, { id: 'w4-s2', exerciseId: 'squat', pain: 8, faults: [] }],
    };
    expect(first).toEqual(['low pain-above-usual workout:w4:low']);
    expect(member.summary()).toEqual(['critical pain-pause workout:w4:critical']);
  });
});

describe('what the engine decided', () => {
  it('a step back the engine marked to tell the coach → high, with the engine’s sentence', () => {
    const member = story(MONDAY)
      .workout('squat 2')
      .checkIn(5, { decisions: ['check-in-regress'] });
    expect(member.summary()).toEqual(['high regression check-in:c1:high']);
    expect(member.alerts()[0]?.reason).toBe('Stepped back on Tue 3 Mar: (check-in-regress sentence)');
  });

  it('the same form fault in two workouts → low', () => {
    const member = story(MONDAY)
      .workout('squat 1', { faults: ['knees-caving'] })
      .workout('squat 1', { faults: ['knees-caving'], decisions: ['form-repeat-regress'] });
    expect(member.summary()).toEqual(['low form-repeat workout:w2:low']);
  });

  it('a morning check-in at 8 that paused the plan → critical', () => {
    const member = story(MONDAY)
      .workout('squat 2')
      .checkIn(8, { decisions: ['pain-pause'] });
    expect(member.summary()).toEqual(['critical pain-pause check-in:c1:critical']);
  });
});

describe('red flags and measures', () => {
  it('a see-doctor screen → critical, naming the signs and the hold', () => {
    const member = story(MONDAY).screen('see-doctor', ['new weakness in a leg']);
    expect(member.summary()).toEqual(['critical red-flag screen:s1']);
    expect(member.alerts()[0]?.reason).toBe(
      'Red-flag signs on Mon 2 Mar: new weakness in a leg. They were asked to see a doctor; their account is on hold until a doctor clears them.',
    );
  });

  it('a clear screen → nothing', () => {
    expect(story(MONDAY).screen('continue').summary()).toEqual([]);
  });

  it('Oswestry 20 → 32 (10 points or more worse) → high; 20 → 26 → nothing', () => {
    expect(story(MONDAY).measure('oswestry', 20).measure('oswestry', 32).summary()).toEqual([
      'high measure-worse measure:q2',
    ]);
    expect(story(MONDAY).measure('oswestry', 20).measure('oswestry', 26).summary()).toEqual([]);
  });

  it('STarT Back high risk → high; medium → nothing', () => {
    expect(story(MONDAY).measure('start-back', 7, 'high').summary()).toEqual([
      'high start-back-high measure:q1',
    ]);
    expect(story(MONDAY).measure('start-back', 5, 'medium').summary()).toEqual([]);
  });
});

describe('time without training', () => {
  it('three planned training days gone by without a workout → low, from the last day trained', () => {
    // 3 days a week: Mon trained, then Wed, Fri and the next Mon were training days; it is Tuesday.
    const member = story(MONDAY).workout('squat 2').rest(8);
    expect(member.summary()).toEqual(['low missed-training missed-training:since:2026-03-02']);
    expect(member.alerts()[0]?.reason).toBe(
      'No workout since Mon 2 Mar: 3 planned training days have gone by.',
    );
  });

  it('two planned training days gone by (Wed, Fri; the weekend is not one: the week has its three) → nothing yet', () => {
    expect(story(MONDAY).workout('squat 2').rest(7).summary()).toEqual([]);
  });

  it('14 days without a workout → stalled, beside the missed days of the same gap', () => {
    expect(story(MONDAY).workout('squat 2').rest(ALERT_RULES.stalledAfterDays).summary()).toEqual([
      'low missed-training missed-training:since:2026-03-02',
      'stalled stalled stalled:since:2026-03-02',
    ]);
  });

  it('a paused plan asks for no workouts → no missed days, no stall', () => {
    expect(story(MONDAY).workout('squat 2').pausePlan().rest(20).summary()).toEqual([]);
  });

  it('a new gap after training again is a new episode with a key of its own', () => {
    const member = story(MONDAY).workout('squat 2').rest(8);
    const first = member.summary();
    member.workout('squat 2').rest(8);
    expect(first).toEqual(['low missed-training missed-training:since:2026-03-02']);
    expect(member.summary()).toContain('low missed-training missed-training:since:2026-03-11');
  });
});

it('old events raise nothing: a coach hears about the last fortnight, not every old bad day', () => {
  const member = story(MONDAY)
    .usualPain(2)
    .workout('squat 8')
    .rest(1)
    .workout('squat 2')
    .rest(ALERT_RULES.lookbackDays);
  expect(member.summary().filter((line) => line.startsWith('critical'))).toEqual([]);
});
