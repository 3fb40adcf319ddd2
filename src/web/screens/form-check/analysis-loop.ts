/**
 * One video through the form check: every frame the loop takes goes to the pose model, its keypoints to
 * the analyzer and onto the skeleton canvas. Shared by the camera (pace 'live': the newest frame, never
 * lagging) and a recording (pace 'recording': playback slowed to the model's speed, so no rep is missed).
 */
import type { Exercise } from '../../../core/catalogue/types.ts';
import {
  createFormAnalyzer,
  DEFAULT_MIN_KEYPOINT_SCORE,
  type FormAnalyzer,
  type LiveFormState,
} from '../../../core/form/analyzer.ts';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import { type FrameLoop, type FramePace, followVideoFrames } from '../../../pose/browser/video-frames.ts';
import type { DetectedPose, PoseDetector } from '../../../pose/pose-detector.ts';
import { clearSkeleton, drawSkeleton } from './draw-skeleton.ts';

/** The member's level and the reps the set asks for, each null when nobody said. */
export interface AnalysisTarget {
  level: number | null;
  reps: number | null;
}

export interface AnalysisLoopOptions {
  video: HTMLVideoElement;
  detector: PoseDetector<BrowserFrame>;
  exercise: Exercise;
  /** The member's level and the set's reps, when known: see FormAnalyzerOptions. */
  target: AnalysisTarget;
  pace: FramePace;
  /**
   * Where the skeleton is drawn; it also carries the count of frames analysed and skipped so far
   * (data-analysed-frames, data-skipped-frames), for measuring the check's speed in a browser.
   */
  canvas: HTMLCanvasElement | null;
  /** After every analysed frame, with the analyzer's state. */
  onState(state: LiveFormState): void;
}

export interface AnalysisLoop {
  analyzer: FormAnalyzer;
  loop: FrameLoop;
  /** Stops taking frames; a frame still with the model is dropped when it comes back. */
  stop(): void;
}

export function startAnalysisLoop(options: AnalysisLoopOptions): AnalysisLoop {
  const { video, detector, canvas } = options;
  const width = video.videoWidth;
  const height = video.videoHeight;
  // The picture the model reads is never mirrored: a selfie camera's frames come as the camera sees
  // them (only the preview is flipped, with CSS), and a recording is analysed as it was saved.
  const analyzer = createFormAnalyzer({
    exercise: options.exercise,
    frameWidth: width,
    frameHeight: height,
    isMirrored: false,
    targetLevel: options.target.level,
    targetReps: options.target.reps,
  });
  let isRunning = true;
  let frames = 0;
  detector.reset();
  const loop = followVideoFrames(
    video,
    async (timestampMs) => {
      // A recording holds still while its frame is worked on (followVideoFrames pauses it), so however
      // long a busy phone takes, the next frame cannot slip past unanalysed.
      const pose: DetectedPose = await detector.detect(video, timestampMs);
      if (!isRunning) return;
      const state = analyzer.push(pose);
      frames += 1;
      if (canvas !== null) {
        drawSkeleton(canvas, width, height, pose.keypoints, DEFAULT_MIN_KEYPOINT_SCORE);
        canvas.dataset.analysedFrames = String(frames);
        canvas.dataset.skippedFrames = String(loop.skippedFrames());
      }
      options.onState(state);
    },
    options.pace,
  );
  return {
    analyzer,
    loop,
    stop() {
      isRunning = false;
      loop.stop();
      clearSkeleton(canvas);
    },
  };
}

/** Whether two states look the same on screen, so an unchanged frame does not redraw the page. */
export function looksTheSame(a: LiveFormState | null, b: LiveFormState): boolean {
  return (
    a !== null &&
    a.status === b.status &&
    a.view === b.view &&
    a.phase === b.phase &&
    a.depthLevel === b.depthLevel &&
    a.completedReps === b.completedReps &&
    a.partialReps === b.partialReps &&
    a.goodReps === b.goodReps &&
    a.cue?.id === b.cue?.id &&
    a.isSetDone === b.isSetDone
  );
}
