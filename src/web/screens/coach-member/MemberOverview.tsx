import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { CoachMemberProfile } from '../../../contract/coaching.ts';
import type { MeasuresSummary } from '../../../contract/measures.ts';
import type { PlanView } from '../../../contract/plan.ts';
import type { Workout } from '../../../contract/training.ts';
import { getExercise, levelOf } from '../../../core/catalogue/index.ts';
import { measures } from '../../api/measures.ts';
import { training } from '../../api/training.ts';
import { useApiData } from '../../api/useApiData.ts';
import { MemberAlertsPanel } from '../../components/alerts/MemberAlertsPanel.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { setsText } from '../../components/PrescriptionCard.tsx';
import { formatDay, formatLoad, formatShortDay, localDay } from '../../format.ts';
import { useMemberScope } from '../../member-scope.tsx';
import { workoutSummary } from '../HistoryScreen.tsx';
import { plainName } from '../measures/names.ts';
import { latestWords } from '../measures/score-words.ts';

const LAST_WORKOUTS = 5;

interface Overview {
  plan: PlanView | null;
  workouts: Workout[];
  checkUps: MeasuresSummary;
}

function PlanTable({ planView }: { planView: PlanView }) {
  const { plan } = planView;
  return (
    <table className="member-table">
      <caption className="visually-hidden">Each exercise of the plan with its level, load and sets</caption>
      <thead>
        <tr>
          <th scope="col">Exercise</th>
          <th scope="col">Level</th>
          <th scope="col">Load</th>
          <th scope="col">Sets</th>
        </tr>
      </thead>
      <tbody>
        {plan.exercises.map((state) => {
          const exercise = getExercise(state.exerciseId);
          return (
            <tr key={state.exerciseId}>
              <th scope="row">{exercise.name}</th>
              <td>
                {state.level} of {exercise.levels.length}: {levelOf(exercise, state.level).name}
              </td>
              <td>{formatLoad(state.load, plan.weightUnit)}</td>
              <td>{setsText(state.targetSets, 10)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LastWorkouts({ workouts }: { workouts: Workout[] }) {
  const scope = useMemberScope();
  if (workouts.length === 0) return <p>No workouts yet.</p>;
  return (
    <ul className="member-list">
      {workouts.map((workout) => (
        <li key={workout.id}>
          <Link href={scope.href(`/workouts/${workout.id}`)}>{formatDay(workout.date)}</Link>
          <span>
            {workout.status === 'in-progress' ? 'Under way: ' : ''}
            {workoutSummary(workout)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function LatestCheckUps({ summary }: { summary: MeasuresSummary }) {
  const taken = summary.instruments.filter((progress) => progress.latest);
  if (taken.length === 0) return <p>No check-ups taken yet.</p>;
  return (
    <ul className="member-list">
      {taken.map((progress) => (
        <li key={progress.instrumentId}>
          <strong>{plainName(progress.instrumentId)}</strong>
          <span>
            {latestWords(
              progress,
              progress.instrumentId === 'start-back' ? summary.startBack?.risk : undefined,
            )}
            {progress.latest && `, ${formatShortDay(progress.latest.takenOn)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function OverviewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card member-overview__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** The member at a glance: the plan, the last workouts and the latest check-ups. */
export function MemberOverview({ profile }: { profile: CoachMemberProfile }) {
  const scope = useMemberScope();
  const today = localDay();
  const loaded = useApiData(async (): Promise<Overview> => {
    const [plan, { workouts }, checkUps] = await Promise.all([
      profile.plan ? training.plan(today, scope.memberId) : null,
      training.workouts(LAST_WORKOUTS, scope.memberId),
      measures.summary(today, scope.memberId),
    ]);
    return { plan, workouts, checkUps };
  });
  return (
    <Page title={profile.name} heading="Overview" width="wide">
      <MemberAlertsPanel memberId={profile.id} />
      {loaded.status === 'loading' && <Loading what="Loading the overview" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && (
        <div className="member-overview">
          <OverviewSection id="plan" title="Plan">
            {loaded.data.plan ? (
              <PlanTable planView={loaded.data.plan} />
            ) : (
              <p>No plan yet: the member has not finished the assessment.</p>
            )}
          </OverviewSection>
          <OverviewSection id="last-workouts" title="Last workouts">
            <LastWorkouts workouts={loaded.data.workouts} />
            <Link href={scope.href('/history')}>Every workout</Link>
          </OverviewSection>
          <OverviewSection id="latest-check-ups" title="Latest check-ups">
            <LatestCheckUps summary={loaded.data.checkUps} />
            <Link href={scope.href('/measures')}>Every check-up</Link>
          </OverviewSection>
        </div>
      )}
    </Page>
  );
}
