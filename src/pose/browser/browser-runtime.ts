/**
 * The pose runtime on the page (or in a worker): backend, model and a detector for browser frames.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type PoseModel, warmUp } from '../movenet-model.ts';
import { createPoseDetector, type PoseDetector, type PoseDetectorOptions } from '../pose-detector.ts';
import { type BrowserFrame, createCanvasFrameReader } from './canvas-frame-reader.ts';
import { loadMoveNetFromUrl } from './movenet-url.ts';
import { type BrowserBackend, type BrowserBackendOptions, startBrowserBackend } from './tf-backend.ts';

export interface BrowserPoseRuntimeOptions extends BrowserBackendOptions {
  /** Where the app serves movenet-lightning.json (its .bin beside it): MOVENET_MODEL_URL (pose-file-urls.ts). */
  modelUrl: string;
}

export interface BrowserPoseRuntime {
  backend: BrowserBackend;
  createDetector(options?: PoseDetectorOptions): PoseDetector<BrowserFrame>;
  /** Frees the model's memory (GPU textures or WASM heap) when the form check closes. */
  dispose(): void;
}

async function loadOn(
  options: BrowserPoseRuntimeOptions,
): Promise<{ backend: BrowserBackend; model: PoseModel }> {
  const backend = await startBrowserBackend(options);
  const model = await loadMoveNetFromUrl(options.modelUrl);
  await warmUp(model);
  return { backend, model };
}

export async function startBrowserPoseRuntime(
  options: BrowserPoseRuntimeOptions,
): Promise<BrowserPoseRuntime> {
  let loaded: { backend: BrowserBackend; model: PoseModel };
  try {
    loaded = await loadOn(options);
  } catch (error) {
    // A GPU driver can accept WebGL and still fail on the model's shaders: WASM always works.
    if (tf.getBackend() !== 'webgl') throw error;
    loaded = await loadOn({ ...options, backends: ['wasm'] });
  }
  const { backend, model } = loaded;
  return {
    backend,
    createDetector: (detectorOptions) =>
      createPoseDetector(model, createCanvasFrameReader(), detectorOptions),
    dispose: () => model.dispose(),
  };
}
