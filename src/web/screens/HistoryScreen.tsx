import { useState } from 'react';
import { Link } from 'wouter';
import type { Workout } from '../../contract/training.ts';
import { EXERCISES } from '../../core/catalogue/index.ts';
import { compareLoads } from '../../core/catalogue/loads.ts';
import { training } from '../api/training.ts';
import { useApiData } from '../api/useApiData.ts';
import { type ChartPoint, LevelLoadChart } from '../components/LevelLoadChart.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { formatDay } from '../format.ts';
import { useMemberData, useStored } from '../offline/member-data.ts';

/** Per exercise, oldest first: the highest level and the heaviest load of its sets in each workout. */
export function progressByExercise(workouts: readonly Workout[]): Map<string, ChartPoint[]> {
  const byExercise = new Map<string, ChartPoint[]>();
  for (const workout of [...workouts].reverse()) {
    for (const item of workout.prescription) {
      const sets = workout.sets.filter((set) => set.exerciseId === item.exerciseId);
      if (sets.length === 0) continue;
      const level = Math.max(...sets.map((set) => set.level));
      const load =
        sets
          .map((set) => set.load)
          .sort(compareLoads)
          .at(-1) ?? item.load;
      const points = byExercise.get(item.exerciseId) ?? [];
      points.push({ workoutId: workout.id, date: workout.date, level, load });
      byExercise.set(item.exerciseId, points);
    }
  }
  return byExercise;
}

function workoutSummary(workout: Workout): string {
  const exercises = new Set(workout.sets.map((set) => set.exerciseId)).size;
  const sets = workout.sets.length;
  return `${exercises} ${exercises === 1 ? 'exercise' : 'exercises'}, ${sets} ${sets === 1 ? 'set' : 'sets'}`;
}

const FIRST_SHOWN = 12;

export function HistoryScreen() {
  const member = useMemberData();
  const [isAllShown, setIsAllShown] = useState(false);
  const unit = useStored(member.weightUnit);
  const loaded = useApiData(() => training.workouts(100));
  return (
    <Page title="History" heading="Your workouts" width="wide">
      {loaded.status === 'loading' && <Loading what="Loading your workouts" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && loaded.data.workouts.length === 0 && (
        <p className="lead">
          No workouts yet. Your first one is waiting on <Link href="/today">Today</Link>.
        </p>
      )}
      {loaded.status === 'ready' && loaded.data.workouts.length > 0 && (
        <>
          <Link href="/progress" className="card card--link progress-link">
            <span className="progress-link__text">
              <span className="progress-link__title">My progress</span>
              Your measures and training in charts, and a report for your doctor or physio
            </span>
          </Link>
          <section className="section" aria-labelledby="progress-heading">
            <h2 id="progress-heading">Level and load over time</h2>
            <p className="chart__key">
              Each line is your level (L1 is the smallest range). The strip under it is your load: the darker,
              the heavier.
            </p>
            <div className="charts">
              {EXERCISES.map((exercise) => {
                const points = progressByExercise(loaded.data.workouts).get(exercise.id);
                if (!points) return null;
                return (
                  <div key={exercise.id} className="card chart-card">
                    <h3>{exercise.name}</h3>
                    <LevelLoadChart
                      name={exercise.name}
                      points={points}
                      maxLevel={exercise.levels.length}
                      unit={unit}
                    />
                  </div>
                );
              })}
            </div>
          </section>
          <section className="section" aria-labelledby="past-heading">
            <h2 id="past-heading">Past workouts</h2>
            <ul className="card-list history-list">
              {loaded.data.workouts.slice(0, isAllShown ? undefined : FIRST_SHOWN).map((workout) => (
                <li key={workout.id}>
                  <Link href={`/workouts/${workout.id}`} className="card card--link history-item">
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
