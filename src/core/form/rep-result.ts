/**
 * What one rep amounts to: the range level its turning point reached (through the catalogue's own
 * table), the form measurements at their worst, and the faults they add up to.
 */
import {
  type Exercise,
  type FormFaultId,
  isLargerAngleMoreRange,
  levelReachedByAngle,
  type MeasuredAngle,
} from '../catalogue/index.ts';
import type { BodySide } from './keypoints.ts';
import type { FrameMeasurement } from './measure.ts';
import type { RepSpan } from './rep-segmenter.ts';
import { isPastTargetLevel } from './target-level.ts';

/**
 * Something worth telling the member that the catalogue does not list as a form fault: knees bending in a
 * hinge, or a rep past the member's level (done, but not a good rep; the camera cannot tell pain, so it is
 * not called going past the pain-free range).
 */
export type FormNote = 'knees-bending' | 'past-target-level';

export interface FormRep {
  /** 1, 2, … in the order the reps ended, complete or partial. */
  number: number;
  /** False for a rep that went out and did not come back: it is never counted as done. */
  isComplete: boolean;
  /** Complete, reached level 1 at least, not past the member's level, and no fault or note. */
  isGood: boolean;
  /** The working leg of a split squat; null for two-legged exercises. */
  side: BodySide | null;
  startMs: number;
  /** When the rep turned: the bottom of a squat, hinge or split squat, the top of a bridge. */
  turnMs: number;
  endMs: number;
  /**
   * Time on the way out (down; up for the bridge) and back, each measured between the turn and the
   * moment the rep was within `backShare` of its range from the start, the same mark both ways.
   */
  outMs: number;
  backMs: number;
  /** The catalogue's joint angle at the turn, best estimate, degrees. */
  turnAngle: number;
  /** The same joint as drawn in the picture at the turn; from the front it reads a squat shallower. */
  turnImageAngle: number;
  /** Range level reached, 0 when short of level 1. */
  level: number;
  /**
   * Most the knees moved inside the feet against standing and held for a moment (shin tilt, degrees);
   * null when not seen from the front.
   */
  maxValgus: number | null;
  /** Smallest knee-to-ankle width ratio against standing; null when not seen from the front. */
  minKneeWidthRatio: number | null;
  /**
   * Largest change of the frontal-plane knee angle (hip–knee–ankle from the front) towards valgus against
   * standing, degrees; negative when the knees went outwards. Null when not seen from the front.
   */
  maxFrontalKneeAngleChange: number | null;
  /** Most the trunk leaned from upright, degrees; null when not seen from the side. */
  maxTrunkLean: number | null;
  /** How much the knee angle changed during a hinge or pull-through (it should stay nearly the same). */
  kneeAngleChange: number | null;
  faults: FormFaultId[];
  notes: FormNote[];
}

/**
 * Knee valgus worth a cue: the shin tilting this far inwards against standing (relative, not clinical).
 * With keypoint jitter of up to 2% of body height this flags 10° of valgus and leaves 0° alone.
 */
export const VALGUS_CUE_DEGREES = 6;
/** A split squat leaning further forward than this has lost its tall, braced trunk. */
export const SPLIT_SQUAT_TRUNK_LEAN_DEGREES = 25;
/** A hinge whose knee angle changes by more than this has turned into a squat. */
export const HINGE_KNEE_CHANGE_DEGREES = 25;

/** What RepHistory read from all of a rep's frames; NaN where it could not. */
export interface FittedRep {
  turnAngle: number;
  turnImageAngle: number;
  valgus: number;
  outMs: number;
  backMs: number;
}

export interface RepAccumulator {
  reset(): void;
  add(measurement: FrameMeasurement): void;
  /** A hinge's knee angle has changed like a squat's so far in this rep (single-frame extremes). */
  isKneeBendChanging(): boolean;
  /**
   * The rep, given the turn angle and sustained valgus read from all of its frames (see RepHistory); the
   * accumulator's own single-frame extremes stand in where those are NaN.
   */
  toRep(span: RepSpan, number: number, side: BodySide | null, fitted: FittedRep): FormRep;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function createRepAccumulator(
  exercise: Exercise,
  joint: MeasuredAngle,
  targetLevel: number | null = null,
): RepAccumulator {
  const isLargerDeeper = isLargerAngleMoreRange(joint);
  let turnAngle = Number.NaN;
  let turnImageAngle = Number.NaN;
  let maxValgus = Number.NEGATIVE_INFINITY;
  let minWidthRatio = Number.POSITIVE_INFINITY;
  let maxFrontalChange = Number.NEGATIVE_INFINITY;
  let maxTrunkLean = Number.NEGATIVE_INFINITY;
  let minKnee = Number.POSITIVE_INFINITY;
  let maxKnee = Number.NEGATIVE_INFINITY;

  return {
    reset() {
      turnAngle = Number.NaN;
      turnImageAngle = Number.NaN;
      maxValgus = Number.NEGATIVE_INFINITY;
      minWidthRatio = Number.POSITIVE_INFINITY;
      maxFrontalChange = Number.NEGATIVE_INFINITY;
      maxTrunkLean = Number.NEGATIVE_INFINITY;
      minKnee = Number.POSITIVE_INFINITY;
      maxKnee = Number.NEGATIVE_INFINITY;
    },
    add(measurement) {
      const angle = measurement.angle;
      if (Number.isNaN(turnAngle) || (isLargerDeeper ? angle > turnAngle : angle < turnAngle)) {
        turnAngle = angle;
        turnImageAngle = measurement.imageAngle;
      }
      if (measurement.valgus > maxValgus) maxValgus = measurement.valgus;
      if (measurement.kneeWidthRatio < minWidthRatio) minWidthRatio = measurement.kneeWidthRatio;
      if (measurement.frontalKneeAngleChange > maxFrontalChange)
        maxFrontalChange = measurement.frontalKneeAngleChange;
      if (measurement.trunkLean > maxTrunkLean) maxTrunkLean = measurement.trunkLean;
      if (measurement.kneeAngle < minKnee) minKnee = measurement.kneeAngle;
      if (measurement.kneeAngle > maxKnee) maxKnee = measurement.kneeAngle;
    },
    isKneeBendChanging() {
      return joint === 'hip' && maxKnee - minKnee > HINGE_KNEE_CHANGE_DEGREES;
    },
    toRep(span, number, side, fitted) {
      if (Number.isFinite(fitted.turnAngle)) turnAngle = fitted.turnAngle;
      if (Number.isFinite(fitted.turnImageAngle)) turnImageAngle = fitted.turnImageAngle;
      if (Number.isFinite(fitted.valgus)) maxValgus = fitted.valgus;
      const level = Number.isNaN(turnAngle) ? 0 : levelReachedByAngle(exercise, turnAngle);
      const faults: FormFaultId[] = [];
      const notes: FormNote[] = [];
      if (maxValgus >= VALGUS_CUE_DEGREES) faults.push('knees-caving');
      if (exercise.id === 'split-squat' && maxTrunkLean > SPLIT_SQUAT_TRUNK_LEAN_DEGREES)
        faults.push('lost-brace');
      const isHinge = joint === 'hip';
      const kneeAngleChange = isHinge && Number.isFinite(maxKnee - minKnee) ? maxKnee - minKnee : null;
      if (kneeAngleChange !== null && kneeAngleChange > HINGE_KNEE_CHANGE_DEGREES)
        notes.push('knees-bending');
      if (span.isComplete && isPastTargetLevel(level, targetLevel)) notes.push('past-target-level');
      return {
        number,
        isComplete: span.isComplete,
        isGood: span.isComplete && level >= 1 && faults.length === 0 && notes.length === 0,
        side,
        startMs: span.startMs,
        turnMs: span.turnMs,
        endMs: span.endMs,
        outMs: Number.isFinite(fitted.outMs) ? fitted.outMs : span.turnMs - span.startMs,
        backMs: Number.isFinite(fitted.backMs) ? fitted.backMs : span.endMs - span.turnMs,
        turnAngle,
        turnImageAngle,
        level,
        maxValgus: finiteOrNull(maxValgus),
        minKneeWidthRatio: finiteOrNull(minWidthRatio),
        maxFrontalKneeAngleChange: finiteOrNull(maxFrontalChange),
        maxTrunkLean: finiteOrNull(maxTrunkLean),
        kneeAngleChange,
        faults,
        notes,
      };
    },
  };
}
