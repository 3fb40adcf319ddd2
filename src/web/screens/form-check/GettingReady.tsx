/** What the form check is waiting for before it can start, one line per thing, as it happens. */
export interface ReadyStep {
  label: string;
  isDone: boolean;
  /** What is happening now, or "Ready" once done. */
  status: string;
}

export function GettingReady({ steps }: { steps: readonly ReadyStep[] }) {
  const done = steps.filter((step) => step.isDone).length;
  return (
    <section className="getting-ready card" aria-labelledby="getting-ready-heading">
      <h2 id="getting-ready-heading">Getting the form check ready…</h2>
      <progress
        className="getting-ready__progress"
        value={done}
        max={steps.length}
        aria-labelledby="getting-ready-heading"
      />
      <div role="status">
        <ol className="getting-ready__steps">
          {steps.map((step) => (
            <li key={step.label} className={step.isDone ? 'getting-ready__step--done' : undefined}>
              <span className="getting-ready__mark" aria-hidden="true">
                {step.isDone ? '✓' : '…'}
              </span>
              <span>
                <strong>{step.label}:</strong> {step.status}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

export const MODEL_LOADING_STATUS = 'loading, about 5 MB the first time';
