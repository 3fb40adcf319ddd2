import { useState } from 'react';
import { Link } from 'wouter';
import type { Workout } from '../../contract/training.ts';
import { progressApi } from '../api/progress.ts';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { formatDay, localDay } from '../format.ts';
import { useMemberScope, useWeightUnit } from '../member-scope.tsx';
import { ExerciseCharts } from './progress/ExerciseCharts.tsx';
import '../progress.css';

/** Each exercise's level and load, as "My progress" draws them (the server's progress, in the member's unit). */
function LevelAndLoad() {
  const unit = useWeightUnit();
  const { memberId, isOwn } = useMemberScope();
  const loaded = useApiData(() => progressApi.training(localDay(), memberId));
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Level and load over time</h2>
      {loaded.status === 'loading' && (
        <Loading what={isOwn ? 'Loading your level and load' : 'Loading the level and load'} />
      )}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && <ExerciseCharts training={loaded.data} unit={unit} />}
    </section>
  );
}

export function workoutSummary(workout: Workout): string {
  const exercises = new Set(workout.sets.map((set) => set.exerciseId)).size;
  const sets = workout.sets.length;
  return `${exercises} ${exercises === 1 ? 'exercise' : 'exercises'}, ${sets} ${sets === 1 ? 'set' : 'sets'}`;
}

const FIRST_SHOWN = 12;

/** Every workout, newest first: the member's own, or (for their coach) the member's. */
export function HistoryScreen() {
  const [isAllShown, setIsAllShown] = useState(false);
  const scope = useMemberScope();
  const loaded = useApiData(() => training.workouts(100, scope.memberId));
  return (
    <Page
      title={scope.isOwn ? 'History' : `Workouts of ${scope.memberName}`}
      heading={scope.isOwn ? 'Your workouts' : 'Workouts'}
      width="wide"
    >
      {loaded.status === 'loading' && (
        <Loading what={scope.isOwn ? 'Loading your workouts' : 'Loading the workouts'} />
      )}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && loaded.data.workouts.length === 0 && (
        <p className="lead">
          {scope.isOwn ? (
            <>
              No workouts yet. Your first one is waiting on <Link href="/today">Today</Link>.
            </>
          ) : (
            'No workouts yet.'
          )}
        </p>
      )}
      {loaded.status === 'ready' && loaded.data.workouts.length > 0 && (
        <>
          {scope.isOwn && (
            <Link href="/progress" className="card card--link progress-link">
              <span className="progress-link__text">
                <span className="progress-link__title">My progress</span>
                Your measures and training in charts, and a report for your doctor or physio
              </span>
            </Link>
          )}
          <LevelAndLoad />
          <section className="section" aria-labelledby="past-heading">
            <h2 id="past-heading">Past workouts</h2>
            <ul className="card-list history-list">
              {loaded.data.workouts.slice(0, isAllShown ? undefined : FIRST_SHOWN).map((workout) => (
                <li key={workout.id}>
                  <Link href={scope.href(`/workouts/${workout.id}`)} className="card card--link history-item">
                    <span className="history-item__text">
                      <span className="history-item__date">{formatDay(workout.date)}</span>
                      <span className="history-item__summary">
                        {workout.status === 'in-progress' ? 'Under way: ' : ''}
                        {workoutSummary(workout)}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {!isAllShown && loaded.data.workouts.length > FIRST_SHOWN && (
              <button type="button" className="button button--secondary" onClick={() => setIsAllShown(true)}>
                Show all {loaded.data.workouts.length} workouts
              </button>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
