/**
 * The pose runtime in a Web Worker, so the model's 30–50 ms per frame never holds up the page. Frames
 * arrive as transferred ImageBitmaps; poses go back as plain objects. Started by worker-pose-detector.ts.
 */
import type { DetectedPose, PoseDetector } from '../pose-detector.ts';
import {
  type BrowserPoseRuntime,
  type BrowserPoseRuntimeOptions,
  startBrowserPoseRuntime,
} from './browser-runtime.ts';
import type { BrowserFrame } from './canvas-frame-reader.ts';
import type { BrowserBackend } from './tf-backend.ts';

export type ToPoseWorker =
  | { type: 'start'; options: BrowserPoseRuntimeOptions }
  | { type: 'detect'; id: number; frame: ImageBitmap; timestampMs: number }
  | { type: 'reset' }
  | { type: 'dispose' };

export type FromPoseWorker =
  | { type: 'started'; backend: BrowserBackend }
  | { type: 'pose'; id: number; pose: DetectedPose }
  | { type: 'failed'; id: number | null; message: string }
  | { type: 'disposed' };

/** The worker's global scope, typed by hand: the project compiles against the DOM library, not WebWorker. */
interface WorkerScope {
  postMessage(message: FromPoseWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToPoseWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;
let runtime: BrowserPoseRuntime | null = null;
let detector: PoseDetector<BrowserFrame> | null = null;

/**
 * Frees the model's memory, then says so; the page ends this worker, and its WASM threads with it.
 * Removing the WASM backend here first (which ends the threads from inside) leaves this worker hung,
 * and a terminate() from the page then never finishes.
 */
function dispose(): void {
  runtime?.dispose();
  reply({ type: 'disposed' });
}

function reply(message: FromPoseWorker): void {
  scope.postMessage(message);
}

scope.addEventListener('message', async (event: MessageEvent<ToPoseWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      runtime = await startBrowserPoseRuntime(message.options);
      detector = runtime.createDetector();
      reply({ type: 'started', backend: runtime.backend });
    } else if (message.type === 'detect') {
      if (detector === null) throw new Error('The pose worker got a frame before it was started');
      try {
        reply({
          type: 'pose',
          id: message.id,
          pose: await detector.detect(message.frame, message.timestampMs),
        });
      } finally {
        message.frame.close();
      }
    } else if (message.type === 'reset') {
      detector?.reset();
    } else {
      dispose();
    }
  } catch (error) {
    reply({
      type: 'failed',
      id: message.type === 'detect' ? message.id : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
