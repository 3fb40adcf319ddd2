/**
 * The pose model for the form check, started as soon as the form check opens (while the member reads how
 * to set up) and freed when it closes. It runs in a Web Worker, so the model's tens of milliseconds per
 * frame never hold up the page; a browser that cannot draw in a worker runs it on the page instead.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import { POSE_FILE_URLS } from '../../../pose/browser/pose-file-urls.ts';
import { startWorkerPoseDetector } from '../../../pose/browser/worker-pose-detector.ts';
import type { PoseDetector } from '../../../pose/pose-detector.ts';

export type PoseRuntimeState =
  | { status: 'loading' }
  | { status: 'ready'; detector: PoseDetector<BrowserFrame> }
  | { status: 'failed'; detail: string };

export interface PoseRuntime {
  state: PoseRuntimeState;
  retry(): void;
}

interface StartedDetector {
  detector: PoseDetector<BrowserFrame>;
  dispose(): void;
}

// One WASM thread per core when the page is cross-origin isolated (tf-backend.ts): the production build
// keeps the threaded WASM glue unminified, which is what lets them start (see src/pose/README.md).
const RUNTIME_OPTIONS = POSE_FILE_URLS;

function canRunInWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
}

async function startInWorker(onCrash: (detail: string) => void): Promise<StartedDetector> {
  // Made here rather than inside startWorkerPoseDetector, so a worker that fails to start is ended too.
  const worker = new Worker(new URL('../../../pose/browser/pose-worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.addEventListener('error', (event) => onCrash(event.message || 'The pose model stopped.'));
  try {
    const detector = await startWorkerPoseDetector({ ...RUNTIME_OPTIONS, worker });
    return { detector, dispose: () => detector.dispose() };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

async function startOnPage(): Promise<StartedDetector> {
  // Loaded only here, so TensorFlow.js is downloaded once: into the worker, or onto the page.
  const { startBrowserPoseRuntime } = await import('../../../pose/browser/browser-runtime.ts');
  const runtime = await startBrowserPoseRuntime(RUNTIME_OPTIONS);
  return { detector: runtime.createDetector(), dispose: () => runtime.dispose() };
}

export function usePoseRuntime(): PoseRuntime {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PoseRuntimeState>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is what starts the model again.
  useEffect(() => {
    let isCurrent = true;
    let started: StartedDetector | null = null;
    const fail = (detail: string) => {
      if (isCurrent) setState({ status: 'failed', detail });
    };
    setState({ status: 'loading' });
    (canRunInWorker() ? startInWorker(fail) : startOnPage()).then(
      (detector) => {
        if (!isCurrent) {
          detector.dispose();
          return;
        }
        started = detector;
        setState({ status: 'ready', detector: detector.detector });
      },
      (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      isCurrent = false;
      started?.dispose();
    };
  }, [attempt]);

  return { state, retry };
}
