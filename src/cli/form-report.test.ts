/**
 * The JSON `npm run analyze -- --json` prints, from filmed synthetic sets whose true angles are known:
 * the issue's fields under the issue's names, and for exercises whose level is read from the hip, that
 * angle beside the knee's, named.
 */
import { describe, expect, it } from 'vitest';
import { getExercise } from '../core/catalogue/index.ts';
import { analyzeFrames } from '../core/form/analyzer.ts';
import type { PoseFrame } from '../core/form/keypoints.ts';
import { angleAt, skeletonAt } from '../core/form/synthetic-figure.test-support.ts';
import { recordSyntheticSet, type SyntheticSet } from '../core/form/synthetic-recording.test-support.ts';
import { kneeAngleAround, toReportJson } from './form-report.ts';

const ISSUE_FIELDS = [
  'exercise',
  'view',
  'fps',
  'frames',
  'reps',
  'completedReps',
  'partialReps',
  'warnings',
];
const ISSUE_REP_FIELDS = ['start', 'end', 'bottomKneeAngle', 'level', 'valgus', 'trunkLean', 'complete'];
/** Keypoint jitter the synthetic camera adds, as a share of body height (a phone's MoveNet is about this). */
const NOISE = 0.005;

function report(set: SyntheticSet) {
  const recording = recordSyntheticSet(set);
  const exercise = getExercise(set.exercise);
  const summary = analyzeFrames(recording.frames, {
    exercise,
    frameWidth: recording.frameWidth,
    frameHeight: recording.frameHeight,
  });
  const facts = {
    file: 'set.mp4',
    width: recording.frameWidth,
    height: recording.frameHeight,
    fps: set.fps,
    frames: recording.frames.length,
  };
  return { json: toReportJson(exercise, facts, summary, recording.frames), recording };
}

/** The true knee angle at each rep's turn, from the figure itself. */
function trueKneeAtTurns(set: SyntheticSet): number[] {
  return set.reps.map((rep) => {
    const skeleton = skeletonAt(set, rep, 1);
    return angleAt(skeleton.left_hip, skeleton.left_knee, skeleton.left_ankle);
  });
}

describe('the JSON of a squat', () => {
  const set: SyntheticSet = {
    exercise: 'squat',
    view: 'side',
    fps: 30,
    seed: 7,
    noise: NOISE,
    reps: [
      { turnAngle: 100, durationMs: 2400 },
      { turnAngle: 95, durationMs: 2400 },
    ],
  };

  it('carries exactly the issue’s fields, times in seconds and the knee at the bottom', () => {
    const { json, recording } = report(set);
    expect(Object.keys(json)).toEqual(ISSUE_FIELDS);
    expect(json).toMatchObject({ exercise: 'squat', view: 'side', fps: 30, frames: recording.frames.length });
    expect(json.reps).toHaveLength(2);
    for (const [index, rep] of json.reps.entries()) {
      expect(Object.keys(rep)).toEqual(ISSUE_REP_FIELDS);
      expect(rep.complete).toBe(true);
      expect(rep.end).toBeGreaterThan(rep.start + 1.5);
      expect(rep.end).toBeLessThan(rep.start + 4);
      expect(
        Math.abs((rep.bottomKneeAngle ?? 0) - (recording.trueTurnAngles[index] ?? 0)),
      ).toBeLessThanOrEqual(5);
      expect(rep.valgus).toBeNull();
      expect(rep.trunkLean).toEqual(expect.any(Number));
    }
    expect([json.completedReps, json.partialReps, json.warnings]).toEqual([2, 0, []]);
  });
});

describe('the JSON of an exercise whose level is read from the hip', () => {
  const set: SyntheticSet = {
    exercise: 'hip-hinge',
    view: 'side',
    fps: 30,
    seed: 11,
    noise: NOISE,
    reps: [
      { turnAngle: 110, durationMs: 2400 },
      { turnAngle: 100, durationMs: 2400 },
    ],
  };

  it('names the hip angle and gives it as bottomAngle, keeping bottomKneeAngle for the knee', () => {
    const { json, recording } = report(set);
    expect(json.measuredAngle).toBe('hip');
    expect(json.completedReps).toBe(2);
    const knees = trueKneeAtTurns(set);
    for (const [index, rep] of json.reps.entries()) {
      expect(Object.keys(rep)).toEqual([
        ...ISSUE_REP_FIELDS.slice(0, 3),
        'bottomAngle',
        ...ISSUE_REP_FIELDS.slice(3),
      ]);
      expect(Math.abs((rep.bottomAngle ?? 0) - (recording.trueTurnAngles[index] ?? 0))).toBeLessThanOrEqual(
        5,
      );
      // The hinge keeps its knees soft and still: far from the hip's angle.
      expect(Math.abs((rep.bottomKneeAngle ?? 0) - (knees[index] ?? 0))).toBeLessThanOrEqual(5);
      expect(Math.abs((rep.bottomKneeAngle ?? 0) - (rep.bottomAngle ?? 0))).toBeGreaterThan(30);
    }
  });
});

describe('the knee around a moment', () => {
  function frameAt(timestampMs: number, ankleX: number, score = 0.9): PoseFrame {
    // Hip straight above the knee; the ankle out to the side sets the angle (100 px to the side: 90°).
    const leg = (side: string) => [
      { name: `${side}_hip`, x: 0, y: 0, score },
      { name: `${side}_knee`, x: 0, y: 100, score },
      { name: `${side}_ankle`, x: ankleX, y: 100 + (ankleX === 0 ? 100 : 0), score },
    ];
    return { timestampMs, keypoints: [...leg('left'), ...leg('right')] as PoseFrame['keypoints'] };
  }

  it('takes the median of the frames near it, so one wild frame does not decide', () => {
    const frames = [
      frameAt(0, 0),
      frameAt(900, 100),
      frameAt(960, 0),
      frameAt(1000, 100),
      frameAt(1040, 100),
      frameAt(2000, 0),
    ];
    expect(kneeAngleAround(frames, 1000)).toBeCloseTo(90);
  });

  it('falls back on the nearest frame, and says null when no leg was seen', () => {
    expect(kneeAngleAround([frameAt(0, 0), frameAt(500, 100)], 1000)).toBeCloseTo(90);
    expect(kneeAngleAround([frameAt(1000, 100, 0.1)], 1000)).toBeNull();
    expect(kneeAngleAround([], 1000)).toBeNull();
  });
});
