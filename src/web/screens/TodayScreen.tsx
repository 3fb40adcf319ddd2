import { useEffect } from 'react';
import { Link, Redirect } from 'wouter';
import type { ApiProblem } from '../api/client.ts';
import { measures } from '../api/measures.ts';
import { useApiData } from '../api/useApiData.ts';
import { NextLesson } from '../components/EducationCard.tsx';
import { lessonsForStartBack } from '../components/education.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { PhaseCriteria } from '../components/PhaseCriteria.tsx';
import { formatDay, localDay, whenWords } from '../format.ts';
import { useProfile } from '../login-session.tsx';
import { type MemberData, useMemberData, useStored } from '../offline/member-data.ts';
import type { LocalWorkout } from '../workout/local-workout.ts';
import { isExerciseDone } from '../workout/workout-progress.ts';
import { CheckInQuestion, CheckInThanks } from './today/CheckInQuestion.tsx';
import { ConsentWithdrawn } from './today/ConsentWithdrawn.tsx';
import { FromYourCoach } from './today/FromYourCoach.tsx';
import { MeasuresDueCard } from './today/MeasuresDueCard.tsx';
import { MilestonesCard } from './today/MilestonesCard.tsx';
import { NextWorkout } from './today/NextWorkout.tsx';
import { PauseCard } from './today/PauseCard.tsx';
import { PremiumNeededCard } from './today/PremiumNeededCard.tsx';
import { ProgressSnapshot } from './today/ProgressSnapshot.tsx';
import { loadToday, type TodayData } from './today/today-data.ts';
import { UnreadNotifications } from './today/UnreadNotifications.tsx';

/** Before onboarding the server has no plan (or no consent): the member starts there. */
export function needsOnboarding(problem: ApiProblem): boolean {
  return (problem.status === 404 && problem.is('no-plan')) || problem.is('consent-required');
}

function CarryOn({ sets, total }: { sets: number; total: number }) {
  return (
    <section className="card card--accent" aria-labelledby="carry-on-heading">
      <h2 id="carry-on-heading">Your workout is under way</h2>
      <p>
        {sets} of {total} sets done. Everything so far is kept.
      </p>
      <Link href="/workout" className="button button--primary button--large">
        Carry on with your workout
      </Link>
    </section>
  );
}

function carryOnFor(local: LocalWorkout | null, data: TodayData | undefined) {
  if (local) {
    const total = local.prescription.reduce((sum, item) => sum + item.sets, 0);
    const done = local.prescription.reduce(
      (sum, item, index) =>
        sum +
        (isExerciseDone(local, index)
          ? item.sets
          : local.sets.filter((s) => s.exerciseId === item.exerciseId).length),
      0,
    );
    return <CarryOn sets={done} total={total} />;
  }
  const underWay = data?.next.inProgress;
  if (!underWay) return null;
  return (
    <CarryOn
      sets={underWay.sets.length}
      total={underWay.prescription.reduce((sum, item) => sum + item.sets, 0)}
    />
  );
}

function CheckIn({
  member,
  data,
  today,
  onAnswered,
}: {
  member: MemberData;
  data: TodayData;
  today: string;
  onAnswered(): void;
}) {
  const memory = useStored(member.checkIns);
  const answeredToday = memory.answered.filter((entry) => entry.answeredOn === today).at(-1);
  const awaiting = data.planView.plan.awaitingCheckIn;
  const isDue =
    awaiting !== null &&
    awaiting.workoutOn < today &&
    !memory.answered.some((entry) => entry.workoutOn === awaiting.workoutOn);
  if (isDue && memory.snoozedOn === today) {
    return (
      <p className="callout reminder">
        Tell us how your back felt the morning after your workout {whenWords(awaiting.workoutOn, today)}.{' '}
        <Link href="/check-in">Answer the morning check-in</Link>
      </p>
    );
  }
  if (isDue) {
    return (
      <section className="card check-in" aria-labelledby="check-in-heading">
        <h2 id="check-in-heading">Your morning check-in</h2>
        <CheckInQuestion
          workoutOn={awaiting.workoutOn}
          painBefore={awaiting.painBefore}
          onAnswered={onAnswered}
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => member.checkIns.set((current) => ({ ...current, snoozedOn: today }))}
        >
          Not now
        </button>
      </section>
    );
  }
  return answeredToday ? <CheckInThanks answered={answeredToday} /> : null;
}

function PhaseNote({ data }: { data: TodayData }) {
  const { phase } = data.planView;
  return (
    <section className="section phase" aria-labelledby="phase-heading">
      <h2 id="phase-heading">
        Phase {phase.number} of 5: {phase.name}
      </h2>
      <p>{phase.focus}</p>
      {phase.next && phase.next.unmet.length > 0 && (
        <details className="phase__next">
          <summary>
            What takes you to phase {phase.next.phase}: {phase.next.summary.toLowerCase()}
          </summary>
          <PhaseCriteria next={phase.next} />
        </details>
      )}
      <ul className="links">
        <li>
          <Link href="/plan">Why your plan looks like this</Link>
        </li>
        <li>
          <Link href="/measures">Your check-ups and scores</Link>
        </li>
      </ul>
    </section>
  );
}

export function TodayScreen() {
  const member = useMemberData();
  const profile = useProfile();
  const today = localDay();
  const loaded = useApiData(() => loadToday(today));
  // Apart from the workout, so Today never waits for it; without it (offline) Today simply shows no card.
  const measured = useApiData(() => measures.summary(today));
  const local = useStored(member.workout);
  const unit = loaded.status === 'ready' ? loaded.data.planView.plan.weightUnit : undefined;
  useEffect(() => {
    if (unit) member.weightUnit.set(unit);
  }, [unit, member]);

  if (loaded.status === 'failed' && needsOnboarding(loaded.problem)) {
    // A member who withdrew their consent has a plan waiting, not an onboarding to do.
    const hasWithdrawn = profile?.healthConsent === null && profile.healthConsentWithdrawnAt !== null;
    return hasWithdrawn ? <ConsentWithdrawn /> : <Redirect to="/start" replace />;
  }
  const data = loaded.status === 'ready' ? loaded.data : undefined;
  const firstName = profile?.name.split(' ')[0] ?? '';
  const summary = measured.status === 'ready' ? measured.data : undefined;

  return (
    <Page title="Today" eyebrow={`Hello, ${firstName}`} width="wide">
      <p className="today__date">{formatDay(today)}</p>
      <UnreadNotifications />
      {data && <CheckIn member={member} data={data} today={today} onAnswered={loaded.retry} />}
      {data && <FromYourCoach data={data} />}
      {data?.planView.plan.pause ? <PauseCard planView={data.planView} /> : carryOnFor(local, data)}
      {/* While the plan is paused for safety, the pause is the one thing to do (the check-ups include a test on your feet). */}
      {data && !data.planView.plan.pause && summary && (
        <MeasuresDueCard summary={summary} today={today} onChanged={measured.retry} />
      )}
      {loaded.status === 'loading' && !local && <Loading what="Loading your workout" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {data && !data.planView.plan.pause && !local && <NextWorkout data={data} today={today} />}
      {data && data.next.next.status === 'premium-needed' && !local && (
        <PremiumNeededCard freeUntil={data.next.next.freeUntil} />
      )}
      {data && <MilestonesCard today={today} />}
      {data && <ProgressSnapshot today={today} />}
      {data && <NextLesson lessons={lessonsForStartBack(summary?.startBack)} />}
      {data && <PhaseNote data={data} />}
    </Page>
  );
}
