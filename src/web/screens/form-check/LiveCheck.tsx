import type { Exercise } from '../../../core/catalogue/types.ts';
import type { FormSetSummary } from '../../../core/form/set-summary.ts';
import { useWakeLock } from '../../workout/useWakeLock.ts';
import { CameraProblem } from './CameraProblem.tsx';
import { GettingReady, MODEL_LOADING_STATUS } from './GettingReady.tsx';
import { LiveView } from './LiveView.tsx';
import { ModelProblem } from './ModelProblem.tsx';
import { useCamera } from './useCamera.ts';
import type { PoseRuntime } from './usePoseRuntime.ts';

interface LiveCheckProps {
  exercise: Exercise;
  runtime: PoseRuntime;
  targetLevel: number | null;
  targetReps: number | null;
  onFinished(summary: FormSetSummary | null): void;
  onUseVideo(): void;
  onRestart(): void;
}

/** Live mode: the model and the camera, then the check itself; the screen stays on throughout. */
export function LiveCheck({
  exercise,
  runtime,
  targetLevel,
  targetReps,
  onFinished,
  onUseVideo,
  onRestart,
}: LiveCheckProps) {
  const camera = useCamera();
  useWakeLock(true);

  if (runtime.state.status === 'failed')
    return <ModelProblem detail={runtime.state.detail} onRetry={runtime.retry} />;
  if (camera.state.status === 'failed')
    return <CameraProblem problem={camera.state.problem} onRetry={camera.retry} onUseVideo={onUseVideo} />;
  if (runtime.state.status === 'ready' && camera.state.status === 'on') {
    return (
      <LiveView
        camera={camera.state.camera}
        detector={runtime.state.detector}
        exercise={exercise}
        targetLevel={targetLevel}
        targetReps={targetReps}
        onFinished={onFinished}
        onRestart={onRestart}
      />
    );
  }
  return (
    <GettingReady
      steps={[
        {
          label: 'Pose model',
          isDone: runtime.state.status === 'ready',
          status: runtime.state.status === 'ready' ? 'ready' : MODEL_LOADING_STATUS,
        },
        {
          label: 'Camera',
          isDone: camera.state.status === 'on',
          status: camera.state.status === 'on' ? 'on' : 'starting; allow it if your phone asks',
        },
      ]}
    />
  );
}
