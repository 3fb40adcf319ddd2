/**
 * A recording through the form check, on this phone: the file plays (muted, slowed to the model's speed)
 * in the given video element, then a small picture of each rep's turning point is taken from it.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../core/catalogue/types.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import type { PoseDetector } from '../../../pose/pose-detector.ts';
import { type AnalysisLoop, startAnalysisLoop } from './analysis-loop.ts';
import { captureRepFrames, type RepFrames, releaseRepFrames } from './rep-frames.ts';

export interface AnalysedRecording {
  summary: FormSetSummary;
  durationMs: number;
  frames: RepFrames;
}

export type RecordingProblem = 'unplayable' | 'no-picture';

export type RecordingProgress =
  | { stage: 'opening' }
  /** `share` of the recording analysed, 0–1; null when the file does not say how long it is. */
  | { stage: 'analysing'; share: number | null; seconds: number; durationSeconds: number | null }
  | { stage: 'pictures' }
  | { stage: 'failed'; problem: RecordingProblem };

function metadataOf(video: HTMLVideoElement): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) return Promise.resolve();
  return new Promise((resolve, reject) => {
    video.addEventListener('loadedmetadata', () => resolve(), { once: true });
    video.addEventListener('error', () => reject(new Error('unplayable')), { once: true });
  });
}

export function useRecordingAnalysis(
  file: File,
  detector: PoseDetector<BrowserFrame>,
  exercise: Exercise,
  targetLevel: number | null,
  videoRef: RefObject<HTMLVideoElement | null>,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  onDone: (recording: AnalysedRecording) => void,
): RecordingProgress {
  const [progress, setProgress] = useState<RecordingProgress>({ stage: 'opening' });
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  // Measured against the level known when the analysis started; one arriving later does not restart it.
  const targetLevelRef = useRef(targetLevel);
  targetLevelRef.current = targetLevel;

  useEffect(() => {
    const video = videoRef.current;
    if (video === null) return;
    const url = URL.createObjectURL(file);
    let isCurrent = true;
    let analysis: AnalysisLoop | null = null;
    const fail = (problem: RecordingProblem) => {
      if (isCurrent) setProgress({ stage: 'failed', problem });
    };

    async function analyse(target: HTMLVideoElement): Promise<void> {
      target.src = url;
      await metadataOf(target);
      if (!isCurrent) return;
      if (!(target.videoWidth > 0 && target.videoHeight > 0)) return fail('no-picture');
      const duration = Number.isFinite(target.duration) ? target.duration : null;
      setProgress({ stage: 'analysing', share: 0, seconds: 0, durationSeconds: duration });
      let shownSecond = 0;
      analysis = startAnalysisLoop({
        video: target,
        detector,
        exercise,
        // A recording is judged whole: it is not cut off at the set's reps.
        target: { level: targetLevelRef.current, reps: null },
        pace: 'recording',
        canvas: canvasRef.current,
        onState(state) {
          const seconds = state.timestampMs / 1000;
          // The words show whole seconds: the page is redrawn once a second, not on every frame.
          if (Math.floor(seconds) === shownSecond) return;
          shownSecond = Math.floor(seconds);
          setProgress({
            stage: 'analysing',
            share: duration ? Math.min(1, seconds / duration) : null,
            seconds,
            durationSeconds: duration,
          });
        },
      });
      await target.play();
      await analysis.loop.finished;
      if (!isCurrent) return;
      const summary = analysis.analyzer.finish();
      setProgress({ stage: 'pictures' });
      const frames = await captureRepFrames(target, summary.reps);
      if (!isCurrent) return releaseRepFrames(frames);
      onDoneRef.current({ summary, durationMs: (duration ?? target.currentTime) * 1000, frames });
    }

    analyse(video).catch(() => fail('unplayable'));
    return () => {
      isCurrent = false;
      analysis?.stop();
      video.pause();
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
    };
  }, [file, detector, exercise, videoRef, canvasRef]);

  return progress;
}
