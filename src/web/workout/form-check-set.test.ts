import { describe, expect, it } from 'vitest';
import type { Prescription } from '../../contract/training.ts';
import { createFormAnalyzer } from '../../core/form/analyzer.ts';
import { recordSyntheticSet } from '../../core/form/synthetic-recording.test-support.ts';
import { type FormCheckResult, formCheckResultFrom } from '../form-check/handoff.ts';
import { cameraCountFrom, formCheckLinkFor, repsInWords } from './form-check-set.ts';

const squat: Prescription = {
  exerciseId: 'squat',
  name: 'Squat',
  level: 3,
  levelName: 'Halfway',
  levelDescription: '',
  maxLevel: 5,
  load: { kind: 'bodyweight' },
  sets: 3,
  reps: 10,
  restSeconds: 90,
  stage: 'work',
  supported: false,
  cues: [],
};

function result(overrides: Partial<FormCheckResult> = {}): FormCheckResult {
  return {
    exerciseId: 'squat',
    reps: 9,
    goodReps: 8,
    pastLevelReps: 0,
    partialReps: 0,
    faults: ['knees-caving'],
    levelReached: 3,
    mode: 'live',
    finishedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

describe('opening the form check from the workout', () => {
  it('asks for today’s level and comes back to the workout', () => {
    expect(formCheckLinkFor(squat)).toBe('/form-check/squat?return=%2Fworkout&level=3');
    expect(formCheckLinkFor({ ...squat, exerciseId: 'hip-hinge', level: 1 })).toBe(
      '/form-check/hip-hinge?return=%2Fworkout&level=1',
    );
  });
});

describe('a set filled in from the form check', () => {
  it('takes the reps, good reps, faults and level as the camera counted them', () => {
    expect(cameraCountFrom(result(), squat)).toEqual({
      reps: 9,
      goodReps: 8,
      level: 3,
      faults: ['knees-caving'],
      summary: 'From the form check: 9 reps, 8 with good form. Check and save.',
      notes: [],
    });
  });

  it('says so when the camera saw another level than today’s, and picks the one it saw', () => {
    const deeper = cameraCountFrom(result({ levelReached: 4 }), squat);
    expect(deeper.level).toBe(4);
    expect(deeper.notes).toEqual(['The camera saw you reach level 4 on most reps; today’s level is 3.']);
    const shallower = cameraCountFrom(result({ levelReached: 2 }), squat);
    expect(shallower.level).toBe(2);
    const shortOfOne = cameraCountFrom(result({ levelReached: 0 }), squat);
    expect(shortOfOne.level).toBe(1);
    expect(shortOfOne.notes[0]).toMatch(/^The camera saw your reps stop just short of level 1/);
  });

  it('keeps today’s level when no rep was finished, and says what was not counted', () => {
    const none = cameraCountFrom(result({ reps: 0, goodReps: 0, partialReps: 2, levelReached: 0 }), squat);
    expect(none).toMatchObject({ reps: 0, goodReps: 0, level: 3 });
    expect(none.summary).toBe('From the form check: no finished reps. Check and save.');
    expect(none.notes).toEqual(['2 reps that did not come all the way back are not counted.']);
    expect(cameraCountFrom(result({ reps: 1, goodReps: 1, partialReps: 1 }), squat)).toMatchObject({
      summary: 'From the form check: 1 rep, 1 with good form. Check and save.',
      notes: ['1 rep that did not come all the way back is not counted.'],
    });
  });

  it('never fills in what the set log would refuse or the member could not untick', () => {
    const odd = cameraCountFrom(
      result({
        exerciseId: 'split-squat',
        reps: 140,
        goodReps: 150,
        levelReached: 9,
        faults: ['lost-brace', 'back-rounding', 'knees-caving', 'not-a-fault' as 'lost-brace'],
      }),
      { ...squat, exerciseId: 'split-squat' },
    );
    expect(odd).toMatchObject({ reps: 100, goodReps: 100, level: 5 });
    // The split squat's own faults only (its back is not measured for rounding), in the catalogue's order.
    expect(odd.faults).toEqual(['knees-caving', 'lost-brace']);
    const garbled = cameraCountFrom(
      { ...result(), reps: 'nine', goodReps: Number.NaN, faults: null } as unknown as FormCheckResult,
      squat,
    );
    expect(garbled).toMatchObject({ reps: 0, goodReps: 0, level: 3, faults: [] });
    expect(cameraCountFrom(result({ reps: 6, goodReps: 8 }), squat).goodReps).toBe(6);
  });
});

describe('reps past today’s level', () => {
  it('fills in none of them as good reps, and says why', () => {
    const count = cameraCountFrom(
      result({ reps: 10, goodReps: 10, pastLevelReps: 10, levelReached: 5, faults: [] }),
      squat,
    );
    expect(count).toMatchObject({ reps: 10, goodReps: 0, level: 5 });
    expect(count.summary).toBe('From the form check: 10 reps, 0 with good form. Check and save.');
    expect(count.notes).toEqual([
      '10 reps went past today’s level (a half squat), so they are not counted as good reps.',
      'The camera saw you reach level 5 on most reps; today’s level is 3.',
    ]);
    const one = cameraCountFrom(result({ reps: 9, goodReps: 8, pastLevelReps: 1 }), squat);
    expect(one.goodReps).toBe(8);
    expect(one.notes[0]).toBe(
      '1 rep went past today’s level (a half squat), so it is not counted as good reps.',
    );
  });

  it('counts full squats against a half-squat level as done and not good, from the analysis to the set', () => {
    const recording = recordSyntheticSet({
      exercise: 'squat',
      view: 'side',
      reps: [1, 2, 3].map(() => ({ turnAngle: 80, durationMs: 2000 })),
      fps: 30,
      seed: 7,
      noise: 0.005,
    });
    const analyzer = createFormAnalyzer({
      exercise: 'squat',
      frameWidth: recording.frameWidth,
      frameHeight: recording.frameHeight,
      targetLevel: squat.level,
      targetReps: squat.reps,
    });
    for (const frame of recording.frames) analyzer.push(frame);
    const handedBack = formCheckResultFrom(analyzer.finish(), 'live', new Date('2026-03-02T09:00:00Z'));
    expect(cameraCountFrom(handedBack, squat)).toMatchObject({ reps: 3, goodReps: 0, level: 5 });
  });
});

describe('a logged set’s reps in words', () => {
  it('reads as the member counted, or as the camera did', () => {
    expect(repsInWords({ reps: 10 })).toBe('10 good reps');
    expect(repsInWords({ reps: 1 })).toBe('1 good rep');
    expect(repsInWords({ reps: 9, goodReps: 8 })).toBe('9 reps, 8 with good form');
    expect(repsInWords({ reps: 1, goodReps: 0 })).toBe('1 rep, 0 with good form');
  });
});
