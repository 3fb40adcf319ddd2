/**
 * Frames in, keypoints in frame pixels out: the part of the pose runtime shared by the browser and Node.
 * It keeps one piece of state, the region the person was found in, to crop the next frame around them.
 * It knows nothing about exercises; the form check (src/core/form) reads what it returns.
 */
import { KEYPOINT_NAMES, type Keypoint, type PoseFrame } from '../core/form/keypoints.ts';
import { type CropRegion, cropAroundPerson, isLetterbox, letterboxRegion } from './crop-region.ts';
import type { PoseModel } from './movenet-model.ts';

/** Below this mean keypoint score nobody is there (the reference pipeline's value). */
export const MIN_POSE_SCORE = 0.25;

export interface FrameSize {
  width: number;
  height: number;
}

/** How a runtime gets pixels out of its kind of frame (an ffmpeg buffer, a video element, a bitmap). */
export interface FrameReader<Frame> {
  size(frame: Frame): FrameSize;
  /** Writes `region`, scaled to `inputSize`² RGB pixels, into `out`; black outside the frame. */
  writeCrop(frame: Frame, region: CropRegion, inputSize: number, out: Int32Array): void;
}

/** One frame's pose; `keypoints` is empty when nobody was found. */
export interface DetectedPose extends PoseFrame {
  /** Mean keypoint score, 0–1. */
  score: number;
  /** The part of the frame the model looked at, for drawing or debugging. */
  region: CropRegion;
}

export interface PoseDetector<Frame> {
  detect(frame: Frame, timestampMs: number): Promise<DetectedPose>;
  /** Forgets where the person was: call it when the video jumps (a seek, another camera). */
  reset(): void;
}

export interface PoseDetectorOptions {
  /**
   * When a person is first found in the whole (letterboxed) frame, look again at the crop around them
   * before answering. Costs one extra model run per new person; without it the first frame of every
   * recording, and of every part a worker takes, is read from a small, blurry person.
   */
  isRefiningNewPerson?: boolean;
}

function toKeypoints(values: Float32Array, region: CropRegion): Keypoint[] {
  return KEYPOINT_NAMES.map((name, index) => ({
    name,
    x: region.left + (values[3 * index + 1] as number) * region.size,
    y: region.top + (values[3 * index] as number) * region.size,
    score: values[3 * index + 2] as number,
  }));
}

function meanScore(keypoints: readonly Keypoint[]): number {
  return keypoints.reduce((sum, keypoint) => sum + keypoint.score, 0) / keypoints.length;
}

export function createPoseDetector<Frame>(
  model: PoseModel,
  reader: FrameReader<Frame>,
  options: PoseDetectorOptions = {},
): PoseDetector<Frame> {
  const isRefiningNewPerson = options.isRefiningNewPerson ?? true;
  const input = new Int32Array(model.inputSize * model.inputSize * 3);
  let lastRegion: CropRegion | null = null;
  let lastSize: FrameSize = { width: 0, height: 0 };

  async function look(frame: Frame, region: CropRegion): Promise<Keypoint[]> {
    reader.writeCrop(frame, region, model.inputSize, input);
    return toKeypoints(await model.run(input), region);
  }

  return {
    async detect(frame, timestampMs) {
      const size = reader.size(frame);
      if (!(size.width > 0 && size.height > 0)) {
        // A video element before its first frame has no size: nothing to look at yet.
        return { timestampMs, keypoints: [], score: 0, region: { left: 0, top: 0, size: 0 } };
      }
      if (size.width !== lastSize.width || size.height !== lastSize.height) lastRegion = null;
      lastSize = size;
      let region = lastRegion ?? letterboxRegion(size.width, size.height);
      let keypoints = await look(frame, region);
      let score = meanScore(keypoints);
      if (isRefiningNewPerson && score >= MIN_POSE_SCORE && isLetterbox(region, size.width, size.height)) {
        const closer = cropAroundPerson(keypoints, size.width, size.height);
        if (!isLetterbox(closer, size.width, size.height)) {
          region = closer;
          keypoints = await look(frame, region);
          score = meanScore(keypoints);
        }
      }
      const isPerson = score >= MIN_POSE_SCORE;
      // Losing the person resets the crop to the whole frame, so they are found again wherever they went.
      lastRegion = isPerson ? cropAroundPerson(keypoints, size.width, size.height) : null;
      return { timestampMs, keypoints: isPerson ? keypoints : [], score, region };
    },
    reset() {
      lastRegion = null;
    },
  };
}
