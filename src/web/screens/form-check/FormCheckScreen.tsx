/**
 * The camera form check for one exercise (`/form-check/:exerciseId`): a setup guide, then live from the
 * camera or from a video, then the results, which can go back to the set log (see form-check/handoff.ts).
 * Everything runs on this phone; the pose model starts loading while the member reads the guide.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { getExercise, isExerciseId } from '../../../core/catalogue/index.ts';
import type { Exercise } from '../../../core/catalogue/types.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import { useBareScreen } from '../../chrome.tsx';
import { Page } from '../../components/Page.tsx';
import { returnPathFrom } from '../../form-check/handoff.ts';
import { useHasFeature } from '../../membership-features.ts';
import { FormResults } from './FormResults.tsx';
import { LiveCheck } from './LiveCheck.tsx';
import { RecordingCheck } from './RecordingCheck.tsx';
import { releaseRepFrames } from './rep-frames.ts';
import { SetupGuide } from './SetupGuide.tsx';
import { usePoseRuntime } from './usePoseRuntime.ts';
import type { AnalysedRecording } from './useRecordingAnalysis.ts';
import { useTargetLevel } from './useTargetLevel.ts';
import '../../form-check.css';

type Step =
  | { name: 'setup' }
  | { name: 'live'; attempt: number }
  | { name: 'recording'; attempt: number }
  | {
      name: 'results';
      mode: 'live' | 'recording';
      summary: FormSetSummary;
      recording: AnalysedRecording | null;
    };

function BackButton({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <button type="button" className="back-link back-link--button" onClick={onClick}>
      <span aria-hidden="true">←</span>
      {children}
    </button>
  );
}

/** The camera picture needs the whole phone screen: no top bar or tabs while it is on. */
function BareScreen({ children }: { children: ReactNode }) {
  useBareScreen();
  return <>{children}</>;
}

function FormCheck({ exercise }: { exercise: Exercise }) {
  const search = useSearch();
  const target = useTargetLevel(exercise, search);
  const runtime = usePoseRuntime();
  const [step, setStep] = useState<Step>({ name: 'setup' });
  const returnPath = returnPathFrom(search);
  const name = exercise.name.toLowerCase();
  const leave = returnPath
    ? { href: returnPath, label: 'Back without using them' }
    : { href: `/exercises/${exercise.id}`, label: `Back to the ${name}` };

  // The pictures of the reps live only as long as the results are on screen.
  useEffect(() => {
    if (step.name !== 'results' || step.recording === null) return;
    const { frames } = step.recording;
    return () => releaseRepFrames(frames);
  }, [step]);

  const startLive = () => setStep((current) => ({ name: 'live', attempt: attemptOf(current) + 1 }));
  const startRecording = () => setStep((current) => ({ name: 'recording', attempt: attemptOf(current) + 1 }));
  const toSetup = () => setStep({ name: 'setup' });
  const retryIfFailed = () => {
    if (runtime.state.status === 'failed') runtime.retry();
  };

  if (step.name === 'setup') {
    return (
      <Page
        key="setup"
        title={`${exercise.name} form check`}
        width="wide"
        before={
          <Link href={leave.href} className="back-link">
            <span aria-hidden="true">←</span>
            {returnPath ? 'Back' : `Back to the ${name}`}
          </Link>
        }
      >
        <SetupGuide
          exercise={exercise}
          targetLevel={target.level}
          runtime={runtime.state}
          onLive={() => {
            retryIfFailed();
            startLive();
          }}
          onRecording={() => {
            retryIfFailed();
            startRecording();
          }}
        />
      </Page>
    );
  }
  if (step.name === 'live') {
    return (
      <BareScreen>
        <Page
          key="live"
          title={`${exercise.name}: live form check`}
          width="wide"
          before={<BackButton onClick={toSetup}>Stop</BackButton>}
        >
          <LiveCheck
            key={step.attempt}
            exercise={exercise}
            runtime={runtime}
            targetLevel={target.level}
            targetReps={target.reps}
            onFinished={(summary) =>
              setStep(
                summary ? { name: 'results', mode: 'live', summary, recording: null } : { name: 'setup' },
              )
            }
            onUseVideo={startRecording}
            onRestart={() => {
              runtime.retry();
              startLive();
            }}
          />
        </Page>
      </BareScreen>
    );
  }
  if (step.name === 'recording') {
    return (
      <Page
        key="recording"
        title={`${exercise.name}: form check from a video`}
        width="wide"
        before={<BackButton onClick={toSetup}>Back to the setup guide</BackButton>}
      >
        <RecordingCheck
          key={step.attempt}
          exercise={exercise}
          runtime={runtime}
          targetLevel={target.level}
          onFinished={(recording) =>
            setStep({ name: 'results', mode: 'recording', summary: recording.summary, recording })
          }
        />
      </Page>
    );
  }
  return (
    <Page
      key="results"
      title={`${exercise.name} form check: results`}
      heading={`Your ${name} set`}
      width="wide"
    >
      <FormResults
        exercise={exercise}
        summary={step.summary}
        mode={step.mode}
        targetLevel={target.level}
        recording={
          step.recording ? { durationMs: step.recording.durationMs, frames: step.recording.frames } : null
        }
        usePath={returnPath ?? (target.isInWorkout ? '/workout' : null)}
        leave={leave}
        onTryAgain={() => {
          retryIfFailed();
          if (step.mode === 'live') startLive();
          else startRecording();
        }}
      />
    </Page>
  );
}

function attemptOf(step: Step): number {
  return step.name === 'live' || step.name === 'recording' ? step.attempt : 0;
}

export function FormCheckScreen({ exerciseId }: { exerciseId: string }) {
  const hasFormCheck = useHasFeature('form-check');
  if (!hasFormCheck) {
    return (
      <Page title="Form check" heading="The form check is part of premium">
        <p className="lead">
          With premium your camera counts your reps and checks your depth, knees and trunk, on this device.
        </p>
        <div className="actions">
          <Link href="/membership" className="button button--primary">
            Learn more about premium membership
          </Link>
        </div>
      </Page>
    );
  }
  if (!isExerciseId(exerciseId)) {
    return (
      <Page title="Exercise not found" heading="We cannot find this exercise">
        <p className="lead">There is no form check for it. All the exercises are in the list.</p>
        <div className="actions">
          <Link href="/exercises" className="button button--primary">
            See all exercises
          </Link>
        </div>
      </Page>
    );
  }
  return <FormCheck exercise={getExercise(exerciseId)} />;
}
