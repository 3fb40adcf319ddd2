import { describe, expect, it } from 'vitest';
import { angleFromUpright, jointAngleFromFront } from '../form/geometry.ts';
import {
  HINGE_KNEE_CHANGE_DEGREES,
  SPLIT_SQUAT_TRUNK_LEAN_DEGREES,
  VALGUS_CUE_DEGREES,
} from '../form/rep-result.ts';
import { bodyDrawing } from './body.ts';
import { jointAngle, measuredAngleOfPose, type Point } from './figure.ts';
import { drawingBounds, framedBox } from './figure-frame.ts';
import { EXERCISES, getExercise } from './index.ts';
import { poseAtMoment, tempoOf, turnMomentMs } from './tempo.ts';
import type { Exercise, RangeLevel } from './types.ts';

const SIZE = 100;

function standingTurn(): never {
  throw new Error('the catalogue has no such level');
}
const levels = EXERCISES.flatMap((exercise) =>
  exercise.levels.map((range) => [`${exercise.name} level ${range.level}`, exercise, range] as const),
);

function first(points: Point[]): Point {
  const point = points[0];
  if (point === undefined) throw new Error('no point drawn');
  return point;
}

/** The catalogue's joint angle read off the side-view drawing, the way the camera reads a body. */
function drawnAngle(exercise: Exercise, range: RangeLevel): number {
  const pose = poseAtMoment(range, tempoOf(exercise), turnMomentMs(tempoOf(exercise)));
  const { joints } = bodyDrawing(exercise, pose, 'side', SIZE);
  const hip = first(joints.hip);
  const knee = first(joints.knee);
  if (range.angle.joint === 'knee' || range.angle.joint === 'front-knee')
    return jointAngle(first(joints.ankle), knee, hip);
  return jointAngle(first(joints.shoulder), hip, knee);
}

describe('the figure’s turn against the catalogue', () => {
  it.each(levels)(
    '%s: the drawn turn gives the level’s own angle, inside its range',
    (_name, exercise, range) => {
      const angle = drawnAngle(exercise, range);
      expect(angle).toBeCloseTo(measuredAngleOfPose(range.endPose, range.angle.joint), 6);
      expect(angle).toBeGreaterThanOrEqual(range.angle.min);
      expect(angle).toBeLessThanOrEqual(range.angle.max);
    },
  );

  it.each(levels)('%s: the drawn trunk leans as the pose says', (_name, exercise, range) => {
    const { joints } = bodyDrawing(exercise, range.endPose, 'side', SIZE);
    const hip = first(joints.hip);
    const shoulder = first(joints.shoulder);
    const lean = angleFromUpright(hip.x, hip.y, shoulder.x, shoulder.y);
    const fromUpright = Math.abs(90 - range.endPose.trunk);
    if (exercise.id !== 'glute-bridge') expect(lean).toBeCloseTo(fromUpright, 6);
    // The split squat's trunk stays upright enough that the form check would not call the brace lost.
    if (exercise.id === 'split-squat') expect(lean).toBeLessThan(SPLIT_SQUAT_TRUNK_LEAN_DEGREES);
  });

  it('keeps the hinge’s knee bend the same, as the form check asks', () => {
    for (const id of ['hip-hinge', 'pull-through'] as const) {
      const exercise = getExercise(id);
      for (const range of exercise.levels) {
        const change = Math.abs(
          measuredAngleOfPose(range.endPose, 'knee') - measuredAngleOfPose(range.startPose, 'knee'),
        );
        expect(change).toBeLessThan(HINGE_KNEE_CHANGE_DEGREES);
      }
    }
  });

  it('reads the squat’s depth from the front as the form check does, from how short thigh and shin look', () => {
    const squat = getExercise('squat');
    for (const range of squat.levels) {
      const { joints } = bodyDrawing(squat, range.endPose, 'front', SIZE);
      for (const side of [0, 1]) {
        const hip = joints.hip[side] as Point;
        const knee = joints.knee[side] as Point;
        const ankle = joints.ankle[side] as Point;
        const thigh = 0.23 * SIZE;
        const shin = 0.23 * SIZE;
        const angle = jointAngleFromFront(hip.x, hip.y, knee.x, knee.y, ankle.x, ankle.y, thigh, shin);
        expect(angle).toBeCloseTo(measuredAngleOfPose(range.endPose, 'knee'), 4);
        expect(angle).toBeGreaterThanOrEqual(range.angle.min);
        expect(angle).toBeLessThanOrEqual(range.angle.max);
      }
    }
  });

  it.each(levels)('%s: from the front the knees stay over the feet', (_name, exercise, range) => {
    const { joints, knees } = bodyDrawing(exercise, range.endPose, 'front', SIZE);
    expect(knees).toHaveLength(2);
    for (const side of [0, 1]) {
      const knee = joints.knee[side] as Point;
      const ankle = joints.ankle[side] as Point;
      const inwardTilt = (Math.atan2(Math.abs(knee.x - ankle.x), Math.abs(ankle.y - knee.y)) * 180) / Math.PI;
      expect(inwardTilt).toBeLessThan(VALGUS_CUE_DEGREES);
    }
  });
});

describe('bodyDrawing', () => {
  it('draws the side turned away first, so the near arm and leg cover it', () => {
    const squat = getExercise('squat');
    const names = bodyDrawing(
      squat,
      squat.levels[2]?.endPose ?? squat.levels[0]?.endPose ?? standingTurn(),
      'side',
      SIZE,
    ).parts.map((part) => part.name);
    expect(names.indexOf('thigh--1')).toBeLessThan(names.indexOf('trunk'));
    expect(names.indexOf('trunk')).toBeLessThan(names.indexOf('thigh-1'));
    expect(names.indexOf('upper-arm-1')).toBeGreaterThan(names.indexOf('trunk'));
  });

  it('draws the nearest parts last from the front: the head over a trunk tipped towards the viewer', () => {
    const hinge = getExercise('hip-hinge');
    const full = hinge.levels[hinge.levels.length - 1];
    if (!full) throw new Error('no levels');
    const names = bodyDrawing(hinge, full.endPose, 'front', SIZE).parts.map((part) => part.name);
    expect(names.indexOf('head')).toBeGreaterThan(names.indexOf('trunk'));
  });

  it('draws the band, cable or weight only when the load uses one, where the catalogue places it', () => {
    const squat = getExercise('squat');
    const turn = squat.levels[3]?.endPose;
    if (!turn) throw new Error('no level 4');
    expect(bodyDrawing(squat, turn, 'front', SIZE, 'bodyweight').load).toBeNull();
    const band = bodyDrawing(squat, turn, 'front', SIZE, 'band');
    // A loop just above the knees: between them, slightly higher.
    if (band.load?.kind !== 'band') throw new Error('no band drawn');
    for (const point of band.load.path) expect(point.y).toBeLessThan(first(band.knees).y);
    const weight = bodyDrawing(squat, turn, 'side', SIZE, 'kettlebell');
    if (weight.load?.kind !== 'kettlebell') throw new Error('no kettlebell drawn');
    expect(weight.load.at).toHaveLength(1);
    const pull = getExercise('pull-through');
    const cable = bodyDrawing(pull, pull.levels[0]?.endPose ?? standingTurn(), 'side', SIZE, 'cable');
    if (cable.load?.kind !== 'cable') throw new Error('no cable drawn');
    // The cable comes from behind the member.
    expect(first(cable.load.path).x).toBeLessThan(first(cable.joints.ankle).x);
  });

  it('frames every view of every level with the floor at the bottom', () => {
    for (const exercise of EXERCISES) {
      for (const view of ['side', 'front'] as const) {
        const drawings = exercise.levels.map((range) => bodyDrawing(exercise, range.endPose, view, SIZE));
        const box = framedBox(drawingBounds(drawings), 1, 5);
        expect(box.width).toBeCloseTo(box.height);
        for (const drawing of drawings) {
          expect(drawing.floorY).toBeLessThanOrEqual(box.y + box.height);
          // Lying, the trunk's depth rests over the floor line as on a mat.
          expect(drawing.floorY).toBeGreaterThan(box.y + box.height - 0.1 * SIZE);
        }
      }
    }
  });
});
