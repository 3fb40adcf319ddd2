import { FormCheckProblem } from './FormCheckProblem.tsx';

/** The pose model did not load or stopped: nothing can be measured without it. */
export function ModelProblem({ detail, onRetry }: { detail: string; onRetry(): void }) {
  return (
    <FormCheckProblem
      title="The form check could not start"
      actions={
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      }
    >
      <p>
        The part that finds your body in the picture did not load. Check that you are connected to the
        internet, then try again. If it keeps failing, log your set by hand as usual.
      </p>
      <p className="form-problem__detail">What went wrong: {detail}</p>
    </FormCheckProblem>
  );
}
