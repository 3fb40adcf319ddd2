/**
 * The member's own start position, captured while they hold still before the first rep: segment lengths
 * (to tell how far a thigh points at the camera) and how their knees sit over their feet (so valgus is a
 * change from how they stand, never a judgement against an ideal). Means over the still frames.
 */
import { jointAngle } from './geometry.ts';
import { ANKLE, type BodySide, HIP, KNEE, type PosePoints, pointX, pointY } from './keypoints.ts';

export const FEATURE = {
  thighLeft: 0,
  thighRight: 1,
  shinLeft: 2,
  shinRight: 3,
  /** How far the knee sits outside its ankle, pixels; negative when it is inside. */
  kneeOutsideAnkleLeft: 4,
  kneeOutsideAnkleRight: 5,
  kneeWidth: 6,
  ankleWidth: 7,
  /** The measured joint angle, in the analysis's own estimate. */
  startAngle: 8,
  /** Frontal-plane knee angle as a bend away from straight, degrees: positive when the knee is inside. */
  frontalBendLeft: 9,
  frontalBendRight: 10,
  /** The start angle measured on unsmoothed keypoints: its spread is the keypoint jitter, frame by frame. */
  rawStartAngle: 11,
} as const;
const FEATURE_COUNT = 12;

export type BodyFeatures = Float64Array;

export function createBodyFeatures(): BodyFeatures {
  return new Float64Array(FEATURE_COUNT).fill(Number.NaN);
}

/** +1 when this side's hip is to the right of the other in the picture: the way "outwards" points. */
export function outwardSign(points: PosePoints, side: BodySide): number {
  const other: BodySide = side === 'left' ? 'right' : 'left';
  return pointX(points, HIP[side]) >= pointX(points, HIP[other]) ? 1 : -1;
}

function segmentLength(points: PosePoints, from: number, to: number): number {
  return Math.hypot(pointX(points, from) - pointX(points, to), pointY(points, from) - pointY(points, to));
}

/**
 * The knee angle in the picture from the front (the frontal-plane projection angle) as a bend from
 * straight: positive when the knee sits inside the line from hip to ankle (valgus), negative outside.
 */
function frontalKneeBend(points: PosePoints, side: BodySide): number {
  const hipX = pointX(points, HIP[side]);
  const hipY = pointY(points, HIP[side]);
  const kneeX = pointX(points, KNEE[side]);
  const kneeY = pointY(points, KNEE[side]);
  const ankleX = pointX(points, ANKLE[side]);
  const ankleY = pointY(points, ANKLE[side]);
  const bend = 180 - jointAngle(hipX, hipY, kneeX, kneeY, ankleX, ankleY);
  const cross = (ankleX - hipX) * (kneeY - hipY) - (ankleY - hipY) * (kneeX - hipX);
  return cross * outwardSign(points, side) > 0 ? bend : -bend;
}

/** The baseline-independent features of one frame (NaN where a keypoint is missing). */
export function readBodyFeatures(points: PosePoints, out: BodyFeatures): void {
  out[FEATURE.thighLeft] = segmentLength(points, HIP.left, KNEE.left);
  out[FEATURE.thighRight] = segmentLength(points, HIP.right, KNEE.right);
  out[FEATURE.shinLeft] = segmentLength(points, KNEE.left, ANKLE.left);
  out[FEATURE.shinRight] = segmentLength(points, KNEE.right, ANKLE.right);
  out[FEATURE.kneeOutsideAnkleLeft] =
    (pointX(points, KNEE.left) - pointX(points, ANKLE.left)) * outwardSign(points, 'left');
  out[FEATURE.kneeOutsideAnkleRight] =
    (pointX(points, KNEE.right) - pointX(points, ANKLE.right)) * outwardSign(points, 'right');
  out[FEATURE.kneeWidth] = Math.abs(pointX(points, KNEE.left) - pointX(points, KNEE.right));
  out[FEATURE.ankleWidth] = Math.abs(pointX(points, ANKLE.left) - pointX(points, ANKLE.right));
  out[FEATURE.startAngle] = Number.NaN;
  out[FEATURE.rawStartAngle] = Number.NaN;
  out[FEATURE.frontalBendLeft] = frontalKneeBend(points, 'left');
  out[FEATURE.frontalBendRight] = frontalKneeBend(points, 'right');
}

export interface StartBaseline {
  /** Mean of a feature over the still frames; NaN when it was never seen. */
  mean(feature: number): number;
  /** Standard deviation of a feature over the still frames: how much it jitters when nothing moves. */
  spread(feature: number): number;
  /** Counts a still frame. A frame far from the mean so far means the member was moving: start again. */
  add(features: BodyFeatures, timestampMs: number): void;
  /** Whether enough still frames were seen to measure against. */
  isReady(): boolean;
  /** Forget everything learnt, e.g. when the member turned to another view before starting. */
  reset(): void;
  /** Stop learning: the first rep has begun. */
  lock(): void;
  isLocked(): boolean;
}

/** Long enough to average out jitter, short enough that a 5 fps camera needs only three frames. */
const MIN_STILL_MS = 400;
const MIN_STILL_FRAMES = 3;
/** A start angle this far from the mean so far is movement, not jitter. */
const MOVING_DEGREES = 10;
/** Once the start is known, a frame this far from it is not added: the member may be starting a rep. */
const SETTLED_DEGREES = 4;

export function createStartBaseline(): StartBaseline {
  const sums = new Float64Array(FEATURE_COUNT);
  const squares = new Float64Array(FEATURE_COUNT);
  const counts = new Float64Array(FEATURE_COUNT);
  let firstMs = Number.NaN;
  let lastMs = Number.NaN;
  let frameCount = 0;
  let isLocked = false;
  const isReady = (): boolean =>
    isLocked || (frameCount >= MIN_STILL_FRAMES && lastMs - firstMs >= MIN_STILL_MS);
  const mean = (feature: number): number => {
    const count = counts[feature] as number;
    return count > 0 ? (sums[feature] as number) / count : Number.NaN;
  };
  const reset = (): void => {
    sums.fill(0);
    squares.fill(0);
    counts.fill(0);
    frameCount = 0;
  };
  return {
    mean,
    reset,
    spread(feature) {
      const count = counts[feature] as number;
      if (count < 2) return Number.NaN;
      const average = (sums[feature] as number) / count;
      return Math.sqrt(Math.max(0, (squares[feature] as number) / count - average * average));
    },
    add(features, timestampMs) {
      if (isLocked) return;
      const offset = Math.abs((features[FEATURE.startAngle] as number) - mean(FEATURE.startAngle));
      if (isReady() && offset > SETTLED_DEGREES) return; // Probably the first rep beginning.
      if (offset > MOVING_DEGREES) reset();
      if (frameCount === 0) firstMs = timestampMs;
      lastMs = timestampMs;
      frameCount++;
      for (let i = 0; i < FEATURE_COUNT; i++) {
        const value = features[i] as number;
        if (Number.isNaN(value)) continue;
        sums[i] = (sums[i] as number) + value;
        squares[i] = (squares[i] as number) + value * value;
        counts[i] = (counts[i] as number) + 1;
      }
    },
    isReady,
    lock() {
      isLocked = true;
    },
    isLocked() {
      return isLocked;
    },
  };
}
