import type { Decision } from '../../contract/plan.ts';
import { getExerciseShape } from '../../core/catalogue/shapes.ts';
import { formatShortDay } from '../format.ts';

/** The coach who made a decision, by the name the member knows them by; null for the engine's own. */
function coachOf(decision: Decision): string | null {
  const coach = decision.inputs.coach;
  return decision.ruleId === 'coach-change' && typeof coach === 'string' ? coach : null;
}

/**
 * Each decision of the engine as the member reads it: what it is about, then its sentence. Stored
 * decisions (with `madeAt`) also say when, for a list that spans many days.
 */
export function DecisionList({
  decisions,
  label,
  planWord = 'Your plan',
}: {
  decisions: readonly (Decision & { madeAt?: string })[];
  label: string;
  /** What a decision about the whole plan is about: "Your plan" to the member, "The plan" to their coach. */
  planWord?: string;
}) {
  if (decisions.length === 0) return null;
  return (
    <ul className="decisions" aria-label={label}>
      {decisions.map((decision, index) => (
        // Decisions have no id of their own here; their order is fixed once made.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
        <li key={index} className="decision" data-rule={decision.ruleId}>
          <p className="decision__about">
            {decision.exerciseId ? getExerciseShape(decision.exerciseId).name : planWord}
            {coachOf(decision) && (
              <span className="decision__by">
                {' '}
                · from {coachOf(decision)}
                {planWord === 'Your plan' ? ', your coach' : ', coach'}
              </span>
            )}
            {decision.madeAt && <span className="decision__when">, {formatShortDay(decision.madeAt)}</span>}
          </p>
          <p className="decision__sentence">{decision.sentence}</p>
        </li>
      ))}
    </ul>
  );
}
