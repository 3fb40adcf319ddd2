/**
 * Geometry of the side-view figure's skeleton (body.ts gives it a body and a front view): from a
 * FigurePose's segment angles to points on a drawing, and the joint angles the camera measures. Drawing coordinates follow SVG: x to the right (the way the figure
 * faces), y downwards, the floor a horizontal line near the bottom of a `size` × `size` box.
 */

import type { FigurePose, MeasuredAngle } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

export interface FigurePoints {
  /** Height of the floor line. */
  floorY: number;
  ankle: Point;
  /** Front of the (front) foot, on the floor. */
  toe: Point;
  knee: Point;
  hip: Point;
  shoulder: Point;
  /** Centre of the head. */
  head: Point;
  headRadius: number;
  /** Rear leg of a split stance; absent for two-footed and lying poses. */
  rearKnee?: Point;
  rearAnkle?: Point;
  rearToe?: Point;
}

/** Body proportions as fractions of the drawing size. Shin and thigh are equal to keep the maths plain. */
export const FIGURE_PROPORTIONS = {
  shin: 0.23,
  thigh: 0.23,
  trunk: 0.27,
  neck: 0.03,
  headRadius: 0.055,
  foot: 0.07,
  /** Ankle (and, lying, shoulder) height above the floor line. */
  ankleHeight: 0.025,
  /** Rear ankle height in a split stance: the heel is up, the weight on the ball of the foot. */
  rearAnkleHeight: 0.06,
  floorY: 0.93,
} as const;

/** Where the (front) ankle sits across the box, so each kind of pose fits inside it. */
const ANKLE_X = { standing: 0.5, split: 0.68, lying: 0.82 } as const;

function direction(degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  // SVG y grows downwards, so "up" (90°) is negative y.
  return { x: Math.cos(radians), y: -Math.sin(radians) };
}

function step(from: Point, degrees: number, length: number): Point {
  const d = direction(degrees);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

function hasRearLeg(pose: FigurePose): pose is FigurePose & { rearThigh: number; rearShin: number } {
  return pose.rearThigh !== undefined && pose.rearShin !== undefined;
}

/**
 * Places the figure in a `size` × `size` box. Upright poses grow from the ankle, which stays on the floor.
 * Lying poses ('back') also grow from the ankle, with +x pointing from the head towards the feet; a pose
 * whose segments close the chain puts the shoulders back on the floor.
 */
export function poseToPoints(pose: FigurePose, size: number): FigurePoints {
  const p = FIGURE_PROPORTIONS;
  const floorY = p.floorY * size;
  const isLying = pose.base === 'back';
  const ankleX = isLying ? ANKLE_X.lying : hasRearLeg(pose) ? ANKLE_X.split : ANKLE_X.standing;

  const ankle = { x: ankleX * size, y: floorY - p.ankleHeight * size };
  const toe = { x: ankle.x + p.foot * size, y: floorY };
  const knee = step(ankle, pose.shin, p.shin * size);
  const hip = step(knee, pose.thigh, p.thigh * size);
  const shoulder = step(hip, pose.trunk, p.trunk * size);
  const headRadius = p.headRadius * size;
  const headDistance = (p.neck + p.headRadius) * size;
  // Lying down, the head rests on the floor behind the shoulders whatever the trunk's tilt.
  const head = isLying
    ? { x: shoulder.x - headDistance, y: floorY - headRadius }
    : step(shoulder, pose.trunk, headDistance);

  const points: FigurePoints = { floorY, ankle, toe, knee, hip, shoulder, head, headRadius };
  if (hasRearLeg(pose)) {
    const rearKnee = step(hip, pose.rearThigh, p.thigh * size);
    const rearAnkle = step(rearKnee, pose.rearShin, p.shin * size);
    points.rearKnee = rearKnee;
    points.rearAnkle = rearAnkle;
    points.rearToe = { x: rearAnkle.x + p.foot * 0.8 * size, y: floorY };
  }
  return points;
}

/** Inner angle at `b` between the segments b→a and b→c, in degrees (0–180; a straight joint is 180). */
export function jointAngle(a: Point, b: Point, c: Point): number {
  const ux = a.x - b.x;
  const uy = a.y - b.y;
  const vx = c.x - b.x;
  const vy = c.y - b.y;
  const lengths = Math.hypot(ux, uy) * Math.hypot(vx, vy);
  if (lengths === 0) return Number.NaN;
  const cosine = Math.min(1, Math.max(-1, (ux * vx + uy * vy) / lengths));
  return (Math.acos(cosine) * 180) / Math.PI;
}

/** Moves from angle `a` towards `b` by the shorter way round. */
function interpolateAngle(a: number, b: number, t: number): number {
  const difference = ((((b - a) % 360) + 540) % 360) - 180;
  return a + difference * t;
}

/** The pose a fraction `t` (0 → `a`, 1 → `b`) of the way between two poses, segment by segment. */
export function interpolatePose(a: FigurePose, b: FigurePose, t: number): FigurePose {
  const pose: FigurePose = {
    base: t < 0.5 ? a.base : b.base,
    shin: interpolateAngle(a.shin, b.shin, t),
    thigh: interpolateAngle(a.thigh, b.thigh, t),
    trunk: interpolateAngle(a.trunk, b.trunk, t),
  };
  if (hasRearLeg(a) && hasRearLeg(b)) {
    pose.rearThigh = interpolateAngle(a.rearThigh, b.rearThigh, t);
    pose.rearShin = interpolateAngle(a.rearShin, b.rearShin, t);
  } else {
    const nearer = t < 0.5 ? a : b;
    if (hasRearLeg(nearer)) {
      pose.rearThigh = nearer.rearThigh;
      pose.rearShin = nearer.rearShin;
    }
  }
  return pose;
}

/** The joint angle the camera would measure on this pose; the same numbers the levels' ranges use. */
export function measuredAngleOfPose(pose: FigurePose, joint: MeasuredAngle): number {
  const points = poseToPoints(pose, 1);
  switch (joint) {
    case 'knee':
    case 'front-knee':
      return jointAngle(points.ankle, points.knee, points.hip);
    case 'hip':
    case 'hip-extension':
      return jointAngle(points.shoulder, points.hip, points.knee);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The smallest box holding every pose drawn at `size` (head included) and the floor under them, with a
 * margin, so a drawing can frame a lying bridge as well as a standing squat.
 */
export function figureBox(poses: readonly FigurePose[], size: number, margin = 0.06 * size): Box {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const pose of poses) {
    const points = poseToPoints(pose, size);
    const { floorY, headRadius, head, ...joints } = points;
    const all: Point[] = Object.values(joints).filter((value): value is Point => typeof value === 'object');
    all.push(
      { x: head.x - headRadius, y: head.y - headRadius },
      { x: head.x + headRadius, y: head.y + headRadius },
      { x: head.x, y: floorY },
    );
    for (const point of all) {
      minX = Math.min(minX, point.x);
      minY = Math.min(minY, point.y);
      maxX = Math.max(maxX, point.x);
      maxY = Math.max(maxY, point.y);
    }
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: size, height: size };
  return {
    x: minX - margin,
    y: minY - margin,
    width: maxX - minX + 2 * margin,
    height: maxY - minY + 2 * margin,
  };
}
