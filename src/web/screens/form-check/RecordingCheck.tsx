import { useId, useRef, useState } from 'react';
import type { Exercise } from '../../../core/catalogue/types.ts';
import type { BrowserFrame } from '../../../pose/browser/canvas-frame-reader.ts';
import type { PoseDetector } from '../../../pose/pose-detector.ts';
import { useWakeLock } from '../../workout/useWakeLock.ts';
import { FormCheckProblem } from './FormCheckProblem.tsx';
import { GettingReady, MODEL_LOADING_STATUS } from './GettingReady.tsx';
import { ModelProblem } from './ModelProblem.tsx';
import { setupWords } from './setup-words.ts';
import type { PoseRuntime } from './usePoseRuntime.ts';
import {
  type AnalysedRecording,
  type RecordingProblem,
  useRecordingAnalysis,
} from './useRecordingAnalysis.ts';

interface RecordingCheckProps {
  exercise: Exercise;
  runtime: PoseRuntime;
  /** The member's level, which a rep past it is judged against; null when nobody said. */
  targetLevel: number | null;
  onFinished(recording: AnalysedRecording): void;
}

const PROBLEM_WORDS: Record<RecordingProblem, { title: string; advice: string }> = {
  unplayable: {
    title: 'This video cannot be played here',
    advice:
      'The browser could not open it. Try another video, or record the set again with the camera app (an ordinary video, not slow motion or a live photo).',
  },
  'no-picture': {
    title: 'This file has no picture',
    advice: 'It seems to hold only sound. Pick the video of your set.',
  },
};

function PickVideo({ exercise, onPick }: { exercise: Exercise; onPick(file: File): void }) {
  const recordId = useId();
  const pickId = useId();
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onPick(file);
  };
  return (
    <section className="section" aria-labelledby="pick-heading">
      <h2 id="pick-heading">Your video</h2>
      <p>
        Record one set, from your first rep to your last, and stand still for a moment before you start.{' '}
        {setupWords(exercise).placement}
      </p>
      <p>Or pick a video of a set you already have.</p>
      <div className="actions">
        <input
          id={recordId}
          className="visually-hidden file-input"
          type="file"
          accept="video/*"
          capture="user"
          onChange={(event) => take(event.currentTarget.files)}
        />
        <label className="button button--primary" htmlFor={recordId}>
          Record a video
        </label>
        <input
          id={pickId}
          className="visually-hidden file-input"
          type="file"
          accept="video/*"
          onChange={(event) => take(event.currentTarget.files)}
        />
        <label className="button button--secondary" htmlFor={pickId}>
          Pick a video
        </label>
      </div>
      <p className="form-check__privacy-line">
        The video stays on this phone: it is read here and never sent.
      </p>
    </section>
  );
}

function Analysis({
  file,
  detector,
  exercise,
  targetLevel,
  onFinished,
  onPickAnother,
}: {
  file: File;
  detector: PoseDetector<BrowserFrame>;
  exercise: Exercise;
  targetLevel: number | null;
  onFinished(recording: AnalysedRecording): void;
  onPickAnother(): void;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const progress = useRecordingAnalysis(
    file,
    detector,
    exercise,
    targetLevel,
    videoRef,
    canvasRef,
    onFinished,
  );
  useWakeLock(progress.stage !== 'failed');

  if (progress.stage === 'failed') {
    const words = PROBLEM_WORDS[progress.problem];
    return (
      <FormCheckProblem
        title={words.title}
        actions={
          <button type="button" className="button button--primary" onClick={onPickAnother}>
            Pick another video
          </button>
        }
      >
        <p>{words.advice}</p>
      </FormCheckProblem>
    );
  }
  const share = progress.stage === 'analysing' ? progress.share : progress.stage === 'pictures' ? 1 : 0;
  const words =
    progress.stage === 'pictures'
      ? 'Picking out each rep…'
      : progress.stage === 'analysing' && progress.durationSeconds !== null
        ? `Analysed ${Math.floor(progress.seconds)} of ${Math.round(progress.durationSeconds)} seconds`
        : 'Opening the video…';
  return (
    <section className="recording-analysis" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Checking your video on this phone…</h2>
      <progress
        className="recording-analysis__progress"
        aria-labelledby="analysis-heading"
        max={1}
        {...(share === null ? {} : { value: share })}
      />
      <p className="recording-analysis__words" role="status">
        {words}
      </p>
      <div className="recording-analysis__stage" aria-hidden="true">
        <video ref={videoRef} className="recording-analysis__video" muted playsInline />
        <canvas ref={canvasRef} className="recording-analysis__skeleton" />
      </div>
    </section>
  );
}

/** Recording mode: pick or record a video, then it is analysed here, frame by frame. */
export function RecordingCheck({ exercise, runtime, targetLevel, onFinished }: RecordingCheckProps) {
  const [file, setFile] = useState<File | null>(null);
  if (runtime.state.status === 'failed')
    return <ModelProblem detail={runtime.state.detail} onRetry={runtime.retry} />;
  if (file === null) return <PickVideo exercise={exercise} onPick={setFile} />;
  if (runtime.state.status === 'loading')
    return <GettingReady steps={[{ label: 'Pose model', isDone: false, status: MODEL_LOADING_STATUS }]} />;
  return (
    <Analysis
      key={`${file.name}-${file.lastModified}-${file.size}`}
      file={file}
      detector={runtime.state.detector}
      exercise={exercise}
      targetLevel={targetLevel}
      onFinished={onFinished}
      onPickAnother={() => setFile(null)}
    />
  );
}
