import type { ApiProblem } from '../api/client.ts';

export function LoadFailed({ problem, retry }: { problem: ApiProblem; retry(): void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{problem.detail}</p>
      <button type="button" className="button button--secondary" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
