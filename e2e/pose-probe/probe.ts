/**
 * A page built with the web app's own Vite configuration (e2e/pose-production-build.test.ts), starting
 * the pose runtime as the form check screens do: loaded on demand, from the URLs the app's server serves.
 * Not part of the app.
 */
import { POSE_FILE_URLS } from '../../src/pose/browser/pose-file-urls.ts';

export interface ProbeOptions {
  isInWorker: boolean;
  /** A picture to find a person in, on this page's server. */
  imageUrl: string;
}

export interface ProbeResult {
  isCrossOriginIsolated: boolean;
  backend: string;
  hasSimd: boolean;
  threads: number;
  keypoints: number;
  score: number;
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

async function findPose(options: ProbeOptions): Promise<ProbeResult> {
  const image = await loadImage(options.imageUrl);
  // WASM as on a phone without usable WebGL; threads as TensorFlow.js chooses them.
  const runtimeOptions = { ...POSE_FILE_URLS, backends: ['wasm'] as const };
  const pose = await import('../../src/pose/browser/index.ts');
  const isolated = { isCrossOriginIsolated: globalThis.crossOriginIsolated === true };
  if (options.isInWorker) {
    const detector = await pose.startWorkerPoseDetector(runtimeOptions);
    const found = await detector.detect(image, 0);
    detector.dispose();
    const { name, hasSimd, threads } = detector.backend;
    return {
      ...isolated,
      backend: name,
      hasSimd,
      threads,
      keypoints: found.keypoints.length,
      score: found.score,
    };
  }
  const runtime = await pose.startBrowserPoseRuntime(runtimeOptions);
  const found = await runtime.createDetector().detect(image, 0);
  runtime.dispose();
  const { name, hasSimd, threads } = runtime.backend;
  return {
    ...isolated,
    backend: name,
    hasSimd,
    threads,
    keypoints: found.keypoints.length,
    score: found.score,
  };
}

Object.assign(globalThis, { findPose });
