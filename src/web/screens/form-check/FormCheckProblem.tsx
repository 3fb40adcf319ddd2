import type { ReactNode } from 'react';

/** Something stopped the form check: what happened, what to do, and the buttons to do it. */
export function FormCheckProblem({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="alert alert--error form-problem" role="alert">
      <h2 className="form-problem__title">{title}</h2>
      {children}
      <div className="actions">{actions}</div>
    </div>
  );
}
