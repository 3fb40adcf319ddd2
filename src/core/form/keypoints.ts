/**
 * The input of the form check: frames of MoveNet's 17 keypoints in pixel coordinates. The pose runtime
 * (src/pose) produces them; everything here only reads them.
 */

export const KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;
export type KeypointName = (typeof KEYPOINT_NAMES)[number];

export interface Keypoint {
  name: KeypointName;
  /** Pixels from the left edge of the frame. */
  x: number;
  /** Pixels from the top edge of the frame. */
  y: number;
  /** The model's confidence, 0–1. */
  score: number;
}

export interface PoseFrame {
  /** When the frame was captured (camera) or shown (recording); any origin, milliseconds, increasing. */
  timestampMs: number;
  keypoints: readonly Keypoint[];
}

export type BodySide = 'left' | 'right';

/** Keypoint indices in the MoveNet order, for the flat arrays the analysis works on. */
export const NOSE = 0;
export const SHOULDER = { left: 5, right: 6 } as const;
export const HIP = { left: 11, right: 12 } as const;
export const KNEE = { left: 13, right: 14 } as const;
export const ANKLE = { left: 15, right: 16 } as const;

const INDEX_BY_NAME = new Map<string, number>(KEYPOINT_NAMES.map((name, index) => [name, index]));

/** The same index with left and right exchanged (nose stays). */
function otherSide(index: number): number {
  return index === NOSE ? NOSE : index % 2 === 1 ? index + 1 : index - 1;
}

/**
 * A pose as a flat array: x, y of keypoint i at [2i], [2i + 1], NaN when the keypoint is missing or its
 * score is below the gate. One array is reused for every frame, so reading a frame allocates nothing.
 */
export type PosePoints = Float64Array;

export function createPosePoints(): PosePoints {
  return new Float64Array(KEYPOINT_NAMES.length * 2).fill(Number.NaN);
}

/**
 * Copies a frame's keypoints into `out`, dropping those scored below `minScore`. A mirrored (selfie) image
 * makes the model call the member's left side "right", so `isMirrored` swaps the names back; every
 * measurement is the same either way, only which side is which would be wrong.
 */
export function readKeypoints(
  frame: PoseFrame,
  minScore: number,
  isMirrored: boolean,
  out: PosePoints,
): number {
  out.fill(Number.NaN);
  let found = 0;
  for (const keypoint of frame.keypoints) {
    const modelIndex = INDEX_BY_NAME.get(keypoint.name);
    if (modelIndex === undefined) continue;
    if (!(keypoint.score >= minScore) || !Number.isFinite(keypoint.x) || !Number.isFinite(keypoint.y))
      continue;
    const index = isMirrored ? otherSide(modelIndex) : modelIndex;
    out[2 * index] = keypoint.x;
    out[2 * index + 1] = keypoint.y;
    found++;
  }
  return found;
}

export function hasPoint(points: PosePoints, index: number): boolean {
  return !Number.isNaN(points[2 * index] as number);
}

export function pointX(points: PosePoints, index: number): number {
  return points[2 * index] as number;
}

export function pointY(points: PosePoints, index: number): number {
  return points[2 * index + 1] as number;
}
