import { FormCheckProblem } from './FormCheckProblem.tsx';
import type { CameraProblem as Problem } from './useCamera.ts';

const WORDS: Record<Problem, { title: string; advice: string; canRetry: boolean }> = {
  denied: {
    title: 'The camera is blocked',
    advice:
      'Backstrong needs your permission to use the camera. Tap the camera or padlock sign beside the web address, allow the camera for this site, then try again.',
    canRetry: true,
  },
  missing: {
    title: 'We cannot find a camera',
    advice:
      'This device has no camera we can use. Record your set with a phone instead, then pick the video here.',
    canRetry: true,
  },
  busy: {
    title: 'The camera is busy',
    advice: 'Another app or browser tab is using the camera. Close it, then try again.',
    canRetry: true,
  },
  unsupported: {
    title: 'This browser cannot use the camera here',
    advice:
      'Open Backstrong from its secure (https) address in an up-to-date browser such as Chrome, Safari or Firefox. Or record your set with the camera app and pick the video.',
    canRetry: false,
  },
  other: {
    title: 'The camera did not start',
    advice: 'Try again. If it still does not start, close the browser and open Backstrong again.',
    canRetry: true,
  },
};

export function CameraProblem({
  problem,
  onRetry,
  onUseVideo,
}: {
  problem: Problem;
  onRetry(): void;
  onUseVideo(): void;
}) {
  const words = WORDS[problem];
  return (
    <FormCheckProblem
      title={words.title}
      actions={
        <>
          {words.canRetry && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try the camera again
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onUseVideo}>
            Pick or record a video instead
          </button>
        </>
      }
    >
      <p>{words.advice}</p>
    </FormCheckProblem>
  );
}
