/**
 * The form check on real recordings' reference keypoints (../shared/media, read in place, never copied
 * into the repository). Without those files the tests skip and say which file they need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getExercise, levelReachedByAngle } from '../catalogue/index.ts';
import { analyzeFrames } from './analyzer.ts';
import type { Keypoint, KeypointName, PoseFrame } from './keypoints.ts';
import { VALGUS_CUE_DEGREES } from './rep-result.ts';
import { angleAt } from './synthetic-figure.test-support.ts';

const MEDIA = fileURLToPath(new URL('../../../../shared/media/', import.meta.url));
const SQUATS = `${MEDIA}pose_squats.full.json`;
const SQUATS_3D = `${MEDIA}pose_squats_3d.full.json`;
const DANCING = `${MEDIA}pose_1.json`;

/** BlazePose's 33 landmarks, by index, under the MoveNet names the form check reads. */
const BLAZEPOSE_INDEX: Partial<Record<KeypointName, number>> = {
  nose: 0,
  left_eye: 2,
  right_eye: 5,
  left_ear: 7,
  right_ear: 8,
  left_shoulder: 11,
  right_shoulder: 12,
  left_elbow: 13,
  right_elbow: 14,
  left_wrist: 15,
  right_wrist: 16,
  left_hip: 23,
  right_hip: 24,
  left_knee: 25,
  right_knee: 26,
  left_ankle: 27,
  right_ankle: 28,
};

type Landmarks = [number, number, number][];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The squat video is 5 frames per second, 720×1280; the reference has no scores, so all count as seen. */
function squatFrames(isMirrored = false): PoseFrame[] {
  return readJson<Landmarks[]>(SQUATS).map((landmarks, index) => ({
    timestampMs: index * 200,
    keypoints: Object.entries(BLAZEPOSE_INDEX).map(([name, at]) => {
      const [x, y] = landmarks[at] as [number, number, number];
      const seenAs = isMirrored
        ? name.replace(/^(left|right)_/, (side) => (side === 'left_' ? 'right_' : 'left_'))
        : name;
      return { name: seenAs as KeypointName, x: isMirrored ? 720 - x : x, y, score: 1 } satisfies Keypoint;
    }),
  }));
}

type Point = [number, number, number];

/** Mean of both knees' angle (hip–knee–ankle) in one frame: in the picture, or in 3D. */
function meanKneeAngle(landmarks: Landmarks, in3d: boolean): number {
  const at = (index: number): Point => {
    const [x, y, z] = landmarks[index] as Point;
    return [x, y, in3d ? z : 0];
  };
  return (angleAt(at(23), at(25), at(27)) + angleAt(at(24), at(26), at(28))) / 2;
}

/** The deepest reference knee angle over the frames between two times (5 frames per second). */
function deepest(frames: Landmarks[], in3d: boolean, fromMs: number, toMs: number): number {
  let best = 180;
  for (
    let index = Math.ceil(fromMs / 200);
    index <= Math.floor(toMs / 200) && index < frames.length;
    index++
  ) {
    best = Math.min(best, meanKneeAngle(frames[index] as Landmarks, in3d));
  }
  return best;
}

const hasSquats = existsSync(SQUATS) && existsSync(SQUATS_3D);
const squats2d = hasSquats ? readJson<Landmarks[]>(SQUATS) : [];
const squats3d = hasSquats ? readJson<Landmarks[]>(SQUATS_3D) : [];

describe.skipIf(!hasSquats)(
  'real front-view squats (needs ../shared/media/pose_squats.full.json and pose_squats_3d.full.json)',
  () => {
    const options = { exercise: 'squat', frameWidth: 720, frameHeight: 1280 } as const;
    const summary = analyzeFrames(squatFrames(), options);
    const completed = summary.reps.filter((rep) => rep.isComplete);

    it('counts exactly 2 completed reps and reports the cut-off third as partial', () => {
      expect(summary.view).toBe('front');
      expect(summary.completedReps).toBe(2);
      expect(summary.partialReps).toBe(1);
      expect(summary.reps.map((rep) => rep.isComplete)).toEqual([true, true, false]);
    });

    it('reads the bottoms in the picture near 100° and 91°, as the reference keypoints do', () => {
      const [first, second] = completed;
      expect(first?.turnImageAngle).toBeCloseTo(100, -1);
      expect(second?.turnImageAngle).toBeCloseTo(91, -1);
      for (const rep of completed) {
        expect(Math.abs(rep.turnImageAngle - deepest(squats2d, false, rep.startMs, rep.endMs))).toBeLessThan(
          4,
        );
      }
    });

    it('reads the true depth (thighs pointing at the camera) as the 3D reference does, and its level', () => {
      const squat = getExercise('squat');
      for (const rep of completed) {
        const truth = deepest(squats3d, true, rep.startMs, rep.endMs);
        expect(Math.abs(rep.turnAngle - truth)).toBeLessThan(8);
        expect(rep.level).toBe(levelReachedByAngle(squat, truth));
      }
    });

    it('flags no valgus: the band keeps her knees outside her ankles', () => {
      expect(summary.faults).toEqual([]);
      for (const rep of summary.reps) {
        expect(rep.maxValgus).toBeLessThan(VALGUS_CUE_DEGREES);
        expect(rep.minKneeWidthRatio).toBeGreaterThan(1);
        expect(rep.maxFrontalKneeAngleChange).toBeLessThan(VALGUS_CUE_DEGREES);
      }
    });

    it('gives the same result for the mirrored (selfie) picture', () => {
      const mirrored = analyzeFrames(squatFrames(true), { ...options, isMirrored: true });
      expect(mirrored.reps.map((rep) => [rep.isComplete, rep.level])).toEqual(
        summary.reps.map((rep) => [rep.isComplete, rep.level]),
      );
      mirrored.reps.forEach((rep, index) => {
        expect(rep.turnAngle).toBeCloseTo(summary.reps[index]?.turnAngle ?? Number.NaN, 6);
      });
    });
  },
);

describe.skipIf(!existsSync(DANCING))('real dancing (needs ../shared/media/pose_1.json)', () => {
  it('finds no completed good squat reps in someone dancing and jumping', () => {
    const frames = readJson<Record<KeypointName, { x: number; y: number }>[]>(DANCING).map(
      (keypoints, index) => ({
        timestampMs: (index * 1000) / 30,
        keypoints: Object.entries(keypoints).map(([name, { x, y }]) => ({
          name: name as KeypointName,
          x,
          y,
          score: 1,
        })),
      }),
    );
    const summary = analyzeFrames(frames, { exercise: 'squat', frameWidth: 576, frameHeight: 576 });
    expect(summary.framesWithPerson).toBe(120);
    expect(summary.goodReps).toBe(0);
    expect(summary.completedReps).toBe(0);
  });
});
