/**
 * The pose runtime for the web app: TensorFlow.js on WebGL or WASM, the camera, recordings played in a
 * video element, and optionally the model in a Web Worker. The app serves the model and the WASM files
 * itself (see BrowserPoseRuntimeOptions); nothing is fetched from elsewhere.
 *
 * Load it with import() when a form check starts, never statically: it is TensorFlow.js. The URLs come
 * from pose-file-urls.ts, which a screen may import statically.
 *
 * Live:      const runtime = await startBrowserPoseRuntime(POSE_FILE_URLS);
 *            const detector = runtime.createDetector(); const camera = await openCamera();
 *            followVideoFrames(camera.video, async (t) => analyzer.push(await detector.detect(camera.video, t)), 'live');
 * Recording: the same with a video element playing the file, and the pace 'recording'.
 */
export type { CropRegion } from '../crop-region.ts';
export type { PoseModel } from '../movenet-model.ts';
export type { DetectedPose, PoseDetector, PoseDetectorOptions } from '../pose-detector.ts';
export {
  type BrowserPoseRuntime,
  type BrowserPoseRuntimeOptions,
  startBrowserPoseRuntime,
} from './browser-runtime.ts';
export { type Camera, type CameraOptions, openCamera } from './camera.ts';
export { type BrowserFrame, createCanvasFrameReader, frameSize } from './canvas-frame-reader.ts';
export { loadMoveNetFromUrl } from './movenet-url.ts';
export {
  MOVENET_MODEL_URL,
  POSE_FILE_URLS,
  POSE_FILE_VERSIONS,
  TFJS_WASM_BASE_URL,
} from './pose-file-urls.ts';
export {
  type BrowserBackend,
  type BrowserBackendName,
  type BrowserBackendOptions,
  startBrowserBackend,
} from './tf-backend.ts';
export { type FrameLoop, type FramePace, followVideoFrames } from './video-frames.ts';
export {
  startWorkerPoseDetector,
  type WorkerPoseDetector,
  type WorkerPoseDetectorOptions,
} from './worker-pose-detector.ts';
