/**
 * A worker thread's share of a recording (see video-poses.ts): its own TensorFlow.js and model, one part
 * of the video, the poses posted back at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { warmUp } from '../movenet-model.ts';
import { loadMoveNetFromFiles } from './movenet-files.ts';
import { VideoError } from './probe-video.ts';
import { detectPartPoses } from './video-parts.ts';
import type { PoseWorkerInput } from './video-poses.ts';
import { startWasmBackend } from './wasm-backend.ts';

const input = workerData as PoseWorkerInput;
const port = parentPort;
if (port === null) throw new Error('pose-worker.ts runs as a worker thread, not on its own');

try {
  await startWasmBackend();
  const model = await loadMoveNetFromFiles();
  await warmUp(model);
  const poses = await detectPartPoses(model, input.video, input.part, {
    maxSide: input.maxSide,
    onProgress: (frames) => port.postMessage({ type: 'progress', frames }),
  });
  port.postMessage({ type: 'done', poses });
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    isVideoError: error instanceof VideoError,
  });
}
