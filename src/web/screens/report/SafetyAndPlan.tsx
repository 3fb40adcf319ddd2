import type { PlanSummary, RedFlagEvent } from '../../../core/progress/types.ts';
import { formatDate } from '../../format.ts';

/** Every red flag the member ever reported, with what they were told to do; or that there were none. */
export function RedFlagsList({ events }: { events: readonly RedFlagEvent[] }) {
  if (events.length === 0) return <p>None reported.</p>;
  return (
    <ul className="report-list">
      {events.map((event) => (
        <li key={`${event.date}-${event.signs.join()}`}>
          <strong>{formatDate(event.date)}</strong>:{' '}
          {event.isUrgent ? 'sent to an emergency department' : 'advised to see a doctor first'}.
          <ul>
            {event.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The plan as it stands: phase, days a week, and each exercise's prescription. */
export function CurrentPlan({ plan }: { plan: PlanSummary | null }) {
  if (!plan) return <p>No plan yet: the member has not completed the starting assessment.</p>;
  return (
    <>
      <dl className="report-facts">
        <div>
          <dt>Phase</dt>
          <dd>{plan.phase}</dd>
        </div>
        {plan.nextPhase && (
          <div>
            <dt>Next phase</dt>
            <dd>{plan.nextPhase}</dd>
          </div>
        )}
        <div>
          <dt>Workouts a week</dt>
          <dd>{plan.daysPerWeek}</dd>
        </div>
        <div>
          <dt>Training</dt>
          <dd>{plan.isPaused ? 'Paused' : 'Under way'}</dd>
        </div>
      </dl>
      <ul className="report-list">
        {plan.exercises.map((exercise) => (
          <li key={exercise.exerciseId}>
            <strong>{exercise.name}</strong>: {exercise.prescription}
          </li>
        ))}
      </ul>
    </>
  );
}
