/**
 * The live form check: the camera's frames through the model and the analyzer for as long as the set
 * lasts. The page re-renders only when something on screen changes, not on every frame.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../core/catalogue/types.ts';
import type { LiveFormState } from '../../../core/form/analyzer.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import type { PoseDetector } from '../../../pose/pose-detector.ts';
import { type AnalysisLoop, type AnalysisTarget, looksTheSame, startAnalysisLoop } from './analysis-loop.ts';

export interface LiveAnalysis {
  state: LiveFormState | null;
  /** Why the check stopped by itself (the model failed mid-set); null while it runs. */
  failure: string | null;
  /** Ends the set: no more frames are taken; null if the check never started. */
  finish(): FormSetSummary | null;
}

export function useLiveAnalysis(
  detector: PoseDetector<BrowserFrame> | null,
  video: HTMLVideoElement | null,
  exercise: Exercise,
  target: AnalysisTarget,
  canvas: RefObject<HTMLCanvasElement | null>,
): LiveAnalysis {
  // The set is measured against the target known when it started: one that arrives later (the plan,
  // asked from the server) must not restart the count.
  const targetRef = useRef(target);
  targetRef.current = target;
  const [state, setState] = useState<LiveFormState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef<AnalysisLoop | null>(null);

  useEffect(() => {
    if (detector === null || video === null) return;
    let shown: LiveFormState | null = null;
    const analysis = startAnalysisLoop({
      video,
      detector,
      exercise,
      target: targetRef.current,
      pace: 'live',
      canvas: canvas.current,
      onState(next) {
        if (looksTheSame(shown, next)) return;
        shown = next;
        setState(next);
      },
    });
    running.current = analysis;
    analysis.loop.finished.catch((error: unknown) => {
      if (running.current === analysis) setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      if (running.current === analysis) running.current = null;
      analysis.stop();
    };
  }, [detector, video, exercise, canvas]);

  const finish = useCallback(() => {
    const analysis = running.current;
    if (analysis === null) return null;
    running.current = null;
    analysis.stop();
    return analysis.analyzer.finish();
  }, []);

  return { state, failure, finish };
}
