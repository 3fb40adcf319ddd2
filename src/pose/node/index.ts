/**
 * The pose runtime for Node: TensorFlow.js on WASM, frames decoded by ffmpeg. Used by the command line
 * (`npm run analyze`), the accuracy tests and the benchmark. The browser has its own entry point
 * (src/pose/browser); both run the same detector (src/pose/pose-detector.ts).
 */
import { type PoseModel, warmUp } from '../movenet-model.ts';
import { createPackedImageReader, type PackedImage } from '../packed-image-reader.ts';
import { createPoseDetector, type PoseDetector, type PoseDetectorOptions } from '../pose-detector.ts';
import { loadMoveNetFromFiles } from './movenet-files.ts';
import { startWasmBackend } from './wasm-backend.ts';

export type { CropRegion } from '../crop-region.ts';
export type { PoseModel } from '../movenet-model.ts';
export type { PackedImage } from '../packed-image-reader.ts';
export type { DetectedPose, FrameReader, PoseDetector, PoseDetectorOptions } from '../pose-detector.ts';
export { type DecodeOptions, decodedSize, decodeVideoFrames, type VideoFrame } from './decode-video.ts';
export { MOVENET_LIGHTNING_JSON, TFJS_WASM_DIRECTORY } from './local-files.ts';
export { loadMoveNetFromFiles } from './movenet-files.ts';
export { probeVideo, VideoError, type VideoInfo } from './probe-video.ts';
export {
  DEFAULT_MAX_SIDE,
  decodeRange,
  detectPartPoses,
  isInPart,
  splitVideo,
  type VideoPart,
} from './video-parts.ts';
export { detectVideoPoses, type VideoPoses, type VideoPosesOptions } from './video-poses.ts';
export { startWasmBackend } from './wasm-backend.ts';

export interface NodePoseRuntime {
  model: PoseModel;
  /** A detector for packed RGB(A) frames, such as those decodeVideoFrames yields. */
  createDetector(options?: PoseDetectorOptions): PoseDetector<PackedImage>;
}

/** Starts the WASM backend, loads MoveNet from disk and runs it once, ready for the first real frame. */
export async function startNodePoseRuntime(): Promise<NodePoseRuntime> {
  await startWasmBackend();
  const model = await loadMoveNetFromFiles();
  await warmUp(model);
  return {
    model,
    createDetector: (options) => createPoseDetector(model, createPackedImageReader(), options),
  };
}
