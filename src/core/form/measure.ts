/**
 * One frame's measurements for an exercise, from smoothed keypoints and the member's start baseline:
 * the catalogue's joint angle (the one range levels are defined by), knee valgus from the front and trunk
 * lean from the side. Writes into a reused object; nothing is allocated per frame.
 */
import type { CameraView } from '../catalogue/index.ts';
import type { MeasurementProfile } from './exercise-profiles.ts';
import { angleFromUpright, jointAngle, jointAngleFromFront } from './geometry.ts';
import { ANKLE, type BodySide, HIP, KNEE, type PosePoints, pointX, pointY, SHOULDER } from './keypoints.ts';
import { type BodyFeatures, FEATURE, type StartBaseline } from './start-baseline.ts';

export interface FrameMeasurement {
  /** The catalogue's joint angle, best estimate in degrees; NaN when it cannot be measured. */
  angle: number;
  /** The same joint's angle as drawn in the picture. From the front this reads a squat shallower. */
  imageAngle: number;
  /** Knee angle in the picture, side view: the hinge keeps it nearly constant. */
  kneeAngle: number;
  /** Trunk lean from upright, degrees, side view only. */
  trunkLean: number;
  /**
   * How far the knees have moved inside the feet since the start, as an inward tilt of the shin, degrees;
   * front view. Two-legged: from the knee-to-ankle width, so a body turned a little from the camera (both
   * knees drifting the same way as they travel forward) does not read as valgus. Split squat: the front
   * knee against its own foot.
   */
  valgus: number;
  /** Knee-to-ankle width ratio over the standing one: below 1 the knees have come closer together. */
  kneeWidthRatio: number;
  /** Frontal-plane knee angle change since standing, degrees, positive towards valgus; front view. */
  frontalKneeAngleChange: number;
}

export function createFrameMeasurement(): FrameMeasurement {
  return {
    angle: Number.NaN,
    imageAngle: Number.NaN,
    kneeAngle: Number.NaN,
    trunkLean: Number.NaN,
    valgus: Number.NaN,
    kneeWidthRatio: Number.NaN,
    frontalKneeAngleChange: Number.NaN,
  };
}

function meanOfSeen(left: number, right: number): number {
  if (Number.isNaN(left)) return right;
  if (Number.isNaN(right)) return left;
  return (left + right) / 2;
}

/** The knee's angle as the picture shows it (hip–knee–ankle in 2D), degrees; NaN when a point is unseen. */
export function imageKneeAngle(points: PosePoints, side: BodySide): number {
  return jointAngle(
    pointX(points, HIP[side]),
    pointY(points, HIP[side]),
    pointX(points, KNEE[side]),
    pointY(points, KNEE[side]),
    pointX(points, ANKLE[side]),
    pointY(points, ANKLE[side]),
  );
}

function imageHipAngle(points: PosePoints, side: BodySide): number {
  return jointAngle(
    pointX(points, SHOULDER[side]),
    pointY(points, SHOULDER[side]),
    pointX(points, HIP[side]),
    pointY(points, HIP[side]),
    pointX(points, KNEE[side]),
    pointY(points, KNEE[side]),
  );
}

function frontKneeAngle(points: PosePoints, side: BodySide, thighLength: number, shinLength: number): number {
  return jointAngleFromFront(
    pointX(points, HIP[side]),
    pointY(points, HIP[side]),
    pointX(points, KNEE[side]),
    pointY(points, KNEE[side]),
    pointX(points, ANKLE[side]),
    pointY(points, ANKLE[side]),
    thighLength,
    shinLength,
  );
}

/**
 * Standing lengths of thigh and shin. Both legs are the same length, so the squat averages the two; in a
 * split stance the front thigh already points at the camera, so the longer-looking one is the true length.
 */
function standingLengths(baseline: StartBaseline, isSplitStance: boolean): { thigh: number; shin: number } {
  const combine = isSplitStance ? Math.max : meanOfSeen;
  return {
    thigh: combine(baseline.mean(FEATURE.thighLeft), baseline.mean(FEATURE.thighRight)),
    shin: combine(baseline.mean(FEATURE.shinLeft), baseline.mean(FEATURE.shinRight)),
  };
}

/**
 * The front leg of a split stance: its shin stands upright, so its ankle hangs furthest below its knee,
 * from the front (the back shin points away from the camera) and from the side (the back shin slopes).
 * Positive means the left leg is in front.
 */
export function leftLegForwardness(points: PosePoints): number {
  const left = pointY(points, ANKLE.left) - pointY(points, KNEE.left);
  const right = pointY(points, ANKLE.right) - pointY(points, KNEE.right);
  return left - right;
}

function inwardTiltDegrees(inward: number, shinLength: number): number {
  return (Math.asin(Math.max(-1, Math.min(1, inward / shinLength))) * 180) / Math.PI;
}

/** One knee against its own foot: for a leg working alone. */
function oneKneeValgus(
  features: BodyFeatures,
  baseline: StartBaseline,
  side: BodySide,
  shin: number,
): number {
  const feature = side === 'left' ? FEATURE.kneeOutsideAnkleLeft : FEATURE.kneeOutsideAnkleRight;
  return inwardTiltDegrees(baseline.mean(feature) - (features[feature] as number), shin);
}

/** Both knees against both feet: the knee gap the standing ratio predicts, less the gap there is, halved. */
function bothKneesValgus(features: BodyFeatures, standingRatio: number, shin: number): number {
  const expectedKneeWidth = standingRatio * (features[FEATURE.ankleWidth] as number);
  return inwardTiltDegrees((expectedKneeWidth - (features[FEATURE.kneeWidth] as number)) / 2, shin);
}

function frontalChange(features: BodyFeatures, baseline: StartBaseline, feature: number): number {
  return (features[feature] as number) - baseline.mean(feature);
}

function trunkLean(points: PosePoints): number {
  const hipX = meanOfSeen(pointX(points, HIP.left), pointX(points, HIP.right));
  const hipY = meanOfSeen(pointY(points, HIP.left), pointY(points, HIP.right));
  const shoulderX = meanOfSeen(pointX(points, SHOULDER.left), pointX(points, SHOULDER.right));
  const shoulderY = meanOfSeen(pointY(points, SHOULDER.left), pointY(points, SHOULDER.right));
  return angleFromUpright(hipX, hipY, shoulderX, shoulderY);
}

/**
 * Fills `out` for one frame. `workingSide` is the front leg of a split squat (null for two-legged
 * exercises). Before the baseline exists, front-view angles are read as drawn in the picture.
 */
export function measureFrame(
  profile: MeasurementProfile,
  view: CameraView,
  points: PosePoints,
  features: BodyFeatures,
  baseline: StartBaseline,
  workingSide: BodySide | null,
  out: FrameMeasurement,
): void {
  const isKnee = profile.joint === 'knee' || profile.joint === 'front-knee';
  const left = isKnee ? imageKneeAngle(points, 'left') : imageHipAngle(points, 'left');
  const right = isKnee ? imageKneeAngle(points, 'right') : imageHipAngle(points, 'right');
  out.imageAngle = workingSide === null ? meanOfSeen(left, right) : workingSide === 'left' ? left : right;
  out.kneeAngle = meanOfSeen(imageKneeAngle(points, 'left'), imageKneeAngle(points, 'right'));
  out.trunkLean = view === 'side' ? trunkLean(points) : Number.NaN;
  out.valgus = Number.NaN;
  out.kneeWidthRatio = Number.NaN;
  out.frontalKneeAngleChange = Number.NaN;
  out.angle = out.imageAngle;
  if (view !== 'front' || !isKnee) return;

  const lengths = standingLengths(baseline, workingSide !== null);
  if (Number.isNaN(lengths.thigh) || Number.isNaN(lengths.shin)) return;
  const standingRatio = baseline.mean(FEATURE.kneeWidth) / baseline.mean(FEATURE.ankleWidth);
  const ratio = (features[FEATURE.kneeWidth] as number) / (features[FEATURE.ankleWidth] as number);
  if (workingSide === null) {
    out.angle = meanOfSeen(
      frontKneeAngle(points, 'left', lengths.thigh, lengths.shin),
      frontKneeAngle(points, 'right', lengths.thigh, lengths.shin),
    );
    out.valgus = bothKneesValgus(features, standingRatio, lengths.shin);
    out.kneeWidthRatio = ratio / standingRatio;
    // Averaged over both knees for the same reason as the width: turning the body moves them oppositely.
    out.frontalKneeAngleChange =
      (frontalChange(features, baseline, FEATURE.frontalBendLeft) +
        frontalChange(features, baseline, FEATURE.frontalBendRight)) /
      2;
  } else {
    out.angle = frontKneeAngle(points, workingSide, lengths.thigh, lengths.shin);
    out.valgus = oneKneeValgus(features, baseline, workingSide, lengths.shin);
    out.frontalKneeAngleChange = frontalChange(
      features,
      baseline,
      workingSide === 'left' ? FEATURE.frontalBendLeft : FEATURE.frontalBendRight,
    );
  }
}
