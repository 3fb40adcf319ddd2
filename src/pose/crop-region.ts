/**
 * Which square of the frame the model looks at. The model's input is square, so a frame is never
 * stretched into it: the first look is the whole frame letterboxed (padded to a square), and once a person
 * is found the next frame is cropped around them, as the reference MoveNet pipeline does, so the body fills
 * the input and small joints like the knees get more of the model's pixels.
 */
import type { Keypoint, KeypointName } from '../core/form/keypoints.ts';

/** A square in frame pixels; it may reach past the frame's edges, where the model sees black. */
export interface CropRegion {
  left: number;
  top: number;
  size: number;
}

/** Keypoints scored below this do not steer the crop (the reference pipeline's value). */
export const MIN_CROP_KEYPOINT_SCORE = 0.2;
/** The crop reaches this many times the farthest torso joint from the hips' centre… */
const TORSO_EXPANSION = 1.9;
/** …and this many times the farthest body keypoint, whichever is larger. */
const BODY_EXPANSION = 1.2;
const TORSO_JOINTS: readonly KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'];

/** The whole frame, centred in a square: what the model sees while nobody has been found. */
export function letterboxRegion(width: number, height: number): CropRegion {
  const size = Math.max(width, height);
  return { left: (width - size) / 2, top: (height - size) / 2, size };
}

export function isLetterbox(region: CropRegion, width: number, height: number): boolean {
  const whole = letterboxRegion(width, height);
  return region.left === whole.left && region.top === whole.top && region.size === whole.size;
}

function findKeypoint(keypoints: readonly Keypoint[], name: KeypointName): Keypoint | undefined {
  return keypoints.find((keypoint) => keypoint.name === name);
}

function isConfident(keypoint: Keypoint | undefined): keypoint is Keypoint {
  return keypoint !== undefined && keypoint.score > MIN_CROP_KEYPOINT_SCORE;
}

/** A hip and a shoulder seen with some confidence: enough of a body to centre the next crop on. */
export function isTorsoVisible(keypoints: readonly Keypoint[]): boolean {
  const hasHip =
    isConfident(findKeypoint(keypoints, 'left_hip')) || isConfident(findKeypoint(keypoints, 'right_hip'));
  const hasShoulder =
    isConfident(findKeypoint(keypoints, 'left_shoulder')) ||
    isConfident(findKeypoint(keypoints, 'right_shoulder'));
  return hasHip && hasShoulder;
}

/**
 * The crop for the next frame from this frame's keypoints (in frame pixels): a square centred on the hips,
 * large enough for the torso and every confident keypoint with a margin for movement. Without a visible
 * torso, or when the person would need more than the whole frame, it falls back to the letterboxed frame.
 */
export function cropAroundPerson(keypoints: readonly Keypoint[], width: number, height: number): CropRegion {
  const leftHip = findKeypoint(keypoints, 'left_hip');
  const rightHip = findKeypoint(keypoints, 'right_hip');
  if (!isTorsoVisible(keypoints) || leftHip === undefined || rightHip === undefined) {
    return letterboxRegion(width, height);
  }
  const centerX = (leftHip.x + rightHip.x) / 2;
  const centerY = (leftHip.y + rightHip.y) / 2;
  let torsoRange = 0;
  for (const name of TORSO_JOINTS) {
    const joint = findKeypoint(keypoints, name);
    if (joint === undefined) continue;
    torsoRange = Math.max(torsoRange, Math.abs(centerX - joint.x), Math.abs(centerY - joint.y));
  }
  let bodyRange = 0;
  for (const keypoint of keypoints) {
    if (!isConfident(keypoint)) continue;
    bodyRange = Math.max(bodyRange, Math.abs(centerX - keypoint.x), Math.abs(centerY - keypoint.y));
  }
  const farthestEdge = Math.max(centerX, width - centerX, centerY, height - centerY);
  const half = Math.min(Math.max(torsoRange * TORSO_EXPANSION, bodyRange * BODY_EXPANSION), farthestEdge);
  if (!(half > 0) || half > Math.max(width, height) / 2) return letterboxRegion(width, height);
  return { left: centerX - half, top: centerY - half, size: 2 * half };
}
