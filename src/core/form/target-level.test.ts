import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalogue/index.ts';
import { createFormAnalyzer, type FormAnalyzerOptions, type LiveFormState } from './analyzer.ts';
import { recordSyntheticSet, type SyntheticRep } from './synthetic-recording.test-support.ts';
import { isPastTargetLevel, isSetDone, pastTargetLevelCue } from './target-level.ts';

/** Squats filmed from the side, with the member's level and the set's reps given to the analysis. */
function squats(reps: SyntheticRep[], options: Partial<FormAnalyzerOptions> = {}) {
  const recording = recordSyntheticSet({
    exercise: 'squat',
    view: 'side',
    reps,
    fps: 30,
    seed: 7,
    noise: 0.005,
  });
  const analyzer = createFormAnalyzer({
    exercise: 'squat',
    frameWidth: recording.frameWidth,
    frameHeight: recording.frameHeight,
    ...options,
  });
  const states: LiveFormState[] = recording.frames.map((frame) => analyzer.push(frame));
  return { states, summary: analyzer.finish() };
}

/** 80° at the knee is a full squat (level 5); 120° a half squat (level 3). */
const FULL_SQUAT = { turnAngle: 80, durationMs: 2000 };
const HALF_SQUAT = { turnAngle: 120, durationMs: 2000 };

describe('the member’s level', () => {
  it('is passed by a rep that goes further, never by one at or short of it, nor without a level', () => {
    expect(isPastTargetLevel(5, 3)).toBe(true);
    expect(isPastTargetLevel(4, 3)).toBe(true);
    expect(isPastTargetLevel(3, 3)).toBe(false);
    expect(isPastTargetLevel(1, 3)).toBe(false);
    expect(isPastTargetLevel(5, null)).toBe(false);
  });

  it('is named in the cue the way the member moves, with the catalogue’s level name', () => {
    expect(pastTargetLevelCue(getExercise('squat'), 3)).toBe(
      'A little less deep — your level is a half squat.',
    );
    expect(pastTargetLevelCue(getExercise('squat'), 4)).toBe(
      'A little less deep — your level is thighs near level.',
    );
    expect(pastTargetLevelCue(getExercise('hip-hinge'), 2)).toBe(
      'A little less far forward — your level is a quarter hinge.',
    );
    expect(pastTargetLevelCue(getExercise('glute-bridge'), 1)).toBe(
      'A little less high — your level is a small lift.',
    );
  });

  it('makes a full squat against a half-squat level a completed rep that is past it and not good', () => {
    const { summary } = squats([FULL_SQUAT, FULL_SQUAT], { targetLevel: 3 });
    expect(summary).toMatchObject({ completedReps: 2, goodReps: 0, pastLevelReps: 2, levelReached: 5 });
    expect(summary.reps.map((rep) => [rep.level, rep.isComplete, rep.isGood])).toEqual([
      [5, true, false],
      [5, true, false],
    ]);
    expect(summary.notes).toEqual(['past-target-level']);
    expect(summary.faults).toEqual([]);
  });

  it('keeps a complete rep at or short of the level a good rep, as it is without a level', () => {
    expect(squats([HALF_SQUAT, HALF_SQUAT], { targetLevel: 3 }).summary).toMatchObject({
      completedReps: 2,
      goodReps: 2,
      pastLevelReps: 0,
      notes: [],
    });
    expect(squats([HALF_SQUAT], { targetLevel: 5 }).summary.goodReps).toBe(1);
    expect(squats([FULL_SQUAT, FULL_SQUAT]).summary).toMatchObject({ goodReps: 2, pastLevelReps: 0 });
  });

  it('says so on the way down, before the rep is counted, and not in a rep within the level', () => {
    const past = squats([FULL_SQUAT], { targetLevel: 3 }).states;
    const first = past.find((state) => state.cue?.id === 'past-target-level');
    expect(first).toMatchObject({
      phase: 'going',
      completedReps: 0,
      cue: { text: 'A little less deep — your level is a half squat.' },
    });
    const within = squats([HALF_SQUAT], { targetLevel: 3 }).states;
    expect(within.some((state) => state.cue?.id === 'past-target-level')).toBe(false);
  });
});

describe('a set with its reps', () => {
  it('is done at the count the plan asks for, and only then', () => {
    expect(isSetDone(9, 10)).toBe(false);
    expect(isSetDone(10, 10)).toBe(true);
    expect(isSetDone(12, null)).toBe(false);
  });

  it('stops counting at its tenth rep: the eleventh and twelfth are not counted, nor left partial', () => {
    const twelve = Array.from({ length: 12 }, () => HALF_SQUAT);
    const { states, summary } = squats(twelve, { targetReps: 10, targetLevel: 3 });
    const firstDone = states.findIndex((state) => state.isSetDone);
    expect(states[firstDone]?.completedReps).toBe(10);
    expect(states.slice(0, firstDone).every((state) => !state.isSetDone)).toBe(true);
    expect(Math.max(...states.map((state) => state.completedReps))).toBe(10);
    expect(summary).toMatchObject({ completedReps: 10, partialReps: 0, goodReps: 10 });
    expect(squats(twelve).summary.completedReps).toBe(12);
  });
});
