import { type CSSProperties, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../core/catalogue/types.ts';
import type { LiveFormState } from '../../../core/form/analyzer.ts';
import { VALGUS_DISCLAIMER } from '../../../core/form/cues.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import type { Camera } from '../../../pose/browser/camera.ts';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import type { PoseDetector } from '../../../pose/pose-detector.ts';
import { DepthGauge } from './DepthGauge.tsx';
import { setDoneWords } from './form-words.ts';
import { ModelProblem } from './ModelProblem.tsx';
import { useLiveAnalysis } from './useLiveAnalysis.ts';
import { canSpeak, useSpeech, useSpokenCuesPreference } from './useSpeech.ts';

interface LiveViewProps {
  camera: Camera;
  detector: PoseDetector<BrowserFrame>;
  exercise: Exercise;
  targetLevel: number | null;
  /** The reps the set asks for: at that count the check stops by itself. Null when nobody said. */
  targetReps: number | null;
  onFinished(summary: FormSetSummary | null): void;
  onRestart(): void;
}

/** The picture's own shape, as large as fits the width and most of the screen's height. */
function stageSize(video: HTMLVideoElement): CSSProperties {
  const width = video.videoWidth || 4;
  const height = video.videoHeight || 3;
  return {
    aspectRatio: `${width} / ${height}`,
    width: `min(100%, calc(var(--stage-height) * ${(width / height).toFixed(4)}))`,
  };
}

/** What to show when the analyzer has no cue: where the member is in the set. */
function quietLine(state: LiveFormState | null): string {
  if (state === null) return 'Waiting for the first picture…';
  if (state.completedReps + state.partialReps === 0) return 'Ready. Start your first rep when you like.';
  return 'Keep going, or tap Finish set when you are done.';
}

/** A coaching cue is set larger than a setup line: it is read from two metres, mid-rep. */
function cueClass(isCoaching: boolean, isActive: boolean): string {
  if (isCoaching) return 'form-live__cue form-live__cue--active form-live__cue--coach';
  return isActive ? 'form-live__cue form-live__cue--active' : 'form-live__cue';
}

function RepCount({ state, targetReps }: { state: LiveFormState | null; targetReps: number | null }) {
  const completed = state?.completedReps ?? 0;
  const partial = state?.partialReps ?? 0;
  const unit = (count: number) => (count === 1 ? 'rep' : 'reps');
  return (
    <div className="form-live__count" role="status">
      <span className="form-live__count-number">{completed}</span>
      <span className="form-live__count-label">
        {targetReps === null ? unit(completed) : `of ${targetReps} ${unit(targetReps)}`}
      </span>
      {partial > 0 && <span className="form-live__partial">{partial} partial, not counted</span>}
    </div>
  );
}

/** The camera picture with the skeleton, the rep count and the cue, then the depth and the controls. */
export function LiveView({
  camera,
  detector,
  exercise,
  targetLevel,
  targetReps,
  onFinished,
  onRestart,
}: LiveViewProps) {
  const mediaRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { video } = camera;

  useLayoutEffect(() => {
    const media = mediaRef.current;
    if (media === null) return;
    video.className = 'form-live__video';
    media.prepend(video);
    // Taking a video out of the page pauses it; put back (a remount), it must play again.
    void video.play().catch(() => {});
    return () => video.remove();
  }, [video]);

  const live = useLiveAnalysis(
    detector,
    video,
    exercise,
    { level: targetLevel, reps: targetReps },
    canvasRef,
  );
  const [isSpoken, setIsSpoken] = useSpokenCuesPreference();
  /** The set as it ended by itself at its target count; null while it runs. */
  const [done, setDone] = useState<FormSetSummary | null>(null);
  const isSetDone = live.state?.isSetDone === true;
  const { finish: finishAnalysis } = live;
  // At the set's count the check stops on its own: no more frames, the camera let go, the results offered.
  useEffect(() => {
    if (!isSetDone) return;
    const summary = finishAnalysis();
    camera.stop();
    if (summary !== null) setDone(summary);
  }, [isSetDone, finishAnalysis, camera]);
  const cue = done === null ? (live.state?.cue ?? null) : null;
  const doneText = done === null ? null : setDoneWords(done.completedReps);
  useSpeech(doneText ?? cue?.text ?? null, isSpoken);

  if (live.failure !== null) return <ModelProblem detail={live.failure} onRetry={onRestart} />;

  const finish = () => {
    const summary = live.finish();
    camera.stop();
    onFinished(summary);
  };

  return (
    <div className="form-live">
      <div className="form-live__stage" style={stageSize(video)}>
        <div className="form-live__media" ref={mediaRef} aria-hidden="true">
          <canvas ref={canvasRef} className="form-live__skeleton" />
        </div>
        <RepCount state={live.state} targetReps={targetReps} />
      </div>
      {/* Under the picture, not over it: a cue on the picture hid the feet and knees it was about. */}
      <p
        className={cueClass(
          cue !== null && live.state?.status === 'tracking',
          cue !== null || doneText !== null,
        )}
        aria-live="polite"
      >
        {doneText ?? cue?.text ?? quietLine(live.state)}
      </p>
      {cue?.id === 'knees-caving' && <p className="form-live__disclaimer">{VALGUS_DISCLAIMER}</p>}
      <DepthGauge
        exercise={exercise}
        level={done === null ? (live.state?.depthLevel ?? 0) : 0}
        targetLevel={targetLevel}
      />
      <div className="form-live__controls">
        {canSpeak() && (
          <button
            type="button"
            className="button button--secondary form-live__sound"
            aria-pressed={isSpoken}
            onClick={() => setIsSpoken(!isSpoken)}
          >
            Speak the cues
            <span className="form-live__sound-state" aria-hidden="true">
              {isSpoken ? 'On' : 'Off'}
            </span>
          </button>
        )}
        {done === null ? (
          <button type="button" className="button button--primary" onClick={finish}>
            Finish set
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => onFinished(done)}>
            See the results
          </button>
        )}
      </div>
    </div>
  );
}
