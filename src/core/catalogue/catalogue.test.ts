import { describe, expect, it } from 'vitest';
import { measuredAngleOfPose, poseToPoints } from './figure.ts';
import {
  EXERCISES,
  getExercise,
  isExerciseId,
  isLargerAngleMoreRange,
  levelOf,
  levelReachedByAngle,
  maxLevel,
} from './index.ts';
import { EXERCISE_IDS, type Exercise, FORM_FAULT_IDS, type RangeLevel } from './types.ts';

/** The level's range from its rest end (where a rep starts) to its far end. */
function restAndFarEnds(range: RangeLevel): { rest: number; far: number } {
  const { joint, min, max } = range.angle;
  return isLargerAngleMoreRange(joint) ? { rest: min, far: max } : { rest: max, far: min };
}

describe.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))(
  '%s',
  (_id, exercise: Exercise) => {
    it('has 4 or 5 levels numbered 1..n', () => {
      expect(exercise.levels.length).toBeGreaterThanOrEqual(4);
      expect(exercise.levels.length).toBeLessThanOrEqual(5);
      expect(exercise.levels.map((range) => range.level)).toEqual(
        exercise.levels.map((_, index) => index + 1),
      );
    });

    it('measures every level on one joint', () => {
      const joints = new Set(exercise.levels.map((range) => range.angle.joint));
      expect(joints.size).toBe(1);
    });

    it('has levels that are contiguous, do not overlap and grow in range', () => {
      for (const range of exercise.levels) expect(range.angle.min).toBeLessThan(range.angle.max);
      for (let index = 1; index < exercise.levels.length; index++) {
        const previous = exercise.levels[index - 1] as RangeLevel;
        const current = exercise.levels[index] as RangeLevel;
        // Each level starts exactly where the one before it ended, one step further from the rest position.
        expect(restAndFarEnds(current).rest).toBe(restAndFarEnds(previous).far);
      }
    });

    it('keeps every angle inside what a joint can show (0–180°)', () => {
      for (const range of exercise.levels) {
        expect(range.angle.min).toBeGreaterThanOrEqual(0);
        expect(range.angle.max).toBeLessThanOrEqual(180);
      }
    });

    it.each(exercise.levels.map((range) => [range.level, range] as const))(
      'level %i draws an end pose whose measured angle lies in its own range',
      (_level, range) => {
        const angle = measuredAngleOfPose(range.endPose, range.angle.joint);
        expect(angle).toBeGreaterThanOrEqual(range.angle.min);
        expect(angle).toBeLessThanOrEqual(range.angle.max);
      },
    );

    it.each(exercise.levels.map((range) => [range.level, range] as const))(
      'level %i starts from the rest position, short of its range',
      (_level, range) => {
        const angle = measuredAngleOfPose(range.startPose, range.angle.joint);
        if (isLargerAngleMoreRange(range.angle.joint)) {
          // Lying with the hips on the floor: the hip is bent, well short of the smallest lift.
          expect(angle).toBeLessThan(range.angle.min);
          expect(angle).toBeLessThan(140);
        } else {
          // Standing up: the joint is nearly straight, beyond the shallow end of the range.
          expect(angle).toBeGreaterThan(range.angle.max);
          expect(angle).toBeGreaterThanOrEqual(165);
        }
      },
    );

    it('keeps feet (and, lying, shoulders) on the floor in every drawn pose', () => {
      for (const range of exercise.levels) {
        for (const pose of [range.startPose, range.endPose]) {
          expect(pose.base).toBe(exercise.id === 'glute-bridge' ? 'back' : 'feet');
          const points = poseToPoints(pose, 1);
          expect(points.knee.y).toBeLessThan(points.ankle.y);
          if (pose.base === 'back') expect(Math.abs(points.shoulder.y - points.ankle.y)).toBeLessThan(0.01);
          else expect(points.hip.y).toBeLessThan(points.knee.y);
          if (exercise.id === 'split-squat') {
            expect(points.rearAnkle).toBeDefined();
            // The rear foot stays on its ball (near the floor), behind the front foot, in one place.
            expect(points.floorY - (points.rearAnkle?.y ?? 0)).toBeCloseTo(0.06, 1);
            expect(points.ankle.x - (points.rearAnkle?.x ?? 0)).toBeCloseTo(0.4, 1);
          } else {
            expect(points.rearAnkle).toBeUndefined();
          }
        }
      }
    });

    it('has 3–5 cues, setup steps and at least one reason to wait', () => {
      expect(exercise.cues.length).toBeGreaterThanOrEqual(3);
      expect(exercise.cues.length).toBeLessThanOrEqual(5);
      expect(exercise.setup.length).toBeGreaterThan(0);
      expect(exercise.notYet.length).toBeGreaterThan(0);
      expect(exercise.notYet.join(' ')).toMatch(/pain climbs/);
    });

    it('names only known form faults, each once, and always the pain-free range', () => {
      const ids = exercise.faults.map((fault) => fault.id);
      for (const id of ids) expect(FORM_FAULT_IDS).toContain(id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('past-pain-free-range');
      for (const fault of exercise.faults) {
        expect(fault.looksLike.length).toBeGreaterThan(10);
        expect(fault.cue.length).toBeGreaterThan(10);
      }
    });

    it('offers loads in the method’s order: bodyweight, then band, then weights', () => {
      const order = ['bodyweight', 'band', 'dumbbell', 'kettlebell', 'cable'];
      const positions = exercise.loadOptions.map((kind) => order.indexOf(kind));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(exercise.loadOptions).size).toBe(exercise.loadOptions.length);
    });
  },
);

describe('the catalogue', () => {
  it('holds each exercise id exactly once, in the order they are introduced', () => {
    expect(EXERCISES.map((exercise) => exercise.id).sort()).toEqual([...EXERCISE_IDS].sort());
    const phases = EXERCISES.map((exercise) => exercise.introducedInPhase);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  it('introduces the exercises in the program’s phases', () => {
    expect(
      Object.fromEntries(EXERCISES.map((exercise) => [exercise.id, exercise.introducedInPhase])),
    ).toEqual({
      'glute-bridge': 1,
      squat: 1,
      'hip-hinge': 2,
      'split-squat': 2,
      'pull-through': 4,
    });
  });

  it('sets the camera where the form check can see what matters', () => {
    expect(getExercise('squat').cameraView).toBe('front');
    expect(getExercise('split-squat').cameraView).toBe('front');
    expect(getExercise('hip-hinge').cameraView).toBe('side');
    expect(getExercise('glute-bridge').cameraView).toBe('side');
    expect(getExercise('pull-through').cameraView).toBe('side');
  });

  it('offers the pull-through with a cable, or a band tied low behind you', () => {
    const pullThrough = getExercise('pull-through');
    expect(pullThrough.loadOptions).toEqual(['band', 'cable']);
    expect(pullThrough.variant?.name).toMatch(/band/i);
    // With a band but no anchor point there is no way to do it; a cable alone is enough.
    const canDo = (owned: string[]) =>
      pullThrough.requires.every((anyOf) => anyOf.some((e) => owned.includes(e)));
    expect(canDo(['cable'])).toBe(true);
    expect(canDo(['band', 'anchor-point'])).toBe(true);
    expect(canDo(['band'])).toBe(false);
  });

  it('finds exercises by id and recognises ids', () => {
    expect(getExercise('hip-hinge').name).toBe('Hip hinge');
    expect(isExerciseId('split-squat')).toBe(true);
    expect(isExerciseId('deadlift')).toBe(false);
    expect(isExerciseId(3)).toBe(false);
    expect(isExerciseId(undefined)).toBe(false);
  });

  it('looks up levels and refuses ones that do not exist', () => {
    const squat = getExercise('squat');
    expect(maxLevel(squat)).toBe(5);
    expect(levelOf(squat, 2).name).toBe('Quarter squat');
    expect(() => levelOf(squat, 0)).toThrow(RangeError);
    expect(() => levelOf(squat, 6)).toThrow(RangeError);
    expect(() => levelOf(squat, 1.5)).toThrow(RangeError);
  });

  it('places a measured rep at the highest level it reached', () => {
    const squat = getExercise('squat');
    expect(levelReachedByAngle(squat, 175)).toBe(0);
    expect(levelReachedByAngle(squat, 160)).toBe(1);
    expect(levelReachedByAngle(squat, 120)).toBe(3);
    expect(levelReachedByAngle(squat, 30)).toBe(5);
    const bridge = getExercise('glute-bridge');
    expect(levelReachedByAngle(bridge, 135)).toBe(0);
    expect(levelReachedByAngle(bridge, 158)).toBe(2);
    expect(levelReachedByAngle(bridge, 179)).toBe(4);
  });
});
