import type { PlanView } from '../../contract/plan.ts';

type NextPhase = NonNullable<PlanView['phase']['next']>;

/**
 * The next phase's criteria, the ones met ticked and the ones to go plain, after a count ("5 of 8 done"):
 * how far along the member is, not only what is missing.
 */
export function PhaseCriteria({ next }: { next: NextPhase }) {
  return (
    <ul className="phase-criteria">
      {next.criteria.map((criterion) => (
        <li
          key={criterion.text}
          className={
            criterion.isMet ? 'phase-criteria__item phase-criteria__item--met' : 'phase-criteria__item'
          }
        >
          <span className="visually-hidden">{criterion.isMet ? 'Done: ' : 'To go: '}</span>
          {criterion.text}
        </li>
      ))}
    </ul>
  );
}
