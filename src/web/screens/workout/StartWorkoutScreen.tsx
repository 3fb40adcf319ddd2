import { useState } from 'react';
import { Link, Redirect, useLocation } from 'wouter';
import type { Workout } from '../../../contract/training.ts';
import type { ApiProblem } from '../../api/client.ts';
import { useApiData } from '../../api/useApiData.ts';
import { writes } from '../../api/writes.ts';
import { EducationCard } from '../../components/EducationCard.tsx';
import { FormAlert } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { PainScale } from '../../components/PainScale.tsx';
import { localDay } from '../../format.ts';
import { useMemberData } from '../../offline/member-data.ts';
import type { LocalWorkout } from '../../workout/local-workout.ts';
import { historyState, loadToday, type StartHistoryState, type TodayData } from '../today/today-data.ts';

function BeforeYouStart({ today, data: todayData }: { today: string; data: TodayData }) {
  const member = useMemberData();
  const [, navigate] = useLocation();
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const { plan } = todayData.planView;
  const { next } = todayData.next;
  if (todayData.next.inProgress) return <Redirect to="/workout" replace />;
  if (next.status !== 'ready' || next.date !== today) return <Redirect to="/today" replace />;
  const isFirstWorkout = plan.lastWorkoutOn === null;

  async function start(painBefore: number) {
    if (next.status !== 'ready') return;
    setIsBusy(true);
    setProblem(undefined);
    const id = crypto.randomUUID();
    const local: LocalWorkout = {
      id,
      date: today,
      painBefore,
      prescription: next.exercises,
      weightUnit: plan.weightUnit,
      equipment: plan.equipment,
      sets: [],
      current: 0,
      restEndsAt: null,
      lastPain: painBefore,
      isFirstWorkout,
    };
    // Kept on the phone first: offline, the start waits in the outbox and the workout goes ahead.
    member.workout.set(local);
    try {
      const delivery = await member.outbox.submit<Workout>(
        writes.startWorkout({ id, date: today, painBefore }),
      );
      if (delivery.isSent) {
        const { prescription } = delivery.answer;
        member.workout.set((current) => (current?.id === id ? { ...current, prescription } : current));
      }
      navigate('/workout', { replace: true });
    } catch (error) {
      member.workout.set((current) => (current?.id === id ? null : current));
      setProblem(error as ApiProblem);
      setIsBusy(false);
    }
  }

  return (
    <Page
      title="Before you start"
      before={
        <Link href="/today" className="back-link">
          <span aria-hidden="true">←</span>Today
        </Link>
      }
    >
      <p className="lead">
        One question first, so tomorrow morning we can tell how your back took the workout.
      </p>
      <FormAlert problem={problem} />
      <PainScale
        question="How is your back right now?"
        onChoose={(pain) => void start(pain)}
        isBusy={isBusy}
      />
      {isBusy && <p role="status">Starting your workout…</p>}
      {isFirstWorkout && <EducationCard lesson="bracing" show="always" />}
    </Page>
  );
}

export function StartWorkoutScreen() {
  const today = localDay();
  const passed = historyState<StartHistoryState>().today;
  const loaded = useApiData(() => (passed ? Promise.resolve(passed) : loadToday(today)));
  if (loaded.status === 'loading') return <Loading what="Getting your workout ready" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Before you start" heading="Your workout did not load">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  return <BeforeYouStart today={today} data={loaded.data} />;
}
