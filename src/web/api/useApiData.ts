import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from './client.ts';

export type ApiData<T> = (
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; problem: ApiProblem }
) & {
  /** Asks the server again: after a failure, or after a change that alters the answer. */
  retry(): void;
};

type Result<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; problem: ApiProblem };

/**
 * Loads something once for a screen (and again on retry), ignoring answers that arrive after it closed.
 * While asking again, the last answer stays on screen so nothing jumps.
 */
export function useApiData<T>(load: () => Promise<T>): ApiData<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result<T>>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure each render; `attempt` is what asks again.
  useEffect(() => {
    let isCurrent = true;
    setResult((current) => (current.status === 'failed' ? { status: 'loading' } : current));
    load().then(
      (data) => {
        if (isCurrent) setResult({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const problem =
          error instanceof ApiProblem
            ? error
            : new ApiProblem(0, 'Something went wrong', 'Please try again.');
        setResult({ status: 'failed', problem });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [attempt]);

  return { ...result, retry };
}
