/**
 * A pose detector whose model runs in a Web Worker (pose-worker.ts). The page grabs each frame as an
 * ImageBitmap (a cheap GPU-side copy) and hands it over; the worker crops, runs the model and answers.
 * Same interface as the detector on the page, so the screens do not care where the model runs.
 */
import type { DetectedPose, PoseDetector } from '../pose-detector.ts';
import type { BrowserPoseRuntimeOptions } from './browser-runtime.ts';
import type { BrowserFrame } from './canvas-frame-reader.ts';
import type { FromPoseWorker, ToPoseWorker } from './pose-worker.ts';
import type { BrowserBackend } from './tf-backend.ts';

export interface WorkerPoseDetector extends PoseDetector<BrowserFrame> {
  backend: BrowserBackend;
  /** Stops the worker and frees its model. */
  dispose(): void;
}

export interface WorkerPoseDetectorOptions extends BrowserPoseRuntimeOptions {
  /** A worker running pose-worker.ts, for bundlers that do not understand `new URL(…, import.meta.url)`. */
  worker?: Worker;
}

/** How long a stopping worker may take to end its WASM threads before it is ended anyway. */
const DISPOSE_TIMEOUT_MS = 2000;

export function startWorkerPoseDetector(options: WorkerPoseDetectorOptions): Promise<WorkerPoseDetector> {
  const { worker: given, ...runtimeOptions } = options;
  const worker = given ?? new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<
    number,
    { resolve: (pose: DetectedPose) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  const send = (message: ToPoseWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  return new Promise((resolve, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(`The pose worker failed: ${event.message}`)),
    );
    worker.addEventListener('message', (event: MessageEvent<FromPoseWorker>) => {
      const message = event.data;
      if (message.type === 'started') {
        resolve({
          backend: message.backend,
          async detect(frame, timestampMs) {
            const bitmap = await createImageBitmap(frame);
            const id = nextId++;
            return new Promise<DetectedPose>((resolvePose, rejectPose) => {
              waiting.set(id, { resolve: resolvePose, reject: rejectPose });
              send({ type: 'detect', id, frame: bitmap, timestampMs }, [bitmap]);
            });
          },
          reset: () => send({ type: 'reset' }),
          dispose: () => {
            // The worker ends its WASM threads and closes itself; terminate() makes sure it ends.
            const timeout = setTimeout(() => worker.terminate(), DISPOSE_TIMEOUT_MS);
            worker.addEventListener('message', (event: MessageEvent<FromPoseWorker>) => {
              if (event.data.type !== 'disposed') return;
              clearTimeout(timeout);
              worker.terminate();
            });
            send({ type: 'dispose' });
            for (const request of waiting.values()) request.reject(new Error('The pose worker was stopped'));
            waiting.clear();
          },
        });
      } else if (message.type === 'pose') {
        waiting.get(message.id)?.resolve(message.pose);
        waiting.delete(message.id);
      } else if (message.type === 'disposed') {
        return;
      } else if (message.id === null) {
        reject(new Error(message.message));
      } else {
        waiting.get(message.id)?.reject(new Error(message.message));
        waiting.delete(message.id);
      }
    });
    send({ type: 'start', options: runtimeOptions });
  });
}
