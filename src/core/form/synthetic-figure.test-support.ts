/**
 * A stick figure for the accuracy tests: joint angles drive a 3D skeleton (x: the figure's left, y: up,
 * z: the way it faces), with the figure's proportions taken from average adult body segments (in body
 * heights). synthetic-recording films it.
 */
import type { KeypointName } from './keypoints.ts';
import type { SyntheticSet } from './synthetic-recording.test-support.ts';

export type SyntheticExercise = 'squat' | 'hip-hinge' | 'split-squat' | 'glute-bridge';

export interface SyntheticRep {
  /** The measured joint's angle at the turn: knee (squat, split squat), hip (hinge, bridge). */
  turnAngle: number;
  durationMs: number;
  /** Inward tilt of the shin at the bottom, degrees (0: knees stay over the feet). */
  valgus?: number;
  /** Forward trunk lean at the bottom on top of the natural one, degrees. */
  extraLean?: number;
}

export type Vec = [number, number, number];
export type Skeleton = Record<KeypointName, Vec>;

const SHIN = 0.245;
const THIGH = 0.245;
const TRUNK = 0.29;
const ANKLE_HEIGHT = 0.04;
const LEG_HALF_GAP = 0.07;
const SHOULDER_HALF = 0.1;
const RADIANS = Math.PI / 180;
const SIDES = [
  ['left', 1],
  ['right', -1],
] as const;

function add(a: Vec, b: Vec, scale = 1): Vec {
  return [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
}

/** Up, tilted `forward` degrees the way the leg points and `inward` degrees towards the other leg. */
function legDirection(forward: number, inward: number, sign: number, toeOut: number): Vec {
  const f = forward * RADIANS;
  const i = inward * RADIANS;
  const t = toeOut * RADIANS;
  const v: Vec = [
    sign * (Math.sin(f) * Math.sin(t) - Math.sin(i) * Math.cos(f)),
    Math.cos(f) * Math.cos(i),
    Math.sin(f) * Math.cos(t),
  ];
  const length = Math.hypot(...v);
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** A direction in the figure's own side view: degrees counter-clockwise from facing forward. */
function sagittal(degrees: number): Vec {
  return [0, Math.sin(degrees * RADIANS), Math.cos(degrees * RADIANS)];
}

export function angleAt(a: Vec, b: Vec, c: Vec): number {
  const u = [a[0] - b[0], a[1] - b[1], a[2] - b[2]] as const;
  const v = [c[0] - b[0], c[1] - b[1], c[2] - b[2]] as const;
  const cosine = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(...u) * Math.hypot(...v));
  return Math.acos(Math.max(-1, Math.min(1, cosine))) / RADIANS;
}

function midpoint(a: Vec, b: Vec): Vec {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}

/** Shoulders, head and arms on the trunk; `armDirection` is where the arms hang. */
function addUpperBody(skeleton: Partial<Skeleton>, trunk: Vec, armDirection: Vec): void {
  const hipMid = midpoint(skeleton.left_hip as Vec, skeleton.right_hip as Vec);
  const shoulderMid = add(hipMid, trunk, TRUNK);
  const head = add(shoulderMid, trunk, 0.11);
  skeleton.nose = add(head, [0, 0, 0.03]);
  for (const [side, sign] of SIDES) {
    const shoulder = add(shoulderMid, [sign * SHOULDER_HALF, 0, 0]);
    skeleton[`${side}_shoulder`] = shoulder;
    skeleton[`${side}_elbow`] = add(shoulder, armDirection, 0.19);
    skeleton[`${side}_wrist`] = add(shoulder, armDirection, 0.37);
    skeleton[`${side}_eye`] = add(head, [sign * 0.02, 0.01, 0.025]);
    skeleton[`${side}_ear`] = add(head, [sign * 0.045, 0, 0]);
  }
}

/** Squat, hinge or split squat at `angle` of the measured joint; feet planted, the pelvis follows. */
function standingPose(set: SyntheticSet, angle: number, valgus: number, extraLean: number): Skeleton {
  const skeleton: Partial<Skeleton> = {};
  const toeOut = set.toeOut ?? 0;
  const frontSign = set.frontLeg === 'right' ? -1 : 1;
  const flexion = 180 - angle;
  let trunkLean = extraLean;
  for (const [side, sign] of SIDES) {
    let shinLean = 0.38 * flexion;
    let thighLean = 0.62 * flexion;
    if (set.exercise === 'hip-hinge') {
      shinLean = 5;
      thighLean = 10;
    } else if (set.exercise === 'split-squat') {
      // Interpolates the catalogue's split-squat figure: the front shin leans back at the top.
      shinLean = -19 + (flexion - 10) * (28 / 78);
      thighLean = flexion - shinLean;
    }
    const ankle: Vec = [sign * LEG_HALF_GAP, ANKLE_HEIGHT, 0];
    const inward = set.exercise === 'split-squat' && sign !== frontSign ? 0 : valgus;
    skeleton[`${side}_ankle`] = ankle;
    const knee = add(ankle, legDirection(shinLean, inward, sign, toeOut), SHIN);
    // The pelvis hardly follows a caving knee: the thigh points from the knee to where the hip would be
    // without it, keeping its length (bones do not stretch).
    const plainKnee = add(ankle, legDirection(shinLean, 0, sign, toeOut), SHIN);
    const plainHip = add(plainKnee, legDirection(-thighLean, 0, sign, toeOut), THIGH);
    const towardsHip: Vec = [plainHip[0] - knee[0], plainHip[1] - knee[1], plainHip[2] - knee[2]];
    skeleton[`${side}_knee`] = knee;
    skeleton[`${side}_hip`] = add(knee, towardsHip, THIGH / Math.hypot(...towardsHip));
  }
  if (set.exercise === 'squat') trunkLean += 0.4 * flexion;
  if (set.exercise === 'hip-hinge') trunkLean = 180 - angle - 10;
  if (set.exercise === 'split-squat') {
    const rear = frontSign > 0 ? 'right' : 'left';
    const front = frontSign > 0 ? 'left' : 'right';
    const progress = Math.max(0, (flexion - 10) / 78);
    const hip: Vec = [-frontSign * LEG_HALF_GAP, ...(skeleton[`${front}_hip`] as Vec).slice(1)] as Vec;
    const knee = add(hip, sagittal(260 + 15 * progress), THIGH);
    skeleton[`${rear}_hip`] = hip;
    skeleton[`${rear}_knee`] = knee;
    skeleton[`${rear}_ankle`] = add(knee, sagittal(223 - 41 * progress), SHIN);
  }
  addUpperBody(skeleton, legDirection(trunkLean, 0, 1, 0), [0, -1, 0]);
  return skeleton as Skeleton;
}

/** Lying on the back, feet planted: the catalogue's bridge figure from lying (0) to full bridge (1). */
function bridgePose(lift: number): Skeleton {
  const skeleton: Partial<Skeleton> = {};
  for (const [side, sign] of SIDES) {
    const ankle: Vec = [sign * LEG_HALF_GAP, ANKLE_HEIGHT, 0.75];
    const knee = add(ankle, sagittal(135 - 10 * lift), SHIN);
    skeleton[`${side}_ankle`] = ankle;
    skeleton[`${side}_knee`] = knee;
    skeleton[`${side}_hip`] = add(knee, sagittal(225 - 21 * lift), THIGH);
  }
  addUpperBody(skeleton, sagittal(180 + 21 * lift), [0, 0, 1]);
  return skeleton as Skeleton;
}

export function measuredAngle(
  exercise: SyntheticExercise,
  skeleton: Skeleton,
  side: 'left' | 'right',
): number {
  return exercise === 'hip-hinge' || exercise === 'glute-bridge'
    ? angleAt(skeleton[`${side}_shoulder`], skeleton[`${side}_hip`], skeleton[`${side}_knee`])
    : angleAt(skeleton[`${side}_hip`], skeleton[`${side}_knee`], skeleton[`${side}_ankle`]);
}

/** The bridge's lift (0–1.1) that puts the hip angle at `target`, found by halving the interval. */
function liftForHipAngle(target: number): number {
  let low = 0;
  let high = 1.1;
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2;
    if (measuredAngle('glute-bridge', bridgePose(middle), 'left') < target) low = middle;
    else high = middle;
  }
  return low;
}

/** Where each exercise starts: standing (almost straight knee or hip), or in the stride. */
const START_ANGLE: Record<Exclude<SyntheticExercise, 'glute-bridge'>, number> = {
  squat: 177,
  'hip-hinge': 176,
  'split-squat': 170,
};

const bridgeLifts = new WeakMap<SyntheticRep, number>();

function bridgeLift(rep: SyntheticRep): number {
  const lift = bridgeLifts.get(rep) ?? liftForHipAngle(rep.turnAngle);
  bridgeLifts.set(rep, lift);
  return lift;
}

/**
 * Valgus tilts the shin sideways, which changes the knee's true 3D angle; the drive angle is the
 * side-view angle that, with the rep's valgus, puts the true angle at the rep's `turnAngle`.
 */
const driveAngles = new WeakMap<SyntheticRep, number>();

function driveAngle(set: SyntheticSet, rep: SyntheticRep): number {
  const cached = driveAngles.get(rep);
  if (cached !== undefined) return cached;
  const side = set.frontLeg ?? 'left';
  let low = rep.turnAngle - 45;
  let high = Math.min(180, rep.turnAngle + 45);
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2;
    const skeleton = standingPose(set, middle, rep.valgus ?? 0, rep.extraLean ?? 0);
    if (measuredAngle(set.exercise, skeleton, side) < rep.turnAngle) low = middle;
    else high = middle;
  }
  driveAngles.set(rep, low);
  return low;
}

export function skeletonAt(set: SyntheticSet, rep: SyntheticRep | undefined, progress: number): Skeleton {
  if (set.exercise === 'glute-bridge') return bridgePose(rep === undefined ? 0 : bridgeLift(rep) * progress);
  const start = START_ANGLE[set.exercise];
  const angle = rep === undefined ? start : start + (driveAngle(set, rep) - start) * progress;
  return standingPose(set, angle, (rep?.valgus ?? 0) * progress, (rep?.extraLean ?? 0) * progress);
}
