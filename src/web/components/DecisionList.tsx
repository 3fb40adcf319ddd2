import type { Decision } from '../../contract/plan.ts';
import { getExercise } from '../../core/catalogue/index.ts';

/** Each decision of the engine as the member reads it: what it is about, then its sentence. */
export function DecisionList({ decisions, label }: { decisions: readonly Decision[]; label: string }) {
  if (decisions.length === 0) return null;
  return (
    <ul className="decisions" aria-label={label}>
      {decisions.map((decision, index) => (
        // Decisions have no id of their own here; their order is fixed once made.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
        <li key={index} className="decision" data-rule={decision.ruleId}>
          <p className="decision__about">
            {decision.exerciseId ? getExercise(decision.exerciseId).name : 'Your plan'}
          </p>
          <p className="decision__sentence">{decision.sentence}</p>
        </li>
      ))}
    </ul>
  );
}
