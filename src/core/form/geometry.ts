/**
 * Plane geometry on keypoints in image coordinates (x to the right, y downwards). Every function takes
 * plain numbers, so the per-frame analysis allocates nothing; a missing keypoint (NaN) gives NaN.
 */

const DEGREES_PER_RADIAN = 180 / Math.PI;

/** The inner angle at joint b between the segments b→a and b→c, in degrees (180 = straight). */
export function jointAngle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const ux = ax - bx;
  const uy = ay - by;
  const vx = cx - bx;
  const vy = cy - by;
  const lengths = Math.hypot(ux, uy) * Math.hypot(vx, vy);
  if (!(lengths > 0)) return Number.NaN;
  return Math.acos(clampUnit((ux * vx + uy * vy) / lengths)) * DEGREES_PER_RADIAN;
}

/** How far the segment from → to leans away from straight up, in degrees (0 = upright, 90 = level). */
export function angleFromUpright(fromX: number, fromY: number, toX: number, toY: number): number {
  const dx = toX - fromX;
  const upwards = fromY - toY;
  if (dx === 0 && upwards === 0) return Number.NaN;
  return Math.atan2(Math.abs(dx), upwards) * DEGREES_PER_RADIAN;
}

/**
 * How far a segment of known length reaches towards or away from the camera, from how short it looks
 * (0 when it looks full length or longer, as jitter can make it). Near full length the inverse cosine is
 * steep, so jitter there reads as a few degrees of tilt: the rep thresholds allow for it (RepSegmenter's
 * jitter margin), and at the bottom of a rep, where the level is read, the estimate is well conditioned.
 */
export function depthFromForeshortening(projectedLength: number, trueLength: number): number {
  const squared = trueLength * trueLength - projectedLength * projectedLength;
  return squared > 0 ? Math.sqrt(squared) : 0;
}

/**
 * The joint angle at b in three dimensions, estimated from a front view: each segment's reach towards the
 * camera comes from its foreshortening against its standing length, and the joint is taken to be the
 * point nearest the camera (true of a knee in a squat: it travels forward, the hip and ankle stay back).
 */
export function jointAngleFromFront(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  lengthBA: number,
  lengthBC: number,
): number {
  const ux = ax - bx;
  const uy = ay - by;
  const vx = cx - bx;
  const vy = cy - by;
  const uz = depthFromForeshortening(Math.hypot(ux, uy), lengthBA);
  const vz = depthFromForeshortening(Math.hypot(vx, vy), lengthBC);
  const lengths = Math.hypot(ux, uy, uz) * Math.hypot(vx, vy, vz);
  if (!(lengths > 0)) return Number.NaN;
  return Math.acos(clampUnit((ux * vx + uy * vy + uz * vz) / lengths)) * DEGREES_PER_RADIAN;
}

export function distance(ax: number, ay: number, bx: number, by: number): number {
  return Math.hypot(ax - bx, ay - by);
}

function clampUnit(value: number): number {
  return Math.min(1, Math.max(-1, value));
}
