import { Link } from 'wouter';
import type { Prescription } from '../../../contract/training.ts';
import { DecisionList } from '../../components/DecisionList.tsx';
import { EducationCard } from '../../components/EducationCard.tsx';
import { PrescriptionCard } from '../../components/PrescriptionCard.tsx';
import { describeDay } from '../../format.ts';
import { changesSinceLastWorkout, type StartHistoryState, type TodayData } from './today-data.ts';

/** Roughly 40 seconds a set plus the rests between, to the nearest five minutes. */
export function estimatedMinutes(exercises: readonly Prescription[]): number {
  const seconds = exercises.reduce((total, item) => total + item.sets * (40 + item.restSeconds), 0);
  return Math.max(5, Math.round(seconds / 60 / 5) * 5);
}

export function NextWorkout({ data, today }: { data: TodayData; today: string }) {
  const { next } = data.next;
  if (next.status !== 'ready') return null;
  const isToday = next.date === today;
  const unit = data.planView.plan.weightUnit;
  const count = next.exercises.length;
  const list = (
    <ul className="prescriptions" aria-label={isToday ? 'Today’s exercises' : 'Next exercises'}>
      {next.exercises.map((item) => (
        <li key={item.exerciseId}>
          <PrescriptionCard
            item={item}
            unit={unit}
            changes={changesSinceLastWorkout(data, item.exerciseId)}
          />
        </li>
      ))}
    </ul>
  );
  return (
    <section className="next" aria-labelledby="next-heading">
      <h2 id="next-heading">
        {isToday ? 'Today’s workout' : `Your next workout is ${describeDay(next.date, today)}`}
      </h2>
      {!isToday && (
        <p>
          Today is a rest day. Your muscles grow stronger in the days between workouts, so rest is part of the
          plan.
        </p>
      )}
      <p className="next__summary">
        {count} {count === 1 ? 'exercise' : 'exercises'}, about {estimatedMinutes(next.exercises)} minutes
      </p>
      <DecisionList decisions={next.decisions} label="Changes for this workout" />
      {isToday ? (
        list
      ) : (
        <details className="next__preview">
          <summary>See the exercises for {describeDay(next.date, today)}</summary>
          {list}
        </details>
      )}
      {isToday && data.planView.plan.lastWorkoutOn === null && <EducationCard lesson="hips-and-back" />}
      {isToday && !data.next.inProgress && (
        <div className="sticky-action">
          <Link
            href="/workout/start"
            state={{ today: data } satisfies StartHistoryState}
            className="button button--primary button--large"
          >
            Start workout
          </Link>
        </div>
      )}
    </section>
  );
}
