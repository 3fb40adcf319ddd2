/**
 * A bare page that runs the browser pose runtime the way the app will: live from the camera (in
 * Chromium, the fake camera playing a real video) or a recording in a video element, every frame through
 * the model and the form check. Built and driven by chromium-harness.ts for the browser test and
 * `npm run bench:pose`; not part of the app.
 */
import { createFormAnalyzer } from '../../../core/form/analyzer.ts';
import type { FormRep } from '../../../core/form/rep-result.ts';
import type { PoseDetector } from '../../pose-detector.ts';
import { startBrowserPoseRuntime } from '../browser-runtime.ts';
import { openCamera } from '../camera.ts';
import type { BrowserFrame } from '../canvas-frame-reader.ts';
import { followVideoFrames } from '../video-frames.ts';
import { startWorkerPoseDetector } from '../worker-pose-detector.ts';

export interface PageRunOptions {
  source: 'camera' | 'recording';
  isInWorker: boolean;
  /** WASM threads (when cross-origin isolated); TensorFlow.js's default when absent. */
  wasmThreads?: number;
  /** How long a camera runs; a recording runs to its end (at most five times this). */
  seconds: number;
  modelUrl: string;
  wasmBaseUrl: string;
  videoUrl: string;
}

export interface PageRunResult {
  backend: string;
  threads: number;
  isCrossOriginIsolated: boolean;
  frameSize: string;
  frames: number;
  /** Frames the video showed that were never analysed (live mode drops them by design). */
  skippedFrames: number;
  framesWithPerson: number;
  seconds: number;
  framesPerSecond: number;
  /** Time from a frame's arrival to its pose, the wait a member sees. */
  meanDetectMs: number;
  reps: Pick<FormRep, 'isComplete' | 'startMs' | 'endMs' | 'turnImageAngle' | 'maxValgus'>[];
}

async function playRecording(url: string): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.src = url;
  await video.play();
  return video;
}

async function startDetector(options: PageRunOptions) {
  const runtimeOptions = {
    modelUrl: options.modelUrl,
    wasmBaseUrl: options.wasmBaseUrl,
    ...(options.wasmThreads !== undefined ? { wasmThreads: options.wasmThreads } : {}),
  };
  if (options.isInWorker) {
    const inWorker = await startWorkerPoseDetector(runtimeOptions);
    return { detector: inWorker as PoseDetector<BrowserFrame>, backend: inWorker.backend };
  }
  const runtime = await startBrowserPoseRuntime(runtimeOptions);
  return { detector: runtime.createDetector(), backend: runtime.backend };
}

async function runFormCheck(options: PageRunOptions): Promise<PageRunResult> {
  const { detector, backend } = await startDetector(options);
  const camera = options.source === 'camera' ? await openCamera({ width: 360, height: 640 }) : null;
  const video = camera?.video ?? (await playRecording(options.videoUrl));
  const frameSize = `${video.videoWidth}×${video.videoHeight}`;
  const analyzer = createFormAnalyzer({
    exercise: 'squat',
    frameWidth: video.videoWidth,
    frameHeight: video.videoHeight,
  });
  const limitSeconds = options.source === 'camera' ? options.seconds : options.seconds * 5;
  let frames = 0;
  let framesWithPerson = 0;
  let detectMs = 0;
  const startedAt = performance.now();
  const loop = followVideoFrames(
    video,
    async (timestampMs) => {
      const before = performance.now();
      const pose = await detector.detect(video, timestampMs);
      detectMs += performance.now() - before;
      analyzer.push(pose);
      frames++;
      if (pose.keypoints.length > 0) framesWithPerson++;
      if (performance.now() - startedAt > limitSeconds * 1000) loop.stop();
    },
    options.source === 'recording' ? 'recording' : 'live',
  );
  await loop.finished;
  const seconds = (performance.now() - startedAt) / 1000;
  camera?.stop();
  const summary = analyzer.finish();
  return {
    backend: backend.name,
    threads: backend.threads,
    isCrossOriginIsolated: globalThis.crossOriginIsolated === true,
    frameSize,
    frames,
    skippedFrames: loop.skippedFrames(),
    framesWithPerson,
    seconds,
    framesPerSecond: frames / seconds,
    meanDetectMs: detectMs / Math.max(1, frames),
    reps: summary.reps.map(({ isComplete, startMs, endMs, turnImageAngle, maxValgus }) => ({
      isComplete,
      startMs,
      endMs,
      turnImageAngle,
      maxValgus,
    })),
  };
}

Object.assign(globalThis, { runFormCheck });
