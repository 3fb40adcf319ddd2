import { describe, expect, it } from 'vitest';
import { createFormAnalyzer, type FormAnalyzerOptions } from './analyzer.ts';
import type { CueId } from './cues.ts';
import {
  type CoachingCueId,
  type CoachingFrame,
  CUE_GAP_MS,
  CUE_REPEAT_REPS,
  createLiveCoach,
  FAST_LOWERING_MS,
} from './live-coach.ts';
import type { FormRep } from './rep-result.ts';
import {
  recordSyntheticSet,
  type SyntheticRep,
  type SyntheticSet,
} from './synthetic-recording.test-support.ts';

/** A cue said: the moment a cue appears that was not on screen the frame before. */
interface Said {
  id: CueId;
  text: string;
  atMs: number;
  afterReps: number;
}

/** Films a synthetic set and runs the live check over it, keeping each cue as it is said. */
function coachSet(
  set: Omit<SyntheticSet, 'fps' | 'seed'> & Partial<SyntheticSet>,
  target: Pick<FormAnalyzerOptions, 'targetReps' | 'targetLevel'> = {},
): Said[] {
  const recording = recordSyntheticSet({ fps: 30, seed: 11, noise: 0.005, ...set });
  const analyzer = createFormAnalyzer({
    exercise: set.exercise,
    frameWidth: recording.frameWidth,
    frameHeight: recording.frameHeight,
    view: set.view,
    ...target,
  });
  const said: Said[] = [];
  let shown: CueId | null = null;
  for (const frame of recording.frames) {
    const state = analyzer.push(frame);
    const cue = state.status === 'tracking' ? state.cue : null;
    if (cue !== null && cue.id !== shown)
      said.push({ id: cue.id, text: cue.text, atMs: frame.timestampMs, afterReps: state.completedReps });
    shown = cue?.id ?? null;
  }
  return said;
}

const ids = (said: Said[]) => said.map((cue) => cue.id);
const squats = (count: number, rep: SyntheticRep): SyntheticRep[] => Array.from({ length: count }, () => rep);
/** A squat at the method's controlled pace: about two seconds down, two up. */
const STEADY_SQUAT: SyntheticRep = { turnAngle: 110, durationMs: 4000 };
/** Dropping into it: about half a second down. */
const QUICK_SQUAT: SyntheticRep = { turnAngle: 110, durationMs: 1100 };

describe('the live coach, on synthetic sets', () => {
  it('says "knees out" in the catalogue’s words while the knees cave, and not while they track the toes', () => {
    const caving = coachSet({
      exercise: 'squat',
      view: 'front',
      reps: squats(2, { ...STEADY_SQUAT, valgus: 15 }),
    });
    expect(caving[0]).toMatchObject({
      id: 'knees-caving',
      text: 'Push your knees out a little, so they stay over your middle toes.',
      afterReps: 0,
    });
    const tracking = coachSet({ exercise: 'squat', view: 'front', reps: squats(3, STEADY_SQUAT) });
    expect(ids(tracking)).not.toContain('knees-caving');
  });

  it('says "hold the brace" when a split squat’s trunk tips forward, seen from the side', () => {
    const tipping = coachSet({
      exercise: 'split-squat',
      view: 'side',
      reps: squats(2, { turnAngle: 100, durationMs: 4000, extraLean: 30 }),
    });
    expect(tipping[0]).toMatchObject({
      id: 'lost-brace',
      text: 'Keep your stomach firm and your chest tall, and go straight down.',
    });
    const tall = coachSet({
      exercise: 'split-squat',
      view: 'side',
      reps: squats(3, { turnAngle: 100, durationMs: 4000 }),
    });
    expect(ids(tall)).not.toContain('lost-brace');
  });

  it('says "slower on the way down" after a rep dropped into, never after a controlled one', () => {
    const quick = coachSet({ exercise: 'squat', view: 'side', reps: squats(3, QUICK_SQUAT) });
    expect(quick[0]).toMatchObject({
      id: 'slow-down',
      text: 'Slower on the way down. Take about two seconds.',
      afterReps: 1,
    });
    const steady = coachSet({ exercise: 'squat', view: 'side', reps: squats(4, STEADY_SQUAT) });
    expect(steady).toEqual([]);
  });

  it('says "two more" once, as the set comes within two reps of its target, and never without a target', () => {
    const withTarget = coachSet(
      { exercise: 'squat', view: 'side', reps: squats(5, STEADY_SQUAT) },
      { targetReps: 5 },
    );
    expect(withTarget).toEqual([
      expect.objectContaining({ id: 'two-more', text: 'Two more. Nice and steady.', afterReps: 3 }),
    ]);
    const noTarget = coachSet({ exercise: 'squat', view: 'side', reps: squats(5, STEADY_SQUAT) });
    expect(ids(noTarget)).not.toContain('two-more');
  });

  it('gives the knees first when a quick rep also caves, and keeps every cue a gap apart', () => {
    const said = coachSet(
      { exercise: 'squat', view: 'front', reps: squats(6, { ...QUICK_SQUAT, valgus: 15 }) },
      { targetReps: 6 },
    );
    expect(said[0]?.id).toBe('knees-caving');
    expect(ids(said)).toContain('slow-down');
    for (let index = 1; index < said.length; index++)
      expect((said[index] as Said).atMs - (said[index - 1] as Said).atMs).toBeGreaterThanOrEqual(CUE_GAP_MS);
  });
});

/** A frame for the coach alone: a rep under way or just ended, with only what the rule under test needs. */
function frame(timestampMs: number, changes: Partial<CoachingFrame> = {}): CoachingFrame {
  return {
    timestampMs,
    completedReps: 0,
    lastRep: null,
    isPastTargetLevel: false,
    isKneesCaving: false,
    isLosingBrace: false,
    isKneeBendChanging: false,
    ...changes,
  };
}

function rep(number: number, outMs: number): FormRep {
  return {
    number,
    isComplete: true,
    isGood: true,
    side: null,
    startMs: 0,
    turnMs: 0,
    endMs: 0,
    outMs,
    backMs: 1000,
    turnAngle: 100,
    turnImageAngle: 100,
    level: 3,
    maxValgus: null,
    minKneeWidthRatio: null,
    maxFrontalKneeAngleChange: null,
    maxTrunkLean: null,
    kneeAngleChange: null,
    faults: [],
    notes: [],
  };
}

/** Feeds frames 100 ms apart; `at(t)` says what is true at each; returns the cue shown at each time. */
function play(
  untilMs: number,
  at: (timestampMs: number) => Partial<CoachingFrame>,
  targetReps: number | null = null,
): (CoachingCueId | null)[] {
  const coach = createLiveCoach({ exerciseId: 'squat', targetReps });
  const shown: (CoachingCueId | null)[] = [];
  for (let t = 0; t <= untilMs; t += 100) shown.push(coach.update(frame(t, at(t))));
  return shown;
}

/** How many times a cue came up (each time it appears after something else, or nothing). */
function timesSaid(shown: (CoachingCueId | null)[], id: CoachingCueId): number {
  return shown.filter((cue, index) => cue === id && shown[index - 1] !== id).length;
}

describe('the live coach’s rules', () => {
  it('waits for a caving knee to hold, so one jittery frame says nothing', () => {
    const blip = play(3000, (t) => ({ isKneesCaving: t === 500 || t === 1500 }));
    expect(blip.every((cue) => cue === null)).toBe(true);
    const held = play(3000, (t) => ({ isKneesCaving: t >= 500 }));
    expect(held.indexOf('knees-caving')).toBe(8);
  });

  it('puts safety first: past the level before the knees, the knees before a quick lowering', () => {
    const both = play(1000, (t) => ({
      isPastTargetLevel: t >= 0,
      isKneesCaving: t >= 0,
      completedReps: 1,
      lastRep: rep(1, 200),
    }));
    expect(both.at(-1)).toBe('past-target-level');
    // The knees have caved long enough just as a quick rep ends: both are due in the same frame.
    const kneesAndQuick = play(1000, (t) => ({
      isKneesCaving: true,
      completedReps: t >= 300 ? 1 : 0,
      lastRep: t >= 300 ? rep(1, 200) : null,
    }));
    expect(kneesAndQuick[3]).toBe('knees-caving');
  });

  it('holds the next cue back until the gap after the last one has passed', () => {
    // Rep 1 dropped into (said at once); rep 2, controlled, half a second later leaves two to go of four.
    const shown = play(
      6000,
      (t) =>
        t < 500 ? { completedReps: 1, lastRep: rep(1, 200) } : { completedReps: 2, lastRep: rep(2, 900) },
      4,
    );
    expect(shown[0]).toBe('slow-down');
    const twoMoreAt = shown.indexOf('two-more') * 100;
    expect(twoMoreAt).toBe(CUE_GAP_MS);
  });

  it('keeps a cue on screen while it is still happening, and says it only once', () => {
    const shown = play(10_000, () => ({ isKneesCaving: true }));
    expect(timesSaid(shown, 'knees-caving')).toBe(1);
    expect(shown.at(-1)).toBe('knees-caving');
  });

  it('does not say a cue again within a few reps once it has stopped, unless it is still happening', () => {
    // Knees cave in rep 1, are fine in rep 2, cave again in rep 3: within the repeat reps, so said once.
    const cavesAgain = (t: number) => {
      const reps = Math.floor(t / 5000);
      return { completedReps: reps, isKneesCaving: reps !== 1 && t % 5000 < 3000 && t % 5000 > 500 };
    };
    const soon = play(5000 * CUE_REPEAT_REPS - 1, cavesAgain);
    expect(timesSaid(soon, 'knees-caving')).toBe(1);
    // Once the repeat reps have passed, it may be said again.
    const later = play(5000 * (CUE_REPEAT_REPS + 1) - 1, cavesAgain);
    expect(timesSaid(later, 'knees-caving')).toBe(2);

    // Past the level in every rep: still happening, so it is said in each rep, once.
    const pastEveryRep = play(19_900, (t) => ({
      completedReps: Math.floor(t / 5000),
      isPastTargetLevel: t % 5000 > 1000 && t % 5000 < 3000,
    }));
    expect(timesSaid(pastEveryRep, 'past-target-level')).toBe(4);

    // Every rep dropped into: still happening, so it is said after each of them.
    const quickEveryRep = play(19_900, (t) => {
      const reps = 1 + Math.floor(t / 5000);
      return { completedReps: reps, lastRep: rep(reps, FAST_LOWERING_MS - 100) };
    });
    expect(timesSaid(quickEveryRep, 'slow-down')).toBe(4);
    // A controlled rep between two quick ones: the second quick one is within the repeat reps.
    const quickThenControlled = play(14_900, (t) => {
      const reps = 1 + Math.floor(t / 5000);
      return { completedReps: reps, lastRep: rep(reps, reps === 2 ? 900 : FAST_LOWERING_MS - 100) };
    });
    expect(timesSaid(quickThenControlled, 'slow-down')).toBe(1);
  });

  it('says "two more" only with two reps to go, and not for a set of two', () => {
    const three = play(3000, (t) => ({ completedReps: t >= 1000 ? 1 : 0 }), 3);
    expect(timesSaid(three, 'two-more')).toBe(1);
    const two = play(3000, () => ({ completedReps: 0 }), 2);
    expect(timesSaid(two, 'two-more')).toBe(0);
    const late = play(3000, (t) => ({ completedReps: t >= 1000 ? 2 : 0 }), 3);
    expect(timesSaid(late, 'two-more')).toBe(0);
  });
});
