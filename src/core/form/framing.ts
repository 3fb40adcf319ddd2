/**
 * Is the member in the picture, and seen from the side the exercise needs? Checked on every frame before
 * anything is measured, so a cut-off foot becomes an instruction instead of a wrong angle.
 */
import type { CameraView } from '../catalogue/index.ts';
import { ANKLE, HIP, hasPoint, KNEE, NOSE, type PosePoints, pointX, pointY, SHOULDER } from './keypoints.ts';

export type FramingProblem = 'no-person' | 'show-feet' | 'show-head' | 'show-whole-body';

function isInFrame(points: PosePoints, index: number, width: number, height: number): boolean {
  const x = pointX(points, index);
  const y = pointY(points, index);
  return x >= 0 && x <= width && y >= 0 && y <= height;
}

function isLegInFrame(points: PosePoints, side: 'left' | 'right', width: number, height: number): boolean {
  return (
    isInFrame(points, HIP[side], width, height) &&
    isInFrame(points, KNEE[side], width, height) &&
    isInFrame(points, ANKLE[side], width, height)
  );
}

/**
 * The first thing keeping the body out of view, or null when everything needed is in the frame: both legs
 * from hip to ankle when `needsBothLegs` (front view, or legs doing different things), else one whole leg,
 * and a shoulder on the same side as a whole leg.
 */
export function findFramingProblem(
  points: PosePoints,
  width: number,
  height: number,
  needsBothLegs: boolean,
): FramingProblem | null {
  const hasLeft = isLegInFrame(points, 'left', width, height);
  const hasRight = isLegInFrame(points, 'right', width, height);
  const hasLegs = needsBothLegs ? hasLeft && hasRight : hasLeft || hasRight;
  const hasHips = isInFrame(points, HIP.left, width, height) || isInFrame(points, HIP.right, width, height);
  const hasShoulder =
    (hasLeft && isInFrame(points, SHOULDER.left, width, height)) ||
    (hasRight && isInFrame(points, SHOULDER.right, width, height));
  if (!hasHips && !hasShoulder && !isInFrame(points, NOSE, width, height)) return 'no-person';
  if (!hasLegs) {
    const hasKnees =
      isInFrame(points, KNEE.left, width, height) || isInFrame(points, KNEE.right, width, height);
    return hasKnees ? 'show-feet' : 'show-whole-body';
  }
  if (!hasShoulder) return 'show-head';
  return null;
}

/**
 * Side-to-side body width against trunk length. Facing the camera the shoulders and hips are about as
 * wide as the trunk is long; side-on they overlap and the ratio falls towards zero. Leaning towards the
 * camera shortens the trunk and only makes a front view look more frontal, so depth does not confuse it.
 * When the model cannot see the far shoulder and the far hip, that side is hidden: a side view. NaN when
 * the frame cannot tell (a single keypoint missing, or no trunk).
 */
export function bodyWidthRatio(points: PosePoints): number {
  const hasLeft = hasPoint(points, SHOULDER.left) && hasPoint(points, HIP.left);
  const hasRight = hasPoint(points, SHOULDER.right) && hasPoint(points, HIP.right);
  if (!hasLeft && !hasRight) return Number.NaN;
  if (hasLeft !== hasRight) {
    const far = hasLeft ? 'right' : 'left';
    return !hasPoint(points, SHOULDER[far]) && !hasPoint(points, HIP[far]) ? 0 : Number.NaN;
  }
  const trunkLength = Math.hypot(
    (pointX(points, SHOULDER.left) +
      pointX(points, SHOULDER.right) -
      pointX(points, HIP.left) -
      pointX(points, HIP.right)) /
      2,
    (pointY(points, SHOULDER.left) +
      pointY(points, SHOULDER.right) -
      pointY(points, HIP.left) -
      pointY(points, HIP.right)) /
      2,
  );
  if (!(trunkLength > 0)) return Number.NaN;
  return (
    (widthBetween(points, SHOULDER.left, SHOULDER.right) + widthBetween(points, HIP.left, HIP.right)) /
    trunkLength
  );
}

function widthBetween(points: PosePoints, left: number, right: number): number {
  return Math.hypot(
    pointX(points, left) - pointX(points, right),
    pointY(points, left) - pointY(points, right),
  );
}

const FRONT_ABOVE = 0.7;
const SIDE_BELOW = 0.45;
/** Time constant of the ratio's smoothing: one turned-away frame should not flip the view. */
const VIEW_SMOOTHING_MS = 300;

export interface ViewTracker {
  /** The view after this frame: 'unknown' until the ratio is clearly frontal or clearly side-on. */
  update(points: PosePoints, timestampMs: number): CameraView | 'unknown';
}

/** Decides front or side with hysteresis, so standing half-turned does not flicker between the two. */
export function createViewTracker(): ViewTracker {
  let view: CameraView | 'unknown' = 'unknown';
  let smoothedRatio = Number.NaN;
  let lastMs = 0;
  return {
    update(points, timestampMs) {
      const ratio = bodyWidthRatio(points);
      if (Number.isNaN(ratio)) return view;
      if (Number.isNaN(smoothedRatio)) {
        smoothedRatio = ratio;
      } else {
        const weight = 1 - Math.exp(-Math.max(0, timestampMs - lastMs) / VIEW_SMOOTHING_MS);
        smoothedRatio += weight * (ratio - smoothedRatio);
      }
      lastMs = timestampMs;
      if (smoothedRatio >= FRONT_ABOVE) view = 'front';
      else if (smoothedRatio <= SIDE_BELOW) view = 'side';
      return view;
    },
  };
}
