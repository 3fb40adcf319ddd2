import { describe, expect, it } from 'vitest';
import { MEMBER, story } from './care-story.test-support.ts';

// The rules' verdicts are the scenario notes (scenarios/alerts.scenarios); these pin what a coach reads
// and how an event's alerts grow. 2 March 2026 is a Monday.
const MONDAY = '2026-03-02';

describe('what the coach reads', () => {
  it('a pain pause: the set, the exercise, the day, and what the engine did', () => {
    const [alert] = story(MONDAY)
      .usualPain(2)
      .workout('squat 3 3 8', { decisions: ['pain-pause', 'pain-regress'] })
      .alerts();
    expect(alert?.reason).toBe(
      'Pain 8/10 during a squat set on Thu 5 Mar — the workout ended and the plan paused.',
    );
    expect(alert?.evidence).toEqual({ label: 'The workout', href: `/coach/members/${MEMBER}/workouts/w4` });
  });

  it('pain above usual says what usual is', () => {
    const [alert] = story(MONDAY)
      .usualPain(3)
      .workout('squat 6', { decisions: ['pain-regress'] })
      .alerts();
    expect(alert?.reason).toBe('Pain 6/10 during a squat set on Thu 5 Mar; their usual is 3/10.');
  });

  it('a step back the engine marked to tell the coach is told in the engine’s own sentence', () => {
    const [alert] = story(MONDAY)
      .workout('squat 2')
      .checkIn(5, { decisions: ['check-in-regress'] })
      .alerts();
    expect(alert?.reason).toBe('Stepped back on Tue 3 Mar: (check-in-regress sentence)');
    expect(alert?.evidence.href).toBe(`/coach/members/${MEMBER}/decisions`);
  });

  it('a red flag names the signs and the hold', () => {
    const [alert] = story(MONDAY).screen('see-doctor', ['new weakness in a leg']).alerts();
    expect(alert?.reason).toBe(
      'Red-flag signs on Mon 2 Mar: new weakness in a leg. They were asked to see a doctor; their account is on hold until a doctor clears them.',
    );
  });

  it('a worse measure gives the scores and the threshold', () => {
    const [alert] = story(MONDAY).measure('oswestry', 20).measure('oswestry', 32).alerts();
    expect(alert?.reason).toBe(
      'Oswestry 20 → 32: 12 points worse, a meaningful change for the worse (10 points or more). Taken on Tue 3 Mar.',
    );
    expect(alert?.evidence.href).toBe(`/coach/members/${MEMBER}/check-ups`);
  });

  it('missed training says since when and how many planned days went by', () => {
    const [alert] = story(MONDAY).workout('squat 2').rest(8).alerts();
    expect(alert?.reason).toBe('No workout since Mon 2 Mar: 3 planned training days have gone by.');
  });
});

describe('how an event’s alerts grow', () => {
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

  it('a new gap after training again is a new episode with a key of its own', () => {
    const member = story(MONDAY).workout('squat 2').rest(8);
    const first = member.summary();
    member.workout('squat 2').rest(8);
    expect(first).toEqual(['low missed-training missed-training:since:2026-03-02']);
    expect(member.summary()).toContain('low missed-training missed-training:since:2026-03-11');
  });
});
