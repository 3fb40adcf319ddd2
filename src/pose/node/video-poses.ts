/**
 * A whole recording's poses in Node, using every core: the video is cut into contiguous parts by time,
 * and each part goes to a worker thread with its own model (TensorFlow.js has no threads in Node, so one
 * model per core is how the cores get used). The poses come back in order, ready for one pass of the form
 * check over all of them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DetectedPose } from '../pose-detector.ts';
import { probeVideo, VideoError, type VideoInfo } from './probe-video.ts';
import { DEFAULT_MAX_SIDE, splitVideo, type VideoPart } from './video-parts.ts';

/** Starting a worker (loading TensorFlow.js and the model) costs about as much as this many frames. */
const MIN_FRAMES_PER_WORKER = 30;

export interface VideoPosesOptions {
  /** Worker threads; by default one per core, fewer for a short video. */
  workers?: number;
  maxSide?: number;
  onProgress?: (frames: number, frameCount: number) => void;
}

export interface VideoPoses {
  video: VideoInfo;
  poses: DetectedPose[];
}

type WorkerMessage =
  | { type: 'progress'; frames: number }
  | { type: 'done'; poses: DetectedPose[] }
  | { type: 'failed'; message: string; isVideoError: boolean };

export interface PoseWorkerInput {
  video: VideoInfo;
  part: VideoPart;
  maxSide: number;
}

function startWorker(
  input: PoseWorkerInput,
  onProgress: (frames: number) => void,
): { worker: Worker; poses: Promise<DetectedPose[]> } {
  const worker = new Worker(new URL('./pose-worker.ts', import.meta.url), { workerData: input });
  const poses = new Promise<DetectedPose[]>((resolve, reject) => {
    let isSettled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') return onProgress(message.frames);
      isSettled = true;
      if (message.type === 'done') resolve(message.poses);
      else reject(message.isVideoError ? new VideoError(message.message) : new Error(message.message));
    });
    worker.once('error', (error) => {
      isSettled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!isSettled) reject(new Error(`The pose worker stopped (exit ${code}) before it finished`));
    });
  });
  return { worker, poses };
}

export async function detectVideoPoses(path: string, options: VideoPosesOptions = {}): Promise<VideoPoses> {
  const video = await probeVideo(path);
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  const byLength = Math.max(1, Math.floor(video.frameCount / MIN_FRAMES_PER_WORKER));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), byLength));
  const done = new Array<number>(workers).fill(0);
  const running = splitVideo(video, workers).map((part, index) =>
    startWorker({ video, part, maxSide }, (frames) => {
      done[index] = frames;
      options.onProgress?.(
        done.reduce((sum, count) => sum + count, 0),
        video.frameCount,
      );
    }),
  );
  try {
    const poses = (await Promise.all(running.map((part) => part.poses))).flat();
    return { video, poses };
  } finally {
    // After a failure the other parts are of no use: stop them rather than let them run on.
    await Promise.all(running.map((part) => part.worker.terminate()));
  }
}
