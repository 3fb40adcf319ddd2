/**
 * A recording cut into contiguous parts, one per worker, and one part's poses found on this thread.
 * Which part a frame belongs to is decided here from its time stamp, not by where ffmpeg stops, so every
 * frame lands in exactly one part whatever the container's time offsets.
 */
import type { PoseModel } from '../movenet-model.ts';
import { createPackedImageReader } from '../packed-image-reader.ts';
import { createPoseDetector, type DetectedPose } from '../pose-detector.ts';
import { type DecodeOptions, decodedSize, decodeVideoFrames } from './decode-video.ts';
import type { VideoInfo } from './probe-video.ts';

/** Frames with time stamps (from the first frame) at or after `fromMs` and before `toMs`. */
export interface VideoPart {
  fromMs?: number;
  toMs?: number;
}

/**
 * A part is read with a few frames before it, whose poses are thrown away: the detector follows the
 * person from frame to frame, so the part's first frame is then seen through a crop that has followed
 * them, as in a single pass, rather than from a cold start. (The crop chains of two passes need not
 * match to the pixel, so keypoints may differ by a few pixels with the number of cores; the reps do not.)
 */
const LEAD_IN_FRAMES = 3;
/** ffmpeg reads a little past the part's end, in case the container's start offset shifts its cut. */
const END_MARGIN_SECONDS = 0.25;
/**
 * Frames are decoded at most this size on their longer side: the model sees a 192-pixel square around
 * the person anyway. On the squat video (720×1280) the bottoms read the same as at full size (within 1°),
 * and ffmpeg, which shares the cores with the models, converts a third of the pixels.
 */
export const DEFAULT_MAX_SIDE = 640;
const PROGRESS_EVERY_FRAMES = 30;

/** Cuts the video into `count` parts of about equal frame counts, halfway between two frames' times. */
export function splitVideo(video: VideoInfo, count: number): VideoPart[] {
  const cutAt = (cut: number) => ((Math.round((cut * video.frameCount) / count) - 0.5) * 1000) / video.fps;
  return Array.from({ length: count }, (_, index) => ({
    ...(index > 0 ? { fromMs: cutAt(index) } : {}),
    ...(index < count - 1 ? { toMs: cutAt(index + 1) } : {}),
  }));
}

/** What to ask ffmpeg for to cover a part, with its lead-in. */
export function decodeRange(video: VideoInfo, part: VideoPart): DecodeOptions {
  return {
    ...(part.fromMs !== undefined
      ? { fromSeconds: Math.max(0, part.fromMs / 1000 - LEAD_IN_FRAMES / video.fps) }
      : {}),
    ...(part.toMs !== undefined ? { toSeconds: part.toMs / 1000 + END_MARGIN_SECONDS } : {}),
  };
}

export function isInPart(part: VideoPart, timestampMs: number): boolean {
  return (
    (part.fromMs === undefined || timestampMs >= part.fromMs) &&
    (part.toMs === undefined || timestampMs < part.toMs)
  );
}

export interface PartOptions {
  maxSide?: number;
  /** Called every few frames with how many of this part's frames are done. */
  onProgress?: (frames: number) => void;
}

/** One part's poses on this thread, with keypoints in the video's own pixels. */
export async function detectPartPoses(
  model: PoseModel,
  video: VideoInfo,
  part: VideoPart,
  options: PartOptions = {},
): Promise<DetectedPose[]> {
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  const scale = video.width / decodedSize(video, maxSide).width;
  const detector = createPoseDetector(model, createPackedImageReader());
  const poses: DetectedPose[] = [];
  for await (const frame of decodeVideoFrames(video, { ...decodeRange(video, part), maxSide })) {
    if (part.toMs !== undefined && frame.timestampMs >= part.toMs) break;
    const pose = await detector.detect(frame, frame.timestampMs);
    if (!isInPart(part, frame.timestampMs)) continue;
    poses.push(scale === 1 ? pose : scalePose(pose, scale));
    if (poses.length % PROGRESS_EVERY_FRAMES === 0) options.onProgress?.(poses.length);
  }
  return poses;
}

function scalePose(pose: DetectedPose, scale: number): DetectedPose {
  const { left, top, size } = pose.region;
  return {
    ...pose,
    keypoints: pose.keypoints.map((keypoint) => ({
      ...keypoint,
      x: keypoint.x * scale,
      y: keypoint.y * scale,
    })),
    region: { left: left * scale, top: top * scale, size: size * scale },
  };
}
