/**
 * What the form check needs to know about each exercise beyond the catalogue: from where it can be
 * measured, which body parts must be in the picture, and what the start position looks like. The range
 * levels themselves stay in the catalogue.
 */
import type { CameraView, Exercise, ExerciseId, MeasuredAngle } from '../catalogue/index.ts';

export interface MeasurementProfile {
  exerciseId: ExerciseId;
  /** The joint angle whose turning point decides the range level (from the catalogue). */
  joint: MeasuredAngle;
  /** Views the measurements work from, the catalogue's own view first. */
  views: readonly CameraView[];
  /** Whether both legs must be seen: true where the legs do different things or knees are compared. */
  needsBothLegs: boolean;
  startPosition: 'standing' | 'lying';
  /**
   * Degrees the measured angle must move away from the start position before a rep begins. Smaller for
   * the bridge, whose first level starts only a few degrees above lying flat.
   */
  repStartDegrees: number;
  /** Degrees a rep must reach, at least, to count at all; an unfinished rep must reach twice as far. */
  repMinDegrees: number;
}

const SIDE_ONLY = ['side'] as const;
const FRONT_OR_SIDE = ['front', 'side'] as const;

const VIEWS: Record<ExerciseId, readonly CameraView[]> = {
  squat: FRONT_OR_SIDE,
  'split-squat': FRONT_OR_SIDE,
  'hip-hinge': SIDE_ONLY,
  'pull-through': SIDE_ONLY,
  'glute-bridge': SIDE_ONLY,
};

export function measurementProfile(exercise: Exercise): MeasurementProfile {
  const firstLevel = exercise.levels[0];
  if (firstLevel === undefined) throw new Error(`${exercise.name} has no range levels to measure against`);
  const isBridge = exercise.id === 'glute-bridge';
  const views = VIEWS[exercise.id];
  return {
    exerciseId: exercise.id,
    joint: firstLevel.angle.joint,
    views: [exercise.cameraView, ...views.filter((view) => view !== exercise.cameraView)],
    needsBothLegs: views.includes('front'),
    startPosition: isBridge ? 'lying' : 'standing',
    repStartDegrees: isBridge ? 4 : 6,
    repMinDegrees: isBridge ? 6 : 9,
  };
}
