/**
 * The member's selfie camera while the live form check is open. Its tracks are stopped when the check
 * closes or the set is finished, so the camera light goes out at once.
 */
import { useCallback, useEffect, useState } from 'react';
import { type Camera, openCamera } from '../../../pose/browser/camera.ts';

/** Why the camera did not open, each with its own advice on screen. */
export type CameraProblem = 'denied' | 'missing' | 'busy' | 'unsupported' | 'other';

export type CameraState =
  | { status: 'opening' }
  | { status: 'on'; camera: Camera }
  | { status: 'failed'; problem: CameraProblem };

export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'other';
}

export function useCamera(): { state: CameraState; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CameraState>({ status: 'opening' });
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is what asks for the camera again.
  useEffect(() => {
    // Without a secure connection (https) browsers hide the camera altogether.
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: 'failed', problem: 'unsupported' });
      return;
    }
    let isCurrent = true;
    let opened: Camera | null = null;
    setState({ status: 'opening' });
    openCamera({ facingMode: 'user' }).then(
      (camera) => {
        if (!isCurrent) {
          camera.stop();
          return;
        }
        opened = camera;
        setState({ status: 'on', camera });
      },
      (error: unknown) => {
        if (isCurrent) setState({ status: 'failed', problem: cameraProblemOf(error) });
      },
    );
    return () => {
      isCurrent = false;
      opened?.stop();
    };
  }, [attempt]);

  return { state, retry };
}
