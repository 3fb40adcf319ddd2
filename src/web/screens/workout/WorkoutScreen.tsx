import { useEffect } from 'react';
import { Redirect } from 'wouter';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { localDay } from '../../format.ts';
import { type MemberData, useMemberData, useStored } from '../../offline/member-data.ts';
import { fromServer } from '../../workout/local-workout.ts';
import { loadToday } from '../today/today-data.ts';
import { WorkoutMode } from './WorkoutMode.tsx';

/** No copy on this phone: take up the workout the server has under way, or go back to Today. */
function TakeUpWorkout({ data }: { data: MemberData }) {
  const loaded = useApiData(() => loadToday(localDay()));
  const underWay = loaded.status === 'ready' ? loaded.data.next.inProgress : null;

  useEffect(() => {
    if (loaded.status !== 'ready' || !underWay) return;
    const { plan } = loaded.data.planView;
    data.workout.set(fromServer(underWay, plan, plan.lastWorkoutOn === null));
  }, [loaded, underWay, data]);

  if (loaded.status === 'loading' || underWay) return <Loading what="Opening your workout" />;
  if (loaded.status === 'failed') {
    return (
      <Page title="Workout" heading="Your workout did not open">
        <LoadFailed problem={loaded.problem} retry={loaded.retry} />
      </Page>
    );
  }
  return <Redirect to="/today" replace />;
}

export function WorkoutScreen() {
  const data = useMemberData();
  const workout = useStored(data.workout);
  if (workout) return <WorkoutMode data={data} workout={workout} />;
  return <TakeUpWorkout data={data} />;
}
